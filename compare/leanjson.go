package compare

import (
	"encoding/json"
	"math"
	"strconv"
)

// SentenceFraming is a sentence's framing markers. In JSON each marker
// leaves out what the sentence already says or the article's text already
// holds: its article (the sentence's own), distinct (a group's notion,
// always false here) and its words (text[start:end] of the article).
type SentenceFraming []Marker

// MarshalJSON writes the markers as docs/report.md describes
// sentences[].framing.
func (ms SentenceFraming) MarshalJSON() ([]byte, error) {
	return ms.appendJSON(make([]byte, 0, 2+80*len(ms))), nil
}

// appendJSON appends what MarshalJSON returns to b.
func (ms SentenceFraming) appendJSON(b []byte) []byte {
	b = append(b, '[')
	for i := range ms {
		m := &ms[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"kind":`...)
		b = appendJSONString(b, m.Kind)
		b = append(b, `,"lemma":`...)
		b = appendJSONString(b, m.Lemma)
		if m.Tone != "" {
			b = append(b, `,"tone":`...)
			b = appendJSONString(b, m.Tone)
		}
		if m.Category != "" {
			b = append(b, `,"category":`...)
			b = appendJSONString(b, m.Category)
		}
		if m.Negated {
			b = append(b, `,"negated":true`...)
		}
		if m.Quoted {
			b = append(b, `,"quoted":true`...)
		}
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(m.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(m.End), 10)
		b = append(b, '}')
	}
	return append(b, ']')
}

// NearestList is a sentence's nearest counterparts. In JSON each is a
// triple, [article, sentence, similarity]: with 84 articles the field
// names were two thirds of the list's bytes.
type NearestList []Nearest

// MarshalJSON writes the list as docs/report.md describes
// sentences[].nearest.
func (ns NearestList) MarshalJSON() ([]byte, error) {
	return ns.appendJSON(make([]byte, 0, 2+16*len(ns))), nil
}

// appendJSON appends what MarshalJSON returns to b.
func (ns NearestList) appendJSON(b []byte) []byte {
	b = append(b, '[')
	for i, n := range ns {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(n.Article), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(n.Sentence), 10)
		b = append(b, ',')
		b = appendJSONFloat(b, n.Similarity)
		b = append(b, ']')
	}
	return append(b, ']')
}

// appendJSONFloat appends f as encoding/json writes a float64.
func appendJSONFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0') // never produced: similarities are in [0, 1]
	}
	abs := math.Abs(f)
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		return strconv.AppendFloat(b, f, 'e', -1, 64)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// appendJSONString appends s as a JSON string, escaped as encoding/json
// does with HTML escaping off.
func appendJSONString(b []byte, s string) []byte {
	return appendEncodingJSONString(b, s, false)
}

// UnmarshalJSON reads a report written by WriteJSON and fills in what the
// JSON leaves out because the report says it elsewhere: each marker's and
// fact mention's words, a sentence marker's article, and each article's
// Coverage, Alone and MayCarry. A Go reader thus gets the Report the engine made. Offsets out
// of range (a hand-edited file) leave the words empty rather than fail.
func (r *Report) UnmarshalJSON(data []byte) error {
	type plain Report // without this method
	if err := json.Unmarshal(data, (*plain)(r)); err != nil {
		return err
	}
	words := func(a, start, end int) string {
		if a < 0 || a >= len(r.Articles) || start < 0 || start > end || end > len(r.Articles[a].Text) {
			return ""
		}
		return r.Articles[a].Text[start:end]
	}
	for ai := range r.Articles {
		a := &r.Articles[ai]
		for si := range a.Sentences {
			for i := range a.Sentences[si].Framing {
				m := &a.Sentences[si].Framing[i]
				m.Article, m.Text = ai, words(ai, m.Start, m.End)
			}
		}
		if a.Summary.Alone == nil && r.UniqueIsOmission() {
			a.Summary.Alone = aloneFacts(*a, nil)
		}
		if a.Summary.Coverage == nil {
			a.Summary.Coverage = make([]bool, len(r.Groups))
			for gi, g := range r.Groups {
				a.Summary.Coverage[gi] = g.Carries(ai)
			}
		}
	}
	for gi := range r.Groups {
		if r.Groups[gi].Related == nil { // a report of version 3 or before
			r.Groups[gi].Related = []Member{}
		}
		if r.Groups[gi].Within == nil { // a report written before it
			r.Groups[gi].Within = []Member{}
		}
		for i := range r.Groups[gi].Framing {
			m := &r.Groups[gi].Framing[i]
			m.Text = words(m.Article, m.Start, m.End)
		}
		if r.Groups[gi].HedgingDiffers == nil { // a report written before it
			r.Groups[gi].HedgingDiffers = hedgingDiffers(r.Articles, r.Groups[gi])
		}
	}
	for fi := range r.Facts {
		for i := range r.Facts[fi].Mentions {
			m := &r.Facts[fi].Mentions[i]
			m.Text = words(m.Article, m.Start, m.End)
		}
	}
	fillMayCarry(r) // from the sentences' nearest, as Compare does
	return nil
}

// UnmarshalJSON reads the triples MarshalJSON writes, and the objects of
// contract version 2.
func (ns *NearestList) UnmarshalJSON(data []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	out := make(NearestList, len(raw))
	for i, e := range raw {
		if len(e) > 0 && e[0] == '{' {
			if err := json.Unmarshal(e, &out[i]); err != nil {
				return err
			}
			continue
		}
		var t [3]float64
		if err := json.Unmarshal(e, &t); err != nil {
			return err
		}
		out[i] = Nearest{Article: int(t[0]), Sentence: int(t[1]), Similarity: t[2]}
	}
	*ns = out
	return nil
}
