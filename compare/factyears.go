package compare

import "github.com/storydiff/storydiff/compare/fact"

// A year alone ("started in 2007") is compared only between sentences the
// alignment put in one scope (see specific): years recur across the facts
// of a story. So when outlets tell one event's year in sentences that did
// not align ("the program was started in 2007 by the FBI", "a program
// launched in 2007 called PRISM"), each year was a fact of one outlet, the
// same year listed as unique once per outlet. joinYears makes them one
// fact where their clauses name the same event (eventWords.same): the
// same year, never a conflict, for two years differ as often by event as
// by error. A year left unique then joins a fact that other outlets
// already share, on the same test (joinSharedYears).

// joinYears merges facts that are each one article's bare year, unique,
// into a shared fact when another article's unique fact is the same year
// told of the same event. The facts merged in are removed.
func joinYears(r *Report, fs []Fact) []Fact {
	var years []int
	for i, f := range fs {
		if loneYear(f) {
			years = append(years, i)
		}
	}
	if len(years) == 0 {
		return fs
	}
	events := newEventWords(r)
	gone := map[int]bool{}
	for x, i := range years {
		if gone[i] {
			continue
		}
		for _, j := range years[x+1:] {
			a, b := fs[i].Mentions[0], fs[j].Mentions[0]
			if gone[j] || a.Value != b.Value || hasArticle(fs[i], b.Article) || !events.same(mentionOf(a), mentionOf(b)) {
				continue
			}
			fs[i].Mentions = append(fs[i].Mentions, b)
			fs[i].Status = FactShared
			gone[j] = true
		}
	}
	joinSharedYears(fs, years, gone, events)
	return withoutMerged(fs, gone)
}

// joinSharedYears joins each lone year the first pass left unique (the
// facts years indexes that gone does not mark) to a shared fact of that
// year, told of the same event in another article. The first pass joins
// only unique years, so a year that other outlets share ("the 1967
// slayings") did not take a third outlet's "a double murder back in
// 1967", nor an outlet's own second telling ("the program began in 2007")
// once its first had joined another's.
func joinSharedYears(fs []Fact, years []int, gone map[int]bool, events *eventWords) {
	var shared []int
	for i, f := range fs {
		if !gone[i] && f.Status == FactShared && allYears(f) {
			shared = append(shared, i)
		}
	}
	if len(shared) == 0 {
		return
	}
	for _, i := range years {
		if gone[i] || fs[i].Status != FactUnique {
			continue
		}
		a := fs[i].Mentions[0]
		if twiceIn(fs, a) {
			continue
		}
		for _, t := range shared {
			if fs[t].Mentions[0].Value == a.Value && toldOf(fs[t], a, events) {
				fs[t].Mentions = append(fs[t].Mentions, a)
				gone[i] = true
				break
			}
		}
	}
}

// twiceIn reports whether a's sentence gives a's year twice (in fs): it
// gives it for two things ("an All-Star (1983, '86) who won a title in
// 1983"), and a clause that names nothing is read from the whole
// sentence (eventWords.of), the other's words too, so neither is joined.
func twiceIn(fs []Fact, a FactMention) bool {
	n := 0
	for _, f := range fs {
		if f.Kind != "date" {
			continue
		}
		for _, m := range f.Mentions {
			if m.Article == a.Article && m.Sentence == a.Sentence && m.Value == a.Value {
				n++
			}
		}
	}
	return n > 1
}

// allYears reports whether f is a date every mention of which is a year
// written alone (yearText).
func allYears(f Fact) bool {
	if f.Kind != "date" {
		return false
	}
	for _, m := range f.Mentions {
		if !yearText(m) {
			return false
		}
	}
	return true
}

// toldOf reports whether a mention of f in an article other than a's
// names the event a's clause names.
func toldOf(f Fact, a FactMention, events *eventWords) bool {
	for _, m := range f.Mentions {
		if m.Article != a.Article && events.same(mentionOf(m), mentionOf(a)) {
			return true
		}
	}
	return false
}

// loneYear reports whether f is one mention of a year written alone in
// four digits ("2007"), in one article.
func loneYear(f Fact) bool {
	return f.Kind == "date" && f.Status == FactUnique && len(f.Mentions) == 1 && yearText(f.Mentions[0])
}

// yearText reports whether date mention m is a year written alone in four
// digits ("2007").
func yearText(m FactMention) bool {
	if m.Unit != "day" || len(m.Text) != 4 || m.High-m.Low < 364 || m.High-m.Low > 365 {
		return false
	}
	for i := 0; i < len(m.Text); i++ {
		if m.Text[i] < '0' || m.Text[i] > '9' {
			return false
		}
	}
	return true
}

// mentionOf rebuilds the placed mention a fact's mention came from, as
// eventWords reads it: its article, sentence and span.
func mentionOf(m FactMention) mentionAt {
	return mentionAt{fact.Mention{Start: m.Start, End: m.End, Text: m.Text, Kind: "date"}, m.Article, m.Sentence}
}

// withoutMerged returns fs without the facts gone marks as merged into
// another, in place.
func withoutMerged(fs []Fact, gone map[int]bool) []Fact {
	if len(gone) == 0 {
		return fs
	}
	out := fs[:0]
	for i, f := range fs {
		if !gone[i] {
			out = append(out, f)
		}
	}
	return out
}
