package quote

import "strings"

// A letter signed by many speaks for all of them: after "all 42 members of
// the caucus are sending the letter to Leader Harry Reid", a "they wrote"
// or "the senators wrote" is the letter's writers, not the one person it
// names (the letter's addressee). The rule is narrow on purpose: "they"
// stands for people or bodies in many other ways, and reading it as the
// last plural subject cost PolNeAR speaker accuracy.

// groupReach is how many sentences before a "they" are searched for the
// group's document.
const groupReach = 3

// groupWriters finds the group that made a document named in the sentence
// of token i or the groupReach before it (a paragraph on what the letter
// demands may stand between): the plural subject of a verb that makes a
// document ("sending the letter", "signed a letter"). noun, when not "",
// must be the group's head noun ("the senators"). The speaker is the group
// as the article describes it.
func (d *doc) groupWriters(i int, noun string) (string, bool) {
	lo := d.tokAt(d.sents[max(d.sentIndex(d.toks[i].s)-groupReach, 0)].Start)
	for k := i - 1; k >= lo; k-- {
		if d.toks[k].quoted || d.toks[k].upper || !docNouns.has(d.word(k)) {
			continue
		}
		v := k - 1
		for v >= lo && v >= k-4 && !authorVerb(d.word(v)) {
			v--
		}
		if v < lo || v < k-4 || d.toks[v].upper {
			continue
		}
		sn := d.sentenceAt(d.toks[v].s)
		from := d.skipOpening(d.skipLabel(d.tokAt(sn.Start), v), v)
		e := d.skipBack(from, v-1)
		if e < from || e-from > 8 || !d.groupPhrase(from, e, noun) {
			return "", false
		}
		return lowerFirst(d.spanText(from, e+1)), true
	}
	return "", false
}

// groupPhrase reports whether tokens [from, e] are a plain noun phrase
// (words only, no quotation) whose head is a plural noun of people or of
// party members: "all 42 members of the caucus", "twelve senators".
func (d *doc) groupPhrase(from, e int, noun string) bool {
	head := false
	for k := from; k <= e; k++ {
		t := d.toks[k]
		if !t.word || t.quoted || pronouns.has(d.word(k)) || speechVerbs.has(d.word(k)) {
			return false
		}
		if w := d.word(k); !head && pluralGroup(w) && (noun == "" || w == noun) {
			head = true
		}
	}
	return head
}

// pluralGroup reports whether w is a plural noun of people: "members",
// "senators", "lawmakers", "republicans".
func pluralGroup(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	return peopleNoun(w) || roleNoun(strings.TrimSuffix(w, "s")) || w == "republicans" || w == "democrats"
}
