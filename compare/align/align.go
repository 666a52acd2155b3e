// Package align decides which sentences of two or more articles report the
// same fact: sentences in, groups out. It has no pivot article and does not
// assume outlets keep the same order; a group holds at most one member per
// article, and a member is one sentence or, where an outlet splits a fact
// over two, a few consecutive ones.
//
// New analyses the sentences (the comparison's corpus, with its IDF);
// Groups runs the passes described in cluster.go and split.go and returns
// each group with its members' mean similarity and whether they report the
// same facts. The result does not depend on scheduling.
package align

import (
	"slices"

	"github.com/storydiff/storydiff/compare/textsim"
)

// Article is what alignment reads of one article: its sentences in order.
type Article struct {
	Sentences []Sentence
}

// Sentence is one sentence of an article.
type Sentence struct {
	Text      string
	Paragraph int  // sentences of one paragraph may be read as one member
	Alignable bool // it can carry a fact (not a caption or page furniture)
	Headline  bool // a headline never joins another sentence as one member
	Lead      bool // the headline or the lede: where outlets put the story's main event
}

// Member is one article's part of a group: sentence indexes, ascending.
type Member struct {
	Article   int
	Sentences []int
}

// Group is a set of members, one per article, ordered by article, that
// report the same fact (Shared) or overlap in content.
type Group struct {
	Members    []Member
	Similarity float64 // mean over member pairs
	Shared     bool    // the members' mean paraphrase probability passes the model's threshold
	// Related holds sentences of the members' articles that report the
	// group's fact again elsewhere in their article (regroup.go), one
	// sentence each, ordered by article and sentence; they take no part
	// in Similarity and Shared.
	Related []Member
	// Within holds sentences of articles with no member that are in
	// another group and carry the quoted words of this one's members
	// (verbatim.go): one outlet prints in one sentence a quotation others
	// split. One sentence each, ordered by article and sentence.
	Within []Member
}

// Nearest is a sentence's closest counterpart in one other article.
type Nearest struct {
	Article, Sentence int
	Similarity        float64
}

// Options tune an alignment. The zero value is the shipped behaviour.
type Options struct {
	// Model scores sentence pairs; nil means textsim.Default.
	Model *textsim.Model
	// MutualMass, above 0, replaces the fitted mutualMass (see cluster.go);
	// tests fit it.
	MutualMass float64
	// LeadMass, above 0, replaces leadMass likewise.
	LeadMass float64
	// EventLinks, EventLeadMass, LeadCover and LeadMajority, above 0,
	// replace the fitted constants of the same names (see events.go).
	EventLinks, EventLeadMass, LeadCover, LeadMajority float64
	// EventsApart, when not 0, replaces eventsApart: 1 true, -1 false.
	EventsApart int
	// OpeningParagraphs, when not 0, replaces openingParagraphs: -1 for none.
	OpeningParagraphs int
	// Plain runs the one-to-many pass the straightforward way, for the
	// tests that check its shortcuts change nothing: every try in full, no
	// score or merge remembered, and each merge analysed from its
	// sentences' joined text (textsim.JoinText).
	Plain bool
	// EventJoin, when not 0, replaces eventJoin: -1 for never.
	EventJoin float64
	// ApartConflict, when not 0, replaces apartConflict: 1 true, -1 false.
	ApartConflict int
	// EventJoinSize, above 0, replaces eventJoinSize.
	EventJoinSize int
	// RegroupShare, when not 0, replaces regroupShare: -1 for none.
	RegroupShare float64
	// RegroupApart, when not 0, replaces regroupApart.
	RegroupApart float64
	// Workers, above 0, is how many goroutines search and score pairs (the
	// caller's among them); 0 means the processors, at most eight. The
	// result is the same for any number.
	Workers int
	// EventConflict, above 0, replaces eventConflict.
	EventConflict float64
	// EvidenceWords, when not 0, replaces evidenceWords: -1 turns the
	// rules of evidence.go off.
	EvidenceWords int
	// CorrobMin, when not 0, replaces corrobMin: -1 turns the pass of
	// corroborate.go off.
	CorrobMin int
}

// Alignment is the working state of one comparison.
type Alignment struct {
	e *engine
}

// New analyses the articles' sentences.
func New(articles []Article, opt Options) *Alignment {
	model := opt.Model
	if model == nil {
		model = &textsim.Default
	}
	e := newEngine(articles, model)
	e.workers = opt.Workers
	if opt.MutualMass > 0 {
		e.mutualMass = opt.MutualMass
	}
	if opt.LeadMass > 0 {
		e.leadMass = opt.LeadMass
	}
	for _, o := range []struct {
		to *float64
		v  float64
	}{
		{&e.eventLinks, opt.EventLinks}, {&e.eventLeadMass, opt.EventLeadMass},
		{&e.leadCover, opt.LeadCover}, {&e.leadMajority, opt.LeadMajority},
	} {
		if o.v > 0 {
			*o.to = o.v
		}
	}
	if opt.OpeningParagraphs != 0 {
		e.opening = max(0, opt.OpeningParagraphs)
	}
	if opt.EventJoinSize > 0 {
		e.joinSize = opt.EventJoinSize
	}
	if opt.ApartConflict != 0 {
		e.apartConflict = opt.ApartConflict > 0
	}
	if opt.EventJoin != 0 {
		e.eventJoin = max(0, opt.EventJoin)
	}
	if opt.EventsApart != 0 {
		e.eventsApart = opt.EventsApart > 0
	}
	if opt.RegroupShare != 0 {
		e.regroupShare = max(0, opt.RegroupShare)
	}
	if opt.EventConflict > 0 {
		e.eventConflict = opt.EventConflict
	}
	if opt.EvidenceWords != 0 {
		e.evidenceWords = max(0, opt.EvidenceWords)
	}
	if opt.CorrobMin != 0 {
		e.corrobMin = max(0, opt.CorrobMin)
	}
	if opt.RegroupApart != 0 {
		e.regroupApart = opt.RegroupApart
	}
	e.plain = opt.Plain
	return &Alignment{e: e}
}

// Groups aligns the sentences and returns the groups, in the order their
// clusters formed. Call it once.
func (a *Alignment) Groups() []Group {
	e := a.e
	e.scoreCandidates()
	e.cluster()
	e.attachSplits()
	e.attachVerbatim()
	e.relateLoners()
	return e.groups()
}

// groups returns the clusters of two members or more as Groups, judged.
func (e *engine) groups() []Group {
	var out []Group
	for c, gids := range e.clusters {
		if len(gids) < 2 {
			continue
		}
		byArt := map[int][]int{}
		for _, g := range append(slices.Clone(gids), e.extra[c]...) {
			byArt[int(e.art[g])] = append(byArt[int(e.art[g])], int(e.sent[g]))
		}
		var g Group
		for ai := range e.articles {
			if sents, ok := byArt[ai]; ok {
				slices.Sort(sents)
				g.Members = append(g.Members, Member{Article: ai, Sentences: sents})
			}
		}
		e.judge(&g)
		g.Related = e.sentencesOf(e.related[c])
		g.Within = e.sentencesOf(e.within[c])
		out = append(out, g)
	}
	return out
}

// sentencesOf returns gids as one-sentence members, ordered by article and
// sentence.
func (e *engine) sentencesOf(gids []int) []Member {
	gids = slices.Clone(gids)
	slices.SortFunc(gids, func(x, y int) int {
		if d := int(e.art[x]) - int(e.art[y]); d != 0 {
			return d
		}
		return int(e.sent[x]) - int(e.sent[y])
	})
	var out []Member
	for _, u := range gids {
		out = append(out, Member{Article: int(e.art[u]), Sentences: []int{int(e.sent[u])}})
	}
	return out
}

// Containment returns what Features gives as FShortLen and FContainment
// (textsim.Corpus.Containment), at a fraction of the cost, and false when
// either sentence cannot carry a fact. It is safe for concurrent use once
// Groups has returned.
func (a *Alignment) Containment(ai, s, aj, t int) (shortLen, containment float64, ok bool) {
	e := a.e
	g, h := e.gids[ai][s], e.gids[aj][t]
	if g < 0 || h < 0 {
		return 0, 0, false
	}
	shortLen, containment = e.corpus.Containment(g, h)
	return shortLen, containment, true
}

// Terms returns the content-word term ids of sentence s of the article,
// ascending (textsim.Corpus.Terms), nil when it cannot carry a fact. The
// slice belongs to the alignment: do not modify it. Safe for concurrent
// use once Groups has returned.
func (a *Alignment) Terms(ai, s int) []int32 {
	g := a.e.gids[ai][s]
	if g < 0 {
		return nil
	}
	terms, _ := a.e.corpus.Terms(g)
	return terms
}

// Conflict reports whether two sentences each name someone or something,
// or state a figure, that the other does not (textsim's FNameConflict and
// FNumConflict): two facts, however many words they share. False when
// either cannot carry a fact. Safe for concurrent use once Groups has
// returned.
func (a *Alignment) Conflict(ai, s, aj, t int) bool {
	e := a.e
	g, h := e.gids[ai][s], e.gids[aj][t]
	if g < 0 || h < 0 {
		return false
	}
	f := e.corpus.Features(g, h)
	return f[textsim.FNameConflict] > 0 || f[textsim.FNumConflict] > 0
}

// NearestLen is how many entries AppendNearest gives for sentence s of
// the article.
func (a *Alignment) NearestLen(article, s int) int {
	e := a.e
	if g := e.gids[article][s]; g >= 0 && g < len(e.best) {
		return len(e.best[g])
	}
	return 0
}

// AppendNearest appends to dst sentence s of the article's best match in
// each other article where it had a candidate, ordered by article; none
// for a sentence that cannot carry a fact. Call it after Groups. A caller
// filling many lists reuses one buffer.
func (a *Alignment) AppendNearest(dst []Nearest, article, s int) []Nearest {
	e := a.e
	g := e.gids[article][s]
	if g < 0 || g >= len(e.best) {
		return dst
	}
	for _, pi := range e.best[g] {
		o := e.other(pi, g)
		dst = append(dst, Nearest{Article: int(e.art[o]), Sentence: int(e.sent[o]), Similarity: float64(e.pairs[pi].sim)})
	}
	return dst
}

// judge sets the group's similarity (mean over member pairs) and whether
// it is shared: when the members' mean paraphrase probability passes the
// model's threshold, so one noisy verdict in a large group does not demote
// it. In a large group both means are estimated on maxProbe evenly spaced
// members.
func (e *engine) judge(g *Group) {
	var units []int // one corpus id per probed member
	for _, m := range probe(g.Members) {
		ids := make([]int, len(m.Sentences))
		for i, s := range m.Sentences {
			ids[i] = e.gids[m.Article][s]
		}
		if len(ids) == 1 {
			units = append(units, ids[0])
		} else {
			units = append(units, e.merged(ids...))
		}
	}
	var sum, psum float64
	total := 0
	for i := range units {
		for j := i + 1; j < len(units); j++ {
			s := e.score(units[i], units[j])
			sum += s.Similarity
			psum += s.Shared
			total++
		}
	}
	if total == 0 {
		return
	}
	g.Similarity = sum / float64(total)
	g.Shared = e.model.IsShared(textsim.Score{Shared: psum / float64(total)})
}
