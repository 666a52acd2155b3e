package quote

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract checks that Extract never panics and that every quotation it
// returns has offsets in range, on UTF-8 boundaries and in order, whatever
// the text and sentence spans.
func FuzzExtract(f *testing.F) {
	f.Add(`"Our results speak for themselves," Alibaba Group President Michael Evans said.`, 0, 10)
	f.Add("“Unclosed\n\n“continued” she said.", 3, 2)
	f.Add(`He said "she" is a "he"? <tweet a="b">x</tweet> "WALLACE: hi`, -4, 99)
	f.Add("\xff\"\xe2\x80\x9c\xe2\x80\x9d'\"(\"", 1, 1)
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		start := time.Now() // a time bound per input: slower is a quadratic path
		defer func() {
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v on %d bytes", d, len(text))
			}
		}()
		for _, sents := range [][]Span{nil, {{s, e}}, {{0, len(text) / 2}, {len(text) / 2, len(text)}}} {
			for _, q := range Extract(text, sents) {
				if q.Start < 0 || q.Start > q.End || q.End > len(text) || len(q.Parts) == 0 {
					t.Fatalf("bad quote span %d..%d in %d bytes", q.Start, q.End, len(text))
				}
				for _, p := range q.Parts {
					if p.Start < q.Start || p.Start > p.End || p.End > q.End {
						t.Fatalf("bad part %v of %d..%d", p, q.Start, q.End)
					}
					if !boundary(text, p.Start) || !boundary(text, p.End) {
						t.Fatalf("part %v not on rune boundaries of %q", p, text)
					}
				}
				if q.SpeakerStart != -1 || q.SpeakerEnd != -1 {
					if q.SpeakerStart < 0 || q.SpeakerStart > q.SpeakerEnd || q.SpeakerEnd > len(text) ||
						!boundary(text, q.SpeakerStart) || !boundary(text, q.SpeakerEnd) {
						t.Fatalf("bad speaker span %d..%d", q.SpeakerStart, q.SpeakerEnd)
					}
				}
				Relate(q, q)
			}
		}
	})
}

// boundary reports whether offset i of text does not fall inside a valid
// UTF-8 sequence.
func boundary(text string, i int) bool {
	if i <= 0 || i >= len(text) || utf8.RuneStart(text[i]) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(text[j]) {
			r, n := utf8.DecodeRuneInString(text[j:])
			return r == utf8.RuneError && n == 1 || j+n <= i
		}
	}
	return true
}
