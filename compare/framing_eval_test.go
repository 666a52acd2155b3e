package compare

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/compare/internal/evaldata"
	"github.com/storydiff/storydiff/compare/quote"
)

// These tests score the framing markers against BASIL (Fan et al., EMNLP
// 2019): 50 events, each told by Fox News, the New York Times and HuffPost,
// with the loaded wording ("lex" spans) the annotators marked by hand.
// BASIL marks only bias aimed at a story's main people, so a marker outside
// a span is not necessarily wrong: precision here is a lower bound.

// byteSpan is a gold span in an article's Text.
type byteSpan struct{ start, end int }

// basilCase is one event run through the engine, its gold spans placed in
// the engine's article texts.
type basilCase struct {
	name string
	rep  *Report
	lex  [][]byteSpan // per article: lexical-bias spans outside quotations
	lost int          // gold spans whose sentence the engine's text lacks
	// quotes are each article's quotes of speech, to place markers again
	// under another tuning.
	quotes [][]quote.Quote
}

var (
	basilOnce  sync.Once
	basilCases []basilCase
	basilErr   error
)

func loadBasil(t testing.TB) []basilCase {
	t.Helper()
	basilOnce.Do(func() {
		events, err := evaldata.Basil(evalDir)
		if err != nil {
			basilErr = err
			return
		}
		for _, ev := range events {
			basilCases = append(basilCases, runBasil(ev))
		}
	})
	if basilErr != nil {
		t.Skipf("BASIL not available (%v): run with ../shared beside the repository", basilErr)
	}
	return basilCases
}

func runBasil(ev evaldata.BasilEvent) basilCase {
	var docs []*ingest.Document
	for _, a := range ev.Articles {
		d, err := ingest.Parse(a.File, a.Raw)
		if err != nil {
			panic(fmt.Sprintf("%s/%s: %v", ev.Name, a.File, err))
		}
		d.Label = a.Source
		docs = append(docs, d)
	}
	c := basilCase{name: ev.Name, rep: Compare(docs, Options{})}
	for _, a := range c.rep.Articles {
		spans := make([]quote.Span, len(a.Sentences))
		for i, s := range a.Sentences {
			spans[i] = quote.Span{Start: s.Start, End: s.End}
		}
		c.quotes = append(c.quotes, quote.Extract(a.Text, spans))
	}
	for ai, a := range ev.Articles {
		at := a.SentenceOffsets(c.rep.Articles[ai].Text)
		var lex []byteSpan
		for _, sp := range a.Spans {
			if sp.Bias != "lex" || sp.Quote {
				continue
			}
			if at[sp.Sentence] < 0 {
				c.lost++
				continue
			}
			lex = append(lex, byteSpan{at[sp.Sentence] + sp.Start, at[sp.Sentence] + sp.End})
		}
		c.lex = append(c.lex, lex)
	}
	return c
}

// framingScore is the markers' agreement with the gold spans.
type framingScore struct {
	spans, hit      int // lexical-bias spans outside quotations; those a marker overlaps
	markers, inside int // the outlet's own markers; those inside such a span
	tp, fp, fn      int // divergent-framing groups
}

func (s framingScore) recall() float64    { return ratio(s.hit, s.spans) }
func (s framingScore) precision() float64 { return ratio(s.inside, s.markers) }
func (s framingScore) f1() float64 {
	p, r := ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *framingScore) add(o framingScore) {
	s.spans += o.spans
	s.hit += o.hit
	s.markers += o.markers
	s.inside += o.inside
	s.tp += o.tp
	s.fp += o.fp
	s.fn += o.fn
}

func (s framingScore) String() string {
	return fmt.Sprintf("spans overlapped %.3f (%d/%d), markers inside a span %.3f (%d/%d), divergent groups F1 %.3f (tp %d, fp %d, fn %d)",
		s.recall(), s.hit, s.spans, s.precision(), s.inside, s.markers, s.f1(), s.tp, s.fp, s.fn)
}

func overlaps(a, b byteSpan) bool { return a.start < b.end && b.start < a.end }

// scoreBasil scores one event: keep picks the markers that count, divergent
// says whether the engine calls a group divergent.
func scoreBasil(c basilCase, keep func(Marker) bool, divergent func(Group) bool) framingScore {
	s := markerScore(c, keep)
	s.add(groupScore(c, divergent))
	return s
}

// markerScore is the markers' part of an event's score.
func markerScore(c basilCase, keep func(Marker) bool) framingScore {
	var s framingScore
	for ai, a := range c.rep.Articles {
		var ms []byteSpan
		for _, sen := range a.Sentences {
			for _, m := range sen.Framing {
				if m.Quoted || !keep(m) {
					continue
				}
				mb := byteSpan{m.Start, m.End}
				ms = append(ms, mb)
				s.markers++
				for _, g := range c.lex[ai] {
					if overlaps(mb, g) {
						s.inside++
						break
					}
				}
			}
		}
		for _, g := range c.lex[ai] {
			s.spans++
			for _, mb := range ms {
				if overlaps(mb, g) {
					s.hit++
					break
				}
			}
		}
	}
	return s
}

// groupScore is the divergent groups' part of an event's score.
func groupScore(c basilCase, divergent func(Group) bool) framingScore {
	var s framingScore
	for _, g := range c.rep.Groups {
		with, without := 0, 0
		for _, m := range g.Members {
			a := c.rep.Articles[m.Article]
			span := byteSpan{a.Sentences[m.Sentences[0]].Start, a.Sentences[m.Sentences[len(m.Sentences)-1]].End}
			has := false
			for _, l := range c.lex[m.Article] {
				has = has || overlaps(span, l)
			}
			if has {
				with++
			} else {
				without++
			}
		}
		gold, got := with > 0 && without > 0, divergent(g)
		switch {
		case gold && got:
			s.tp++
		case got:
			s.fp++
		case gold:
			s.fn++
		}
	}
	return s
}

// framingBearing are the markers that claim the outlet's framing: all but
// negations and neutral verbs of saying ("said"), which the report lists
// as context for contrasts. Precision is counted over these.
func framingBearing(m Marker) bool {
	return m.Kind != string(framing.Negation) && !(m.Kind == string(framing.Attribution) && m.Tone == framing.ToneNeutral)
}

func anyMarker(Marker) bool { return true }

// reframe places the markers of c again under tuning t, on the same groups.
func reframe(c basilCase, t framing.Tuning) *Report {
	r := *c.rep
	r.Articles = slices.Clone(r.Articles)
	markers := make([][][]Marker, len(r.Articles))
	for ai := range r.Articles {
		r.Articles[ai].Sentences = slices.Clone(r.Articles[ai].Sentences)
		markers[ai] = sentenceMarkers(r.Articles[ai], c.quotes[ai], t)
	}
	storyWords(r.Articles, markers)
	r.Groups = slices.Clone(r.Groups)
	frameGroups(&r, markers)
	fillSentenceFraming(&r, markers)
	return &r
}

// The grids the cross-validation chooses from: VADER's thresholds, every
// combination of the news lexicon's further sets (sets lists them as bit
// masks: subjective 1, derived 2, implicative 4, figurative 8) and the
// cosines from which the vectors' neighbours count. The default run tries
// the neighbours' cosines around the shipped lexicon; -refit tries them
// with every VADER threshold, and every set without them.
func tuningGrid(refit bool) []framing.Tuning {
	var out []framing.Tuning
	vader := func(set int, near [3]float64, negs, poss []float64) {
		for _, neg := range negs {
			for _, pos := range poss {
				for _, shape := range []bool{false, true} {
					if pos == 0 && shape || !refit && !shape {
						continue
					}
					// Scare quotes are shown whatever the score: BASIL's annotators
					// mark few of them outside quotations, but an editor wants
					// to see them.
					out = append(out, framing.Tuning{News: true, VaderNegative: neg, VaderPositive: pos, VaderPositiveShape: shape, ScareQuoteWords: 3,
						Subjective: set&1 != 0, Derived: set&2 != 0, Implicative: set&4 != 0, Figurative: set&8 != 0,
						NearVerbs: near[0], NearEvaluative: near[1], NearLabels: near[2]})
				}
			}
		}
	}
	// VADER from 1.5 for both signs, as shipped: from 2 for negative words
	// the cross-validated figures were higher still (0.565, 0.403), but
	// "tensions" (-1.7) and its like would go (see the closing note).
	negs, poss := []float64{1.5}, []float64{1.5}
	if refit {
		negs, poss = []float64{0, 1.5, 2, 2.5, 3}, []float64{0, 1.5, 2, 2.5, 3}
		for _, set := range allSets {
			vader(set, [3]float64{}, negs, poss)
		}
	}
	cos := []float64{0, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8}
	for _, v := range cos {
		for _, e := range cos {
			for _, l := range []float64{0, 0.6, 0.7} {
				vader(15, [3]float64{v, e, l}, negs, poss)
			}
		}
	}
	return out
}

// allSets are the choices of the news lexicon's further sets: none, each
// alone, and all of them.
var allSets = []int{0, 1, 2, 4, 8, 15}

// divergenceGrid is every rule: which words count, and how prominence
// weighs them (see divergence). A word some member lacks near the top is
// always enough (least is at most weight): that is divergent framing as the
// issue defines it, and what an editor expects to see flagged; prominence
// only decides how much wording further down it takes. Without that
// constraint the fit asks for two words near the top (cross-validated F1
// about 0.37 against 0.36, when measured), and a "stunning" deal against
// a plain one, in a lede, is no longer flagged.
func divergenceGrid() []divergence {
	var out []divergence
	for i := 0; i < 16; i++ {
		d := divergence{intensifiers: i&1 != 0, assertion: i&2 != 0, presence: i&4 != 0, sentiment: i&8 != 0}
		for least := 1; least <= 6; least++ {
			d.least = least
			if least == 1 {
				d.weight, d.prominent = 0, 0
				out = append(out, d)
			}
			for _, w := range []int{2, 3} {
				for _, p := range []int{1, 3, 5} {
					if least > 1 && least <= w {
						d.weight, d.prominent = w, p
						out = append(out, d)
					}
				}
			}
		}
	}
	return out
}

// minPrecision is the share of framing-bearing markers inside a span a
// tuning must keep on the training folds; among those, the highest recall
// wins, and on equal recall the highest precision. The target is 0.04; the margin keeps the held-out fold above it.
const minPrecision = 0.045

// fitTuning picks a tuning on the events in train: the highest recall
// among those that keep minPrecision. scores[t][e] is event e's markers
// under tuning t.
func fitTuning(scores [][]framingScore, train []int) int {
	sum := func(t int) framingScore {
		var s framingScore
		for _, e := range train {
			s.add(scores[t][e])
		}
		return s
	}
	// On equal recall the more precise tuning wins: more markers that
	// overlap no further span are only noise.
	bestT, bestR, bestP := -1, -1.0, -1.0
	for t := range scores {
		s := sum(t)
		if s.precision() >= minPrecision && (s.recall() > bestR || s.recall() == bestR && s.precision() > bestP) {
			bestT, bestR, bestP = t, s.recall(), s.precision()
		}
	}
	if bestT < 0 { // no tuning keeps the precision: take the most precise
		bestP := -1.0
		for t := range scores {
			if p := sum(t).precision(); p > bestP {
				bestT, bestP = t, p
			}
		}
	}
	return bestT
}

// fitRule picks the divergence rule of highest F1 on the events in train;
// scores[d][e] is event e's groups under rule d.
func fitRule(scores [][]framingScore, train []int) int {
	bestD, bestF := 0, -1.0
	for d := range scores {
		var s framingScore
		for _, e := range train {
			s.add(scores[d][e])
		}
		if f := s.f1(); f > bestF {
			bestD, bestF = d, f
		}
	}
	return bestD
}

// TestBasilFraming scores the shipped framing on BASIL and fits its tuning
// by 5-fold cross-validation over events: each fold is scored with the
// tuning and divergence rule chosen on the other four. With -refit the
// tuning grid is the wide one (every VADER threshold with the neighbours'
// cosines, every set of the lexicon): minutes, not seconds. It asserts the
// figures reached (a regression fails) and that the shipped values are
// those chosen on all the events.
func TestBasilFraming(t *testing.T) {
	cases := loadBasil(t)
	tunings, rules := tuningGrid(*refit), divergenceGrid()
	cv, ti, di := crossValidate(t, cases, tunings, rules)

	// The shipped engine, as a user gets it.
	var shipped, allKinds framingScore
	for _, c := range cases {
		shipped.add(scoreBasil(c, framingBearing, func(g Group) bool { return g.DivergentFraming }))
		allKinds.add(scoreBasil(c, anyMarker, func(g Group) bool { return g.DivergentFraming }))
	}
	t.Logf("shipped: %v", shipped)
	t.Logf("shipped, every kind of marker counted: %v", allKinds)

	// The wide grid of -refit is for looking further; the shipped values
	// are those of the default grid.
	if !*refit && (tunings[ti] != framing.Default() || rules[di] != shippedDivergence) {
		t.Errorf("the shipped tuning %+v %+v is not the one fit on all events (%+v %+v)",
			framing.Default(), shippedDivergence, tunings[ti], rules[di])
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		// The targets (reached: see the README's figures, measured
		// on the engine's groups of this commit; the alignment's groups
		// move the F1).
		{"cross-validated share of lexical-bias spans overlapped", cv.recall(), 0.50},
		{"cross-validated share of framing markers inside a span", cv.precision(), 0.04},
		{"cross-validated divergent-framing F1", cv.f1(), 0.30},
		{"shipped share of lexical-bias spans overlapped", shipped.recall(), 0.50},
		{"shipped share of framing markers inside a span", shipped.precision(), 0.04},
		{"shipped divergent-framing F1", shipped.f1(), 0.30},
	} {
		if c.got < c.want {
			t.Errorf("%s = %.3f, want at least %.2f", c.name, c.got, c.want)
		}
	}
}

// crossValidate scores every tuning and rule on every event, then fits them
// by 5-fold cross-validation over events. It returns the cross-validated
// score and the tuning and rule fit on all the events. A fold fits the
// tuning on the markers, then the rule on the groups under that tuning.
func crossValidate(t *testing.T, cases []basilCase, tunings []framing.Tuning, rules []divergence) (framingScore, int, int) {
	marks := make([][]framingScore, len(tunings))
	for ti, tn := range tunings {
		marks[ti] = make([]framingScore, len(cases))
		for e, c := range cases {
			c.rep = reframe(c, tn)
			marks[ti][e] = markerScore(c, framingBearing)
		}
	}
	groups := map[int][][]framingScore{} // by tuning, only those a fit picks
	groupScores := func(ti int) [][]framingScore {
		if gs, ok := groups[ti]; ok {
			return gs
		}
		gs := make([][]framingScore, len(rules))
		for di := range gs {
			gs[di] = make([]framingScore, len(cases))
		}
		for e, c := range cases {
			c.rep = reframe(c, tunings[ti])
			for di, d := range rules {
				gs[di][e] = groupScore(c, func(g Group) bool { return d.diverges(g) != nil })
			}
		}
		groups[ti] = gs
		return gs
	}
	fit := func(train []int) (int, int) {
		ti := fitTuning(marks, train)
		return ti, fitRule(groupScores(ti), train)
	}
	const k = 5
	fold := evaldata.Folds(len(cases), k)
	var cv framingScore
	for f := 0; f < k; f++ {
		var train, test []int
		for e := range cases {
			if fold[e] == f {
				test = append(test, e)
			} else {
				train = append(train, e)
			}
		}
		ti, di := fit(train)
		var s framingScore
		for _, e := range test {
			s.add(marks[ti][e])
			s.add(groupScores(ti)[di][e])
		}
		t.Logf("fold %d: %+v %+v: %v", f, tunings[ti], rules[di], s)
		cv.add(s)
	}
	all := make([]int, len(cases))
	for e := range all {
		all[e] = e
	}
	ti, di := fit(all)
	t.Logf("cross-validated: %v", cv)
	t.Logf("fit on all %d events: %+v %+v", len(cases), tunings[ti], rules[di])
	return cv, ti, di
}

// TestBasilNoMarkerInNames checks, over BASIL's 150 real articles, that no
// marker falls on a word of a name: a capitalised word inside a sentence
// (not its first word, not after a quotation mark or colon), outside
// title-case headlines.
func TestBasilNoMarkerInNames(t *testing.T) {
	cases := loadBasil(t)
	n := 0
	for _, c := range cases {
		for _, a := range c.rep.Articles {
			for _, sen := range a.Sentences {
				if sen.Role == RoleHeadline || headlineCase(sen.Text) {
					continue
				}
				for _, m := range sen.Framing {
					n++
					at := m.Start - sen.Start
					r := []rune(m.Text)
					if at == 0 || len(r) == 0 || !unicode.IsUpper(r[0]) || len(r) > 1 && unicode.IsUpper(r[1]) {
						continue
					}
					before := strings.TrimRight(sen.Text[:at], " ")
					if strings.IndexFunc(before, unicode.IsLetter) < 0 || strings.ContainsAny(before[max(len(before)-1, 0):], ".:!?—") ||
						strings.ContainsAny(before[max(len(before)-3, 0):], "\"“‘'(") {
						continue
					}
					t.Errorf("%s/%s: marker %q inside a name: %q", c.name, a.Label, m.Text, sen.Text)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no markers at all")
	}
}

// headlineCase reports whether most words of s are capitalised: a title
// set as a body paragraph, where capitals mark no names.
func headlineCase(s string) bool {
	words, capital := 0, 0
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if unicode.IsLetter(r[0]) {
			words++
			if unicode.IsUpper(r[0]) {
				capital++
			}
		}
	}
	return words > 0 && capital*5 >= words*3
}
