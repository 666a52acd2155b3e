package quote

import (
	"sort"
	"strings"
)

// A pronoun or a role noun ("he", "the senator") is resolved first to the
// subject of its own sentence, then to a person named earlier in that
// sentence, then to the subjects of the sentences before it, and only then
// to the nearest earlier person: in news prose the one a paragraph is about
// is its subjects' referent, not the last name mentioned ("Trump took to
// Twitter to accuse Clinton's campaign ... what he called"). A title or a
// first name that tells a person's sex keeps "she" from a man, and so does
// a pronoun that stood for them before (pronoun.go).

// subjectLookback is how many sentences before a pronoun's own are searched
// for a subject before falling back to the nearest mention.
const subjectLookback = 3

// unsetSubject marks a sentence whose subject is not yet read.
const unsetSubject = -2

// findSubjects prepares the per-sentence subjects, read on first use by
// subjectOf: most sentences never need theirs.
func (d *doc) findSubjects() {
	d.subj = make([]int, len(d.sents))
	d.desc = map[int][2]int{}
	for k := range d.subj {
		d.subj[k] = unsetSubject
	}
}

// subjectOf returns the mention the subject of sentence k names (a name
// opening the sentence, or a pronoun opening it, resolved), or -1.
func (d *doc) subjectOf(k int) int {
	if k < 0 || k >= len(d.subj) {
		return -1
	}
	if d.subj[k] != unsetSubject {
		return d.subj[k]
	}
	d.subj[k] = -1 // while reading: a pronoun here must not resolve to itself
	sn := d.sents[k]
	lo, hi := d.tokAt(sn.Start), d.tokAt(sn.End)
	i := lo
	for i < hi && (!d.toks[i].word || d.toks[i].quoted) {
		i++
	}
	i = d.skipLabel(i, hi) // "WASHINGTON —", "Updated:"
	if i < hi && !d.inRun(i) && !pronouns.has(d.word(i)) && !determiners.has(d.word(i)) {
		if c := d.commaIn(i, min(hi, i+12)); c > 0 {
			i = c + 1
			// `Speaking on "Fox News Sunday," Sen. Jim DeMint`: the
			// comma may stand inside a quotation's marks.
			for i < hi && (!d.toks[i].word || d.toks[i].quoted) {
				i++
			}
		}
	}
	if i >= hi {
		return -1
	}
	if d.word(i) == "the" && i+1 < hi && d.toks[i+1].word && !d.toks[i+1].upper {
		// "The chief justice also asked Mr. Sellers …": a role noun
		// subject stands for the person the article gave the role, who
		// is what the sentence is about, not the one named after it.
		d.subj[k] = d.roleSubject(i, hi)
		return d.subj[k]
	}
	if w := d.word(i); w == "he" || w == "she" {
		sx := male
		if w == "she" {
			sx = female
		}
		if m, ok := d.resolvePerson(d.toks[i].s, sx); ok {
			d.subj[k] = m
		}
		return d.subj[k]
	}
	if to, ok := d.runAfter(i, hi); ok {
		if p, owned := d.ownerOpens(i, to, hi); owned {
			// "Grimm's lawyer, William McGinley, said ...": the subject is
			// the lawyer, named after the comma or not at all; Grimm is not.
			if s, ok := d.nameAfterOwned(i, p+2, hi); ok {
				d.subj[k] = d.mentionAt(s.ss)
			} else {
				d.desc[k] = [2]int{i, p + 2} // "Costa's lawyer said": a speaker known by description
			}
			return d.subj[k]
		}
		if s := d.named(i, to); s.name != "" {
			d.subj[k] = d.mentionAt(s.ss)
		}
	}
	return d.subj[k]
}

// ownerOpens reports whether the name run [i, to) holds a possessive that
// owns a person ("Grimm's lawyer", "Michael Grimm's attorney"), and where
// the possessive is.
func (d *doc) ownerOpens(i, to, hi int) (int, bool) {
	for p := i; p <= to && p+1 < hi; p++ {
		if d.toks[p].word && d.isPossessive(p) {
			return p, d.ownedRole(i, p+2)
		}
	}
	return 0, false
}

// mentionAt returns the index of the mention starting at pos, or -1.
func (d *doc) mentionAt(pos int) int {
	i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= pos })
	if i < len(d.ments) && d.ments[i].s == pos {
		return i
	}
	return -1
}

// findPerson finds the person a pronoun or role noun at pos stands for
// by the rules above, short of the nearest person named (resolvePerson);
// sx is the sex the pronoun tells, anySex for a role noun.
func (d *doc) findPerson(pos int, sx sex) (int, bool) {
	fits := d.personFits(pos, sx)
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > pos })
	end := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= pos })
	// "Clinton says she appreciated Machado's courage": the pronoun's
	// own sentence's subject comes first.
	if k < len(d.sents) && d.subj != nil && fits(d.subjectOf(k)) {
		return d.subjectOf(k), true
	}
	// "…, Tobin Hale, issued a statement refuting what he described as":
	// a person named before the pronoun in its own sentence (salient
	// below) comes before the sentence before.
	if k < len(d.sents) && d.subj != nil && sx != anySex && k > 0 && !d.personIn(k, fits, end) {
		// "…, according to her publicist, Jack Ketsoyan. \"…,\" he said":
		// when the sentence before has no subject of the pronoun's sex, a
		// man or woman it names, as the pronoun tells, comes before a
		// subject of unknown sex further back.
		sub := d.subjectOf(k - 1)
		if sub >= 0 && fits(sub) && d.toldSex(sub, pos) == anySex && !d.reported(sub) && d.speaks(sub, d.tokAt(d.sents[k-1].End)) {
			// "Frank praised Cowan in a statement. \"…,\" he said": the
			// one who spoke there goes on, though no word told his sex,
			// before a man the sentence names as its object.
			return sub, true
		}
		if sub < 0 || d.toldSex(sub, pos) != sx {
			// "… that Mr. Santorum described what he called the \"phony
			// theology\" of Mr. Obama's agenda. \n\n \"…,\" he said": the
			// one quoted in that sentence goes on speaking, not the last
			// man it names.
			if m := d.quotedIn(d.sents[k-1], end); fits(m) && d.toldSex(m, pos) == sx {
				return m, true
			}
			if m := d.cueSpeakerIn(k-1, sub, pos, fits, end); m >= 0 {
				return m, true
			}
			for i := end - 1; i >= 0 && d.ments[i].s >= d.sents[k-1].Start; i-- {
				if fits(i) && d.toldSex(i, pos) == sx && !d.reported(i) {
					return i, true
				}
			}
			if m := d.unnamedSubjectPerson(k-1, sub, pos, sx, fits, end); m >= 0 {
				return m, true
			}
		}
	}
	return d.salient(pos, sx, fits, end, k)
}

// personFits reports whether a mention may be the person a pronoun or
// role noun at pos stands for: a person named before it, of the sex the
// pronoun tells when their sex is known at pos.
func (d *doc) personFits(pos int, sx sex) func(int) bool {
	skip := d.interrupted(pos)
	return func(i int) bool {
		if i < 0 || d.ments[i].s >= pos || i == skip {
			return false
		}
		ms := d.toldSex(i, pos)
		return d.ments[i].kind == person && (sx == anySex || ms == anySex || ms == sx)
	}
}

// interrupted is the mention of the person a parenthetical cue at pos
// interrupts ("Saying President Obama, he said, was …", "Of Obama, he
// said, …"): the name just before its comma is in the words reported,
// never the one who said them. -1 when the pronoun at pos opens no such
// cue.
func (d *doc) interrupted(pos int) int {
	t := d.tokAt(pos)
	if t < 2 || t+2 >= len(d.toks) || d.punct(t-1) != "," || !speechVerbs.has(d.word(t+1)) || d.toks[t+1].upper || d.punct(t+2) != "," {
		return -1
	}
	if m := d.mentionOver(d.toks[t-2].s); m >= 0 && d.ments[m].e == d.toks[t-2].e {
		return m
	}
	return -1
}

// salientPerson finds the person a role noun at pos may stand for among
// those its passage is about, as resolvePerson does before it falls back
// to the nearest person named.
func (d *doc) salientPerson(pos int) (int, bool) {
	fits := func(i int) bool {
		return i >= 0 && d.ments[i].s < pos && d.ments[i].kind == person
	}
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > pos })
	end := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= pos })
	return d.salient(pos, anySex, fits, end, k)
}

// salient searches the subjects of sentence k and the ones before it, and
// the persons named in sentence k, for a mention that fits.
func (d *doc) salient(pos int, sx sex, fits func(int) bool, end, k int) (int, bool) {
	if k < len(d.sents) && d.subj != nil {
		if fits(d.subjectOf(k)) {
			return d.subjectOf(k), true
		}
		// "When King hired O'Brien, he had called him …": the subject of
		// a clause before the pronoun, then the person named last.
		for i := end - 1; i >= 0 && d.ments[i].s >= d.sents[k].Start; i-- {
			if fits(i) && !d.reported(i) && d.inSubjectPlace(i) {
				return i, true
			}
		}
		for i := end - 1; i >= 0 && d.ments[i].s >= d.sents[k].Start; i-- {
			if fits(i) && !d.reported(i) {
				return i, true
			}
		}
		for j := k - 1; j >= 0 && j >= k-subjectLookback; j-- {
			if fits(d.subjectOf(j)) {
				return d.subjectOf(j), true
			}
			if j == k-1 && sx != anySex {
				if m := d.lastSpeaker(pos, end); fits(m) {
					return m, true
				}
			}
		}
	}
	return -1, false
}

// reported reports whether mention m stands in the clause a verb of
// saying reports ("he said Obama's heavy borrowing ...", "DeMint ... said
// Steele must apologize"): it is what was said, so a pronoun after it
// stands for the one who said it, not for it. The verb is a finite one
// with a word before it and a word after it: in `"...," said Steele` and
// `..., said Shanduke McPhatter` the name after the verb is the speaker,
// and in `"...?" she said, but ... Trump went on` nothing is reported. The
// clause ends at a comma, a dash, a colon or a semicolon.
func (d *doc) reported(m int) bool {
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > d.ments[m].s })
	if k >= len(d.sents) {
		return false
	}
	lo, at := d.tokAt(d.sents[k].Start), d.tokAt(d.ments[m].s)
	in := false
	for i := lo; i < at; i++ {
		t := d.toks[i]
		if !t.word {
			switch d.punct(i) {
			case ",", ";", ":", "–", "—", "--", "(":
				in = false
			}
			continue
		}
		if !t.quoted && !t.upper && i > lo && i+1 < len(d.toks) && d.toks[i+1].word &&
			reportVerbs.has(d.word(i)) && !strings.HasSuffix(d.word(i), "ing") && d.hasSubject(k, i) {
			in = true
		}
	}
	return in
}

// hasSubject reports whether the verb at token v of sentence k has its
// subject before it: a word just before it that is not a quotation's or a
// passive's ("is charged with"), or, after a comma, the sentence's subject
// ("Aparna Mathur, who studies tax policy, said").
func (d *doc) hasSubject(k, v int) bool {
	p := v - 1
	if d.toks[p].word {
		w := d.word(p)
		return !d.toks[p].quoted && !(auxiliaries.has(w) && w != "has" && w != "have" && w != "had")
	}
	if d.punct(p) != "," {
		return false
	}
	sub := d.subjectOf(k)
	return sub >= 0 && d.ments[sub].s < d.toks[v].s
}

// describedBefore is the speaker known only by description ("Costa's
// lawyer") who opens the sentence before the one at pos without a name,
// when a pronoun of sex sx may stand for them: "Costa's lawyer said ... \n\n
// \"...,\" he said" is the lawyer's, not Costa's. The owner's person is
// the subject; the owner is not. A kin noun that tells a sex must fit.
func (d *doc) describedBefore(pos int, sx sex) (string, bool) {
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > pos })
	if d.subj == nil || k <= 0 || k >= len(d.sents) || d.subjectOf(k-1) >= 0 {
		return "", false
	}
	span, ok := d.desc[k-1]
	if !ok {
		return "", false
	}
	from, to := span[0], span[1]
	if ks := kinSex[d.word(to-1)]; ks != anySex && ks != sx {
		return "", false
	}
	return d.spanText(from, to), true
}

// kinSex is the sex a kin noun tells.
var kinSex = map[string]sex{"husband": male, "son": male, "father": male, "brother": male, "nephew": male,
	"uncle": male, "widower": male, "wife": female, "daughter": female, "mother": female, "sister": female,
	"niece": female, "aunt": female, "widow": female}

// spoken is a quotation read with a named speaker: where it opens, the
// paragraph it ends in, and the speaker.
type spoken struct {
	at, para int
	name     string
}

// lastSpeaker is the mention of the speaker of the last quotation before
// pos, when that quotation is in pos's paragraph or the one before (a
// speaker's words run on over short paragraphs; further back the text
// has moved on), else -1. end is the first mention at or after pos.
// "... O'Neill said ... \"Who has ever called a man 'The King of
// Rage'?\" \n\n \"...,\" she said": she is O'Neill, though Bachmann was
// the subject of the sentences before.
func (d *doc) lastSpeaker(pos, end int) int {
	i := len(d.spoke) - 1
	for i >= 0 && d.spoke[i].at >= pos {
		i--
	}
	if i < 0 {
		return -1
	}
	sp := d.spoke[i]
	if p := d.paraIndex(pos); p < 0 || p-sp.para > 1 {
		return -1
	}
	for m := end - 1; m >= 0 && d.ments[m].s > sp.at-400; m-- {
		if d.ments[m].kind == person && d.ments[m].name == sp.name {
			return m
		}
	}
	return -1
}

// quotedIn is the mention of the speaker of the last quotation opening in
// sentence sn (mentions before end), or -1.
func (d *doc) quotedIn(sn Span, end int) int {
	i := len(d.spoke) - 1
	for i >= 0 && d.spoke[i].at >= sn.End {
		i--
	}
	if i < 0 || d.spoke[i].at < sn.Start {
		return -1
	}
	for m := end - 1; m >= 0 && d.ments[m].s > d.spoke[i].at-400; m-- {
		if d.ments[m].kind == person && d.ments[m].name == d.spoke[i].name {
			return m
		}
	}
	return -1
}

// paraIndex is the index of the paragraph holding pos, or -1.
func (d *doc) paraIndex(pos int) int {
	i := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].End > pos })
	if i < len(d.paras) && d.paras[i].Start <= pos {
		return i
	}
	return -1
}

// otherInSentence reports whether the sentence of mention m names the role
// noun as someone else, before pos: "Sian Llewellyn-Jones said ... and
// demanded the mayor apologize" makes the mayor who speaks later another
// person than her. An appositive ("Ana Costa, the mayor,") is the same one.
func (d *doc) otherInSentence(m int, noun string, pos int) bool {
	k := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > d.ments[m].s })
	if k >= len(d.sents) {
		return false
	}
	end := min(d.sents[k].End, pos)
	if end <= d.ments[m].e {
		return false
	}
	rest := strings.ToLower(d.text[d.ments[m].e:end])
	for off := 0; ; {
		i := strings.Index(rest[off:], "the "+noun)
		if i < 0 {
			return false
		}
		i += off
		after := i + len("the "+noun)
		whole := after == len(rest) || !isWordByte(rest[after])
		if whole && i > 0 && !isWordByte(rest[i-1]) && strings.TrimSpace(rest[:i]) != "," {
			return true
		}
		off = after
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80
}

// titledBefore finds the nearest person before pos whom the article, before
// pos, gave the role noun by a title or an appositive (rolegiven.go).
func (d *doc) titledBefore(pos int, noun string) (int, bool) {
	keys := keysOf(noun)
	plural := strings.HasSuffix(noun, "s") && !strings.HasSuffix(noun, "ss")
	titled := map[string]bool{}
	for _, m := range d.ments {
		if m.s >= pos {
			break
		}
		if m.kind == person && !titled[m.name] && d.givesRole(m, keys, plural) {
			titled[m.name] = true
		}
	}
	if len(titled) > 0 {
		end := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= pos })
		for i := end - 1; i >= 0; i-- {
			if d.ments[i].kind == person && titled[d.ments[i].name] {
				return i, true
			}
		}
	}
	return -1, false
}

// roleKeys are the title words that name a role noun's holder.
var roleKeys = map[string][]string{
	"senator":        {"senator", "sen."},
	"governor":       {"governor", "gov."},
	"congressman":    {"congressman", "rep.", "representative"},
	"congresswoman":  {"congresswoman", "rep.", "representative"},
	"representative": {"representative", "rep."},
	"lawmaker":       {"lawmaker", "rep.", "sen.", "senator", "representative", "congressman", "congresswoman", "del."},
	"general":        {"general", "gen."},
	"professor":      {"professor", "prof."},
	"doctor":         {"doctor", "dr."},
	"reverend":       {"reverend", "rev."},
	"councillor":     {"councillor", "councilor", "cllr."},
	"councilor":      {"councilor", "councillor", "cllr."},
}
