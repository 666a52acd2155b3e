package quote

import "testing"

// An apology is a statement: the words quoted as what "X's apology noted"
// are X's, as "X noted" would have them.
func TestApologyIsItsOwnersWords(t *testing.T) {
	lind := "Ada Lind, the ferry chief, spoke on Monday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"the owner's apology", lind + "Ms. Lind’s apology noted her family’s history with the river, including her own stint “rowing boats and mending nets.”",
			"rowing boats and mending nets", "Ada Lind", ""},
		{"her apology", lind + "Her apology noted her own stint “rowing boats and mending nets.”",
			"rowing boats and mending nets", "Ada Lind", ""},
	})
}
