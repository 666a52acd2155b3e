package quote

import "testing"

// Cues a sentence gives its quotations from further off: the cue after
// the sentence's last quotation (`"Q1" because of its "Q2" and because it
// "Q3," X said`), a cue after a short phrase set off by a comma (`"Q," to
// this risk, X said`; `"Q," Robert Lane, an assistant attorney general
// said`), "saying that" after an object with no comma, and a long role
// before the name between commas.
func TestSentenceCues(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the cue after the last quotation", "Debt talks\n\n“Dunmore is a unique and particular case” because of its “precarious debt dynamics” and because it “has cheated with its statistics for years,” Commissioner Ola Renn said.",
			"Dunmore is a unique", "Ola Renn", "Commissioner"},
		{"the fragment between", "Debt talks\n\n“Dunmore is a unique and particular case” because of its “precarious debt dynamics” and because it “has cheated with its statistics for years,” Commissioner Ola Renn said.",
			"precarious debt dynamics", "Ola Renn", "Commissioner"},
		{"a phrase set off", "Debt talks\n\n“Everyone must remain extremely vigilant,” to this risk, Dana Lind said in an interview.",
			"Everyone must remain", "Dana Lind", ""},
		{"the name before a role", "Debt talks\n\n“Dissolution of the corporation has taken four years,” Robert Lane, an assistant state attorney general said Tuesday.",
			"Dissolution of the corporation", "Robert Lane", "an assistant state attorney general"},
		{"saying that with no comma", "Strikes in Dunmore\n\nA city official downplayed the unrest saying that “for years there have been strikes.”",
			"for years there have been strikes", "a city official", ""},
		{"a long role before the name", "Strikes in Dunmore\n\nThe vice president of the ferry workers' union, Elias Varn, told Radio Brill: “The measures overtake our gains.”",
			"The measures overtake", "Elias Varn", "The vice president of the ferry workers' union"},
	})
}
