package segment

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/ingest"
)

// plain builds a Document the way plain text arrives: paragraphs split on
// blank lines, nothing marked.
func plain(text string) *ingest.Document {
	d := &ingest.Document{Format: "text"}
	for _, p := range strings.Split(text, "\n\n") {
		d.Paragraphs = append(d.Paragraphs, ingest.Paragraph{Text: p, Kind: ingest.KindParagraph})
	}
	return d
}

// texts returns the text of each sentence Split finds in doc, after
// checking the invariants every result must keep.
func texts(t *testing.T, doc *ingest.Document) []string {
	t.Helper()
	text, ss := Split(doc)
	checkInvariants(t, doc, text, ss)
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func roleOf(t *testing.T, doc *ingest.Document, sentence string) string {
	t.Helper()
	text, ss := Split(doc)
	for _, s := range ss {
		if text[s.Start:s.End] == sentence {
			return s.Role
		}
	}
	t.Fatalf("no sentence %q in %q", sentence, texts(t, doc))
	return ""
}

var roles = map[string]bool{RoleHeadline: true, RoleLede: true, RoleBody: true, RoleCaption: true, RoleBoilerplate: true}

// checkInvariants reports every way ss breaks Split's contract for doc.
func checkInvariants(t testing.TB, doc *ingest.Document, text string, ss []Sentence) {
	t.Helper()
	var want strings.Builder
	bounds := make([][2]int, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		if i > 0 {
			want.WriteString("\n\n")
		}
		bounds[i] = [2]int{want.Len(), want.Len() + len(p.Text)}
		want.WriteString(p.Text)
	}
	if text != want.String() {
		t.Fatalf("text is not the paragraphs joined by blank lines:\n%q", text)
	}
	runeStart := make([]bool, len(text)+1)
	for i := range text {
		runeStart[i] = true
	}
	runeStart[len(text)] = true
	covered := make([]int, len(text))
	prevEnd := 0
	for k, s := range ss {
		if s.Start < prevEnd || s.Start >= s.End || s.End > len(text) {
			t.Fatalf("sentence %d [%d,%d) out of order, empty or out of range (previous end %d, len %d)", k, s.Start, s.End, prevEnd, len(text))
		}
		prevEnd = s.End
		if !runeStart[s.Start] || !runeStart[s.End] {
			t.Fatalf("sentence %d [%d,%d) cuts a UTF-8 sequence", k, s.Start, s.End)
		}
		if s.Paragraph < 0 || s.Paragraph >= len(bounds) || s.Start < bounds[s.Paragraph][0] || s.End > bounds[s.Paragraph][1] {
			t.Fatalf("sentence %d [%d,%d) is not inside paragraph %d", k, s.Start, s.End, s.Paragraph)
		}
		r, _ := utf8.DecodeRuneInString(text[s.Start:])
		l, _ := utf8.DecodeLastRuneInString(text[:s.End])
		if unicode.IsSpace(r) || unicode.IsSpace(l) {
			t.Fatalf("sentence %d %q is not trimmed", k, text[s.Start:s.End])
		}
		if !roles[s.Role] {
			t.Fatalf("sentence %d has role %q", k, s.Role)
		}
		for i := s.Start; i < s.End; i++ {
			covered[i]++
		}
	}
	for i, r := range text {
		if !unicode.IsSpace(r) && covered[i] != 1 {
			t.Fatalf("byte %d (%q) is covered by %d sentences", i, r, covered[i])
		}
	}
}

// seed reads a real article from the shared seeds, which CI clones beside
// the repository.
func seed(t *testing.T, name string) *ingest.Document {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	b, err := os.ReadFile(filepath.Join(dir, name))
	if os.IsNotExist(err) {
		t.Skipf("seed articles not found at %s (CI clones shared/ beside the repository)", dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	return plain(string(b))
}

func TestSeed004(t *testing.T) {
	doc := seed(t, "004_3a34f0d0acc71ae7.txt")
	text, ss := Split(doc)
	checkInvariants(t, doc, text, ss)
	headline := "Trump speaks with Alibaba's Jack Ma about what else? Jobs"
	want := []struct{ sentence, role string }{
		{headline, RoleHeadline},
		{headline, RoleBoilerplate}, // repeated above the photo
		{"President-elect Donald Trump and Jack Ma, chairman of Alibaba Group, emerge from the elevators to speak to reporters following their meeting at Trump Tower. (Drew Angerer/Getty Images)", RoleCaption},
		{"One surefire way to get an audience with Donald Trump appears to be the promise of American jobs,\u00a0even if you’re one of China’s leading pariahs in the eyes of U.S. trade officials.", RoleLede},
	}
	for i, w := range want {
		if got := text[ss[i].Start:ss[i].End]; got != w.sentence || ss[i].Role != w.role {
			t.Errorf("sentence %d = %s %q, want %s %q", i, ss[i].Role, got, w.role, w.sentence)
		}
	}
	for _, w := range []struct{ sentence, role string }{
		{"\"A great, great entrepreneur;\u00a0one of the best in the world and he loves this country and he loves China,\" Trump told reporters\u00a0after the meeting.", RoleBody},
		{"\"Jack and I are going to do some great things.\"", RoleBody},
		{"Follow me @dhpierson on Twitter", RoleBoilerplate},
	} {
		if got := roleOf(t, doc, w.sentence); got != w.role {
			t.Errorf("role of %q = %s, want %s", w.sentence, got, w.role)
		}
	}
	for _, s := range ss {
		if strings.HasPrefix(text[s.Start:], "Trade Representative") {
			t.Errorf("split inside %q", "the Office of the U.S. Trade Representative")
		}
	}
	if len(ss) != 21 {
		t.Errorf("got %d sentences, want 21:\n%s", len(ss), strings.Join(texts(t, doc), "\n"))
	}
}

func TestSeed000(t *testing.T) {
	doc := seed(t, "000_1a6e0eccfd6dcb22.txt")
	for _, w := range []struct{ sentence, role string }{
		{"Alibaba chairman Jack Ma met with President-elect Donald Trump Monday and discussed plans to create 1 million new jobs in the US by helping small businesses sell goods to China.", RoleLede},
		{"Alibaba shares rose 0.9 per cent to $94.74 at 2:37 p.m. in New York.", RoleBody},
		{"\"Jack and I are going to do some great things together,\" Trump said in the lobby of the Trump Tower after the meeting in New York.", RoleBody},
	} {
		if got := roleOf(t, doc, w.sentence); got != w.role {
			t.Errorf("role of %q = %s, want %s", w.sentence, got, w.role)
		}
	}
	if got := len(texts(t, doc)); got != 19 {
		t.Errorf("got %d sentences, want 19", got)
	}
}

// propertyDocs are documents the invariants are checked on beyond the
// table tests: odd spacing, empty paragraphs, every kind.
var propertyDocs = []*ingest.Document{
	nil,
	{},
	{Paragraphs: []ingest.Paragraph{{Text: ""}, {Text: "  \n\t "}, {Text: "\u00a0Lone.\u00a0"}}},
	{Title: "Big news", Paragraphs: []ingest.Paragraph{
		{Text: "Big news", Kind: ingest.KindHeadline},
		{Text: "By Jane Doe", Kind: ingest.KindByline},
		{Text: "A photo. (Jane Doe/AP)", Kind: ingest.KindCaption},
		{Text: " It happened. \"Really?\" he asked.  Yes.\n\nBig news\n"},
		{Text: "\" . .\" ... ?! “ ” ‘ ’ '"},
		{Text: "日本語の文。次の文！最後？ 終わり"},
	}},
}

func TestInvariants(t *testing.T) {
	for i, doc := range propertyDocs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			text, ss := Split(doc)
			if doc == nil {
				if text != "" || ss != nil {
					t.Fatalf("Split(nil) = %q, %v", text, ss)
				}
				return
			}
			checkInvariants(t, doc, text, ss)
		})
	}
}

// pieces are what TestInvariantsRandom builds articles from: the
// characters and words every rule looks at.
var pieces = []string{"The", "said", "U.S.", "Mr.", "Inc.", "p.m.", "3.5%.", "$94.74", "etc.", "...", "…",
	".", "?", "!", ",", "\"", "“", "”", "‘", "’", "'", "(Jane Doe/AP)", "Photo:", "@x", "©", "\n", "\n\n",
	"\u00a0", "\t", "日本。", "—", "iPhone", "Follow me", "\xff"}

func TestInvariantsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []ingest.Kind{ingest.KindParagraph, ingest.KindParagraph, ingest.KindHeadline, ingest.KindCaption, ingest.KindByline}
	for range 500 {
		var b strings.Builder
		for range rng.IntN(80) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteString(" ")
			}
		}
		doc := plain(b.String())
		for i := range doc.Paragraphs {
			doc.Paragraphs[i].Kind = kinds[rng.IntN(len(kinds))]
		}
		text, ss := Split(doc)
		checkInvariants(t, doc, text, ss)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Headline here\n\nIt was made in the U.S. The company said so.",
		"\"It's over. We lost,\" she said. “Why?” he asked.\nA second line\n\n(Jane Doe/AP)",
		"Rose 0.9% to $94.74 at 2:37 p.m. in New York... and fell. Follow me @x on Twitter",
		"\u00a0\u2028x\xff\xe2\x80 .\"\n\n\n日本。",
	} {
		f.Add(s, "")
		f.Add(s, "hcbp")
	}
	kinds := []ingest.Kind{ingest.KindParagraph, ingest.KindHeadline, ingest.KindCaption, ingest.KindByline}
	f.Fuzz(func(t *testing.T, text, kindBytes string) {
		start := time.Now() // a time bound per input: slower is a quadratic path
		defer func() {
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v on %d bytes", d, len(text))
			}
		}()
		doc := &ingest.Document{Title: strings.SplitN(text, "\n", 2)[0]}
		for i, p := range strings.Split(text, "\n\n") {
			k := ingest.KindParagraph
			if i < len(kindBytes) {
				k = kinds[int(kindBytes[i])%len(kinds)]
			}
			doc.Paragraphs = append(doc.Paragraphs, ingest.Paragraph{Text: p, Kind: k})
		}
		got, ss := Split(doc)
		checkInvariants(t, doc, got, ss)
	})
}

func ExampleSplit() {
	doc := &ingest.Document{Paragraphs: []ingest.Paragraph{
		{Text: "Alibaba's Ma meets Trump"},
		{Text: `"Jack and I are going to do some great things," Trump said. Shares rose 0.9% to $94.74 at 2:37 p.m. in New York.`},
		{Text: "Follow me @dhpierson on Twitter"},
	}}
	text, sentences := Split(doc)
	for _, s := range sentences {
		fmt.Printf("%-11s %s\n", s.Role, text[s.Start:s.End])
	}
	// Output:
	// headline    Alibaba's Ma meets Trump
	// lede        "Jack and I are going to do some great things," Trump said.
	// lede        Shares rose 0.9% to $94.74 at 2:37 p.m. in New York.
	// boilerplate Follow me @dhpierson on Twitter
}

// TestConcurrentSplit shares the lazily built tokenizer between
// goroutines; run with -race it checks nothing writes to it after it is
// built.
func TestConcurrentSplit(t *testing.T) {
	doc := plain(benchArticle(300))
	_, want := Split(doc)
	done := make(chan []Sentence)
	for range 4 {
		go func() {
			_, got := Split(doc)
			done <- got
		}()
	}
	for range 4 {
		if got := <-done; !slices.Equal(got, want) {
			t.Error("concurrent Splits disagree")
		}
	}
}
