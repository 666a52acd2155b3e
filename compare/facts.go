package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/fact"
)

// Fact statuses.
const (
	FactShared     = "shared"     // equal values
	FactCompatible = "compatible" // the intervals the wordings allow overlap
	FactConflict   = "conflict"   // they do not
	FactUnique     = "unique"     // in one article only
)

// mentionAt is a fact mention placed in its article and sentence.
type mentionAt struct {
	fact.Mention
	article, sentence int
}

// facts links the quantities of sentences in the same group (the same
// figure reported by several outlets) and the names of all articles (the
// same person, organisation or place anywhere). apart tells whether two
// articles report two different events (align's Apart; see eventsApart).
func facts(r *Report, qs, ns [][]fact.Mention, apart func(ai, aj int) bool) []Fact {
	// Each list is made once at its size: mentions of every article, then
	// facts of both kinds (with 84 articles, regrowing them was a tenth of
	// what Compare allocates).
	place := func(out []mentionAt, ai int, ms []fact.Mention, names bool) []mentionAt {
		for _, m := range ms {
			si := sentenceAt(r.Articles[ai].Sentences, m.Start)
			if names && inDateline(r.Articles[ai].Text, m.Start, m.End) {
				continue // where the story was filed, not a fact of it
			}
			if si >= 0 && r.Articles[ai].Sentences[si].Role.Alignable() {
				out = append(out, mentionAt{m, ai, si})
			}
		}
		return out
	}
	nq, nn := 0, 0
	for ai := range r.Articles {
		nq, nn = nq+len(qs[ai]), nn+len(ns[ai])
	}
	quantities, names := make([]mentionAt, 0, nq), make([]mentionAt, 0, nn)
	for ai := range r.Articles {
		quantities = place(quantities, ai, qs[ai], false)
		names = place(names, ai, ns[ai], true)
	}
	byValue := joinAges(r, joinYears(r, joinCounts(r, linkQuantities(r, quantities, newSentenceNames(names), apart), quantities)), quantities, names)
	byName := linkSpellings(r, linkNames(names))
	out := make([]Fact, 0, len(byValue)+len(byName)) // never null in the report
	out = append(append(out, byValue...), byName...)
	seen := make(map[string]int, len(out))
	for i := range out {
		id := factID(r, out[i])
		if seen[id]++; seen[id] > 1 {
			id = fmt.Sprintf("%s-%d", id, seen[id])
		}
		out[i].ID = id
	}
	return out
}

// factNearSim is the similarity at which a lone sentence and its mutual
// best counterpart in another article are compared figure by figure
// although they did not group: a figure that differs between outlets is
// itself what lowers their similarity ("up to 1,200 construction workers"
// against "will need 2,100 construction workers"), and a conflict is what
// an editor most needs to see.
const factNearSim = 0.2

// factScopes gives each sentence whose figures may be compared the key of
// its scope: its group, or for a sentence in no group (second map), the
// scope of its mutual best counterpart in another article that reaches
// factNearSim (joining that counterpart's group when the group has no
// member from the sentence's own article). Only specific figures use the
// second map: see specific.
func factScopes(r *Report) (groups, near map[SentenceRef]string) {
	scope := map[SentenceRef]string{}
	groups = map[SentenceRef]string{}
	members := map[string]map[int]bool{} // scope -> articles in it
	put := func(ref SentenceRef, key string) {
		scope[ref] = key
		if members[key] == nil {
			members[key] = map[int]bool{}
		}
		members[key][ref.Article] = true
	}
	for ai, a := range r.Articles {
		for si, s := range a.Sentences {
			if s.Group != nil {
				put(SentenceRef{ai, si}, *s.Group)
				groups[SentenceRef{ai, si}] = *s.Group
			}
		}
	}
	for ai, a := range r.Articles {
		for si, s := range a.Sentences {
			ref := SentenceRef{ai, si}
			if _, ok := scope[ref]; ok {
				continue
			}
			for _, n := range s.Nearest {
				other := SentenceRef{n.Article, n.Sentence}
				if n.Similarity < factNearSim || !isNearest(r, other, ref) {
					continue
				}
				key, ok := scope[other]
				switch {
				case !ok:
					key = fmt.Sprintf("near:%d:%d", ai, si)
					put(other, key)
				case members[key][ai]:
					continue
				}
				put(ref, key)
				break
			}
		}
	}
	return groups, scope
}

// specific reports whether a figure says enough about what it counts to be
// compared across sentences that did not group: money in a currency, or a
// count of a named thing ("2,100 construction workers"). Percentages,
// dates and bare numbers recur across different facts of one story.
func specific(m fact.Mention) bool {
	return m.Kind == "money" || (m.Kind == "count" && m.Unit != "")
}

// isNearest reports whether to is from's nearest counterpart in to's article.
func isNearest(r *Report, from, to SentenceRef) bool {
	for _, n := range r.Articles[from.Article].Sentences[from.Sentence].Nearest {
		if n.Article == to.Article {
			return n.Sentence == to.Sentence
		}
	}
	return false
}

// linkQuantities groups figures in aligned sentences: each mention joins
// the fact, among those of its group, whose first mention it agrees with
// best (shared, then compatible, then a conflict of the same kind and
// unit), with at most one mention per article in a fact. A bare number
// with no unit never makes a conflict: too little says it is the same
// figure. Figures outside any group are unique. Two dates or times that
// differ link only when their clauses name one event; two lengths of
// time in conflict do so too when one of them is in no group, only near
// the other's sentence: "one hour each day is spent alone in a
// recreation area" and "after 30 hours of deliberation" time two things.
// Lengths that agree link without it ("called the 30-year term too long"
// and "insisted that three decades was far too long" share no word of
// their clauses), and so do those of one group, where a length's clause
// says too little to tell ("over seven years", "the Orioles (seven
// years, ...)"). A figure of a sentence in
// no group does not join one told of another holder (see factholder.go),
// nor does an unnamed person's age a named one's that its article never
// names (factage.go), nor one of an article of another event
// (eventsApart).
func linkQuantities(r *Report, ms []mentionAt, sn *sentenceNames, apart func(ai, aj int) bool) []Fact {
	groups, near := factScopes(r)
	events, ages := newEventWords(r), newNamedAges(ms)
	byGroup := map[string][]mentionAt{}
	var order []string
	var out []Fact
	inGroup := map[string]bool{}
	for _, m := range ms {
		ref := SentenceRef{m.article, m.sentence}
		g, ok := groups[ref]
		inGroup[g] = ok
		if !ok && specific(m.Mention) {
			g, ok = near[ref]
		}
		if !ok {
			out = append(out, newFact(m, FactUnique))
			continue
		}
		if _, ok := byGroup[g]; !ok {
			order = append(order, g)
		}
		byGroup[g] = append(byGroup[g], m)
	}
	for _, g := range order {
		var group []Fact
		var reps []mentionAt
		var repHeld []heldBy // each rep's holder (see twoHolders)
		// A fact never takes two mentions from one article, so only facts
		// first mentioned in another article are candidates: looking them
		// up by article keeps a sentence with thousands of figures linear.
		repsIn := make([][]int, len(r.Articles))
		budget := maxLinkComparisons
		byArticle := map[int][]mentionAt{}
		for _, m := range byGroup[g] {
			byArticle[m.article] = append(byArticle[m.article], m)
		}
		for _, m := range byGroup[g] {
			held := sn.heldBy(r, m) // once per figure, not per pair
			best, bestRank, bestGap := -1, 3, math.Inf(1)
			for a, idx := range repsIn {
				if a == m.article {
					continue
				}
				if budget -= len(idx); budget < 0 {
					break
				}
				for _, i := range idx {
					rep := reps[i]
					st, ok := compareFigures(rep.Mention, m.Mention)
					if !ok && inGroup[g] {
						st, ok = fact.CompareCounts(rep.Mention, m.Mention)
					}
					if !ok || hasArticle(group[i], m.article) {
						continue
					}
					if (!grouped(groups, rep) || !grouped(groups, m)) && sn.otherHolder(r, rep, m) ||
						repHeld[i].ok && held.ok && sn.twoHolders(repHeld[i], held, rep, m) {
						continue // "damage to Trinity United Church" asked of another church
					}
					if st != fact.Shared && sn.ageOfAnother(rep, m, ages) {
						continue // a named person's age and another's (see factage.go)
					}
					rank := statusRank(st)
					if st == fact.Conflict && m.Kind == "number" {
						continue
					}
					if (st != fact.Shared && temporal(m.Kind) || st == fact.Conflict && fact.IsLength(m.Mention) &&
						(!grouped(groups, rep) || !grouped(groups, m))) && !events.same(rep, m) {
						continue // two events' dates, or lengths told apart (see factevent.go)
					}
					if st == fact.Conflict && (!grouped(groups, rep) || !grouped(groups, m)) && eventsApart(apart, rep.article, m.article) {
						continue // a look-alike event's figure (see eventsApart)
					}
					if st == fact.Conflict && fact.IsLength(m.Mention) && fact.IsLength(rep.Mention) && events.phasesApart(rep, m) {
						continue // "began a 30-day strike", "has completed a 12-day strike"
					}
					if st == fact.Conflict && m.Unit == "relative" && !weekdaysConflict(r, rep, m, byArticle) {
						continue // "resigned Monday" against "apologized Saturday"
					}
					if st == fact.Conflict && (m.Kind == "count" && events.cumulative(rep) != events.cumulative(m) ||
						agreesElsewhere(rep, m, byArticle[m.article], events) || listedApart(rep, m, byArticle) ||
						sn.twoSubjects(r, rep, m) ||
						fact.IsVague(rep.Mention) || fact.IsVague(m.Mention) || farApart(r, groups, rep, m)) {
						continue // see factsiblings.go, factsubject.go, factfar.go
					}
					gap := math.Abs(rep.Value-m.Value) / max(math.Abs(rep.Value), math.Abs(m.Value), 1e-9)
					// Ties go to the earliest fact, whatever the order visited.
					if rank < bestRank || (rank == bestRank && (gap < bestGap || gap == bestGap && i < best)) {
						best, bestRank, bestGap = i, rank, gap
					}
				}
			}
			if best < 0 {
				repsIn[m.article] = append(repsIn[m.article], len(reps))
				group = append(group, newFact(m, FactUnique))
				reps, repHeld = append(reps, m), append(repHeld, held)
				continue
			}
			f := &group[best]
			f.Mentions = append(f.Mentions, factMention(m))
			f.Status = worse(f.Status, []string{FactShared, FactCompatible, FactConflict}[bestRank])
		}
		out = append(out, group...)
	}
	return out
}

// agreesElsewhere reports whether another figure of m's article in the
// same scope agrees with rep: then m, which conflicts with it, is a
// figure of something else the sentences also tell ("He won an Emmy in
// 2005 for hosting the Tony Awards in 2004" against "He won a Tony Award
// in 2004"), and the agreeing one is the article's mention of rep's fact.
func agreesElsewhere(rep, m mentionAt, same []mentionAt, events *eventWords) bool {
	for _, o := range same {
		if o.sentence == m.sentence && o.Start == m.Start {
			continue
		}
		st, ok := compareFigures(rep.Mention, o.Mention)
		if !ok {
			st, ok = fact.CompareCounts(rep.Mention, o.Mention) // "31 fire trucks", "31 pieces of apparatus"
		}
		if ok && st != fact.Conflict && (st == fact.Shared || !temporal(o.Kind) || events.same(rep, o)) {
			return true
		}
	}
	return false
}

// maxLinkComparisons bounds the mention pairs linkQuantities compares in
// one group. Real sentences carry a few figures each and never come near
// it; two sentences of thousands of figures would take quadratic time, so
// past it the remaining mentions stay unique.
const maxLinkComparisons = 1 << 22

func statusRank(s fact.Status) int {
	switch s {
	case fact.Shared:
		return 0
	case fact.Compatible:
		return 1
	}
	return 2
}

// worse returns the weaker agreement of a fact's status so far and a new
// pair's: unique (one mention so far) yields to anything.
func worse(cur, next string) string {
	rank := map[string]int{FactUnique: -1, FactShared: 0, FactCompatible: 1, FactConflict: 2}
	if rank[next] > rank[cur] {
		return next
	}
	return cur
}

func hasArticle(f Fact, a int) bool {
	return slices.ContainsFunc(f.Mentions, func(m FactMention) bool { return m.Article == a })
}

// linkNames groups name mentions by their canonical form and aliases
// ("Jack Ma", "Ma"; "Office of the U.S. Trade Representative", "USTR"). A
// name in two or more articles is shared.
func linkNames(ms []mentionAt) []Fact {
	var out []Fact
	byKey := map[string]int{}
	var keys []string // the mention's name and aliases in lower case, reused
	for _, m := range ms {
		keys = append(keys[:0], strings.ToLower(m.Unit))
		for _, a := range m.Aliases {
			keys = append(keys, strings.ToLower(a))
		}
		idx := -1
		for _, k := range keys {
			if i, ok := byKey[k]; ok && out[i].Kind == m.Kind {
				idx = i
				break
			}
		}
		if idx < 0 {
			out = append(out, newFact(m, FactUnique))
			idx = len(out) - 1
		} else {
			// Unique means every mention so far is from the first one's
			// article: checking that one, not all, keeps a name repeated
			// thousands of times linear.
			if out[idx].Status == FactUnique && out[idx].Mentions[0].Article != m.article {
				out[idx].Status = FactShared
			}
			out[idx].Mentions = append(out[idx].Mentions, factMention(m))
		}
		for _, k := range keys {
			if k != "" {
				if _, ok := byKey[k]; !ok {
					byKey[k] = idx
				}
			}
		}
	}
	return out
}

func newFact(m mentionAt, status string) Fact {
	kind := m.Kind
	if fact.IsLength(m.Mention) {
		kind = "duration" // "40-minute", "hour-long": a count of minutes, shown as what it is
	}
	return Fact{Kind: kind, Status: status, Mentions: []FactMention{factMention(m)}}
}

func factMention(m mentionAt) FactMention {
	return FactMention{
		Article: m.article, Sentence: m.sentence, Start: m.Start, End: m.End, Text: m.Text,
		Value: finite(m.Value), Low: finite(m.Low), High: finite(m.High), Unit: m.Unit,
	}
}

// finite keeps JSON valid: an open-ended interval is reported at the
// largest float rather than as infinity.
func finite(x float64) float64 {
	switch {
	case math.IsInf(x, 1) || math.IsNaN(x):
		return math.MaxFloat64
	case math.IsInf(x, -1):
		return -math.MaxFloat64
	}
	return x
}

// factID derives an id from the fact's kind and its mentions' articles and
// words, so re-running gives the same ids.
func factID(r *Report, f Fact) string {
	// The bytes hashed are the kind, then the name, or for each mention
	// "\x00label\x00text"; written into one buffer and hashed at once
	// (fmt and a digest per fact cost more than the hash).
	buf := append(make([]byte, 0, 256), f.Kind...)
	if isName(f.Kind) { // a name is itself, wherever it is mentioned
		buf = append(buf, strings.ToLower(f.Mentions[0].Unit)...)
	} else {
		for _, m := range f.Mentions {
			buf = append(append(append(append(buf, 0), r.Articles[m.Article].Label...), 0), strings.ToLower(m.Text)...)
		}
	}
	sum := sha256.Sum256(buf)
	return "f" + hex.EncodeToString(sum[:5])
}

func isName(kind string) bool {
	switch kind {
	case "person", "org", "place", "name":
		return true
	}
	return false
}

// eventsApart reports whether articles ai and aj report two different
// events, by apart (align's Apart; nil when no alignment ran). A sentence in no group is compared with its
// mutual best counterpart (factScopes' near scope) on weak evidence; when
// the two articles report look-alike events (another flood on the same
// river years on, another raid in the same strait), the counterpart
// tells the other event's figure: "the flood closed four bridges" and
// "two bridges were also shut" are two floods' damage, not a
// disagreement. Grouped sentences are held apart across
// events by the alignment itself.
func eventsApart(apart func(ai, aj int) bool, ai, aj int) bool {
	return apart != nil && apart(ai, aj)
}
