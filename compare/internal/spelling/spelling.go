// Package spelling folds British spellings into American ones, so that
// "criticised" and "criticized", "colour" and "color", "centre" and
// "center" compare as one word. The pairs come from SCOWL's word lists
// (table.go, generated).
package spelling

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/internal/mph"
)

// US returns the American spelling of the British word w (any case), in
// w's case: "Harbour" gives "Harbor", "COLOUR" "COLOR". ok is false, and
// w comes back as it is, when w is no British variant the table knows.
func US(w string) (string, bool) {
	if len(w) < 3 || len(w) > 32 {
		return w, false
	}
	// Most words are turned away here, an ASCII one in any case with no
	// string made for its lower case (the conversion does not escape).
	var buf [32]byte
	may := false
	if lw, ascii := lowerASCII(&buf, w); ascii && lw == nil {
		may = maybeBritish(w)
	} else if ascii {
		may = maybeBritish(string(lw))
	} else {
		may = maybeBritish(strings.ToLower(w))
	}
	if !may {
		return w, false
	}
	lower := strings.ToLower(w)
	n := len(pairEnds) / 2
	i := sort.Search(n, func(i int) bool { return british(i) >= lower })
	if i == n || british(i) != lower {
		return w, false
	}
	us := american(i)
	switch {
	case lower == w:
		return us, true
	case strings.ToUpper(w) == w:
		return strings.ToUpper(us), true
	}
	r, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) && lower[n:] == w[n:] {
		return strings.ToUpper(us[:1]) + us[1:], true
	}
	return w, false // mixed case: a name or a coinage, left alone
}

// The pairs are one string and the offsets of its words (table.go), not
// an array of strings: the garbage collector scans every pointer of the
// program's initialised data at each cycle, and 3,430 pairs of strings
// were 110 kB of it, a tenth of the cost of a cycle on a comparison.

// british is pair i's British word.
func british(i int) string {
	start := 0
	if i > 0 {
		start = int(pairEnds[2*i-1]) + 1
	}
	return pairText[start:pairEnds[2*i]]
}

// american is pair i's American word.
func american(i int) string {
	return pairText[pairEnds[2*i]+1 : pairEnds[2*i+1]]
}

// lowerASCII is w, at most 32 bytes, in lower case: w itself when it has
// no capital, else written into buf. ascii is false when w is not all
// ASCII. The bytes do not escape, so a capitalised word ("Harbour") is
// looked up in the filter without a string made for it, as
// strings.ToLower would.
func lowerASCII(buf *[32]byte, w string) (lower []byte, ascii bool) {
	upper := -1
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if upper < 0 && 'A' <= c && c <= 'Z' {
			upper = i
		}
	}
	if upper < 0 {
		return nil, true
	}
	copy(buf[:], w)
	for i := upper; i < len(w); i++ {
		if c := buf[i]; 'A' <= c && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	return buf[:len(w)], true
}

// filterBits is the size of britishBits, the table's filter (table.go): a
// Bloom filter of the British spellings, two bits a word. Most words of an
// article are in no pair, and the filter turns nearly all of them away
// with one hash instead of a binary search of the table (about 4% of them
// get through to the search).
const filterBits = 1 << 15

// maybeBritish reports whether the lower-case word w may be a British
// spelling of the table: false means it is none.
func maybeBritish(w string) bool {
	b1, b2 := filterSlots(w)
	return britishBits[b1/64]&(1<<(b1%64)) != 0 && britishBits[b2/64]&(1<<(b2%64)) != 0
}

// filterSlots are the two bits of britishBits that stand for w.
func filterSlots(w string) (uint32, uint32) {
	h := mph.Hash(w)
	return uint32(h) % filterBits, uint32(h>>32) % filterBits
}
