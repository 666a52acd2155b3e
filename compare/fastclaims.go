package compare

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
