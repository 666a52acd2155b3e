package compare

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// The compact report (a file or a pipe: what scripts and other programs
// read) is written by the appenders below rather than by encoding/json.
// They write exactly what encoding/json writes for these types with HTML
// escaping off (the facts, which Fact.MarshalJSON encodes with it on,
// keep it): the same field order, omitempty rules, nulls for nil slices and
// maps, escapes and number forms. TestFastJSONIsEncodingJSON compares the
// two, element by element, on the demo and the shared data. With 84
// articles, encoding/json spent most of its time on reflection and on
// re-validating the bytes of the lists that marshal themselves; for two
// articles, on building its encoders at the first use of each type.
//
// The indented report, for a person at a terminal, still goes through
// encoding/json.

// appendElement appends the compact JSON of a top-level array element. It
// returns false for a type it does not know and for a value encoding/json
// refuses (a NaN or an infinite float), which the caller then hands to
// encoding/json, so that the error stays encoding/json's.
func appendElement(b []byte, v any) ([]byte, bool) {
	e := fastEncoder{b: b, ok: true}
	switch x := v.(type) {
	case *Article:
		e.article(x)
	case *Group:
		e.group(x)
	case *Quote:
		e.quote(x)
	case *Fact:
		e.fact(x)
	default:
		return b, false
	}
	return e.b, e.ok
}

type fastEncoder struct {
	b  []byte
	ok bool // false once a float encoding/json refuses was met
}

func (e *fastEncoder) raw(s string) { e.b = append(e.b, s...) }

func (e *fastEncoder) str(s string) { e.b = appendEncodingJSONString(e.b, s, false) }

func (e *fastEncoder) int(n int) { e.b = strconv.AppendInt(e.b, int64(n), 10) }

func (e *fastEncoder) bool(v bool) {
	if v {
		e.raw("true")
	} else {
		e.raw("false")
	}
}

func (e *fastEncoder) float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		e.ok = false
		return
	}
	e.b = appendEncodingJSONFloat(e.b, f)
}

func (e *fastEncoder) strings(ss []string) {
	if ss == nil {
		e.raw("null")
		return
	}
	e.b = append(e.b, '[')
	for i, s := range ss {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.str(s)
	}
	e.b = append(e.b, ']')
}

func (e *fastEncoder) ints(ns []int) {
	if ns == nil {
		e.raw("null")
		return
	}
	e.b = append(e.b, '[')
	for i, n := range ns {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.int(n)
	}
	e.b = append(e.b, ']')
}

// list writes xs as an array, each element by f, or null for a nil slice.
func list[T any](e *fastEncoder, xs []T, f func(*T)) {
	if xs == nil {
		e.raw("null")
		return
	}
	e.b = append(e.b, '[')
	for i := range xs {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		f(&xs[i])
	}
	e.b = append(e.b, ']')
}

func (e *fastEncoder) article(a *Article) {
	e.raw(`{"label":`)
	e.str(a.Label)
	e.raw(`,"source":`)
	e.str(a.Source)
	e.raw(`,"format":`)
	e.str(a.Format)
	e.raw(`,"title":`)
	e.str(a.Title)
	if a.Byline != "" {
		e.raw(`,"byline":`)
		e.str(a.Byline)
	}
	if a.Site != "" {
		e.raw(`,"site":`)
		e.str(a.Site)
	}
	if a.Date != "" {
		e.raw(`,"date":`)
		e.str(a.Date)
	}
	if a.LeftOut != (LeftOut{}) {
		e.raw(`,"left_out":{"link_lists":`)
		e.int(a.LeftOut.LinkLists)
		e.raw(`,"asides":`)
		e.int(a.LeftOut.Asides)
		e.b = append(e.b, '}')
	}
	e.raw(`,"text":`)
	e.str(a.Text)
	e.raw(`,"sentences":`)
	list(e, a.Sentences, e.sentence)
	e.raw(`,"summary":`)
	e.summary(&a.Summary)
	e.b = append(e.b, '}')
}

func (e *fastEncoder) sentence(s *Sentence) {
	e.raw(`{"start":`)
	e.int(s.Start)
	e.raw(`,"end":`)
	e.int(s.End)
	e.raw(`,"text":`)
	e.str(s.Text)
	e.raw(`,"paragraph":`)
	e.int(s.Paragraph)
	e.raw(`,"role":`)
	e.str(string(s.Role))
	e.raw(`,"group":`)
	if s.Group == nil {
		e.raw("null")
	} else {
		e.str(*s.Group)
	}
	// Both lists marshal themselves, nil ones too (encoding/json calls a
	// slice's MarshalJSON even when it is nil).
	e.raw(`,"nearest":`)
	e.b = s.Nearest.appendJSON(e.b)
	e.raw(`,"framing":`)
	e.b = s.Framing.appendJSON(e.b)
	e.b = append(e.b, '}')
}

func (e *fastEncoder) summary(s *Summary) {
	e.raw(`{"shared":`)
	e.int(s.Shared)
	e.raw(`,"related":`)
	e.int(s.Related)
	e.raw(`,"unique":`)
	e.int(s.Unique)
	e.raw(`,"originality":`)
	e.float(s.Originality)
	e.raw(`,"omitted":`)
	e.strings(s.Omitted)
	e.raw(`,"speakers":`)
	list(e, s.Speakers, func(c *SpeakerCount) {
		e.raw(`{"speaker":`)
		e.str(c.Speaker)
		e.raw(`,"quotes":`)
		e.int(c.Quotes)
		e.b = append(e.b, '}')
	})
	e.raw(`,"framing":`)
	if s.Framing == nil {
		e.raw("null")
	} else {
		keys := make([]string, 0, len(s.Framing))
		for k := range s.Framing {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, strings.Compare) // as encoding/json orders a map's keys
		e.b = append(e.b, '{')
		for i, k := range keys {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.str(k)
			e.b = append(e.b, ':')
			e.int(s.Framing[k])
		}
		e.b = append(e.b, '}')
	}
	e.b = append(e.b, '}')
}

func (e *fastEncoder) member(m *Member) {
	e.raw(`{"article":`)
	e.int(m.Article)
	e.raw(`,"sentences":`)
	e.ints(m.Sentences)
	e.b = append(e.b, '}')
}

func (e *fastEncoder) group(g *Group) {
	e.raw(`{"id":`)
	e.str(g.ID)
	e.raw(`,"kind":`)
	e.str(string(g.Kind))
	e.raw(`,"similarity":`)
	e.float(g.Similarity)
	e.raw(`,"moved":`)
	e.bool(g.Moved)
	e.raw(`,"members":`)
	list(e, g.Members, e.member)
	e.raw(`,"related":`)
	list(e, g.Related, e.member)
	e.raw(`,"within":`)
	list(e, g.Within, e.member)
	e.raw(`,"diff":`)
	list(e, g.Diff, func(d *Diff) {
		e.raw(`{"from":`)
		e.int(d.From)
		e.raw(`,"to":`)
		e.int(d.To)
		e.raw(`,"ops":`)
		list(e, d.Ops, e.op)
		e.b = append(e.b, '}')
	})
	e.raw(`,"framing":`)
	list(e, g.Framing, e.marker)
	e.raw(`,"prominence":`)
	list(e, g.Prominence, func(p *Position) {
		e.raw(`{"article":`)
		e.int(p.Article)
		e.raw(`,"place":`)
		e.str(p.Place)
		e.raw(`,"paragraph":`)
		e.int(p.Paragraph)
		e.b = append(e.b, '}')
	})
	e.raw(`,"divergent_framing":`)
	e.bool(g.DivergentFraming)
	e.raw(`,"framing_differs":`)
	list(e, g.FramingDiffers, func(d *FramingDiff) {
		e.raw(`{"article":`)
		e.int(d.Article)
		e.raw(`,"words":`)
		e.strings(d.Words)
		e.b = append(e.b, '}')
	})
	e.raw(`,"hedging_differs":`)
	list(e, g.HedgingDiffers, func(d *HedgeDiff) {
		e.raw(`{"article":`)
		e.int(d.Article)
		e.raw(`,"hedges":`)
		e.strings(d.Hedges)
		e.b = append(e.b, '}')
	})
	e.b = append(e.b, '}')
}

func (e *fastEncoder) op(o *DiffOp) {
	e.raw(`{"op":`)
	e.str(string(o.Op))
	e.raw(`,"text":`)
	e.str(o.Text)
	if o.To != "" {
		e.raw(`,"to_text":`)
		e.str(o.To)
	}
	e.b = append(e.b, '}')
}
