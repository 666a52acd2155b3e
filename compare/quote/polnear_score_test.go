package quote

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// polnearScore is what TestPolnear measures.
type polnearScore struct {
	predicted, correct  int // predicted quotes, and those overlapping a gold string
	gold, found         int // gold strings, and those overlapped by a prediction
	strings             int // every quoted string: a bare quote-mark pairer's predictions
	named, namedRight   int // found gold strings whose Source is a name, and right speakers
	pronoun, pronounHit int // found gold strings whose Source is a pronoun, and predictions using that mention
	errors              []string
}

func scorePolnear(docs []polnearDoc) polnearScore {
	var sc polnearScore
	for _, d := range docs {
		qs := Extract(d.text, nil)
		var gold, other []Span
		for _, s := range quotedStrings(d.text) {
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
			if key := sourceKey(src.text, d.text); key != "" {
				sc.named++
				if speakerRight(q.Speaker, src.text, key) {
					sc.namedRight++
				} else {
					sc.errors = append(sc.errors, "SPK "+d.name+": got "+strconv.Quote(q.Speaker)+
						" want "+strconv.Quote(src.text)+" for "+clip(q.Text))
				}
			} else if pronouns[strings.ToLower(src.text)] {
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

func TestPolnear(t *testing.T) {
	docs := loadPolnear(t)
	sc := scorePolnear(docs)
	if os.Getenv("QUOTE_EVAL_ERRORS") != "" {
		for _, e := range sc.errors {
			t.Log(e)
		}
	}
	precision := float64(sc.correct) / float64(max(sc.predicted, 1))
	recall := float64(sc.found) / float64(max(sc.gold, 1))
	speaker := float64(sc.namedRight) / float64(max(sc.named, 1))
	t.Logf("%d texts: precision %.3f (%d/%d), recall %.3f (%d/%d), speaker accuracy %.3f (%d/%d); pronoun sources: mention used %d/%d",
		len(docs), precision, sc.correct, sc.predicted, recall, sc.found, sc.gold,
		speaker, sc.namedRight, sc.named, sc.pronounHit, sc.pronoun)
	t.Logf("baseline, every quoted string: precision %.3f (%d/%d)",
		float64(sc.gold)/float64(max(sc.strings, 1)), sc.gold, sc.strings)
	if precision < 0.97 {
		t.Errorf("direct-quote precision %.3f, want >= 0.97", precision)
	}
	if recall < 0.95 {
		t.Errorf("direct-quote recall %.3f, want >= 0.95", recall)
	}
	if speaker < 0.85 {
		t.Errorf("speaker accuracy %.3f, want >= 0.85", speaker)
	}
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
	if lowerHead != head && containsWord(text, lowerHead) {
		return ""
	}
	return head
}

var cutWords = set(`of on at for in from with who whose which to and`)

func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		i = e
	}
}

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
