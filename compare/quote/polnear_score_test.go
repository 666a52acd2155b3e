package quote

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/compare/segment"
)

// polnearScore is what TestPolnear measures.
type polnearScore struct {
	predicted, correct  int // predicted quotes, and those overlapping a gold string
	gold, found         int // gold strings, and those overlapped by a prediction
	strings             int // every quoted string: a bare quote-mark pairer's predictions
	named, namedRight   int // found gold strings whose Source is a name, and right speakers
	pronoun, pronounHit int // found gold strings whose Source is a pronoun, and predictions using that mention
	// The measure: found gold strings whose Source holds a
	// capitalised word other than an article and is not a pronoun, and
	// predictions sharing a content word with that Source.
	sourced, sourcedRight int
	// Found gold strings whose Source is a description in lower case
	// ("the announcer", "a family friend", "the report"), and predictions
	// sharing a content word with it.
	described, describedRight int
	errors                    []string
}

func scorePolnear(docs []polnearDoc, sentences, pairer func(string) []Span) polnearScore {
	var sc polnearScore
	for _, d := range docs {
		qs := Extract(d.text, sentences(d.text))
		var gold, other []Span
		for _, s := range pairer(d.text) {
			c := core(d.text, s)
			if c.Start >= c.End {
				continue
			}
			if inContent(d, c) {
				gold = append(gold, s)
			} else {
				other = append(other, s)
			}
		}
		sc.gold += len(gold)
		sc.strings += len(gold) + len(other)
		sc.predicted += len(qs)
		for _, q := range qs {
			if hitsAny(q, gold) {
				sc.correct++
			} else {
				sc.errors = append(sc.errors, "FP "+d.name+": "+clip(q.Text))
			}
		}
		for _, g := range gold {
			q, ok := firstHit(qs, g)
			if !ok {
				sc.errors = append(sc.errors, "FN "+d.name+": "+clip(d.text[g.Start:g.End]))
				continue
			}
			sc.found++
			src, ok := sourceOf(d, core(d.text, g))
			if !ok {
				continue
			}
			if capitalisedSource(src.text) {
				sc.sourced++
				if sharesContentWord(q.Speaker, src.text) {
					sc.sourcedRight++
				} else {
					sc.errors = append(sc.errors, "SRC "+d.name+": got "+strconv.Quote(q.Speaker)+
						" want "+strconv.Quote(src.text)+" for "+clip(q.Text))
				}
			}
			if describedSource(src.text) {
				sc.described++
				if sharesContentWord(q.Speaker, src.text) {
					sc.describedRight++
				} else {
					sc.errors = append(sc.errors, "DSC "+d.name+": got "+strconv.Quote(q.Speaker)+
						" want "+strconv.Quote(src.text)+" for "+clip(q.Text))
				}
			}
			if key := sourceKey(src.text, d.text); key != "" {
				sc.named++
				if speakerRight(q.Speaker, src.text, key) {
					sc.namedRight++
				} else {
					sc.errors = append(sc.errors, "SPK "+d.name+": got "+strconv.Quote(q.Speaker)+
						" want "+strconv.Quote(src.text)+" for "+clip(q.Text))
				}
			} else if pronouns.has(strings.ToLower(src.text)) {
				sc.pronoun++
				if q.SpeakerStart >= 0 && overlaps(Span{q.SpeakerStart, q.SpeakerEnd}, src.spans[0]) {
					sc.pronounHit++
				}
			}
		}
	}
	return sc
}

func inContent(d polnearDoc, c Span) bool {
	var pieces []Span
	for _, cs := range d.contents {
		for _, a := range cs {
			for _, sp := range a.spans {
				if overlaps(c, sp) {
					pieces = append(pieces, Span{max(c.Start, sp.Start), min(c.End, sp.End)})
				}
			}
		}
	}
	sort.Slice(pieces, func(i, j int) bool { return pieces[i].Start < pieces[j].Start })
	covered, end := 0, c.Start
	for _, p := range pieces {
		if p.End > end {
			covered += p.End - max(p.Start, end)
			end = p.End
		}
	}
	return 2*covered >= c.End-c.Start
}

// sourceOf returns the Source of the smallest Content overlapping c, from
// the first annotator that has one.
func sourceOf(d polnearDoc, c Span) (annSpan, bool) {
	for k, cs := range d.contents {
		best, size := annSpan{}, -1
		for _, a := range cs {
			for _, sp := range a.spans {
				if overlaps(c, sp) && (size < 0 || sp.End-sp.Start < size) {
					if s, ok := d.sources[k][a.source]; ok {
						best, size = s, sp.End-sp.Start
					}
				}
			}
		}
		if size >= 0 {
			return best, true
		}
	}
	return annSpan{}, false
}

func hitsAny(q Quote, spans []Span) bool {
	for _, s := range spans {
		for _, p := range q.Parts {
			if overlaps(p, s) {
				return true
			}
		}
	}
	return false
}

func firstHit(qs []Quote, g Span) (Quote, bool) {
	for _, q := range qs {
		for _, p := range q.Parts {
			if overlaps(p, g) {
				return q, true
			}
		}
	}
	return Quote{}, false
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 90 {
		s = s[:90] + "…"
	}
	return strconv.Quote(s)
}

// The figures TestPolnear asserts, a little under those measured, so that
// a regression fails. Speaker accuracy is issue 13's measure (see
// capitalisedSource); the stricter head-word measure is logged beside it.
const (
	wantPrecision = 0.98
	wantRecall    = 0.97
	wantSpeaker   = 0.92
)

func TestPolnear(t *testing.T) {
	docs := loadPolnear(t)
	modes := []struct {
		name      string
		sentences func(string) []Span
	}{
		{"crude sentences", func(string) []Span { return nil }},
		{"pipeline sentences", pipelineSentences},
	}
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			sc := scorePolnear(docs, m.sentences, quotedStrings)
			if os.Getenv("QUOTE_EVAL_ERRORS") != "" {
				for _, e := range sc.errors {
					t.Log(e)
				}
			}
			// Two halves, alternating in name order so that each holds
			// every outlet: rules were developed looking at half A's misses
			// only, and half B checks that they generalise.
			var a, b []polnearDoc
			for i, d := range docs {
				if i%2 == 0 {
					a = append(a, d)
				} else {
					b = append(b, d)
				}
			}
			sa, sb := scorePolnear(a, m.sentences, quotedStrings), scorePolnear(b, m.sentences, quotedStrings)
			t.Logf("all %d texts: %s", len(docs), sc.summary())
			t.Logf("half A (%d): %s", len(a), sa.summary())
			t.Logf("half B (%d): %s", len(b), sb.summary())
			t.Logf("baseline, every quoted string: precision %.3f (%d/%d)",
				float64(sc.gold)/float64(max(sc.strings, 1)), sc.gold, sc.strings)
			t.Logf("double marks only (no headline singles): %s", scorePolnear(docs, m.sentences, doubleQuotedStrings).summary())
			t.Logf("double marks only, curly ones paired by glyph alone: %s", scorePolnear(docs, m.sentences, glyphQuotedStrings).summary())
			precision, recall, speaker, _ := sc.figures()
			if precision < wantPrecision {
				t.Errorf("direct-quote precision %.3f, want >= %.2f", precision, wantPrecision)
			}
			if recall < wantRecall {
				t.Errorf("direct-quote recall %.3f, want >= %.2f", recall, wantRecall)
			}
			if speaker < wantSpeaker {
				t.Errorf("speaker accuracy %.3f, want >= %.2f", speaker, wantSpeaker)
			}
		})
	}
}

// figures returns precision, recall, speaker accuracy (issue 13's measure)
// and the head-word speaker accuracy.
func (sc polnearScore) figures() (precision, recall, speaker, head float64) {
	precision = float64(sc.correct) / float64(max(sc.predicted, 1))
	recall = float64(sc.found) / float64(max(sc.gold, 1))
	speaker = float64(sc.sourcedRight) / float64(max(sc.sourced, 1))
	head = float64(sc.namedRight) / float64(max(sc.named, 1))
	return
}

func (sc polnearScore) summary() string {
	p, r, s, h := sc.figures()
	return fmt.Sprintf("precision %.3f (%d/%d), recall %.3f (%d/%d), speaker %.3f (%d/%d), head-word speaker %.3f (%d/%d), pronoun mention used %d/%d, described source %d/%d",
		p, sc.correct, sc.predicted, r, sc.found, sc.gold, s, sc.sourcedRight, sc.sourced,
		h, sc.namedRight, sc.named, sc.pronounHit, sc.pronoun, sc.describedRight, sc.described)
}

// describedSource reports whether a gold Source is a description in lower
// case, opened by an article: "the announcer", "a senior official".
func describedSource(src string) bool {
	f := strings.Fields(src)
	if len(f) < 2 || f[0] != "the" && f[0] != "a" && f[0] != "an" && f[0] != "The" && f[0] != "A" && f[0] != "An" {
		return false
	}
	for _, w := range f[1:] {
		if r := w[0]; r >= 'A' && r <= 'Z' {
			return false
		}
	}
	return true
}

// pipelineSentences returns the sentences the comparison engine would hand
// Extract: segment.Split over the text's paragraphs. When the joined text
// differs from the original (it never should for these plain texts), it
// returns nil and Extract splits crudely.
func pipelineSentences(text string) []Span {
	doc := &ingest.Document{Format: "text"}
	for _, p := range strings.Split(text, "\n\n") {
		doc.Paragraphs = append(doc.Paragraphs, ingest.Paragraph{Text: p, Kind: ingest.KindParagraph})
	}
	joined, sents := segment.Split(doc)
	if joined != text {
		return nil
	}
	out := make([]Span, len(sents))
	for i, s := range sents {
		out[i] = Span{s.Start, s.End}
	}
	return out
}

// sourceKey returns the key of a Source that is a name, or "": the Source
// is cut before a comma, a parenthesis or a preposition or relative word
// ("Scott Pruitt, the Republican attorney general", "Mr. Morgan of the
// Sierra Club"), and its head, the last word left (possessive removed), must
// be capitalised and not a common word capitalised at a sentence start (its
// lower-case form is not used in the article: "Protesters" is not a name).
func sourceKey(src, text string) string {
	if i := strings.IndexAny(src, ",("); i >= 0 {
		src = src[:i]
	}
	words := strings.Fields(src)
	for i, w := range words {
		if i > 0 && cutWords[w] {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 {
		return ""
	}
	head := strings.TrimSuffix(strings.TrimSuffix(words[len(words)-1], "’s"), "'s")
	head = strings.TrimRight(head, ".,;:")
	r, _ := utf8.DecodeRuneInString(head)
	if !unicode.IsUpper(r) || notNames[strings.ToLower(head)] {
		return ""
	}
	lowerHead := strings.ToLower(head)
	if lowerHead != head && ContainsWord(text, lowerHead) {
		return ""
	}
	return head
}

var cutWords = set(`of on at for in from with who whose which to and`)

var notNames = set(`the a an he she they it we i his her their its this that these those some
	many one both officials people others`)

// speakerRight applies the rule in the scoring note.
func speakerRight(pred, src, key string) bool {
	if pred == "" {
		return false
	}
	for _, w := range strings.Fields(pred) {
		if strings.EqualFold(strings.TrimSuffix(w, "'s"), key) {
			return true
		}
	}
	f := strings.Fields(pred)
	return strings.Contains(src, f[len(f)-1])
}

// capitalisedSource reports whether a Source counts for the issue's
// measure: not a pronoun (first or second person included), and holding a capitalised word other than an
// article ("the New York businessman" counts, "the company" does not).
func capitalisedSource(src string) bool {
	if w := strings.ToLower(strings.TrimSpace(src)); pronouns.has(w) || personalPronouns[w] {
		return false
	}
	for _, w := range strings.Fields(src) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !articles[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var articles = set(`the a an`)

// personalPronouns are left out with the third-person ones: "I" is a
// pronoun though capitalised.
var personalPronouns = set(`i we you me us`)

// sharesContentWord reports whether the predicted speaker and the Source
// share a word that is not a function word or an honorific.
func sharesContentWord(pred, src string) bool {
	in := map[string]bool{}
	for _, w := range srcContentWords(src) {
		in[w] = true
	}
	for _, w := range srcContentWords(pred) {
		if in[w] {
			return true
		}
	}
	return false
}

func srcContentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '.' && r != '-'
	}) {
		w = strings.ToLower(strings.Trim(w, ".'’-"))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		if w != "" && !srcFunctionWords[w] {
			out = append(out, w)
		}
	}
	return out
}

var srcFunctionWords = set(`the a an of on at for in from with who whose which to and or by as
	he she they it his her their its mr mrs ms dr s`)
