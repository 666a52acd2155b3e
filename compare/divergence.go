package compare

import (
	"slices"

	"github.com/storydiff/storydiff/compare/framing"
)

// divergence is the rule by which a group's members frame its fact
// differently. The BASIL evaluation fits it by cross-validation over events
// (framing_eval_test.go); shippedDivergence is the choice.
type divergence struct {
	// Hedges and scare quotes never count: the hedging contrast reports
	// them apart (hedging.go), so framing_differs lists no hedge.
	intensifiers bool // intensifiers count as framing words
	assertion    bool // and assertion verbs (vowed, warned, denied)
	// presence: a member with framing words against a member with none;
	// otherwise any framing word some member lacks.
	presence bool
	// sentiment: VADER's words count as loaded wording too, not only the
	// news lexicon's.
	sentiment bool
	// Prominence is part of framing: a framing word some member lacks
	// counts weight times in a member placed within the first prominent
	// paragraphs (the headline and lede always), once further down, and
	// the group diverges when the count reaches least. The zero values
	// (least 0 or 1, weight 0 or 1) flag any such word.
	least, weight, prominent int
}

// shippedDivergence, fit on BASIL: the framing words are the lexicon's
// loaded words, verbs of attribution other than "said" and intensifiers
// (not VADER's sentiment words); one that some member lacks in a
// headline, lede or the first five paragraphs makes the group diverge,
// further down it takes three. (prominent was 1 until alignment grouped
// the openings of one event, then 3; 5 since the floor of shared evidence
// changed which groups form: refit then, TestBasilFraming. Hedges left
// the grid in round 28, when its groups made a rule counting them the fit
// on all events: the hedging contrast reports them apart.)
var shippedDivergence = divergence{intensifiers: true, assertion: true, least: 3, weight: 3, prominent: 5}

// weightOf is the weight of a framing word in a member placed at p.
func (d divergence) weightOf(p Position) int {
	if d.weight > 1 && (p.Place == string(RoleHeadline) || p.Place == string(RoleLede) || p.Paragraph < d.prominent) {
		return d.weight
	}
	return 1
}

// framingWord reports whether a group marker is wording that frames, under
// rule d: loaded words and doubt, concession and emotive verbs always;
// negations and neutral verbs ("said") never, as they only give context.
func (d divergence) framingWord(m Marker) bool {
	if m.Quoted {
		return false
	}
	switch m.Kind {
	case string(framing.Loaded):
		return d.sentiment || m.Category != framing.CatSentiment
	case string(framing.Attribution):
		switch m.Tone {
		case framing.ToneDoubt, framing.ToneConcession, framing.ToneEmotive:
			return true
		case framing.ToneAssertion:
			return d.assertion
		}
		return false
	case string(framing.Intensifier):
		return d.intensifiers
	}
	return false
}

// diverges returns, for a group whose members frame the fact differently,
// each member's framing words the others do not all share; nil otherwise.
func (d divergence) diverges(g Group) []FramingDiff {
	if len(g.Members) < 2 {
		return nil
	}
	count := make(map[int]int, len(g.Members))
	for _, m := range g.Framing {
		if d.framingWord(m) {
			count[m.Article]++
		}
	}
	with, without := 0, 0
	for _, m := range g.Members {
		if count[m.Article] > 0 {
			with++
		} else {
			without++
		}
	}
	var out []FramingDiff
	weighed := 0
	for mi, mem := range g.Members {
		var words []string
		w := 1
		if mi < len(g.Prominence) {
			w = d.weightOf(g.Prominence[mi])
		}
		for _, m := range g.Framing {
			if m.Article != mem.Article || !d.framingWord(m) || !m.Distinct {
				continue
			}
			weighed += w
			if !slices.Contains(words, m.Text) {
				words = append(words, m.Text)
			}
		}
		if len(words) > 0 {
			out = append(out, FramingDiff{Article: mem.Article, Words: words})
		}
	}
	if d.presence && (with == 0 || without == 0) || weighed < d.least {
		return nil
	}
	return out
}

// markDivergent sets each group's divergent-framing flag and words, and
// marks the markers those words are (Marker.Differs), so that every reader
// claims a difference for the same words.
func markDivergent(r *Report, d divergence) {
	for gi := range r.Groups {
		g := &r.Groups[gi]
		g.FramingDiffers = d.diverges(*g)
		g.DivergentFraming = g.FramingDiffers != nil
		if g.FramingDiffers == nil {
			g.FramingDiffers = []FramingDiff{}
		}
		for mi := range g.Framing {
			m := &g.Framing[mi]
			m.Differs = g.DivergentFraming && m.Distinct && d.framingWord(*m)
		}
	}
}
