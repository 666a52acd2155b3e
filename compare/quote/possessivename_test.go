package quote

import "testing"

// A possessive first mention after a title names the person in full:
// "Representative Nora K. Vance's bill ... Ms. Vance said" is Nora K.
// Vance, as "Representative Nora K. Vance said" would be.
func TestTitledPossessiveNamesInFull(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"middle initial", "Vance bill stalls\n\nWASHINGTON — Representative Nora K. Vance’s farm bill drew fire on Monday from growers.\n\n“We will pass it,” Ms. Vance said.",
			"We will pass it", "Nora K. Vance", ""},
		{"abbreviated title", "Vance bill stalls\n\nGov. Nora Vance's remarks drew fire on Monday from growers.\n\n“We will pass it,” Vance said.",
			"We will pass it", "Nora Vance", ""},
	})
}
