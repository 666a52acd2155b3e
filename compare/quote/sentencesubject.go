package quote

import (
	"strings"

	"github.com/storydiff/storydiff/compare/internal/spelling"
)

// sentenceSubject reads the subject that opens the sentence at token lo,
// after a quotation it may open with and an opening phrase closed by a
// comma ("On Monday, Clinton ...", "Giving a speech in Toledo, Clinton
// ..."): a name, a pronoun or a noun phrase ("The Republican nominee").
func (d *doc) sentenceSubject(lo, v int) (subject, bool) {
	i := lo
	for i < v && (!d.toks[i].word || d.toks[i].quoted) {
		i++
	}
	i = d.skipOpening(d.skipLabel(i, v), v)
	if i >= v {
		return subject{}, false
	}
	if pronouns.has(d.word(i)) {
		return d.pronounSubject(i), true
	}
	if s, ok := d.countedPeople(i, v); ok {
		return s, true // "The two lawmakers said": the pair just named (counted.go)
	}
	if to, ok := d.runAfter(i, v); ok && to+1 < v && d.isPossessive(to) {
		// "Ivana Trump's brief said ... and dismissed": the owned thing
		// speaks; "Barack Obama's endorsement of" names no speaker.
		if w := d.word(to + 1); docNouns.has(w) || ownedNouns.has(w) || kinNouns.has(w) || peopleNouns.has(w) || spokes.has(w) {
			nameFrom, _ := d.split(i, to)
			if n, ok := d.nameAfterOwned(nameFrom, to+2, v); ok && nameFrom < to {
				return n, true // "Grimm's lawyer, William McGinley, said"
			}
			if nameFrom < to {
				return subject{from: i, to: to + 2, name: d.spanText(nameFrom, to+2), role: d.spanText(i, nameFrom),
					ss: d.toks[nameFrom].s, se: d.toks[to+1].e}, true
			}
		}
		return subject{}, false
	}
	if to, ok := d.runAfter(i, v); ok {
		if to == i+1 && d.opensSentence(i) {
			if s, ok := d.roleOpening(i, v); ok {
				return s, true // "Beat writer Larry Holder puts it ..., saying"
			}
		}
		if to == i+1 && d.opensSentence(i) && to < v && d.describedPlural(to) {
			// "Conservative websites are crying foul, saying": the sites,
			// not a name "Conservative".
			return d.commonOpening(i, v), true
		}
		if to == i+1 && d.opensSentence(i) && commonWord(d.word(i)) && !d.evidentName(i) {
			// "Small groups of protesters marched, chanting": a common
			// word capitalised for opening the sentence names no one; the
			// verb has a subject, unnamed, or known by what it is.
			return d.commonOpening(i, v), true
		}
		if n, ok := d.nameAfterOwned(i, to, v); ok && d.ownedRole(i, to) {
			return n, true // "Grimm's lawyer, William McGinley, said"
		}
		if s := d.named(i, to); s.name != "" {
			if j := d.joinedAfter(s, to, v); j.name != s.name {
				return j, true // "Mr. Lee and Mr. Ortiz released a statement repeating"
			}
			if to < v && d.punct(to) == "," {
				// "Clinton, the former secretary of State, stressed"
				if e := d.commaIn(to+1, min(v, to+14)); e > 0 && s.role == "" && d.roleLike(to+1, e) {
					s.role = d.spanText(to+1, e)
				}
			}
			return s, true
		}
	}
	if determiners.has(d.word(i)) {
		// "the Security Council issued a statement calling ..."
		// "The AARP pushed back … but acknowledged": a body the article
		// names with an article, its name an acronym or known as a body.
		if to, ok := d.runAfter(i+1, v); ok && (d.hasOrgWord(i+1, to) || d.word(i) == "the" && d.bodyName(i+1, to)) {
			if s := d.named(i+1, to); s.name != "" {
				return s, true
			}
		}
		for j := i + 1; j < v && j < i+6 && d.toks[j].word && !d.toks[j].quoted; j++ {
			if orgNouns.has(d.word(j)) || personNouns.has(d.word(j)) {
				return d.nounBefore(i, d.headNoun(j, v))
			}
			if peopleNoun(d.word(j)) && !d.toks[j].upper && newcomer(d.word(i)) {
				// "a student approached the congressman and asked": an
				// ordinary noun for a person is the subject the verb
				// shares, not the person it approached.
				h := j // "a police officer": the compound's last noun
				for h+1 < v && d.toks[h+1].word && !d.toks[h+1].upper && !d.toks[h+1].quoted && roleNoun(d.word(h+1)) &&
					!skippable.has(d.word(h+1)) && !functionWords.has(d.word(h+1)) {
					h++
				}
				return subject{from: i, to: h + 1, name: lowerFirst(d.spanText(i, h+1)), ss: d.toks[i].s, se: d.toks[h].e}, true
			}
		}
	}
	if s := d.peopleOpening(i, v); s.name != "" {
		return s, true // "Other protesters joined them in pelting police, shouting"
	}
	return subject{}, false
}

// peopleOpening reads a subject opening at token i that names people by
// what they are, in the plural: "other protesters", "the mayor's
// critics". The first word is in lower case or a common word capitalised
// for its place ("Other", not "Republican senators", whom a party's name
// leaves to the name); an appositive after it ("the aides, Ann Lee and
// ...") names them better, and a singular ("the court source") or a
// mass noun ("police") is left to the readings that know them.
func (d *doc) peopleOpening(i, v int) subject {
	if t := d.toks[i]; t.upper && !capStops.has(d.word(i)) && !commonWord(d.word(i)) {
		return subject{}
	}
	s := d.commonOpening(i, v)
	if s.name == "" || s.to >= v || d.punct(s.to) == "," {
		return subject{}
	}
	if w := d.word(s.to - 1); !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return subject{}
	}
	return s
}

// roleOpening reads a sentence that opens with a role in lower case
// before a name, its first word capitalised for opening the sentence (token
// i, a one-word run): "Beat writer Larry Holder", "Club manager Ann Lee".
// The name is the speaker and the words before it its role. The words
// between are one to three, lower case and no function word, and the last
// names someone by what they do (roleNoun).
func (d *doc) roleOpening(i, v int) (subject, bool) {
	j := i + 1
	for j < v && j < i+4 && d.toks[j].word && !d.toks[j].upper && !d.toks[j].quoted && !d.isPossessive(j) {
		w := d.word(j)
		if functionWords.has(w) || capStops.has(w) || clauseWords.has(w) || prepositions.has(w) || pronouns.has(w) ||
			auxiliaries.has(w) || speechVerbs.has(w) || d.adverb(j) {
			return subject{}, false
		}
		j++
	}
	if j == i+1 || j >= v || !roleNoun(d.word(j-1)) || !d.isName(j) || d.paraBreak(j-1) {
		return subject{}, false
	}
	to, ok := d.runAfter(j, v)
	if !ok {
		return subject{}, false
	}
	s := d.named(j, to)
	if s.name == "" || d.hasOrgWord(j, to) {
		return subject{}, false
	}
	role := d.spanText(i, j)
	if !d.evidentName(i) && (commonWord(d.word(i)) || d.lowerElsewhere(i)) {
		role = lowerFirst(role) // "beat writer": capitalised for its place alone
	}
	s.from, s.role = i, strings.TrimSpace(role+" "+s.role)
	return s, true
}

// lowerElsewhere reports whether the word at token i is written in lower
// case somewhere else in the article ("the Saints beat Seattle").
func (d *doc) lowerElsewhere(i int) bool {
	w := d.word(i)
	for k, t := range d.toks {
		if k != i && t.word && !t.upper && d.word(k) == w {
			return true
		}
	}
	return false
}

// roleNoun reports whether the lower-case word w names someone by what
// they do: a title ("editor"), a noun of people ("official"), or an
// agent noun ("writer", "columnist").
func roleNoun(w string) bool {
	if titles.has(w) || peopleNoun(w) || kinNouns.has(w) {
		return true
	}
	for _, suf := range [...]string{"er", "or", "ist", "ian"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// bareSubject reports whether the common word at token i, opening its
// sentence, is a name all the same because it stands alone before a plain
// verb of saying (v): "Target said:", "Apple says", "Shell told Reuters".
// English puts no singular count noun bare before a verb, so a word there
// is a company or a person; plurals and nouns of people ("Critics say",
// "Police said", "Staff said"), words for anyone ("Everyone says") and
// sources that say without being someone ("Research says") are not.
func (d *doc) bareSubject(i, v int) bool {
	w := d.word(i)
	if !sayVerbs.has(d.word(v)) || strings.HasSuffix(d.word(v), "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") ||
		peopleNoun(w) || sourceNouns.has(w) || docNouns.has(w) {
		return false
	}
	switch w {
	case "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "staff", "police",
		"management", "security", "personnel", "research", "science", "history", "evidence", "experience":
		return false
	}
	return true
}

// commonOpening is the subject of a sentence that opens with a common word
// at token i, before v: the words up to a noun of people ("small groups of
// protesters", "several residents"), as a described speaker, or no one.
func (d *doc) commonOpening(i, v int) subject {
	for j := i; j < v && j < i+6; j++ {
		t := d.toks[j]
		if !t.word || t.quoted || t.upper && j > i {
			break
		}
		w := d.word(j)
		if peopleNoun(w) || siteNoun(strings.TrimSuffix(w, "s")) {
			// "Conservative websites are crying foul": sites speak as
			// their writers do.
			return subject{from: i, to: j + 1, name: lowerFirst(d.spanText(i, j+1)), ss: d.toks[i].s, se: t.e}
		}
		if speechVerbs.has(w) || auxiliaries.has(w) || clauseWords.has(w) {
			break // "Few expected the protesters to ..."
		}
	}
	return subject{from: i, to: i + 1, ss: -1, se: -1}
}

// describedPlural reports whether token k is a plural noun in lower case
// that names sites by what they are: "websites", "blogs". (People nouns
// after a party's name, "Republican senators", are left to the name: the
// sweep found them subjects of verbs that govern another's words, "…
// pressure on X to explain his claim that".)
func (d *doc) describedPlural(k int) bool {
	t := d.toks[k]
	w := d.word(k)
	if !t.word || t.upper || t.quoted || !strings.HasSuffix(w, "s") {
		return false
	}
	return siteNoun(strings.TrimSuffix(w, "s"))
}

// peopleNoun reports whether w, singular or plural, names people by what
// they are: "protesters", "residents", "officials", "people".
func peopleNoun(w string) bool {
	if w == "people" {
		return true
	}
	for _, n := range [...]string{w, strings.TrimSuffix(w, "s")} {
		if anonymousNouns.has(n) || personNouns.has(n) || peopleNouns.has(n) || descNouns.has(n) {
			return true
		}
	}
	return false
}

// evidentName reports whether the capitalised word at token i, opening a
// sentence, shows itself a name rather than a word capitalised for where
// it stands: an acronym, a title, a first name, an organisation's word, a
// capital inside it ("FactCheck.org"), the surname of someone named in
// full, a comma or a possessive after it ("Mediaite, in a response, ..."),
// or the same word capitalised elsewhere inside a sentence.
func (d *doc) evidentName(i int) bool {
	t := d.toks[i]
	raw, w := d.text[t.s:t.e], d.word(i)
	switch {
	case spelling.Acronym(raw), titles.has(w), maleNames.has(w), femaleNames.has(w), eitherNames.has(w), orgWords.has(w),
		strings.ContainsAny(raw[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ."), len(d.fullName[raw]) > 0, d.isPossessive(i):
		return true
	case i+1 < len(d.toks) && (d.punct(i+1) == "," || d.punct(i+1) == "("):
		return true
	}
	for k := range d.toks {
		if k != i && d.toks[k].word && d.toks[k].upper && !d.toks[k].quoted && d.word(k) == w && !d.opensSentence(k) &&
			!d.inHeadline(d.toks[k].s) {
			return true
		}
	}
	return false
}

// skipLabel steps over what may open a paragraph before its first
// sentence's subject, from token i before v: a dateline ("WASHINGTON —",
// "NEW YORK, N.Y. --") or a one-word label ("Updated: Rick Santorum on
// Sunday tried ..."), which name no one.
func (d *doc) skipLabel(i, v int) int {
	if i >= v || !d.toks[i].word || d.toks[i].quoted || i > 0 && !d.paraBreak(i-1) {
		return i
	}
	k := i
	for k < v && k < i+6 && (d.toks[k].word && spelling.Acronym(d.text[d.toks[k].s:d.toks[k].e]) ||
		d.punct(k) == "," && k > i || k > i && d.punct(k-1) == "," && d.toks[k].upper && strings.HasSuffix(d.word(k), ".")) {
		k++
	}
	if k > i && k < v && isDash(d.punct(k)) {
		for k < v && (isDash(d.punct(k)) || d.punct(k) == "-") {
			k++
		}
		return k
	}
	if i+2 < v && d.punct(i+1) == ":" && d.toks[i].upper && d.toks[i+2].word && d.toks[i+2].upper {
		if m := d.mentionAt(d.toks[i].s); m < 0 || d.ments[m].kind != person {
			return i + 2
		}
	}
	return i
}

// isDash reports whether p is a dash or a hyphen standing for one.
func isDash(p string) bool {
	switch p {
	case "—", "―", "–", "-", "--":
		return true
	}
	return false
}

// skipOpening steps over an opening phrase closed by a comma ("On July 6,
// 2015,", "Following a swiftly called meeting,", "With Democratic leaders
// increasingly worried about ...,") from token i, before v: a phrase that
// opens with a preposition, an adverb, a participle or a subordinating
// word, not with the subject.
func (d *doc) skipOpening(i, v int) int {
	for n := 0; n < 3 && i < v; n++ {
		w := d.word(i)
		// "Mr." is a capStop (no name by itself) but opens the subject:
		// "Mr. Obama on Wednesday disputed that …, saying".
		opening := capStops.has(w) && !pronouns.has(w) && !determiners.has(w) && !honorifics.has(w) || strings.HasSuffix(w, "ing") ||
			strings.HasSuffix(w, "ly") || prepositions.has(w) || !d.toks[i].upper && !pronouns.has(w) && !determiners.has(w)
		if opening && strings.HasPrefix(w, "then-") && i+1 < v && d.isName(i+1) {
			return i + 1 // "then-Senator Vale used": Vale, the title of then no role now
		}
		if !opening && d.spanOfTime(i) {
			opening = true // "Two years prior, Senator Vale used"
		}
		if !opening && (d.inRun(i) || pronouns.has(w) || determiners.has(w)) {
			return i
		}
		if !strings.HasSuffix(w, "ing") && !clauseWords.has(w) && !prepositions.has(w) && d.peopleOpening(i, v).name != "" {
			return i // "Other protesters joined", "On the quay, dockers chanted": people known by what they are
		}
		c := d.commaIn(i, min(v, i+25))
		if c == 0 {
			return i
		}
		i = c + 1
	}
	return i
}

// labelSubject names the speaker of a transcript label: the person
// mentioned with that surname ("PENCE:" is Mike Pence), or the label.
func (d *doc) labelSubject(l Span) subject {
	label := d.text[l.Start:l.End]
	s := subject{name: titleCase(label), ss: l.Start, se: l.End}
	last := label[strings.LastIndexAny(label, " .")+1:]
	for _, m := range d.ments {
		if m.kind == person && len(m.name) > len(last) && strings.EqualFold(m.name[len(m.name)-len(last):], last) &&
			m.name[len(m.name)-len(last)-1] == ' ' {
			s.name = m.name
			break
		}
	}
	return s
}

// titleCase turns "MR. TRUMP" into "Mr. Trump".
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// bodyName reports whether the run [from, to) names a body: a mention the
// article knows as an organisation, or one word in capitals ("AARP").
func (d *doc) bodyName(from, to int) bool {
	if m := d.mentionAt(d.toks[from].s); m >= 0 && d.ments[m].kind == org {
		return true
	}
	w := d.text[d.toks[from].s:d.toks[from].e]
	return to == from+1 && len(w) >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// spanOfTime reports whether token i counts a span of time before a word
// that places it: "Two years prior", "Three days later".
func (d *doc) spanOfTime(i int) bool {
	switch d.word(i) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several":
	default:
		if !isDigits(d.word(i)) {
			return false
		}
	}
	switch d.word(i + 1) {
	case "years", "months", "weeks", "days", "hours", "decades", "minutes":
	default:
		return false
	}
	switch d.word(i + 2) {
	case "prior", "later", "earlier", "ago", "before", "after", "on":
		return !d.toks[i+1].upper
	}
	return false
}
