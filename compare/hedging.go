package compare

import (
	"strings"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/internal/senses"
	"github.com/storydiff/storydiff/compare/textsim"
)

// Hedging contrasts are kept apart from FramingDiffers: the divergence rule
// is fitted on BASIL, which marks loaded wording and not hedging, so hedges
// stay out of it and its figure keeps measuring what it measures. A hedge
// contrast is reported on its own, by a rule built for precision (read on
// ECB+ and BASIL: 23 of 33 flagged groups right; see docs/report.md):
//
//   - only the outlet's hedges count: a group's Framing already leaves out
//     the words inside quotation marks, which are the speaker's;
//   - "may", "might" and "could" count before "have" or "be" ("may have
//     fled", "could be"), not before another verb, where they are as often
//     permission or ability ("visitors may enter", "he could see"), nor in
//     a conditional sentence ("might be alive if…"), before "have to", or
//     as "could be seen"; "perhaps"/"possibly" not before "the" ("perhaps
//     the most memorable": a judgement hedged, not the fact); "likely" as
//     an adverb or before "to", not as an adjective ("likely voters");
//     "suspected" after an article or "be" ("the suspected gunman"), not
//     as a past verb ("police suspected arson"); "suspect" after its
//     subject ("investigators suspect arson"), a suspicion put on others,
//     hearsay;
//   - the hedge must be about the fact the members share: at least half of
//     the content words of the predicate it governs (up to a clause break
//     or a word opening another clause) are in the other member;
//   - the other member must state the fact flatly: no hedge of any kind in
//     its sentences, its speakers' and scare quotes included, and no word
//     of doubt the lexicon leaves out ("it appears", "allegations",
//     "whether"); one that names a source or a report ("police said", "the
//     Times reports") is no flat statement against hearsay ("reportedly",
//     "according to sources").
//
// Two members that both hedge the fact, one as hearsay and the other as
// uncertain ("reportedly" against "may have"), hedge it differently.
//
// A hedge in reported speech ("officials said the move is unlikely to…")
// is the speaker's as one in quotation marks is, and does not count
// (reportedHedge); see TestPolnearHedgeSpeakers for what it leaves.

// HedgeDiff is how one member hedges a group's fact: the hedges as
// written, or none (the member states the fact flatly).
type HedgeDiff struct {
	Article int      `json:"article"`
	Hedges  []string `json:"hedges"`
}

// hearsay hedges put the claim on unnamed others; the rest say the writer
// is unsure of it.
var hearsay = map[string]bool{
	"reportedly": true, "allegedly": true, "purportedly": true, "supposedly": true,
	"is said to": true, "according to sources": true, "alleged": true,
	"purported": true, "suspected": true, "unconfirmed": true, "unverified": true,
	"so-called": true, "suspect": true, // "investigators suspect arson": their suspicion
}

// hedgeClass is "hearsay" or "uncertain".
func hedgeClass(lemma string) string {
	if hearsay[strings.ToLower(lemma)] {
		return "hearsay"
	}
	return "uncertain"
}

// memberHedge is one hedge a member uses, with the stems of the clause it
// governs.
type memberHedge struct {
	text, class string
	scope       map[string]bool
	head        string // the stem nearest the hedge in its scope: what it hedges
	headWord    string // that word as written, lower-cased
}

// markHedging fills each group's HedgingDiffers.
func markHedging(r *Report) {
	for gi := range r.Groups {
		g := &r.Groups[gi]
		g.HedgingDiffers = hedgingDiffers(r.Articles, *g)
	}
}

// hedgingDiffers returns, for a group whose members hedge the shared fact
// differently, each member in such a contrast with its hedges ([] for a
// member that states the fact without one); [] otherwise.
func hedgingDiffers(articles []Article, g Group) []HedgeDiff {
	out := []HedgeDiff{}
	if len(g.Members) < 2 {
		return out
	}
	hedges := make([][]memberHedge, len(g.Members))
	stems := make([]map[string]bool, len(g.Members))
	words := make([][]string, len(g.Members))
	sourced := make([]bool, len(g.Members))
	flat := make([]bool, len(g.Members))
	hedged := false
	for mi, m := range g.Members {
		if m.Article < 0 || m.Article >= len(articles) {
			return out
		}
		text := articles[m.Article].Text
		for _, mk := range g.Framing {
			if mk.Article != m.Article || mk.Quoted {
				continue
			}
			if mk.Kind == string(framing.Attribution) {
				sourced[mi] = true
			}
			if mk.Kind == string(framing.Hedge) && hearsay[strings.ToLower(mk.Lemma)] {
				sourced[mi] = true // "the reported offers"
			}
			if mk.Kind != string(framing.Hedge) || mk.Category != framing.CatHedge || mk.Negated {
				continue
			}
			if mk.Start < 0 || mk.End > len(text) || mk.Start > mk.End || !epistemic(text, mk) || reportedHedge(articles[m.Article], mk) {
				continue
			}
			word := text[mk.Start:mk.End]
			switch next := wordAfter(text, mk.End); strings.ToLower(mk.Lemma) {
			case "may", "might", "could":
				if next == "have" || next == "be" {
					word += " " + next // "may have": the modal alone reads as permission
				}
			}
			scope, head, headWord := clauseStems(text, mk)
			hedges[mi] = append(hedges[mi], memberHedge{text: word, class: hedgeClass(mk.Lemma), scope: scope, head: head, headWord: headWord})
			hedged = true
		}
	}
	if !hedged {
		return out // most groups: no member hedges, nothing more to read
	}
	for mi, m := range g.Members {
		mt := safeMemberText(articles[m.Article], m)
		stems[mi] = contentStems(mt)
		flat[mi] = !anyHedge(articles[m.Article], m) && !hasAny(mt, doubtWords)
		sourced[mi] = sourced[mi] || namesReport(mt)
	}
	in := make([]bool, len(g.Members))
	for a := range g.Members {
		for b := range g.Members {
			if a == b || g.Members[a].Article == g.Members[b].Article {
				continue
			}
			wordsOf := func() []string { // read only when a hedged word is not b's as written
				if words[b] == nil {
					words[b] = textsim.Tokens(safeMemberText(articles[g.Members[b].Article], g.Members[b]))
				}
				return words[b]
			}
			if contrasts(hedges[a], hedges[b], stems[b], wordsOf, sourced[b], flat[b]) {
				in[a], in[b] = true, true
			}
		}
	}
	for mi, m := range g.Members {
		if !in[mi] {
			continue
		}
		words := []string{}
		for _, h := range hedges[mi] {
			if !containsFold(words, h.text) {
				words = append(words, h.text)
			}
		}
		out = append(out, HedgeDiff{Article: m.Article, Hedges: words})
	}
	return out
}

// contrasts reports whether a member hedges, about the fact member b
// carries (stems), in a way b does not: b is flat (no hedge of any kind,
// its speakers' included) and does not name a source for hearsay, or b's
// hedges are all of another class. What is hedged (the head of the
// hedged clause) must be in b too, as written or by a word of its sense
// (senses.Related): "allegedly hit another car" against "sideswiped a
// parked vehicle", "reportedly bid $160 million" against "offered".
func contrasts(a, b []memberHedge, stems map[string]bool, words func() []string, bSourced, bFlat bool) bool {
	for _, h := range a {
		if !about(h.scope, stems) || !stems[h.head] && !senseIn(h.headWord, words()) {
			// "has caught fire" against "arson is suspected in the
			// burning of the church": the shared words are not what is
			// hedged.
			continue
		}
		if len(b) == 0 {
			if !bFlat || h.class == "hearsay" && bSourced {
				continue
			}
			return true
		}
		same := false
		for _, o := range b {
			same = same || o.class == h.class
		}
		if !same && h.class == "hearsay" {
			// One member puts it on others, the other is unsure of it;
			// listed once, from the hearsay side.
			return true
		}
	}
	return false
}

// senseIn reports whether a word of words shares a sense with w, or
// names a kind of it or what it is a kind of (WordNet's verbs and
// adjectives): one outlet's "hit" is another's "sideswiped".
func senseIn(w string, words []string) bool {
	if w == "" || functionWords[w] {
		return false
	}
	for _, x := range words {
		if len(x) >= 3 && !functionWords[x] && senses.Related(w, x) {
			return true
		}
	}
	return false
}

// namesReport reports whether text puts a fact on a report or a guess
// ("THR is reporting", "the Los Angeles Times reports", "the newspaper
// speculates"): such a version is sourced, no flat statement.
func namesReport(text string) bool {
	for _, w := range textsim.Tokens(text) {
		if reportWords[w] {
			return true
		}
	}
	return false
}

var reportWords = map[string]bool{
	"report": true, "reports": true, "reported": true, "reporting": true,
	"speculates": true, "speculated": true, "speculation": true, "rumored": true, "rumoured": true,
}

// doubtWords say, in words the hedge lexicon does not hold, that a version
// is unsure of its fact ("where it appears she called", "police
// allegations that", "whether he plans to"): such a version states nothing
// flatly. They count against flatness only, so they may be broad.
var doubtWords = map[string]bool{
	"appear": true, "appears": true, "appeared": true, "seem": true, "seems": true, "seemed": true,
	"whether": true, "allegation": true, "allegations": true, "unclear": true, "uncertain": true,
	"believe": true, "believes": true, "believed": true, "suspect": true, "suspects": true,
	"suspicious": true, "suggest": true, "suggests": true, "suggested": true, "possible": true,
	"possibility": true, "probable": true, "expected": true, "speculates": true, "speculated": true,
	"rumored": true, "rumoured": true, "reportedly": true, "allegedly": true, "perhaps": true,
	"maybe": true, "might": true, "may": true, "could": true, "likely": true,
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// HedgingNote says how the group's members hedge its fact, for the
// readers: `Fox “reportedly” · NYT states it`, each article named by
// label; "" when they hedge alike.
func (g Group) HedgingNote(label func(article int) string) string {
	var parts []string
	for _, d := range g.HedgingDiffers {
		if len(d.Hedges) == 0 {
			parts = append(parts, label(d.Article)+" states it")
			continue
		}
		parts = append(parts, label(d.Article)+" “"+strings.Join(d.Hedges, "”, “")+"”")
	}
	return strings.Join(parts, " · ")
}

// hasAny reports whether text holds one of words.
func hasAny(text string, words map[string]bool) bool {
	for _, w := range textsim.Tokens(text) {
		if words[w] {
			return true
		}
	}
	return false
}

// safeMemberText is memberText for a report read from a file, whose
// sentence indexes may be out of range: those are left out.
func safeMemberText(a Article, m Member) string {
	var parts []string
	for _, s := range m.Sentences {
		if s >= 0 && s < len(a.Sentences) {
			parts = append(parts, a.Sentences[s].Text)
		}
	}
	return strings.Join(parts, " ")
}
