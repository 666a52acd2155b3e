package quote

import "testing"

// A document that speaks ("the statement said", "it says" of a web site)
// speaks for its author when the article tells one, and else is the
// speaker itself: never no one, never the last person named.
func TestDocumentSpeaksForItsAuthor(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a statement the body issued", "Brantford Holdings issued a statement on Tuesday about the fire at its mill.\n\n" +
			"\"Our hearts go out to the families,\" the statement said.",
			"Our hearts go out", "Brantford Holdings", ""},
		{"a report named with its body", "The Veldmark Institute report disputed any claim that Mayor Ilse Varga broke the rules.\n\n" +
			"\"Such talks are fully lawful,\" the report read.",
			"Such talks are fully lawful", "Veldmark Institute", ""},
		{"it of a web site", "Mayor Ilse Varga says this about herself on her website: \"Born in Dunmore, she moved to the city at ten.\"\n\n" +
			"\"Her father drove a bus,\" it says.",
			"Her father drove a bus", "Ilse Varga", ""},
		{"the same statement named before with its author", "\"We are not surprised,\" said the statement from Varga's lawyer, Tomas Reede.\n\n" +
			"The case went on for two years.\n\n" +
			"\"She will be cleared,\" the statement said.",
			"She will be cleared", "Tomas Reede", "Varga's lawyer"},
		{"a letter its author wrote, set off by commas", "Kimani Gray was killed on Saturday.\n\n" +
			"Gray's school principal, Matthew Orrin of the Dunmore School of Design and Construction, wrote a heartfelt letter describing the teen.\n\n" +
			"\"Kimani made great strides this year,\" the letter read.",
			"Kimani made great strides this year", "Matthew Orrin", "Gray's school principal"},
		{"the statement someone said something in", "The trust pushed back on Friday.\n\n" +
			"UPDATE: Veldmark Trust CEO A. Harlan Moss said in a statement, \"It has long been our policy that rents stay low.\" The statement does not deny that the trust is open to raising rents.",
			"It has long been our policy", "A. Harlan Moss", "Veldmark Trust CEO"},
		{"a cable with no author named", "Councillor Ann Lee spoke on Monday. A key section of the cable, which remains secret, warned of an attack.\n\n" +
			"\"The post cannot be defended,\" it said.",
			"The post cannot be defended", "the cable", ""},
		{"an it after a statement owned in a phrase is no statement's", "When the Dunmore Council transcript was released, there was a note, to Mayor Varga's statement, \"This phrase is not in the charter,\" it read.",
			"This phrase is not in the charter", "Dunmore Council", ""},
	})
}
