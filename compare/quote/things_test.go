package quote

import (
	"strings"
	"testing"
)

// A place, a charter, a programme, a ship or an agency named with two
// capitalised words is no person a pronoun stands for (things.go): with
// the one who spoke of no known sex, "she told" after a sentence that
// names no one went to the thing named last.
func TestThingIsNoPerson(t *testing.T) {
	lead := func(name, plan string) string {
		return "Senator " + name + " said Friday that the board had \u201cmade a shift.\u201d\n\n" +
			name[strings.IndexByte(name, ' ')+1:] + "'s plan does not include tax hikes. " +
			plan + " Workers who are 58 and older would not be affected.\n\n"
	}
	checkSpeakers(t, []speakerCase{
		{"a charter after the", lead("Vell Marrow", "Her office claims the bill would amend the Tessel Charter by raising the age.") +
			"\u201cIt is time to change it,\u201d she told reporters.",
			"It is time to change it", "Vell Marrow", ""},
		{"a place after in", lead("Vell Marrow", "Her office claims the bill would raise the age in Costa Verde.") +
			"\u201cIt is time to change it,\u201d she told reporters.",
			"It is time to change it", "Vell Marrow", ""},
		{"a ship", lead("Brannock Dace", "His office claims the navy would keep KNS Tarvo at sea.") +
			"\u201cIt is time to change it,\u201d he told reporters.",
			"It is time to change it", "Brannock Dace", ""},
		{"a programme an organisation's name opens", lead("Vell Marrow", "Her office claims the bill would keep Norvel Care solvent.") +
			"\u201cIt is time to change it,\u201d she told reporters.\n\nThe Norvel Care Trust Fund runs dry in 2040.",
			"It is time to change it", "Vell Marrow", ""},
		{"an agency ending in Service", lead("Vell Marrow", "Her office claims the bill would please the Marsh and Heron Service.") +
			"\u201cIt is time to change it,\u201d she told reporters.",
			"It is time to change it", "Vell Marrow", ""},
	})
}

// A surname that often ends a place's name is a person's when ", who"
// follows the name: "Bren Hall, who runs the port" is Bren Hall.
func TestWhoMakesAPerson(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Hall, who", "Bren Hall, who runs the port, spoke on Monday.\n\n" +
			"\u201cThe ships will come,\u201d Hall said.",
			"The ships will come", "Bren Hall", ""},
	})
}

// A title's "of" or "for" takes every word of what it names into the role,
// leaving the name two words or one opened by a known first name.
func TestLongTitleForIsNoName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"for two words", "Deputy Assistant Secretary for Harbour Safety Vell Marrow testified on Monday.\n\n" +
			"\u201cThe pier was never safe,\u201d Marrow said.",
			"The pier was never safe", "Vell Marrow", ""},
		{"of two words", "Director of Coastal Intelligence Brannock Dace spoke on Monday.\n\n" +
			"\u201cThe pier was never safe,\u201d Dace said.",
			"The pier was never safe", "Brannock Dace", ""},
		{"a first name and a middle name", "Secretary of State Hillary Vell Marrow spoke on Monday.\n\n" +
			"\u201cThe pier was never safe,\u201d Marrow said.",
			"The pier was never safe", "Hillary Vell Marrow", ""},
	})
}
