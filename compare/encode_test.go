package compare

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The streamed report is the same document json.Marshal gives, compact or
// indented, with any extra top-level fields after the report's own.
func TestWriteJSONIsTheReport(t *testing.T) {
	r := loadDemo(t).report
	want, err := json.Marshal(struct {
		*Report
		Review map[string]int `json:"review"`
	}{r, map[string]int{"reviewed": 2}})
	if err != nil {
		t.Fatal(err)
	}
	var wantDoc any
	if err := json.Unmarshal(want, &wantDoc); err != nil {
		t.Fatal(err)
	}
	for _, indent := range []bool{false, true} {
		var buf bytes.Buffer
		if err := r.WriteJSON(&buf, indent, Field{"review", map[string]int{"reviewed": 2}}); err != nil {
			t.Fatal(err)
		}
		var got any
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatalf("indent %v: not JSON: %v\n%.400s", indent, err, buf.String())
		}
		if !reflect.DeepEqual(got, wantDoc) {
			t.Errorf("indent %v: the streamed document differs from json.Marshal's", indent)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, buf.Bytes()); err != nil {
			t.Fatal(err)
		}
		indented := strings.Contains(buf.String(), "\n  \"articles\": [\n    {\n      \"label\"")
		if indented != indent || (!indent && buf.Len() > compact.Len()+len(r.Articles)+len(r.Groups)+len(r.Quotes)+len(r.Facts)+1) {
			t.Errorf("indent %v: %d bytes, %d compacted:\n%.300s", indent, buf.Len(), compact.Len(), buf.String())
		}
	}
}

// A failed write is reported, not lost in a buffer.
func TestWriteJSONReportsAWriteError(t *testing.T) {
	r := loadDemo(t).report
	if err := r.WriteJSON(fullDisk{}, false); !errors.Is(err, errFull) {
		t.Errorf("WriteJSON to a full disk returned %v", err)
	}
}

var errFull = errors.New("disk full")

type fullDisk struct{}

func (fullDisk) Write(p []byte) (int, error) { return 0, errFull }

// The report grows with the articles, not with their square: per byte of
// input, the JSON of 40 real articles is no bigger than that of 10, with
// room for noise. (With every nearest and omitted listed, as in contract
// version 1, it was 1.7 times bigger: 17.6 bytes a byte against 10.6.)
func TestReportSizeGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("compares 40 articles")
	}
	perByte := func(n int) float64 {
		docs := polnearTexts(t, n)
		in := 0
		for _, d := range docs {
			for _, p := range d.Paragraphs {
				in += len(p.Text)
			}
		}
		var buf bytes.Buffer
		if err := Compare(docs, Options{}).WriteJSON(&buf, false); err != nil {
			t.Fatal(err)
		}
		t.Logf("%d articles: %d bytes of text, %d of report (%.1f to 1)", n, in, buf.Len(), float64(buf.Len())/float64(in))
		return float64(buf.Len()) / float64(in)
	}
	small, large := perByte(10), perByte(40)
	if large > 1.25*small {
		t.Errorf("report per byte of input: %.1f with 40 articles, %.1f with 10", large, small)
	}
}

// Names and unanchored dates carry no value, low or high; figures carry
// all three, zero included; no mention carries its words, which are the
// article's; and the report reads back the same otherwise.
func TestFactValuesOnlyWhereTheyMeanSomething(t *testing.T) {
	r := &Report{Facts: []Fact{
		{ID: "f1", Kind: "person", Status: "unique", Mentions: []FactMention{{Text: "Jo Smith", Unit: "Jo Smith"}}},
		{ID: "f2", Kind: "date", Status: "unique", Mentions: []FactMention{{Text: "Monday", Unit: "relative"}}},
		{ID: "f3", Kind: "count", Status: "unique", Mentions: []FactMention{{Text: "no deaths", Unit: "deaths"}}},
	}}
	var buf bytes.Buffer
	if err := r.WriteJSON(&buf, false); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	for _, l := range lines {
		switch {
		case strings.Contains(l, `"f1"`), strings.Contains(l, `"f2"`):
			if strings.Contains(l, `"value"`) || strings.Contains(l, `"low"`) || strings.Contains(l, `"high"`) {
				t.Errorf("a mention with no value carries one: %s", l)
			}
		case strings.Contains(l, `"f3"`):
			if !strings.Contains(l, `"value":0,"low":0,"high":0,"unit":"deaths"`) {
				t.Errorf("a figure of zero lost its value: %s", l)
			}
		}
		if strings.Contains(l, `"text"`) {
			t.Errorf("a mention carries its words: %s", l)
		}
	}
	want := slices.Clone(r.Facts)
	for i := range want {
		want[i].Mentions = slices.Clone(want[i].Mentions)
		for j := range want[i].Mentions {
			want[i].Mentions[j].Text = ""
		}
	}
	var back Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || !reflect.DeepEqual(back.Facts, want) {
		t.Errorf("read back %+v (%v), want %+v", back.Facts, err, want)
	}
}

// Indented for a person, an array of numbers (a nearest triple, a member's
// sentences) stays on one line; strings and other arrays are untouched.
func TestNumbersOnALine(t *testing.T) {
	in := "{\n  \"a\": [\n    [\n      1,\n      5,\n      0.351\n    ],\n    [\n      -2,\n      1e-07\n    ]\n  ],\n" +
		"  \"s\": \"[1,\\n 2] \\\" [3,\\n4]\",\n  \"e\": [],\n  \"w\": [\n    \"x\",\n    1\n  ]\n}"
	want := "{\n  \"a\": [\n    [1, 5, 0.351],\n    [-2, 1e-07]\n  ],\n" +
		"  \"s\": \"[1,\\n 2] \\\" [3,\\n4]\",\n  \"e\": [],\n  \"w\": [\n    \"x\",\n    1\n  ]\n}"
	if got := string(numbersOnALine([]byte(in))); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	var buf bytes.Buffer
	if err := loadDemo(t).report.WriteJSON(&buf, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"nearest": [`+"\n"+`            [1, `) {
		t.Errorf("indented nearest triples are not one a line:\n%.600s", buf.String()[strings.Index(buf.String(), `"nearest"`):])
	}
}
