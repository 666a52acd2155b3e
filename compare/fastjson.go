package compare

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
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

// marker writes a group's marker, all of Marker's fields (a sentence's
// markers are SentenceFraming, which writes fewer).
func (e *fastEncoder) marker(m *Marker) {
	e.raw(`{"article":`)
	e.int(m.Article)
	e.raw(`,"kind":`)
	e.str(m.Kind)
	e.raw(`,"lemma":`)
	e.str(m.Lemma)
	if m.Tone != "" {
		e.raw(`,"tone":`)
		e.str(m.Tone)
	}
	e.raw(`,"start":`)
	e.int(m.Start)
	e.raw(`,"end":`)
	e.int(m.End)
	e.raw(`,"distinct":`)
	e.bool(m.Distinct)
	if m.Differs {
		e.raw(`,"differs":true`)
	}
	if m.Category != "" {
		e.raw(`,"category":`)
		e.str(m.Category)
	}
	if m.Quoted {
		e.raw(`,"quoted":true`)
	}
	if m.Negated {
		e.raw(`,"negated":true`)
	}
	e.b = append(e.b, '}')
}

func (e *fastEncoder) quote(q *Quote) {
	e.raw(`{"id":`)
	e.str(q.ID)
	e.raw(`,"article":`)
	e.int(q.Article)
	e.raw(`,"sentence":`)
	e.int(q.Sentence)
	e.raw(`,"start":`)
	e.int(q.Start)
	e.raw(`,"end":`)
	e.int(q.End)
	e.raw(`,"text":`)
	e.str(q.Text)
	e.raw(`,"speaker":`)
	e.str(q.Speaker)
	e.raw(`,"role":`)
	e.str(q.Role)
	e.raw(`,"partial":`)
	e.bool(q.Partial)
	e.raw(`,"status":`)
	e.str(q.Status)
	e.raw(`,"matches":`)
	list(e, q.Matches, func(m *QuoteMatch) {
		e.raw(`{"quote":`)
		e.str(m.Quote)
		e.raw(`,"relation":`)
		e.str(m.Relation)
		e.raw(`,"other_speaker":`)
		e.bool(m.OtherSpeaker)
		if len(m.Diff) > 0 {
			e.raw(`,"diff":`)
			list(e, m.Diff, e.op)
		}
		if m.Split > 0 {
			e.raw(`,"split":`)
			e.int(m.Split)
		}
		e.b = append(e.b, '}')
	})
	e.raw(`,"paraphrased_in":`)
	list(e, q.ParaphrasedIn, func(r *SentenceRef) {
		e.raw(`{"article":`)
		e.int(r.Article)
		e.raw(`,"sentence":`)
		e.int(r.Sentence)
		e.b = append(e.b, '}')
	})
	e.b = append(e.b, '}')
}

// fact writes what Fact.MarshalJSON writes. That encodes through
// json.Marshal, which escapes HTML characters; the encoder keeps its bytes.
func (e *fastEncoder) fact(f *Fact) {
	html := func(s string) { e.b = appendEncodingJSONString(e.b, s, true) }
	e.raw(`{"id":`)
	html(f.ID)
	e.raw(`,"kind":`)
	html(f.Kind)
	e.raw(`,"status":`)
	html(f.Status)
	e.raw(`,"mentions":[`)
	values := !isName(f.Kind)
	for i := range f.Mentions {
		m := &f.Mentions[i]
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.raw(`{"article":`)
		e.int(m.Article)
		e.raw(`,"sentence":`)
		e.int(m.Sentence)
		e.raw(`,"start":`)
		e.int(m.Start)
		e.raw(`,"end":`)
		e.int(m.End)
		if values && m.Unit != unanchoredUnit {
			e.raw(`,"value":`)
			e.float(m.Value)
			e.raw(`,"low":`)
			e.float(m.Low)
			e.raw(`,"high":`)
			e.float(m.High)
		}
		e.raw(`,"unit":`)
		html(m.Unit)
		e.b = append(e.b, '}')
	}
	e.raw("]}")
}

// appendEncodingJSONFloat appends f as encoding/json writes a float64 (f
// is neither NaN nor infinite).
func appendEncodingJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' { // "e-09" is written "e-9"
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendEncodingJSONString appends s as encoding/json writes a string:
// quotation marks, backslashes and control characters escaped (\b, \f,
// \n, \r and \t in short), U+2028 and U+2029 escaped, invalid UTF-8 as
// U+FFFD, and with html, <, > and & as \u003c, \u003e and \u0026.
func appendEncodingJSONString(b []byte, s string, html bool) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!html || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
