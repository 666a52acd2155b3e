package quote

import "strings"

// Appositives set a role beside a name: "X, the port's director, said",
// "Another critic, Laurence H. Tribe, likened", "Scott's niece, state Del.
// Marcia Price, shouted".

// appositiveBefore reads `X, the port's director, said`: i is the comma
// before the verb v. The name may carry a parenthesis and stand before two
// appositives ("Scott Pruitt, the attorney general of Oklahoma, one of the
// states suing, said").
func (d *doc) appositiveBefore(lo, i, v int) (subject, bool) {
	commas := 0
	for j := i - 1; j >= lo && i-j <= 40; j-- {
		if d.toks[j].quoted && d.embeddedTitle(j) {
			continue // "who earned a nomination for his work in "Revolutionary Road," said"
		}
		if d.toks[j].quoted || d.isStop(j) {
			break
		}
		if d.punct(j) != "," || d.placeComma(j) || d.placeClose(j) && j != i {
			continue // "Lee, of Dunmore, Vt., said": the place's commas
		}
		// "Another critic, Laurence H. Tribe, likened": the name stands
		// between the commas, its role before them.
		if commas == 0 && j+1 < i && j > lo && !d.partyTag(d.skipLead(j+1, i)) {
			// (Not "Sen. John McCain, R-Ariz., said": a party tag is no
			// name.)
			if to, ok := d.runAfter(d.skipLead(j+1, i), i); ok && d.skipParen(lo, i-1) == to-1 || ok && to == i {
				ps := d.phraseStart(lo, j)
				if s := d.named(d.skipLead(j+1, i), to); s.name != "" && (!d.allRun(ps, j) || d.ownedRole(ps, j) || d.roleOnly(ps, j)) && d.roleBefore(lo, j) {
					rs := ps
					if w := d.word(rs); rs+1 < j && (w == "and" || w == "or") {
						rs++ // "X's lawyer, Ann Lee, and Y's lawyer, Tom Hale, said": the second role
					}
					s.role = strings.Join(strings.Fields(d.spanText(rs, j)+" "+d.spanText(j+1, d.skipLead(j+1, i))+" "+s.role), " ")
					s.from, s.to = ps, v
					return s, true
				}
			}
		}
		end := d.skipParen(lo, j-1)
		if end >= lo && pronouns.has(d.word(end)) {
			return d.pronounSubject(end), true
		}
		if from, ok := d.runBefore(lo, end); ok && (!prepositions.has(d.word(from-1)) || peopleNouns.has(d.word(from-2))) {
			if s := d.named(from, end+1); s.name != "" && !(s.role != "" && !d.toks[from].upper && commas == 0) {
				// (Not "the executive director of the Ferry Riders Group,
				// a trade group, said": a role in lower case, the first of
				// two appositives; the name stands before it.)
				if e := d.roleEnd(j+1, i); s.role == "" && d.roleLike(j+1, e) {
					s.role = d.spanText(j+1, e)
				}
				s.to = v
				return s, true
			}
		}
		if commas++; commas == 2 {
			break
		}
	}
	return subject{}, false
}

// embeddedTitle reports whether quoted token j belongs to a short
// quotation in title case inside the clause: a work's title, not words
// said.
func (d *doc) embeddedTitle(j int) bool {
	from, to := j, j
	for from > 0 && d.toks[from-1].quoted {
		from--
	}
	for to+1 < len(d.toks) && d.toks[to+1].quoted {
		to++
	}
	if to-from > 6 {
		return false
	}
	for k := from; k <= to; k++ {
		if d.toks[k].word && !d.toks[k].upper && !capStops.has(d.word(k)) {
			return false
		}
	}
	return true
}

// phraseStart returns the first token of the phrase ending before token j:
// back to a stop, a comma or a quotation.
func (d *doc) phraseStart(lo, j int) int {
	k := j
	for k > lo && !d.toks[k-1].quoted && !d.isStop(k-1) && d.punct(k-1) != "," && d.punct(k-1) != ":" {
		k--
	}
	return k
}

// ownedRole reports whether tokens [from, to) are someone's role, a
// possessive and the role noun after it: "Grimm's lawyer", "Mr. Jackson's
// attorney", which a name follows as an appositive ("Grimm's lawyer,
// William McGinley, said").
func (d *doc) ownedRole(from, to int) bool {
	if to-from < 2 || !d.isPossessive(to-2) {
		return false
	}
	w := d.word(to - 1)
	return personNouns.has(w) || kinNouns.has(w) || spokes.has(w) || speaksFor(w)
}

// allRun reports whether tokens [from, to) are all name or role words:
// "Senate Majority Leader Mitch McConnell", which an appositive follows
// rather than precedes.
func (d *doc) allRun(from, to int) bool {
	for k := from; k < to; k++ {
		if !d.inRun(k) && !connectors.has(d.word(k)) {
			return false
		}
	}
	return true
}

// roleOnly reports whether tokens [from, to) are a role without a name,
// opened by an article: "the mayor", "the Mayor". Before an appositive
// name ("the mayor, Tom Reed, said") the name is the speaker; a run that
// holds a name ("Senate Majority Leader Mitch McConnell, the X, said") is
// the speaker itself.
func (d *doc) roleOnly(from, to int) bool {
	if w := d.word(from); w != "the" && w != "a" && w != "an" {
		return false
	}
	title := false
	for k := from + 1; k < to; k++ {
		switch {
		case d.isTitle(k):
			title = true
		case d.isName(k) || d.isPossessive(k) || !connectors.has(d.word(k)) && !honorifics.has(d.word(k)):
			return false
		}
	}
	return title
}

// roleBefore reports whether the phrase ending before the comma at token j
// reads as a role a name may follow: "Another critic", "Scott's niece",
// "His former business partner at Lenox".
func (d *doc) roleBefore(lo, j int) bool {
	k := d.phraseStart(lo, j)
	if k >= j || j-k > 12 {
		return false // ("The vice president of the ferry workers' union, Elias Varn,": 10)
	}
	for m := k; m < j; m++ {
		if w := d.word(m); personNouns.has(w) || titles.has(w) || spokes.has(w) || kinNouns.has(w) {
			return true
		}
	}
	// "Another major conservative figure, Dan Senor, told": a noun
	// phrase in lower case after an article, before a person's full name.
	switch d.word(k) {
	case "a", "an", "another", "one":
	default:
		return false
	}
	for m := k + 1; m < j; m++ {
		if !d.toks[m].word || d.toks[m].upper || d.toks[m].quoted || d.isVerb(m) || functionWords.has(d.word(m)) {
			return false
		}
	}
	m := d.mentionAt(d.toks[min(j+1, len(d.toks)-1)].s)
	return k+1 < j && m >= 0 && d.ments[m].kind == person && strings.IndexByte(d.ments[m].name, ' ') > 0
}

// roleEnd returns where the role in the appositive [from, to) ends: at a
// comma, or before "and", "who", "which" or "that" when it runs long ("the
// harbor authority's chief engineer and a veteran of three projects", "a
// rowing club on the river that has long opposed new bridges"). Cut at
// its length limit, it does not end on a preposition or an article
// ("...reductions in").
func (d *doc) roleEnd(from, to int) int {
	if k := d.commaIn(from, to); k > 0 {
		to = k
	}
	if to-from <= 12 {
		return to
	}
	for k := from + 1; k < to; k++ {
		if w := d.word(k); w == "and" || w == "who" || w == "which" || w == "whose" || w == "that" {
			return k
		}
	}
	e := from + 12
	for e > from+1 && (prepositions.has(d.word(e-1)) || connectors.has(d.word(e-1)) || d.word(e-1) == "a" || d.word(e-1) == "an" || d.word(e-1) == "the") {
		e--
	}
	return e
}

// appositiveAcross reads `Peter Guest, Assistant Chief Fire Officer at
// Surrey Fire and Rescue Service says`: the name run [from, i] before the
// verb v is the object of a preposition in a role set beside a name before
// a comma, and the name is the speaker. "and" may join the object's words
// ("Fire and Rescue Service").
func (d *doc) appositiveAcross(lo, from, i, v int) (subject, bool) {
	k := from - 1
	for k > lo && d.word(k) == "and" {
		f, ok := d.runBefore(lo, k-1)
		if !ok {
			break
		}
		k = f - 1
	}
	if k <= lo || !prepositions.has(d.word(k)) {
		return subject{}, false
	}
	for c := k - 1; c > lo && k-c <= 8; c-- {
		if d.toks[c].quoted || d.isStop(c) {
			break
		}
		if d.punct(c) != "," {
			continue
		}
		f, ok := d.runBefore(lo, c-1)
		if !ok {
			break
		}
		s := d.named(f, c)
		if s.name == "" || s.role != "" || !d.roleLike(c+1, i+1) {
			break
		}
		if m := d.mentionAt(s.ss); m < 0 || d.ments[m].kind != person {
			break
		}
		s.role, s.to = d.spanText(c+1, i+1), v
		return s, true
	}
	return subject{}, false
}
