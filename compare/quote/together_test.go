package quote

import "testing"

// People joined by "and" as a subject speak together, and a "they said"
// after them is theirs: not the last one named, nor a company named as an
// object in between.
func TestSpeakersTogether(t *testing.T) {
	pair := "Two critics of the harbour deal, Senators Ann Keller of Dunmore and Paul Ostrow of Vela, both Democrats, were briefed in May.\n\n" +
		"On Friday, Ms. Keller and Mr. Ostrow released a joint statement repeating that they had “long worried about the harbour deal.”\n\n" +
		"“The port’s officials have said many times that the deal is ‘a simple lease,’ ” they said. They added that the port had asked an Acme Freight subsidiary to hand over its logs.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a pair opens the sentence", pair, "long worried about the harbour deal", "Ann Keller and Paul Ostrow", ""},
		{"they said after the pair", pair, "The port’s officials have said", "Ann Keller and Paul Ostrow", ""},
		{"they said after a company named as an object", pair + "“Now the lease is public, we want the rest of it made public too,” they said.",
			"Now the lease is public", "Ann Keller and Paul Ostrow", ""},
		{"a pair before the verb", "Sen. Ann Keller and Sen. Paul Ostrow met the port board on Monday.\n\n“We were told nothing,” Ms. Keller and Mr. Ostrow said.",
			"We were told nothing", "Ann Keller and Paul Ostrow", ""},
		{"three before the verb", "Ann Keller, Paul Ostrow and Rita Vance sit on the harbour panel.\n\n“We were told nothing,” Keller, Ostrow and Vance said.",
			"We were told nothing", "Ann Keller, Paul Ostrow and Rita Vance", ""},
		{"they said after a plural noun of people", "Sen. Ann Keller met Sen. Paul Ostrow on Monday.\n\nThe two lawmakers then wrote to Acme Freight.\n\n“We want answers,” they said.",
			"We want answers", "Ann Keller and Paul Ostrow", "the two lawmakers"},
		{"they said after a clause's plural subject", "Ann Keller spoke after five past and present Vela Party senators urged Paul Ostrow to quit. In a statement on Tuesday, they said his stand does not serve \"the port.\"",
			"the port.", "five past and present Vela Party senators", ""},
		{"a plural role noun before a pair", "Producers Ann Keller and Paul Ostrow called the singer \"a born entertainer.\"",
			"a born entertainer.", "Ann Keller and Paul Ostrow", ""},
		{"they of a body that is the subject", "Paul Ostrow met the mayor on Monday.\n\nOstrow’s campaign is seeking to contrast his plan with what they call the mayor’s “harbour giveaway.”",
			"harbour giveaway.", "Paul Ostrow", ""},
		{"they stays unattributed with no people near", "The harbour master signed an order against Acme Freight on Monday.\n\n“The order is unlawful,” they said.",
			"The order is unlawful", "", ""},
	})
}
