package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
)

// TestFactIDIsStable: fact ids are in saved reports and editors' notes,
// so the way they are computed must not change them. The reference is the
// id as first defined: a sha256 digest written with fmt, mention by
// mention, hex-encoded and cut to ten digits.
func TestFactIDIsStable(t *testing.T) {
	r := &Report{Articles: []Article{{Label: "Harbour Herald"}, {Label: "Meridian Wire"}}}
	want := func(f Fact) string {
		h := sha256.New()
		h.Write([]byte(f.Kind))
		if isName(f.Kind) {
			h.Write([]byte(strings.ToLower(f.Mentions[0].Unit)))
		} else {
			for _, m := range f.Mentions {
				fmt.Fprintf(h, "\x00%s\x00%s", r.Articles[m.Article].Label, strings.ToLower(m.Text))
			}
		}
		return "f" + hex.EncodeToString(h.Sum(nil))[:10]
	}
	for _, f := range []Fact{
		{Kind: "count", Mentions: []FactMention{{Article: 0, Text: "Forty-Two ferries"}, {Article: 1, Text: "42 ferries"}}},
		{Kind: "money", Mentions: []FactMention{{Article: 1, Text: "€3.5 million"}}},
		{Kind: "person", Mentions: []FactMention{{Article: 0, Text: "Mayor Quill", Unit: "Ada Quill"}}},
		{Kind: "date", Mentions: []FactMention{{Article: 0, Text: ""}, {Article: 0, Text: "Tuesday"}}},
	} {
		if got := factID(r, f); got != want(f) {
			t.Errorf("factID of %v = %s, want %s", f, got, want(f))
		}
	}
}
