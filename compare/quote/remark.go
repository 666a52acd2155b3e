package quote

import (
	"slices"
	"strings"
)

// SeparateRemark reports whether near, a quotation that alters quotation q,
// is a remark of its own rather than q changed, because closer, a
// quotation of near's article, renders the same words of q more closely:
// "We've got a real challenge", said later in an article that has already
// quoted "we've got a big challenge" word for word, is another remark, not
// "big" misquoted. closer renders them more closely when it is identical,
// truncated, or altered less: an overlapping or spliced one is aligned
// with words of q it does not print. Only a remark with a word of its own,
// one q does not say in any form ("real" for "big", "1 in 3" for "2 in
// 3"), is separate: one that adds an outlet's words in brackets
// ("[President Barack] Obama's war on religion"), leaves words out or
// changes a word's ending ("Show A Little Class") is q, edited; so is one
// whose own word takes the place of none of q's ("would end Medicare" for
// "ending Medicare").
func SeparateRemark(q, closer, near Quote) bool {
	fq, fc, fn := newForm(withoutInserts(q.Text)), newForm(withoutInserts(closer.Text)), newForm(withoutInserts(near.Text))
	relC, scoreC := fq.relate(fc)
	relN, scoreN := fq.relate(fn)
	if relN != Altered || relC != Identical && relC != Truncated && (relC != Altered || scoreC <= scoreN) {
		return false
	}
	wq, wn := flatten(fq.segs), flatten(fn.segs)
	nc, c1, c2 := lcsAlign(flatten(fc.segs), wq)
	nn, n1, n2 := lcsAlign(wn, wq) // where near's words lie in q
	_, m1, m2 := lcsAlign(wq, wn)  // and q's in near
	if nc == 0 || nn == 0 || n1 > c2 || c1 > n2 {
		return false
	}
	// The words of q that near's own words at its edges may stand for.
	region := wq[max(0, n1-m1):min(len(wq), n2+len(wn)-m2)]
	return ownWord(wn, region) && ownWord(region, wn)
}

// ownWord reports whether a word of a is no word of b in any form:
// "real" against "big", but not "show" against "showing".
func ownWord(a, b []string) bool {
	for _, w := range a {
		if !slices.ContainsFunc(b, func(x string) bool { return sameWord(w, x) }) {
			return true
		}
	}
	return false
}

// sameWord reports whether a and b are one word, perhaps with another
// ending of up to three letters: "show", "showing"; "end", "ending";
// "increases", "increase".
func sameWord(a, b string) bool {
	if a == b || stem(a) == stem(b) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	a = stem(a)
	return len(a) >= 3 && strings.HasPrefix(b, a) && len(b)-len(a) <= 3
}
