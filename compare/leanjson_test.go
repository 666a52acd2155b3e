package compare

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Version 3 leaves out of the JSON only what the report says elsewhere: a
// marker's and a fact mention's words are the article's text between their
// offsets, a sentence marker's article is the sentence's, and coverage is
// which groups list the article as a member. The rest reads back as the
// report holds it, nearest as [article, sentence, similarity].
func TestLeanJSONLeavesOutOnlyWhatTheReportSays(t *testing.T) {
	r := loadDemo(t).report
	markers := 0
	for ai, a := range r.Articles {
		for si, s := range a.Sentences {
			for _, m := range s.Framing {
				markers++
				if a.Text[m.Start:m.End] != m.Text || m.Article != ai || m.Distinct {
					t.Errorf("article %d sentence %d: marker %+v is not text[start:end] of its own article, or is distinct", ai, si, m)
				}
			}
		}
		for gi, g := range r.Groups {
			carried := slices.ContainsFunc(g.Members, func(m Member) bool { return m.Article == ai })
			if a.Summary.Coverage[gi] != carried {
				t.Errorf("article %d, group %s: coverage %v, members say %v", ai, g.ID, a.Summary.Coverage[gi], carried)
			}
		}
	}
	for _, g := range r.Groups {
		for _, m := range g.Framing {
			if r.Articles[m.Article].Text[m.Start:m.End] != m.Text {
				t.Errorf("group %s: marker %+v is not text[start:end]", g.ID, m)
			}
		}
	}
	for _, f := range r.Facts {
		for _, m := range f.Mentions {
			if r.Articles[m.Article].Text[m.Start:m.End] != m.Text {
				t.Errorf("fact %s: mention %+v is not text[start:end]", f.ID, m)
			}
		}
	}
	if markers == 0 || len(r.Facts) == 0 {
		t.Fatalf("the demo has %d sentence markers and %d facts: nothing checked", markers, len(r.Facts))
	}

	var buf bytes.Buffer
	if err := r.WriteJSON(&buf, false); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Articles []struct {
			Summary   map[string]json.RawMessage `json:"summary"`
			Sentences []struct {
				Nearest [][3]float64                 `json:"nearest"`
				Framing []map[string]json.RawMessage `json:"framing"`
			} `json:"sentences"`
		} `json:"articles"`
		Groups []struct {
			Framing []map[string]json.RawMessage `json:"framing"`
		} `json:"groups"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for ai, a := range doc.Articles {
		if _, ok := a.Summary["coverage"]; ok {
			t.Errorf("article %d: summary has coverage", ai)
		}
		for si, s := range a.Sentences {
			want := r.Articles[ai].Sentences[si]
			if len(s.Nearest) != len(want.Nearest) {
				t.Errorf("article %d sentence %d: %d nearest, want %d", ai, si, len(s.Nearest), len(want.Nearest))
			}
			for i, n := range s.Nearest {
				if i < len(want.Nearest) && n != [3]float64{float64(want.Nearest[i].Article), float64(want.Nearest[i].Sentence), want.Nearest[i].Similarity} {
					t.Errorf("article %d sentence %d: nearest %v, want %+v", ai, si, n, want.Nearest[i])
				}
			}
			if len(s.Framing) != len(want.Framing) {
				t.Fatalf("article %d sentence %d: %d markers, want %d", ai, si, len(s.Framing), len(want.Framing))
			}
			for i, m := range s.Framing {
				for _, gone := range []string{"article", "distinct", "text"} {
					if _, ok := m[gone]; ok {
						t.Errorf("article %d sentence %d: a marker has %q", ai, si, gone)
					}
				}
				var back Marker
				raw, _ := json.Marshal(m)
				if err := json.Unmarshal(raw, &back); err != nil {
					t.Fatal(err)
				}
				w := want.Framing[i]
				w.Article, w.Text = 0, ""
				if back != w {
					t.Errorf("article %d sentence %d: marker reads back %+v, want %+v", ai, si, back, w)
				}
			}
		}
	}
	for gi, g := range doc.Groups {
		for _, m := range g.Framing {
			if _, ok := m["text"]; ok {
				t.Errorf("group %d: a marker has text", gi)
			}
		}
	}
}

// Strings in the hand-written JSON are escaped as encoding/json escapes
// them (HTML left alone).
func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "plain", `say "no"`, `a\b`, "tab\tline\nret\r", "\x00\x1f\x7f", "<b>&amp;</b>", "caf\u00e9 \u2028 \u2029 \U0001F600", "bad \xff\xfe byte", strings.Repeat("é", 40)} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := string(appendJSONString(nil, s)); got != strings.TrimSuffix(want.String(), "\n") {
			t.Errorf("%q: got %s, want %s", s, got, want.String())
		}
	}
}

// A Go reader of the JSON report gets back the report the engine made:
// what version 3 leaves out is restored from what it keeps.
func TestJSONReadsBackAsTheReport(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *Report
	}{{"demo", loadDemo(t).report}, {"PolNeAR", polnearReport(t, 12)}} {
		if tc.r == nil {
			continue
		}
		var buf bytes.Buffer
		if err := tc.r.WriteJSON(&buf, false); err != nil {
			t.Fatal(err)
		}
		var back Report
		if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
			t.Fatal(err)
		}
		// The full nearest lists stay out of the JSON (a reader's NearestIn
		// finds the kept ones).
		full := tc.r.nearestFull
		tc.r.nearestFull = nil
		same := reflect.DeepEqual(&back, tc.r)
		tc.r.nearestFull = full
		if !same {
			for ai := range tc.r.Articles {
				if !reflect.DeepEqual(back.Articles[ai], tc.r.Articles[ai]) {
					t.Errorf("%s: article %d reads back differently", tc.name, ai)
				}
			}
			t.Errorf("%s: the report reads back differently (groups equal %v, facts %v, quotes %v)", tc.name,
				reflect.DeepEqual(back.Groups, tc.r.Groups), reflect.DeepEqual(back.Facts, tc.r.Facts), reflect.DeepEqual(back.Quotes, tc.r.Quotes))
		}
	}
}

// polnearReport compares the first n PolNeAR texts, or returns nil when
// the shared data is absent.
func polnearReport(t *testing.T, n int) *Report {
	if _, err := os.Stat(filepath.Join(sharedDir, "eval", "polnear", "text")); err != nil {
		return nil
	}
	return Compare(polnearTexts(t, n), Options{})
}
