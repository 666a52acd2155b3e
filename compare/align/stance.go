package align

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Stances: one actor criticising or accusing another.
//
// Outlets give the background of a story in sentences of their own
// wording, and one such sentence is where one actor stands toward another:
// "Trump has called for high tariffs on trade with China, accused the
// country of stealing jobs from Americans" and, in another outlet, "The
// celebrity businessman has blamed China for fabricating climate change
// and eating America's lunch". They share the two names and little else
// (similarity 0.39, one uncommon word), so no rule of shared words links
// them, and the first links instead with a lede that names both actors.
// What they share is who does what to whom: the same agent (named, or a
// described reference such as "the celebrity businessman" standing for the
// previous sentence's subject), a verb of criticism or accusation, and the
// same target (named, or "the country" standing for a name said before
// the verb).
//
// Two sentences of articles of one event that say the same agent
// criticises or accuses the same target link when neither has a better
// partner by shared words in the other's article (stanceLinks): this
// evidence says which sentence is the other's counterpart where shared
// words cannot, and only there. The
// names and the verb class are the evidence, so the floor of shared
// uncommon words (evidence.go) does not bind them; the headline rule
// (headlineToBody) does.
//
// The verbs are those whose most frequent sense in WordNet 3.0 lies under
// "criticize" (knock, criticize, criticise, pick apart: find fault with)
// or "charge, accuse" (blame for, make a claim of wrongdoing against), in
// one word (TestStanceVerbsAreWordNets checks the list). Taking only a
// verb's most frequent sense keeps "attack", "charge", "blast", "file" and
// the like out: in news they are mostly assaults, prices and paperwork.
// WordNet 3.0 Copyright 2006 by Princeton University, under the WordNet
// licence (see compare/textsim/rarity_table.go).
var stanceVerbs = []string{
	"accurse", "accuse", "anathematise", "anathematize", "asperse", "badmouth",
	"barrage", "belittle", "berate", "besmirch", "blame", "calumniate",
	"castigate", "censure", "chasten", "chastise", "chide", "comminate",
	"condemn", "criminate", "criticise", "criticize", "decry", "defame",
	"denigrate", "denounce", "deplore", "depreciate", "derogate", "disparage",
	"excoriate", "fault", "fulminate", "indict", "libel", "malign", "nitpick",
	"objurgate", "rebuke", "recriminate", "reprehend", "reprimand", "reproach",
	"reproof", "reprove", "revile", "rubbish", "scald", "scold", "slander",
	"traduce", "upbraid", "vilify", "vilipend", "vituperate",
}

// stanceForms maps each inflected form of a stance verb to the verb; built
// on first use, not at start-up.
var stanceForms = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, v := range stanceVerbs {
		for _, f := range inflect(v) {
			m[f] = v
		}
	}
	return m
})

// mentionsStance reports whether text has a word that is a form of a
// stance verb, without allocating: most sentences have none, and need no
// closer reading.
func mentionsStance(text string) bool {
	forms := stanceForms()
	var buf [24]byte
	n := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] >= 'a' && text[i] <= 'z' {
			if n < len(buf) {
				buf[n] = text[i]
			}
			n++
			continue
		}
		if n >= 5 && n <= len(buf) && forms[string(buf[:n])] != "" {
			return true
		}
		n = 0
	}
	return false
}

// inflect returns a verb's regular forms: the verb, -s, -ed, -ing.
func inflect(v string) []string {
	forms := []string{v}
	switch {
	case strings.HasSuffix(v, "e"):
		forms = append(forms, v+"s", v+"d", v[:len(v)-1]+"ing")
	case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
		forms = append(forms, v[:len(v)-1]+"ies", v[:len(v)-1]+"ied", v+"ing")
	case strings.HasSuffix(v, "h") || strings.HasSuffix(v, "s"):
		forms = append(forms, v+"es", v+"ed", v+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
	}
	return forms
}

// stance is one actor criticising or accusing another: each is the
// folded last word of a name ("trump", "china").
type stance struct{ agent, target string }

// word is one word of a sentence as stances reads it.
type word struct {
	text  string // without a possessive 's
	lower string
	name  bool // capitalised (see words)
	apart bool // punctuation comes before it: a name does not run on past it
}

// notNames open sentences without naming anyone.
var notNames = map[string]bool{"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true}

// pronounSubjects open a sentence whose subject is the previous one's.
var pronounSubjects = map[string]bool{"he": true, "she": true}

// notActive words before a stance verb make it no act of the sentence's
// subject: a passive ("was blamed") or a noun ("the blame").
var notActive = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true,
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "no": true,
}

// clauseOpeners between a subject and a verb open a clause with a subject
// of its own ("Trump said Clinton…", "Trump, who…").
var clauseOpeners = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "that": true,
	"who": true, "which": true, "whom": true, "claimed": true, "believes": true, "thinks": true,
}

// negated reports whether a "not" or "never" comes just before word i.
func negated(ws []word, i int) bool {
	for k := max(0, i-2); k < i; k++ {
		if l := ws[k].lower; l == "not" || l == "never" || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t") {
			return true
		}
	}
	return false
}

// anaphors are the nouns that, after "the", stand for a country or an
// organisation named earlier in the sentence ("accused the country").
var anaphors = map[string]bool{
	"country": true, "nation": true, "government": true, "administration": true, "regime": true,
	"company": true, "firm": true, "state": true,
}

// words splits a sentence into words. A capitalised word is a name,
// except the sentence's first word when caps says the article writes it
// nowhere capitalised inside a sentence.
func words(text string, caps func(string) bool) []word {
	var out []word
	gap := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			gap = gap || !unicode.IsSpace(r)
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' && r != '.' {
				break
			}
			if r == '.' && (j+n >= len(text) || !unicode.IsLetter(rune(text[j+n]))) {
				break // a full stop, not an initialism's dot ("U.S.")
			}
			j += n
		}
		if j < len(text) && text[j] == '.' && (strings.Contains(text[i:j], ".") || j-i <= 3 && unicode.IsUpper(r)) {
			j++ // "U.S.", "E.", "Sen.": the dot is the word's
		}
		w := strings.TrimSuffix(text[i:j], ".")
		for _, s := range []string{"'s", "’s", "'", "’"} {
			w = strings.TrimSuffix(w, s)
		}
		first, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		name := unicode.IsUpper(first)
		if len(out) == 0 {
			name = name && !notNames[lw] && caps(w)
		}
		out = append(out, word{text: w, lower: lw, name: name, apart: gap})
		gap = false
		i = j
	}
	return out
}

// capsInside reports whether article a writes w, capitalised, inside a
// sentence (after a space, not first).
func capsInside(a Article, w string) bool {
	for _, s := range a.Sentences {
		for i := 0; ; {
			j := strings.Index(s.Text[i:], w)
			if j < 0 {
				break
			}
			at, end := i+j, i+j+len(w)
			if at > 0 && s.Text[at-1] == ' ' && strings.TrimSpace(s.Text[:at]) != "" && (end == len(s.Text) || !isLetter(s.Text[end:])) {
				return true
			}
			i = end
		}
	}
	return false
}

// isLetter reports whether text opens with a letter.
func isLetter(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLetter(r)
}

// nameAt returns the folded last word of the name starting at words[i],
// and the index after it; "" when words[i] is no name.
func nameAt(ws []word, i int) (string, int) {
	if i >= len(ws) || !ws[i].name {
		return "", i
	}
	j := i + 1
	for j < len(ws) && ws[j].name && !ws[j].apart {
		j++
	}
	return ws[j-1].lower, j
}

// stancesOf returns what sentence text says one actor does to another with
// a stance verb, and the name the sentence opens with. prevSubject is the
// name the sentence before it in its paragraph opens with, for a sentence
// whose subject is a described reference ("The celebrity businessman has
// blamed…") or a pronoun.
func stancesOf(text, prevSubject string, caps func(string) bool) (out []stance, subject string) {
	ws := words(text, caps)
	subject, after := nameAt(ws, 0)
	described := false
	if subject == "" && len(ws) > 0 {
		switch {
		case pronounSubjects[ws[0].lower]:
			subject, after, described = prevSubject, 1, true
		case ws[0].lower == "the":
			// "The celebrity businessman", "the president-elect": a few
			// lower-case words, then the verb.
			j := 1
			for j < len(ws) && j <= 3 && !ws[j].name && !ws[j].apart && stanceForms()[ws[j].lower] == "" {
				j++
			}
			if j > 1 && j < len(ws) && !ws[j].name {
				subject, after, described = prevSubject, j, true
			}
		}
	}
	if subject == "" {
		return nil, ""
	}
	for i := after; i < len(ws); i++ {
		if clauseOpeners[ws[i].lower] {
			break
		}
		if described && i-after > 2 {
			break // a described subject's verb follows it closely
		}
		if stanceForms()[ws[i].lower] == "" || ws[i].name || notActive[ws[i-1].lower] || negated(ws, i) || strings.HasSuffix(ws[i].lower, "ing") {
			continue // a participle ("tweets criticizing X") has a subject of its own
		}
		target := ""
		if t, _ := nameAt(ws, i+1); t != "" {
			target = t
		} else if i+2 < len(ws) && ws[i+1].lower == "the" && anaphors[ws[i+2].lower] {
			// "accused the country": the last name before the verb, other
			// than the subject.
			for k := i - 1; k >= after; k-- {
				if n, _ := nameAt(ws, k); n != "" && n != subject && (k == after || !ws[k-1].name || ws[k].apart) {
					target = n
					break
				}
			}
		}
		if target != "" && target != subject {
			out = append(out, stance{agent: subject, target: target})
		}
	}
	if described {
		subject = ""
	}
	return out, subject
}

// stanceSets returns each sentence's stances, by gid, and, for a
// sentence whose agent is the previous sentence's subject (a described
// reference or a pronoun), that previous sentence when it names the
// target too: "Trump has been nothing short of confrontational about
// China. The celebrity businessman has blamed China…" tells one stance in
// two sentences.
func (e *engine) stanceSets() ([][]stance, map[int]int) {
	e.stanceScans++
	out := make([][]stance, len(e.art))
	openers := map[int]int{}
	for ai, a := range e.articles {
		caps := func(w string) bool { return capsInside(a, w) }
		for si, s := range a.Sentences {
			g := e.gids[ai][si]
			if g < 0 || !mentionsStance(s.Text) {
				continue
			}
			prev := ""
			if si > 0 && a.Sentences[si-1].Paragraph == s.Paragraph {
				_, prev = stancesOf(a.Sentences[si-1].Text, "", caps)
			}
			st, own := stancesOf(s.Text, prev, caps)
			out[g] = st
			if p := e.gids[ai][max(si-1, 0)]; len(st) > 0 && own == "" && prev != "" && p >= 0 && names(a.Sentences[si-1].Text, st[0].target, caps) {
				openers[g] = p
			}
		}
	}
	return out, openers
}

// names reports whether text names target (a folded last word of a name).
func names(text, target string, caps func(string) bool) bool {
	return slices.ContainsFunc(words(text, caps), func(w word) bool { return w.name && w.lower == target })
}

// joinStanceOpeners reads a stance sentence that is its article's member of
// a group, and the sentence before it that opens the same stance (see
// stanceSets), as one member, when that sentence is in no group and the
// group is the stance's: another article's member states the same stance.
// A stance sentence may group by shared words with a sentence on another
// matter, and the opener is no part of that.
func (e *engine) joinStanceOpeners() {
	if len(e.openers) == 0 {
		return
	}
	gs := make([]int, 0, len(e.openers))
	for g := range e.openers {
		gs = append(gs, g)
	}
	slices.Sort(gs)
	sets := e.stances // addStancePairs found them with the openers
	stanceGroup := func(g, c int) bool {
		for _, h := range e.clusters[c] {
			if h < len(sets) && e.art[h] != e.art[g] && slices.ContainsFunc(sets[h], func(s stance) bool { return slices.Contains(sets[g], s) }) {
				return true
			}
		}
		return false
	}
	for _, g := range gs {
		p, c := e.openers[g], e.of[g]
		if c < 0 || e.of[p] >= 0 || e.memberIn[clusterArticle{c, int(e.art[g])}] != g || len(e.partsIn(c, int(e.art[g]), g)) > 1 || !stanceGroup(g, c) {
			continue
		}
		e.add(c, p, true)
	}
}

// addStancePairs makes every two sentences of articles of one event that
// share a stance a candidate pair, and returns which pairs share one.
func (e *engine) addStancePairs() []bool {
	if e.noStances {
		return nil
	}
	sets, openers := e.stanceSets()
	e.stances, e.openers = sets, openers
	by := map[stance][]int32{}
	for g, st := range sets {
		for _, s := range st {
			if l := by[s]; len(l) == 0 || l[len(l)-1] != int32(g) {
				by[s] = append(l, int32(g))
			}
		}
	}
	var extra []pair
	for _, gs := range by {
		for i, x := range gs {
			// Bounded as candidates are: a stance every one of hundreds
			// of articles repeats must not make the work quadratic.
			for _, y := range gs[i+1 : min(len(gs), i+1+maxCandidates)] {
				if e.art[x] != e.art[y] && e.sameEvent(x, y) && !e.isPoor(int(x)) && !e.isPoor(int(y)) && !e.headlineToBody(int(x), int(y)) && !e.headlineToBody(int(y), int(x)) {
					extra = append(extra, pair{a: min(x, y), b: max(x, y)})
				}
			}
		}
	}
	if len(extra) == 0 {
		return nil
	}
	// The map's order is random; the pairs' is not.
	slices.SortFunc(extra, func(x, y pair) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	extra = slices.Compact(extra)
	e.addPairs(extra)
	out := make([]bool, len(e.pairs))
	for _, p := range extra {
		adj := e.adj[p.a]
		i, _ := slices.BinarySearchFunc(adj, p.b, func(pi int32, t int32) int { return int(e.other(pi, int(p.a)) - t) })
		out[adj[i]] = true
	}
	return out
}

// Tiers in which cluster takes its links (stanceLinks).
const (
	tierWords  int8 = iota // links of shared words, and leads' links
	tierStance             // a stance alone
	tierYield              // a lead's link that yields to its stance
)

// stanceLinks decides which stance pairs link, given which pairs link by
// shared words, and returns the tier of every pair for cluster's order, or
// nil when no pair shares a stance.
//
// A stance is weak evidence: in campaign copy one actor accuses another
// many times, of different things ("Mr. Obama accused Mr. Romney of
// hiding his tax returns", "Mr. Obama also criticized Mr. Romney over his
// record at Bain Capital"). So a pair that links by shared words is taken
// by its similarity, like any other, stance or not; a pair that links by
// its stance alone links only when neither sentence has a link of shared
// words into the other's article (a better partner), and is taken after
// every link of shared words. It is taken before the leads' links (events.go)
// of its two sentences into each other's articles: a lead that names both
// actors is weaker evidence than who does what to whom, which is how the
// seed pair's "accused the country of stealing jobs" finds "has blamed
// China for fabricating climate change" rather than the other outlet's
// lede.
func (e *engine) stanceLinks(stanced, words []bool) []int8 {
	if stanced == nil {
		return nil
	}
	tier := make([]int8, len(e.pairs))
	// better reports whether g links by shared words with a sentence of
	// article a other than through pair i.
	better := func(g int32, a int32, i int) bool {
		for _, pi := range e.adj[g] {
			if int(pi) != i && words[pi] && e.art[e.other(pi, int(g))] == a {
				return true
			}
		}
		return false
	}
	type end struct{ g, art int32 }
	yield := map[end]bool{}
	for i, p := range e.pairs {
		if !stanced[i] || words[i] || better(p.a, e.art[p.b], i) || better(p.b, e.art[p.a], i) {
			continue
		}
		e.link[i] = true
		tier[i] = tierStance
		yield[end{p.a, e.art[p.b]}] = true
		yield[end{p.b, e.art[p.a]}] = true
	}
	for i, p := range e.pairs {
		if e.link[i] && !words[i] && tier[i] != tierStance && (yield[end{p.a, e.art[p.b]}] || yield[end{p.b, e.art[p.a]}]) {
			tier[i] = tierYield
		}
	}
	return tier
}
