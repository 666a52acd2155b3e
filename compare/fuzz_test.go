package compare

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/ingest"
)

// fuzzBound is the time one fuzz input may take. Inputs are small; a
// slower one is a quadratic path waiting for a bigger input.
const fuzzBound = 2 * time.Second * slowdown

// FuzzWordDiff checks that a word diff rebuilds both its inputs, never
// starts or ends a change inside a word, and comes back tidy: no empty op,
// no two neighbours of one kind, each deletion before its insertion.
func FuzzWordDiff(f *testing.F) {
	for _, s := range [][2]string{
		{"Alibaba shares rose 0.9 per cent to $94.74.", "Alibaba shares were up about 1%."},
		{"He insisted the U.S. deal was fair.", "He conceded the U.S. deal wasn't unfair."},
		{"naïve café owners", "naive cafe owners"},
		{"", "A whole new sentence."},
		{"a, b", "c, d"},
		{"\xff\xfe 1,000.5 don't", "\xe2\x80 1,000 do'nt"},
		{"e\u0301 \u0301x -\u0301", "é x"},
		{"  lead  trail  ", "lead trail"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		start := time.Now()
		ops := WordDiff(a, b)
		if d := time.Since(start); d > fuzzBound {
			t.Fatalf("took %v on %d and %d bytes", d, len(a), len(b))
		}
		from, to := apply(ops)
		if from != a || to != b {
			t.Fatalf("rebuilds %q / %q", from, to)
		}
		for i, op := range ops {
			if op.Text == "" || op.Op != OpEqual && op.Op != OpDelete && op.Op != OpInsert {
				t.Fatalf("op %d is %+v", i, op)
			}
			if i > 0 && (ops[i-1].Op == op.Op || ops[i-1].Op == OpInsert && op.Op == OpDelete) {
				t.Fatalf("ops %d and %d: %s then %s", i-1, i, ops[i-1].Op, op.Op)
			}
			if utf8.ValidString(a) && utf8.ValidString(b) && !utf8.ValidString(op.Text) {
				t.Fatalf("op %d splits a rune: %q", i, op.Text)
			}
		}
		checkWholeWords(t, ops, OpDelete)
		checkWholeWords(t, ops, OpInsert)
	})
}

// checkWholeWords walks one side of a diff (the From side, made of equal
// and deleted text, or the To side) and fails where two of its pieces meet
// inside a word.
func checkWholeWords(t *testing.T, ops []DiffOp, side Op) {
	t.Helper()
	prev := ""
	for _, op := range ops {
		if op.Op != OpEqual && op.Op != side {
			continue
		}
		text := op.Text
		if side == OpInsert {
			text = op.ToText()
		}
		if prev != "" {
			r1, _ := utf8.DecodeLastRuneInString(prev)
			r2, _ := utf8.DecodeRuneInString(text)
			if isWordRune(r1) && isWordRune(r2) {
				t.Fatalf("a change splits a word: %q | %q", prev, text)
			}
		}
		prev = text
	}
}

// fuzzSources name the fuzzed articles, so that both go through each of
// ingest's readers.
var fuzzSources = []string{"a.txt", "b.md", "c.html", "-"}

// FuzzCompare runs the whole engine on two small articles and checks the
// report holds together: every offset in range and on a rune boundary,
// every index pointing at something that exists, every string valid UTF-8
// without a control character, and the whole in a bounded time.
func FuzzCompare(f *testing.F) {
	demo, _ := filepath.Glob("../testdata/demo/*.txt")
	if len(demo) >= 2 {
		a, _ := os.ReadFile(demo[0])
		b, _ := os.ReadFile(demo[1])
		f.Add(string(a), string(b), byte(0))
	}
	f.Add("Harbour deal signed\n\nThe port signed a deal with Blue Line on Monday. It will add 400 jobs, the mayor said.",
		"Blue Line wins port deal\n\nThe port and Blue Line signed a deal Monday. Officials said 400 jobs would follow.", byte(0))
	f.Add(`"We will build it," said Mayor Ann Lee. It costs $1.2 billion, up 5%.`, `Lee said: "We will build it." The cost: $1.3bn.`, byte(5))
	f.Add("# Deal\n\n*_Blue_* [Line](http://x) said 40%", "<html><p>Blue Line&#27; said 41%</p><figcaption>Photo: AP</figcaption>", byte(6))
	f.Add("Same.\n\nSame.\n\nSame.", "Same. Same. Same.", byte(1))
	f.Fuzz(func(t *testing.T, a, b string, formats byte) {
		compareFuzzed(t, []string{a, b}, func(i int) int { return int(formats >> (2 * i)) })
	})
}

// FuzzCompareMany runs the engine on three to five articles: groups then
// span articles, and one article's split parts sit in a group beside
// another article's sentences, a case two articles never reach. The
// fourth and fifth articles are built from the first three, so near
// duplicates (wire copy) are exercised too. The seeds are small: the
// demo's articles are seeds of FuzzCompare, and three of them slow the
// mutator to a crawl.
func FuzzCompareMany(f *testing.F) {
	// The shape that crashed the one-to-many pass: see split_test.go.
	f.Add("Ferry times change next week.\n\nSchools in the valley stayed open.\n\nDockworkers at Pier 9 of the Harbor City port walked off the job on Tuesday morning. Their union said the strike would last until the port drops its automation plan.",
		"Dockworkers at Pier 9 of the Harbor City port walked off the job on Tuesday morning, and their union said the strike would last until the port drops its automation plan.\n\nShops near the harbor reported fewer customers.\n\nThe port also announced new ferry times for the winter.",
		"Pier 9 dockworkers at the Harbor City port went on strike Tuesday, and their union vowed to stay out until the port drops its automation plan.", byte(0))
	f.Add("A quake struck. It was strong.\n\nTen died.", "A strong quake struck, killing ten.", "Ten died. A quake struck.\n\nIt was strong.", byte(0xC0))
	f.Add("Same. Same.", "Same.", "Same. Same. Same.", byte(0x40))
	// One quotation as one sentence, as two, and its end alone (verbatim.go).
	f.Add(`"We will rebuild the pier before winter. And no skipper will pay a new levy," Brandt said.`,
		`"We will rebuild the pier before winter," Brandt said. "And no skipper will pay a new levy."`,
		"The cost is four million euros.\n\n\"And no skipper will pay a new levy,\" she added.", byte(0x80))
	f.Fuzz(func(t *testing.T, a, b, c string, shape byte) {
		texts := []string{a, b, c}
		if shape&0x40 != 0 {
			texts = append(texts, a+"\n\n"+c)
		}
		if shape&0x80 != 0 {
			texts = append(texts, c+" "+b)
		}
		compareFuzzed(t, texts, func(i int) int { return int(shape >> (2 * (i % 3))) })
	})
}

// checkReport checks the promises of a Report that hold for any input.
func checkReport(t *testing.T, r *Report) {
	t.Helper()
	checkStrings(t, reflect.ValueOf(r), "report")
	if data, err := json.Marshal(r); err != nil {
		t.Fatal(err)
	} else {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		if nulls := nullLists(v, "report"); len(nulls) > 0 {
			t.Fatalf("null lists: %v", nulls)
		}
	}
	groups := map[string]int{}
	for gi, g := range r.Groups {
		groups[g.ID] = gi
	}
	sentence := func(a, s int) bool {
		return a >= 0 && a < len(r.Articles) && s >= 0 && s < len(r.Articles[a].Sentences)
	}
	span := func(what string, a, start, end int) {
		t.Helper()
		if a < 0 || a >= len(r.Articles) {
			t.Fatalf("%s: article %d of %d", what, a, len(r.Articles))
		}
		text := r.Articles[a].Text
		if start < 0 || start > end || end > len(text) || !boundary(text, start) || !boundary(text, end) {
			t.Fatalf("%s: [%d, %d) is not a span of %d bytes on rune boundaries", what, start, end, len(text))
		}
	}
	for ai, art := range r.Articles {
		if len(art.Summary.Coverage) != len(r.Groups) {
			t.Fatalf("article %d: coverage of %d groups, report has %d", ai, len(art.Summary.Coverage), len(r.Groups))
		}
		for si, s := range art.Sentences {
			span(fmt.Sprintf("sentence %d/%d", ai, si), ai, s.Start, s.End)
			if art.Text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence %d/%d: Text %q is not its span", ai, si, s.Text)
			}
			if si > 0 && s.Start < art.Sentences[si-1].End {
				t.Fatalf("sentence %d/%d overlaps the one before", ai, si)
			}
			if s.Group != nil {
				gi, ok := groups[*s.Group]
				holds := func(m Member) bool { return m.Article == ai && slices.Contains(m.Sentences, si) }
				if !ok || !slices.ContainsFunc(r.Groups[gi].Members, holds) && !slices.ContainsFunc(r.Groups[gi].Related, holds) {
					t.Fatalf("sentence %d/%d names group %q, which does not hold it", ai, si, *s.Group)
				}
			}
			for _, n := range s.Nearest {
				if !sentence(n.Article, n.Sentence) || n.Article == ai || math.IsNaN(n.Similarity) {
					t.Fatalf("sentence %d/%d: nearest %+v", ai, si, n)
				}
			}
		}
	}
	for _, g := range r.Groups {
		seen := map[int]bool{}
		for _, m := range g.Members {
			if seen[m.Article] || len(m.Sentences) == 0 || !slices.IsSorted(m.Sentences) {
				t.Fatalf("group %s: member %+v", g.ID, m)
			}
			seen[m.Article] = true
			for _, s := range m.Sentences {
				if !sentence(m.Article, s) || !r.Articles[m.Article].Sentences[s].Role.Alignable() {
					t.Fatalf("group %s: member %+v holds no alignable sentence %d", g.ID, m, s)
				}
			}
		}
		// A related sentence is one more sentence of a member's article,
		// outside its member, named once, in article and sentence order.
		for i, m := range g.Related {
			if !seen[m.Article] || len(m.Sentences) != 1 || !sentence(m.Article, m.Sentences[0]) || !r.Articles[m.Article].Sentences[m.Sentences[0]].Role.Alignable() ||
				slices.ContainsFunc(g.Members, func(o Member) bool { return o.Article == m.Article && slices.Contains(o.Sentences, m.Sentences[0]) }) ||
				i > 0 && (g.Related[i-1].Article > m.Article || g.Related[i-1].Article == m.Article && g.Related[i-1].Sentences[0] >= m.Sentences[0]) {
				t.Fatalf("group %s: related %+v", g.ID, m)
			}
		}
		// A sentence carried within is of an article with no member, in
		// another group, named once, in article and sentence order.
		for i, m := range g.Within {
			if seen[m.Article] || len(m.Sentences) != 1 || !sentence(m.Article, m.Sentences[0]) ||
				r.Articles[m.Article].Sentences[m.Sentences[0]].Group == nil || *r.Articles[m.Article].Sentences[m.Sentences[0]].Group == g.ID ||
				i > 0 && (g.Within[i-1].Article > m.Article || g.Within[i-1].Article == m.Article && g.Within[i-1].Sentences[0] >= m.Sentences[0]) {
				t.Fatalf("group %s: within %+v", g.ID, m)
			}
		}
		if len(g.Members) < 2 || g.Similarity < 0 || g.Similarity > 1 || math.IsNaN(g.Similarity) {
			t.Fatalf("group %s: %d members, similarity %v", g.ID, len(g.Members), g.Similarity)
		}
		for _, d := range g.Diff {
			if !seen[d.From] || !seen[d.To] {
				t.Fatalf("group %s: diff %d -> %d between non-members", g.ID, d.From, d.To)
			}
		}
		for _, mk := range g.Framing {
			span("group "+g.ID+" marker", mk.Article, mk.Start, mk.End)
		}
	}
	quotes := map[string]bool{}
	for _, q := range r.Quotes {
		quotes[q.ID] = true
	}
	for _, q := range r.Quotes {
		span("quote "+q.ID, q.Article, q.Start, q.End)
		if !sentence(q.Article, q.Sentence) {
			t.Fatalf("quote %s: sentence %d/%d", q.ID, q.Article, q.Sentence)
		}
		for _, m := range q.Matches {
			if !quotes[m.Quote] || m.Quote == q.ID {
				t.Fatalf("quote %s matches %q", q.ID, m.Quote)
			}
		}
		for _, p := range q.ParaphrasedIn {
			if !sentence(p.Article, p.Sentence) {
				t.Fatalf("quote %s: paraphrased in %+v", q.ID, p)
			}
		}
	}
	for _, fc := range r.Facts {
		for _, m := range fc.Mentions {
			span("fact "+fc.ID, m.Article, m.Start, m.End)
			if !sentence(m.Article, m.Sentence) || r.Articles[m.Article].Text[m.Start:m.End] != m.Text {
				t.Fatalf("fact %s: mention %+v is not its span", fc.ID, m)
			}
			for _, x := range []float64{m.Value, m.Low, m.High} {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					t.Fatalf("fact %s: mention %+v is not finite", fc.ID, m)
				}
			}
		}
	}
}

// checkStrings fails on any string in v that is invalid UTF-8 or holds a
// control character but '\n' and '\t' (see ingest.Sanitize).
func checkStrings(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			checkStrings(t, v.Elem(), path)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			checkStrings(t, v.Field(i), path+"."+v.Type().Field(i).Name)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			checkStrings(t, v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			checkStrings(t, it.Key(), path+" key")
			checkStrings(t, it.Value(), path+"["+fmt.Sprint(it.Key())+"]")
		}
	case reflect.String:
		s := v.String()
		if !utf8.ValidString(s) {
			t.Fatalf("%s: invalid UTF-8 %q", path, s)
		}
		for _, c := range s {
			if (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) {
				t.Fatalf("%s: control %U in %q", path, c, s)
			}
		}
	}
}

// boundary reports whether offset i of text is not inside a UTF-8 sequence.
func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

// TestReportInvariantsOnDemo holds the bundled demo to the promises the
// fuzz target checks, so a wrong invariant shows on real articles first.
func TestReportInvariantsOnDemo(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/demo/*.txt")
	if len(paths) < 2 {
		t.Skip("no demo articles")
	}
	var docs []*ingest.Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.Parse(p, data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	r := Compare(docs, Options{})
	if len(r.Groups) == 0 || len(r.Quotes) == 0 || len(r.Facts) == 0 {
		t.Fatalf("the demo gives %d groups, %d quotes, %d facts", len(r.Groups), len(r.Quotes), len(r.Facts))
	}
	checkReport(t, r)
}

// compareFuzzed parses each text as the source format source(i) picks
// (inputs ingest refuses end the case), compares them within fuzzBound
// and checks the report's invariants.
func compareFuzzed(t *testing.T, texts []string, source func(i int) int) {
	var docs []*ingest.Document
	sizes := make([]int, len(texts))
	for i, text := range texts {
		d, err := ingest.Parse(fuzzSources[source(i)%len(fuzzSources)], []byte(text))
		if err != nil {
			return
		}
		d.Label = fmt.Sprint("article ", i)
		docs = append(docs, d)
		sizes[i] = len(text)
	}
	start := time.Now()
	r := Compare(docs, Options{})
	if d := time.Since(start); d > fuzzBound {
		t.Fatalf("took %v on articles of %v bytes", d, sizes)
	}
	checkReport(t, r)
}
