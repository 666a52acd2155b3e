package segment

import (
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"
	"github.com/neurosnap/sentences/english"
)

// trainingData is the library's own English model, decoded from its
// gzipped JSON as the library does by default.
func trainingData(t testing.TB) *sentences.Storage {
	t.Helper()
	raw, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	st, err := sentences.LoadTraining(raw)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// wholeModel is the library's English tokenizer with its whole model, the
// reference the window tokenizers must agree with.
var wholeModel = sync.OnceValues(func() (*sentences.DefaultSentenceTokenizer, error) {
	return english.NewSentenceTokenizer(nil)
})

func wholeModelTokenizer(t testing.TB) *sentences.DefaultSentenceTokenizer {
	t.Helper()
	tok, err := wholeModel()
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// The generated tables are the library's training data: every abbreviation,
// collocation, sentence starter and orthographic flag. After upgrading
// github.com/neurosnap/sentences, run go generate ./compare/segment.
func TestPunktTableIsTheTrainingData(t *testing.T) {
	want := trainingData(t)
	for name, pair := range map[string][2]sentences.SetString{
		"AbbrevTypes":  {wordSet(punktAbbrevs), want.AbbrevTypes},
		"Collocations": {wordSet(punktCollocations), want.Collocations},
		"SentStarters": {wordSet(punktStarters), want.SentStarters},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s: %d entries from the table, %d in the training data; run go generate ./compare/segment", name, len(pair[0]), len(pair[1]))
		}
	}
	// Every word of the training data has its flags in its slot, and there
	// is no other slot: the table is the map.
	wrong := 0
	for w, flag := range want.OrthoContext {
		if got := orthoFlag(w); got != flag {
			if wrong++; wrong <= 5 {
				t.Errorf("OrthoContext[%q] = %d in the training data, %d from the table", w, flag, got)
			}
		}
	}
	if wrong > 0 || len(punktOrthoEnds) != len(want.OrthoContext) {
		t.Errorf("OrthoContext: %d words wrong, %d slots for %d words; run go generate ./compare/segment", wrong, len(punktOrthoEnds), len(want.OrthoContext))
	}
	for _, miss := range []string{"", "zzzq", "The", "wedding.", strings.Repeat("a", 40)} {
		if f := orthoFlag(miss); f != 0 {
			t.Errorf("orthoFlag(%q) = %d, want 0 (not a word of the model)", miss, f)
		}
	}
}

// realParagraphs are the paragraphs of real and invented articles: the seed
// pair and PolNeAR's texts when ../shared is there, and the bundled demo.
func realParagraphs(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{
		filepath.Join("..", "..", "..", "shared", "seeds", "*.txt"),
		filepath.Join("..", "..", "..", "shared", "eval", "polnear", "text", "*.txt"),
		filepath.Join("..", "..", "testdata", "demo", "*.txt"),
	} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	var paras []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		paras = append(paras, strings.Split(string(b), "\n\n")...)
	}
	return paras
}

// A window tokenizer, whose orthographic context holds only its window's
// words, annotates every window of every paragraph exactly as the library's
// tokenizer with the whole model does: the same tokens, the same breaks and
// abbreviations. Windows are the words around every gap, as punktBreak cuts
// them.
func TestWindowTokenizerIsTheWholeModel(t *testing.T) {
	whole := wholeModelTokenizer(t)
	tok := newWindowTokenizer()
	// With -short (the race detector makes this test slow), a fifth of the
	// texts and a tenth of the model's words.
	paras, step := realParagraphs(t), 40
	if testing.Short() {
		for i := range len(paras) / 5 {
			paras[i] = paras[5*i]
		}
		paras, step = paras[:len(paras)/5], 400
	}
	paras = append(paras, benchArticle(200),
		"Go. . . now. U.S. Mr. I. B. M. 3. Inc. “Why?” he said! 日本。次。 Ü.",
		"A.. B... C. . D. E.F. G.H.I. 1. 2.3. 4.5.6. No. 5. St. Louis. Dr. No. J. Bach. Sgt. Gov. No. 1.",
		"He met J. Smith. Then U.S. officials left. The U.S. Army said so. At 5 p.m. Monday it ended. Dec. 5.")
	// Where the orthographic heuristics decide: an abbreviation, an
	// initial, a number or an ellipsis before words of the model (every
	// step-th of them, and all that end in a stop, which Punkt looks up with
	// it when they do not end the sentence), in lower and upper case.
	words := slices.Sorted(maps.Keys(trainingData(t).OrthoContext))
	for i, w := range words {
		if i%step != 0 && !strings.HasSuffix(w, ".") {
			continue
		}
		upper := strings.ToUpper(w[:1]) + w[1:]
		for _, before := range []string{"J.", "Inc.", "Gov.", "3.", "etc...", "U.S."} {
			paras = append(paras, "It was "+before+" "+w+" then.", "It was "+before+" "+upper+" then.", "It was "+before+" "+upper+". Then.")
		}
	}
	windows, breaks := 0, 0
	for _, p := range paras {
		ws := scanWords(p, 0, len(p), nil)
		for i := range ws {
			lo, hi := max(i-1, 0), min(i+2, len(ws)-1)
			w := p[ws[lo].start:ws[hi].end] + " "
			got, want := tok.AnnotatedTokens(w), whole.AnnotatedTokens(w)
			windows++
			if len(got) != len(want) {
				t.Fatalf("%q: %d tokens, the whole model %d", w, len(got), len(want))
			}
			for k := range got {
				g, h := got[k], want[k]
				if g.Tok != h.Tok || g.Position != h.Position || g.SentBreak != h.SentBreak || g.Abbr != h.Abbr {
					t.Errorf("%q: token %d is %v, the whole model's %v", w, k, g, h)
				}
				if h.SentBreak {
					breaks++
				}
			}
		}
	}
	if windows < 1000 || breaks == 0 {
		t.Fatalf("only %d windows, %d breaks compared", windows, breaks)
	}
	t.Logf("%d windows, %d breaks", windows, breaks)
}

func BenchmarkWindowTokenizer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		newWindowTokenizer()
	}
}
