package memo

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

var update = flag.Bool("update", false, "rewrite the golden memos in testdata")

// fixture is a hand-written report (the interface's fixture), so the
// golden memo changes only when the memo does, not when the engine does.
func fixture(t testing.TB) *compare.Report {
	t.Helper()
	data, err := os.ReadFile("testdata/report.json")
	if err != nil {
		t.Fatal(err)
	}
	var rep compare.Report
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	return &rep
}

// session marks the fixture as an editor might: a group flagged with a
// note, a quote reviewed, a unique sentence noted, and one orphan (a mark
// on a sentence the articles no longer carry).
func session(t testing.TB, rep *compare.Report) *review.Session {
	t.Helper()
	stored := review.File{Version: review.Version, Marks: []review.Mark{{
		ID: "s0000000000", Kind: review.KindSentence, Flagged: true, Note: "Was this in the print edition?",
		Texts: []string{"the harbor master resigned on friday."}, Excerpt: "The harbor master resigned on Friday.",
	}}}
	s := review.Resume(&stored, rep, nil)
	var unique string
	for _, it := range s.Items() {
		if it.Kind == review.KindSentence && unique == "" {
			unique = it.ID
		}
	}
	s.ToggleFlagged("g3")
	s.SetNote("g3", "Check the job figure with the mayor's office.\nTwo outlets disagree.")
	s.ToggleReviewed("q1")
	s.ToggleReviewed("g1")
	s.SetNote(unique, "Only the Herald has this: *source?* <b>")
	return s
}

func TestMarkdownGolden(t *testing.T) {
	rep := fixture(t)
	var buf bytes.Buffer
	if err := Write(&buf, "markdown", rep, session(t, rep), "reviews/harbor.json"); err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/memo.md", buf.Bytes())
	for _, want := range []string{"## Flagged (1)", "## Orphaned marks (1)", "2/10 reviewed, 1 flagged", "{+Officials claimed 450+} jobs", "[-", "{+", `\*source?\* \<b>`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the memo lacks %q", want)
		}
	}
}

// Without a session the memo has the report's sections and no mark ones.
func TestMarkdownWithoutSession(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "markdown", fixture(t), nil, ""); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if !strings.Contains(s, "no review session") || strings.Contains(s, "## Flagged") || !strings.Contains(s, "## Conflicts (1)") {
		t.Errorf("memo without a session:\n%s", s)
	}
}

func TestJSONCarriesTheReview(t *testing.T) {
	rep := fixture(t)
	var with, without bytes.Buffer
	if err := Write(&with, "json", rep, session(t, rep), "s.json"); err != nil {
		t.Fatal(err)
	}
	if err := Write(&without, "json", rep, nil, ""); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version int `json:"version"`
		Review  struct {
			Reviewed, Total, Flagged int
			Marks, Orphans           []review.Mark
		} `json:"review"`
	}
	if err := json.Unmarshal(with.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Version != 1 || got.Review.Reviewed != 2 || got.Review.Flagged != 1 || len(got.Review.Marks) != 4 || len(got.Review.Orphans) != 1 {
		t.Errorf("review in the JSON memo: %+v", got)
	}
	if strings.Contains(without.String(), `"review"`) {
		t.Error("the JSON without a session has a review object")
	}
	var plain compare.Report
	if err := json.Unmarshal(without.Bytes(), &plain); err != nil || len(plain.Groups) != len(rep.Groups) {
		t.Errorf("the JSON without a session is not the report: %v", err)
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./memo -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		out := filepath.Join(t.TempDir(), filepath.Base(path))
		_ = os.WriteFile(out, got, 0o644)
		t.Errorf("%s differs from the golden file; got %s (diff them, or -update)", path, out)
	}
}

func TestFormatFor(t *testing.T) {
	for in, want := range map[string]string{"a.md": "markdown", "a.HTML": "html", "a.htm": "html", "a.json": "json", "memo": "markdown"} {
		if got := FormatFor(in); got != want {
			t.Errorf("FormatFor(%q) = %q, want %q", in, got, want)
		}
	}
}

// A truncated rendering says which article cut the quotation short, as the
// text report and the inspector do.
func TestMemoSaysWhoCutsAQuoteShort(t *testing.T) {
	rep := fixture(t)
	var long, short int = -1, -1
	for i, q := range rep.Quotes {
		if len(q.Matches) > 0 && long < 0 {
			long = i
		}
	}
	if long < 0 {
		t.Fatal("the fixture has no matched quote")
	}
	for i, q := range rep.Quotes {
		if q.ID == rep.Quotes[long].Matches[0].Quote {
			short = i
		}
	}
	lq, sq := &rep.Quotes[long], &rep.Quotes[short]
	lq.Text, sq.Text = "We will rebuild every pier before the summer season", "We will rebuild every pier"
	lq.Status, sq.Status = "variant", "variant"
	lq.Matches = []compare.QuoteMatch{{Quote: sq.ID, Relation: "truncated"}}
	sq.Matches = []compare.QuoteMatch{{Quote: lq.ID, Relation: "truncated"}}
	m := Build(rep, nil, "")
	var notes []string
	for _, e := range m.Quotes {
		for _, v := range e.Versions {
			notes = append(notes, v.Note)
		}
	}
	all := strings.Join(notes, "\n")
	if !strings.Contains(all, "truncated: "+m.label(sq.Article)+" cuts it short") {
		t.Errorf("the memo does not say who cut the quote short:\n%s", all)
	}
}

// A memo written from the interactive view without --session holds that
// run's marks and notes, so its first line must not say marks and notes
// need a session (it did, above a "Flagged" section); it gives the
// progress and says they are not kept.
func TestMemoWithoutSessionFileKeepsItsWord(t *testing.T) {
	rep := fixture(t)
	s := review.New(rep, nil)
	s.ToggleFlagged("g3")
	s.SetNote("g3", "Ask the harbour office.")
	var b strings.Builder
	if err := Build(rep, s, "").Markdown(&b); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	head, _, _ := strings.Cut(md, "\n\n## ")
	if strings.Contains(head, "need `--session FILE`") || !strings.Contains(head, "1 flagged") || !strings.Contains(head, "not kept") {
		t.Errorf("the memo's head contradicts its marks or lacks the progress:\n%s", head)
	}
	if !strings.Contains(md, "## Flagged (1)") {
		t.Errorf("the flagged item is missing:\n%s", md)
	}
}
