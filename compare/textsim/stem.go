package textsim

import "github.com/storydiff/storydiff/compare/internal/mph"

//go:generate go run gen_stems.go

// tableStem looks w up in stem_table.go, the stems of the 18,174 word
// types of Punkt's English training text; false when w is not among them.
func tableStem(w string) (string, bool) {
	if len(w) < 2 {
		return "", false
	}
	s := mph.Slot(mph.Hash(w), stemSeeds[:], len(stemEnds))
	if mph.Key(stemText, stemEnds[:], s) != w {
		return "", false
	}
	v := stemSpans[s]
	return stemText[v>>8 : v>>8+v&0xff], true
}

// StemKey gives letters that every word of stem begins with (Snowball
// only cuts and changes a word's ending: its last letter may be one the
// word lacks, "tidi" of "tidy"), or "" where none can be promised: stems
// shorter than three letters, of letters other than a to z, and "die",
// "lie", "tie", which Snowball gives "dying", "lying", "tying". A text
// without the key holds no word of the stem.
func StemKey(stem string) string {
	if len(stem) < 3 || stem == "die" || stem == "lie" || stem == "tie" {
		return ""
	}
	key := stem[:min(4, len(stem)-1)]
	for i := 0; i < len(key); i++ {
		if key[i] < 'a' || key[i] > 'z' {
			return ""
		}
	}
	return key
}
