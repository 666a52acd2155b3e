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
