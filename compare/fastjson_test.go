package compare

import (
	"bytes"
	"encoding/json"
	"math"
	"path/filepath"
	"testing"
)

// encodingJSON is what encoding/json writes for v, as WriteJSON's
// fallback writes it: HTML characters as they are, no final newline.
func encodingJSON(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// sameAsEncodingJSON checks every top-level element of r, reporting the
// first difference of each kind.
func sameAsEncodingJSON(t *testing.T, name string, r *Report) {
	t.Helper()
	var elems []any
	for i := range r.Articles {
		elems = append(elems, &r.Articles[i])
	}
	for i := range r.Groups {
		elems = append(elems, &r.Groups[i])
	}
	for i := range r.Quotes {
		elems = append(elems, &r.Quotes[i])
	}
	for i := range r.Facts {
		elems = append(elems, &r.Facts[i])
	}
	bad := map[string]bool{}
	for _, v := range elems {
		got, ok := appendElement(nil, v)
		want := encodingJSON(t, v)
		kind := reflectName(v)
		if !ok {
			t.Errorf("%s: a %s was left to encoding/json", name, kind)
			continue
		}
		if !bytes.Equal(got, want) && !bad[kind] {
			bad[kind] = true
			at := 0
			for at < min(len(got), len(want)) && got[at] == want[at] {
				at++
			}
			t.Errorf("%s: a %s differs from encoding/json at byte %d:\n got %.160q\nwant %.160q", name, kind, at, got[max(0, at-40):], want[max(0, at-40):])
		}
	}
}

func reflectName(v any) string {
	switch v.(type) {
	case *Article:
		return "article"
	case *Group:
		return "group"
	case *Quote:
		return "quote"
	case *Fact:
		return "fact"
	}
	return "?"
}

// The compact report's own encoder writes byte for byte what encoding/json
// writes, on real reports and on the corners of the types: nil and empty
// lists and maps, omitted fields, escapes, and the number forms.
func TestFastJSONIsEncodingJSON(t *testing.T) {
	sameAsEncodingJSON(t, "demo", demoReport(t))
	if testing.Short() {
		return
	}
	sameAsEncodingJSON(t, "seeds", seedReport(t))
	if names, _ := filepath.Glob(filepath.Join(sharedDir, "eval", "polnear", "text", "*.txt")); len(names) >= 84 {
		sameAsEncodingJSON(t, "PolNeAR 84", Compare(polnearTexts(t, 84), Options{}))
	}

	group := "g-1"
	odd := "tab\there \"quoted\" back\\slash \b\f\r\n\x01\x1f <b>&amp; \u2028\u2029 \xff\xfe é 😀"
	r := &Report{
		Articles: []Article{
			{}, // every list nil, every optional field empty
			{Label: odd, Source: odd, Format: "html", Title: odd, Byline: odd, Site: odd, Date: "2016-01-02", LeftOut: LeftOut{LinkLists: 2}, Text: odd,
				Sentences: []Sentence{
					{Start: 0, End: 3, Text: odd, Role: RoleLede, Group: &group, Nearest: NearestList{}, Framing: SentenceFraming{}},
					{Text: "", Nearest: NearestList{{Article: 1, Sentence: 2, Similarity: 1e-7}, {Similarity: 0.5}}, Framing: SentenceFraming{{Kind: "loaded", Lemma: odd, Tone: "negative", Category: "label", Quoted: true, Negated: true, Start: 1, End: 2}}},
				},
				Summary: Summary{Shared: 1, Related: 2, Unique: 3, Originality: -0.0, Omitted: []string{}, Speakers: []SpeakerCount{{odd, 2}},
					Framing: map[string]int{"zeta": 1, "alpha": 2, odd: 3, "Beta": 4}}},
			{Sentences: []Sentence{}, Summary: Summary{Originality: 1e21, Omitted: []string{odd}, Speakers: []SpeakerCount{}, Framing: map[string]int{}}},
			{Summary: Summary{Originality: 123456789.125}, LeftOut: LeftOut{Asides: 1}},
		},
		Groups: []Group{
			{},
			{ID: odd, Kind: KindShared, Similarity: 1e-9, Moved: true, Members: []Member{{1, nil}, {2, []int{}}, {3, []int{4, 5}}},
				Diff:       []Diff{{From: 1, To: 2}, {Ops: []DiffOp{}}, {Ops: []DiffOp{{Op: OpEqual, Text: odd, To: odd + "’"}, {Op: OpInsert}}}},
				Framing:    []Marker{{}, {Article: 1, Kind: "hedge", Lemma: odd, Tone: "positive", Start: 3, End: 9, Distinct: true, Differs: true, Category: "c", Quoted: true, Negated: true, Text: "left out"}},
				Prominence: []Position{{1, "lede", 0}, {2, odd, 7}}, DivergentFraming: true,
				FramingDiffers: []FramingDiff{{1, nil}, {2, []string{}}, {3, []string{odd, "x"}}},
				HedgingDiffers: []HedgeDiff{{1, []string{odd, "may have"}}, {3, []string{}}, {2, nil}}},
			{Members: []Member{}, Diff: []Diff{}, Framing: []Marker{}, Prominence: []Position{}, FramingDiffers: []FramingDiff{}, HedgingDiffers: []HedgeDiff{}, Similarity: 2.5e-300},
		},
		Quotes: []Quote{
			{},
			{ID: odd, Article: 1, Sentence: 2, Start: 3, End: 4, Text: odd, Speaker: odd, Role: odd, Partial: true, Status: "variant",
				Matches:       []QuoteMatch{{Quote: odd, Relation: "altered", OtherSpeaker: true, Diff: []DiffOp{{Op: OpDelete, Text: odd}}}, {Diff: []DiffOp{}}, {}},
				ParaphrasedIn: []SentenceRef{{1, 2}}},
			{Matches: []QuoteMatch{}, ParaphrasedIn: []SentenceRef{}},
		},
		Facts: []Fact{
			{},
			{ID: odd, Kind: "quantity", Status: odd, Mentions: []FactMention{
				{Article: 1, Sentence: 2, Start: 3, End: 4, Text: "left out", Value: 1e-8, Low: -3.5, High: 1e22, Unit: odd},
				{Unit: unanchoredUnit, Value: 7},
				{Value: -0.0, Low: 0.000001, High: 999999999999999999999, Unit: "usd"},
			}},
			{ID: "f-2", Kind: "person", Mentions: []FactMention{{Value: 5, Unit: "<name>"}}},
			{Kind: "date", Mentions: []FactMention{}},
		},
	}
	sameAsEncodingJSON(t, "corner cases", r)

	// A value encoding/json refuses is left to it, so the error is its own.
	for _, v := range []any{
		&Article{Summary: Summary{Originality: math.NaN()}},
		&Group{Similarity: math.Inf(1)},
		&Fact{Kind: "quantity", Mentions: []FactMention{{High: math.Inf(-1)}}},
	} {
		if _, ok := appendElement(nil, v); ok {
			t.Errorf("%s with a float encoding/json refuses: encoded", reflectName(v))
		}
	}
	if _, ok := appendElement(nil, &Sentence{}); ok {
		t.Error("a type the appenders do not know was encoded")
	}
}

// BenchmarkWriteJSONCompact writes the 84 PolNeAR articles' report as a
// pipe gets it.
func BenchmarkWriteJSONCompact(b *testing.B) {
	r := Compare(polnearTexts(b, 84), Options{})
	b.ReportAllocs()
	for b.Loop() {
		if err := r.WriteJSON(discard{}, false); err != nil {
			b.Fatal(err)
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
