package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/quote"
)

// quoteIndex is the quote ledger before its matches are judged: every
// direct quote of every article, the extractor's quotes beside them, and
// the pairs of different articles a shingle index relates. It needs the
// articles' sentences only, so alignment can read it (verbatimLinks).
type quoteIndex struct {
	out     []Quote
	raw     []quote.Quote
	matches []quote.Match
}

// indexQuotes lists the quotes found in each article and relates them.
func indexQuotes(r *Report, found [][]quote.Quote) quoteIndex {
	out := []Quote{} // never null in the report
	ix := quote.NewIndex()
	var raw []quote.Quote
	seen := map[string]int{}
	for ai, qs := range found {
		a := r.Articles[ai]
		for _, q := range qs {
			si := sentenceAt(a.Sentences, q.Start)
			if si < 0 {
				continue
			}
			id := quoteID(a.Label, q.Text)
			if seen[id]++; seen[id] > 1 {
				id = fmt.Sprintf("%s-%d", id, seen[id])
			}
			out = append(out, Quote{
				ID: id, Article: ai, Sentence: si, Start: q.Start, End: q.End, Text: q.Text,
				Speaker: q.Speaker, Role: q.Role, Partial: q.Partial, Status: "unique",
				Matches: []QuoteMatch{}, ParaphrasedIn: []SentenceRef{},
			})
			raw = append(raw, q)
			ix.Add(ai, q)
		}
	}
	return quoteIndex{out: out, raw: raw, matches: ix.Matches()}
}

// quotes builds the quote ledger: every direct quote of every article with
// its speaker, matched across articles (the index's pairs, and short
// quotations of one speaker in one group). A quote is shared when another
// article has the same words from the same speaker, variant when another
// renders it differently (or gives it to someone else), unique otherwise.
func quotes(r *Report, qi quoteIndex) []Quote {
	out, raw := qi.out, qi.raw
	match := func(ia, ib int, rel quote.Relation) {
		a, b := &out[ia], &out[ib]
		other := differentSpeakers(a.Speaker, b.Speaker)
		var ab, ba []DiffOp
		if rel != quote.Identical {
			ab, ba = WordDiff(a.Text, b.Text), WordDiff(b.Text, a.Text)
			if rel == quote.Altered && allEqual(ab) {
				// The same words in another typography or spelling
				// ("prioritised", ‘…’): a house style, not a misquote.
				rel, ab, ba = quote.Identical, nil, nil
			}
		}
		a.Matches = append(a.Matches, QuoteMatch{Quote: b.ID, Relation: string(rel), OtherSpeaker: other, Diff: ab})
		b.Matches = append(b.Matches, QuoteMatch{Quote: a.ID, Relation: string(rel), OtherSpeaker: other, Diff: ba})
	}
	matched := map[[2]int]bool{}
	for _, m := range qi.matches {
		matched[[2]int{m.A, m.B}] = true
		match(m.A, m.B, m.Relation)
	}
	for _, p := range shortPairs(r, out, matched) {
		if rel, _ := quote.Relate(raw[p[0]], raw[p[1]]); rel != quote.NoMatch {
			match(p[0], p[1], rel)
		}
	}
	markSpliced(out)
	for i := range out {
		q := &out[i]
		for _, m := range q.Matches {
			switch {
			case m.Relation == string(quote.Identical) && !m.OtherSpeaker:
				q.Status = "shared"
			case q.Status == "unique":
				q.Status = "variant"
			}
		}
	}
	assignParaphrases(r, out, raw)
	return out
}

// maxShortQuote is the most words a quotation may have and still be
// related to another only where the two are aligned. The index relates
// quotations that share three words in a row, and a quotation of seven
// words or more keeps such a run through one changed word; a short one
// ("We will not accept it", "We will never accept it") may not.
const maxShortQuote = 6

// shortPairs returns the pairs of short quotations (see maxShortQuote),
// not already matched, that one speaker says in sentences of one group
// in two articles: an outlet's tidied "We won't accept it" is the same
// quotation, altered. By ascending index, in the groups' order.
func shortPairs(r *Report, qs []Quote, matched map[[2]int]bool) [][2]int {
	bySentence := map[SentenceRef][]int{}
	for i, q := range qs {
		if len(strings.Fields(quote.Normalize(q.Text))) <= maxShortQuote && q.Speaker != "" {
			ref := SentenceRef{q.Article, q.Sentence}
			bySentence[ref] = append(bySentence[ref], i)
		}
	}
	var out [][2]int
	seen := map[[2]int]bool{}
	for _, g := range r.Groups {
		var ids []int
		for _, m := range g.Members {
			for _, s := range m.Sentences {
				ids = append(ids, bySentence[SentenceRef{m.Article, s}]...)
			}
		}
		for x, i := range ids {
			for _, j := range ids[x+1:] {
				p := [2]int{min(i, j), max(i, j)}
				if qs[i].Article == qs[j].Article || matched[p] || seen[p] || !oneSpeaker(qs[i].Speaker, qs[j].Speaker) {
					continue
				}
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// oneSpeaker reports whether two named speakers are one person: one's
// last word is among the other's words ("Taylor", "Gordon Taylor") and
// differentSpeakers does not tell them apart.
func oneSpeaker(a, b string) bool {
	fa, fb := speakerWords(a), speakerWords(b)
	if len(fa) == 0 || len(fb) == 0 || differentSpeakers(a, b) {
		return false
	}
	return slices.Contains(fb, fa[len(fa)-1]) || slices.Contains(fa, fb[len(fb)-1])
}

// allEqual reports whether a word diff changes no word: the two texts
// differ, if at all, in typography, spacing or spelling only.
func allEqual(ops []DiffOp) bool {
	for _, op := range ops {
		if op.Op != OpEqual {
			return false
		}
	}
	return true
}

// paraphraseCand is a sentence that may give quote q's words as paraphrase.
type paraphraseCand struct {
	q   int
	ref SentenceRef
	sim float64
}

// assignParaphrases fills ParaphrasedIn one to one: a sentence paraphrases
// at most one quote of an article, and a quote is paraphrased by at most
// one sentence of each other article, the most similar ones first.
func assignParaphrases(r *Report, out []Quote, raw []quote.Quote) {
	ix := newLedgerIndex(r, out)
	var cands []paraphraseCand
	for i := range out {
		cands = append(cands, paraphrases(r, ix, i, out[i], raw[i])...)
	}
	slices.SortStableFunc(cands, func(a, b paraphraseCand) int {
		switch {
		case a.sim > b.sim:
			return -1
		case a.sim < b.sim:
			return 1
		}
		return 0
	})
	type sentFrom struct {
		ref  SentenceRef
		from int // the quote's article
	}
	type quoteIn struct{ q, article int }
	usedSent, usedQuote := map[sentFrom]bool{}, map[quoteIn]bool{}
	for _, c := range cands {
		sf, qi := sentFrom{c.ref, out[c.q].Article}, quoteIn{c.q, c.ref.Article}
		if usedSent[sf] || usedQuote[qi] {
			continue
		}
		usedSent[sf], usedQuote[qi] = true, true
		out[c.q].ParaphrasedIn = append(out[c.q].ParaphrasedIn, c.ref)
	}
	for i := range out {
		slices.SortFunc(out[i].ParaphrasedIn, func(a, b SentenceRef) int {
			if a.Article != b.Article {
				return a.Article - b.Article
			}
			return a.Sentence - b.Sentence
		})
	}
}

// quoteID derives a quote's id from its article's label and its words, so
// it survives re-running and edits elsewhere in the article.
func quoteID(label, text string) string {
	h := sha256.Sum256([]byte(label + "\x00" + normalizeText(text)))
	return "q" + hex.EncodeToString(h[:])[:10]
}

// sentenceAt returns the index of the sentence holding byte offset pos, or -1.
func sentenceAt(sents []Sentence, pos int) int {
	i, _ := slices.BinarySearchFunc(sents, pos, func(s Sentence, p int) int {
		switch {
		case s.End <= p:
			return -1
		case s.Start > p:
			return 1
		}
		return 0
	})
	if i < len(sents) && sents[i].Start <= pos && pos < sents[i].End {
		return i
	}
	return -1
}

// differentSpeakers reports whether two speakers, both known, are not the
// same person: neither name ends with the other's last word ("Trump" and
// "Donald Trump" are one person; "Alibaba" and "Alibaba Group" one company).
// A speaker described by whose voice they are ("Reid's rep") may be the one
// another article names ("Jack Ketsoyan"): it differs from no plain name;
// nor does one known only by description ("a police spokeswoman").
func differentSpeakers(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if ownersPerson(a, b) || ownersPerson(b, a) {
		return true
	}
	if quote.Describes(a) && !possessive(b) || quote.Describes(b) && !possessive(a) {
		return false
	}
	if quote.Described(a) != quote.Described(b) {
		// "a fire officer" may be the "Peter Guest" another outlet names.
		return false
	}
	if quote.Describes(a) && quote.Describes(b) {
		// "Obama's spokesman" and "Romney's spokesman": the owners tell.
		a, b = a[:strings.LastIndexByte(a, ' ')], b[:strings.LastIndexByte(b, ' ')]
	}
	fa, fb := speakerWords(a), speakerWords(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	return !slices.Contains(fb, fa[len(fa)-1]) && !slices.Contains(fa, fb[len(fb)-1])
}

// ownersPerson reports whether desc names a person by whose they are and
// name is that owner: "Ana Costa's lawyer" and "Ana Costa" are two people,
// the client and her lawyer, though the lawyer may be anyone else named.
// An owner's office or campaign speaks for the owner and is not meant.
func ownersPerson(desc, name string) bool {
	if !quote.Describes(desc) || possessive(name) {
		return false
	}
	i := strings.LastIndexByte(desc, ' ') // Describes: a voice noun after the owner
	fo, fn := speakerWords(desc[:i]), speakerWords(name)
	return len(fo) > 0 && len(fn) > 0 && fo[len(fo)-1] == fn[len(fn)-1]
}

// possessive reports whether a speaker is named by whose they are.
func possessive(s string) bool { return strings.Contains(s, "'s ") || strings.Contains(s, "’s ") }

// speakerWords returns a speaker's words in lower case with possessives
// dropped, so that "Harry Reid's office" and "Harry Reid" share "reid".
func speakerWords(s string) []string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		f[i] = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	return f
}

// paraphrases finds sentences of other articles that may carry a quote's
// words without quotation marks, in articles that do not quote it: among
// the quote's sentence's group mates and nearest counterparts, those that
// name the speaker and either hold most of the quote's content words or
// are similar to the quote's sentence.
func paraphrases(r *Report, ix ledgerIndex, qi int, q Quote, raw quote.Quote) []paraphraseCand {
	// A candidate must name the speaker: with no name to look for (a quote
	// nobody is credited with), none can.
	name := speakerName(q.Speaker)
	if name == "" {
		return nil
	}
	quotedIn := make([]int, 0, len(q.Matches)) // the articles that quote it: few
	for _, m := range q.Matches {
		quotedIn = append(quotedIn, ix.articleOf[m.Quote])
	}
	s := r.Articles[q.Article].Sentences[q.Sentence]
	var cands []SentenceRef
	if s.Group != nil {
		for _, m := range ix.groups[*s.Group].Members {
			if m.Article != q.Article {
				for _, si := range m.Sentences {
					cands = append(cands, SentenceRef{m.Article, si})
				}
			}
		}
	}
	members := len(cands)
	for _, n := range s.Nearest { // one per article: no repeats among them
		if !slices.Contains(cands[:members], SentenceRef{n.Article, n.Sentence}) {
			cands = append(cands, SentenceRef{n.Article, n.Sentence})
		}
	}
	var out []paraphraseCand
	var words *quote.Paraphraser // the quote's words, once a candidate needs them
	paraphrased := func(text string) bool {
		if words == nil {
			p := quote.NewParaphraser(raw)
			words = &p
		}
		return words.Paraphrases(text)
	}
	shares := func(text string) int {
		if words == nil {
			p := quote.NewParaphraser(raw)
			words = &p
		}
		return words.SharedOwn(text)
	}
	for _, c := range cands {
		if slices.Contains(quotedIn, c.Article) || ix.quoted[c] {
			continue
		}
		text := r.Articles[c.Article].Sentences[c.Sentence].Text
		if !quote.ContainsWord(text, name) {
			continue // "ObamaCare" names no Obama
		}
		// A similar sentence must still carry the quote's own words, two
		// of them, or one when it is very similar: one about the speaker
		// that shares only the story's vocabulary ("calls for Karamanlis
		// to quit" for his "a steady hand on the helm") or the names the
		// quote mentions ("the Republican Party") is no paraphrase.
		if sim := nearSim(s, c); sim >= paraphraseSim && shares(text) >= 2 ||
			sim >= 2*paraphraseSim && shares(text) >= 1 || paraphrased(text) {
			out = append(out, paraphraseCand{qi, c, sim})
		}
	}
	return out
}

// ledgerIndex holds the lookups the paraphrase search makes for every
// quote, built once: with hundreds of articles, scanning the quote list or
// the groups each time made it quadratic.
type ledgerIndex struct {
	articleOf map[string]int       // quote id -> its article
	quoted    map[SentenceRef]bool // sentences holding a quote
	groups    map[string]*Group    // group id -> group
}

func newLedgerIndex(r *Report, qs []Quote) ledgerIndex {
	ix := ledgerIndex{articleOf: map[string]int{}, quoted: map[SentenceRef]bool{}, groups: map[string]*Group{}}
	for _, q := range qs {
		ix.articleOf[q.ID] = q.Article
		ix.quoted[SentenceRef{q.Article, q.Sentence}] = true
	}
	for i := range r.Groups {
		ix.groups[r.Groups[i].ID] = &r.Groups[i]
	}
	return ix
}

// paraphraseSim is the sentence similarity at which a sentence that names
// a quote's speaker, with no quotation of its own, is taken to report the
// quote in its own words ("Araujo said the terminal would be the largest
// investment in the port in a generation").
const paraphraseSim = 0.3

// speakerName is the speaker's last name, which a sentence reporting the
// quote in its own words mentions; "" for no speaker. It is found once per
// quote, not once per candidate sentence.
func speakerName(speaker string) string {
	f := strings.Fields(speaker)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// nearSim is the similarity of s's nearest counterpart c, or 0. Nearest
// holds at most one sentence per article, in article order.
func nearSim(s Sentence, c SentenceRef) float64 {
	i, found := slices.BinarySearchFunc(s.Nearest, c.Article, func(n Nearest, a int) int { return n.Article - a })
	if found && s.Nearest[i].Sentence == c.Sentence {
		return s.Nearest[i].Similarity
	}
	return 0
}

// markSpliced finds quotes that join separate pieces with an ellipsis
// ("Brackwater has waited ... today the waterfront delivered") and relates
// each piece's source in another article as spliced: the pairwise index
// sees only one piece at a time and calls it truncated, or misses it.
func markSpliced(qs []Quote) {
	var norm []string // each quote's normalised text, made once, when first needed
	for i := range qs {
		// An ellipsis is "…" or three periods: most quotes have neither,
		// and need no regular expression.
		if t := qs[i].Text; !strings.Contains(t, "…") && strings.Count(t, ".") < 3 {
			continue
		}
		parts := ellipsis.Split(qs[i].Text, -1)
		if len(parts) < 2 {
			continue
		}
		for _, part := range parts {
			p := normalizeText(strings.Trim(part, " ,.;:"))
			if len(strings.Fields(p)) < minSplicePart {
				continue
			}
			if norm == nil {
				norm = make([]string, len(qs))
				for j, q := range qs {
					norm[j] = normalizeText(q.Text)
				}
			}
			for j := range qs {
				if qs[j].Article == qs[i].Article || !strings.Contains(norm[j], p) {
					continue
				}
				setRelation(&qs[i], qs[j].ID, string(quote.Spliced), differentSpeakers(qs[i].Speaker, qs[j].Speaker), qs[i].Text, qs[j].Text)
				setRelation(&qs[j], qs[i].ID, string(quote.Spliced), differentSpeakers(qs[i].Speaker, qs[j].Speaker), qs[j].Text, qs[i].Text)
			}
		}
	}
}

// minSplicePart is the fewest words a piece of a spliced quote must have
// to be looked for elsewhere: shorter pieces occur by chance.
const minSplicePart = 3

var ellipsis = regexp.MustCompile(`\s*(?:\.\s?\.\s?\.|…)\s*`)

// setRelation records (or corrects) q's match with the quote other.
func setRelation(q *Quote, other, rel string, otherSpeaker bool, from, to string) {
	for k := range q.Matches {
		if q.Matches[k].Quote == other {
			q.Matches[k].Relation = rel
			return
		}
	}
	q.Matches = append(q.Matches, QuoteMatch{Quote: other, Relation: rel, OtherSpeaker: otherSpeaker, Diff: WordDiff(from, to)})
}
