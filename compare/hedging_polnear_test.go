package compare

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/ingest"
)

// TestPolnearHedgeSpeakers measures, on PolNeAR's hand-annotated
// attributions, whose the hedges are that the hedging contrast counts
// (outside quotation marks, past its filters): the outlet's own, or
// inside the content of an attribution (reported speech: "officials said
// the storm may hit"). It reports the shares; it asserts only that most
// counted hedges are the outlet's, which is the rule's premise.
func TestPolnearHedgeSpeakers(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "eval", "polnear")
	if _, err := os.Stat(dir); err != nil {
		dir = filepath.Join("..", "shared", "eval", "polnear")
	}
	names, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if len(names) == 0 {
		t.Skip("no PolNeAR data at ../shared/eval/polnear")
	}
	var own, reported, filtered, quoted, speechRight, speechWrong int
	var wrongs []string
	var examples []string
	tab := map[[2]bool]int{}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		anns, _ := filepath.Glob(filepath.Join(dir, "attributions", strings.TrimSuffix(filepath.Base(n), ".txt")+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		ann, err := os.ReadFile(anns[0])
		if err != nil {
			t.Fatal(err)
		}
		var contents [][2]int
		for _, l := range strings.Split(string(ann), "\n") {
			f := strings.SplitN(l, "\t", 3)
			if len(f) < 2 || !strings.HasPrefix(f[1], "Content ") {
				continue
			}
			// "Content 115 290" or discontinuous "Content 1 5;8 20"
			for _, part := range strings.Split(strings.TrimPrefix(f[1], "Content "), ";") {
				se := strings.Fields(part)
				if len(se) != 2 {
					continue
				}
				s, _ := strconv.Atoi(se[0])
				e, _ := strconv.Atoi(se[1])
				contents = append(contents, [2]int{byteAt(data, s), byteAt(data, e)})
			}
		}
		doc, err := ingest.Parse(n, data)
		if err != nil {
			t.Fatal(err)
		}
		r := Compare([]*ingest.Document{doc, doc}, Options{})
		a := r.Articles[0]
		if a.Text != string(data) {
			// offsets are the raw file's; only measure files ingest keeps whole
			continue
		}
		for _, s := range a.Sentences {
			for _, mk := range s.Framing {
				if mk.Kind != string(framing.Hedge) || mk.Category != framing.CatHedge {
					continue
				}
				if mk.Quoted {
					quoted++
					continue
				}
				if !epistemic(a.Text, mk) {
					filtered++
					continue
				}
				in := false
				for _, c := range contents {
					in = in || mk.Start >= c[0] && mk.End <= c[1]
				}
				if reportedHedge(a, mk) {
					// left out as reported speech: right when inside an
					// annotated content
					if in {
						speechRight++
					} else {
						speechWrong++
						if len(wrongs) < 8 {
							wrongs = append(wrongs, mk.Text+": "+s.Text)
						}
					}
					continue
				}
				said := false
				for _, o := range s.Framing {
					said = said || o.Kind == string(framing.Attribution) && !o.Quoted
				}
				tab[[2]bool{in, said}]++
				if in {
					reported++
				} else {
					own++
					if len(examples) < 8 {
						examples = append(examples, mk.Text+": "+s.Text)
					}
				}
			}
		}
	}
	total := own + reported
	t.Logf("PolNeAR hedges: %d inside quotation marks (left out), %d left out by the filters; of %d counted, %d the outlet's own, %d in reported speech (%.0f%%)",
		quoted, filtered, total, own, reported, 100*float64(reported)/float64(max(total, 1)))
	t.Logf("a verb of attribution in the sentence: in reported speech %d of %d; outlet's own %d of %d",
		tab[[2]bool{true, true}], tab[[2]bool{true, true}]+tab[[2]bool{true, false}], tab[[2]bool{false, true}], tab[[2]bool{false, true}]+tab[[2]bool{false, false}])
	t.Logf("left out as reported speech (reportedHedge): %d inside an annotated content, %d outside", speechRight, speechWrong)
	for _, e := range wrongs {
		t.Log("left out, outside a content: " + e)
	}
	for _, e := range examples {
		t.Log("own: " + e)
	}
	if total == 0 {
		t.Skip("no PolNeAR file kept whole by ingest")
	}
	// Measured 48 of 85 (56%) when the rule was written: most counted
	// hedges are the outlet's; reported speech is the rule's known weak
	// spot (see docs/report.md), and a change must not make it the rule.
	if 2*own < total {
		t.Errorf("of %d hedges counted, only %d are the outlet's own; the rest are reported speech", total, own)
	}
}

// byteAt is the byte offset of rune offset i in data (brat counts
// characters).
func byteAt(data []byte, i int) int {
	n := 0
	for b := range string(data) {
		if n == i {
			return b
		}
		n++
	}
	return len(data)
}
