package framing

import "testing"

// nextFits answers as fits does whenever it says no: match skips an entry
// on its word alone, so it must never skip one that fits. Every entry of
// every first word is tried at every token of invented sentences that
// start phrases and stop them short.
func TestNextFitsNeverSkipsAFit(t *testing.T) {
	ix := loadIndex()
	sentences := []string{
		"According to people familiar with the plan, the Velmora council was a cut above the rest.",
		"The Tarrow mayor said, according to aides, that the budget was a cut of the old one.",
		"Critics of the Brenlow ferry slammed the board and took aim at its chair, according to",
		"The minister of the Isle of Quent came under fire on Tuesday and caved in 2031.",
		"a",
	}
	skipped, tried := 0, 0
	for _, s := range sentences {
		toks := scan(s, nil)
		for i := range toks {
			lo, hi := ix.phrases(toks[i].key)
			for j := lo; j < hi; j++ {
				tried++
				e := ix.entry(j)
				if ix.nextFits(j, toks, i) {
					continue
				}
				skipped++
				if e.fits(s, toks, i) {
					t.Errorf("%q at %q: nextFits skips %q, which fits", s, toks[i].key, e.lemma)
				}
			}
		}
	}
	if skipped == 0 || skipped == tried {
		t.Fatalf("nextFits skipped %d of %d entries: the sentences test nothing", skipped, tried)
	}
	t.Logf("nextFits skipped %d of %d entries", skipped, tried)
}
