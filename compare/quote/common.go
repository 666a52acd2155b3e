package quote

import "github.com/storydiff/storydiff/compare/internal/mph"

// commonWord reports whether w, in lower case, is a common English word
// never written with a capital of its own: one of SCOWL's words up to size
// 35 with no capitalised entry in its lists (common_table.go). "small",
// "close", "preys" are; "politico" (size 50), "hale" (also "Hale"),
// "romney" and "norvanta" are not. A sentence's first word that is common
// and shows nothing else of a name is capitalised for where it stands.
func commonWord(w string) bool {
	if len(commonEnds) == 0 {
		return false
	}
	i := mph.Slot(mph.Hash(w), commonSeeds[:], len(commonEnds))
	return mph.Key(commonWords, commonEnds[:], i) == w
}
