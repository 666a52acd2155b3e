package quote

// A counted plural of people ("the two lawmakers", "both men", "the three
// senators") speaks as the people the passage just named: after "Sen. Ann
// Lee met Sen. Tom Hale", "the two lawmakers said" is Ann Lee and Tom
// Hale, with the words the article used for them as their role. Only a
// count the names fill exactly is read so: two names before "the three
// senators", or three before "both men", leave the description as it is.

// countedPeople reads a counted plural of people opening at token i,
// before hi, and the people it stands for. ok is false when token i opens
// none or the passage before names no such count of people.
func (d *doc) countedPeople(i, hi int) (subject, bool) {
	h, n := d.countedHead(i, hi)
	if n == 0 {
		return subject{}, false
	}
	names, ok := d.namedBefore(d.toks[i].s, n)
	if !ok {
		return subject{}, false
	}
	desc := lowerFirst(d.spanText(i, h+1))
	return subject{from: i, to: h + 1, name: joinNames(names), role: desc, ss: d.toks[i].s, se: d.toks[h].e}, true
}

// countedBefore reads a counted plural of people ending at token i, no
// earlier than lo: `"…," the two lawmakers said`.
func (d *doc) countedBefore(lo, i int) (subject, bool) {
	if !d.peopleNounAt(i) {
		return subject{}, false // no head here: spare the six countedHead calls
	}
	from := -1
	for j := i; j >= lo && j >= i-5; j-- {
		if h, n := d.countedHead(j, i+1); n > 0 && h == i {
			from = j // the earliest: "the" before "two"
		}
	}
	if from < 0 {
		return subject{}, false
	}
	return d.countedPeople(from, i+1)
}

// countedHead returns the head of a counted plural of people opening at
// token i ("the two lawmakers", "both men", "the two Vela senators") and
// the count, or 0 when there is none: an optional "the", "these" or
// "those", a count ("two", "both", "three"), up to two modifiers and a
// plural noun of people in lower case.
func (d *doc) countedHead(i, hi int) (int, int) {
	if i < hi && (d.isWord(i, "the") || d.isWord(i, "these") || d.isWord(i, "those")) {
		i++
	}
	if i >= hi || !d.toks[i].word || d.toks[i].quoted {
		return 0, 0
	}
	n := 0
	switch d.word(i) {
	case "two", "both":
		n = 2
	case "three":
		n = 3
	default:
		return 0, 0
	}
	for h := i + 1; h < hi && h <= i+3 && d.toks[h].word && !d.toks[h].quoted; h++ {
		w := d.word(h)
		if d.peopleNounAt(h) {
			return h, n
		}
		if functionWords.has(w) && !d.pluralModifier(h) {
			break
		}
	}
	return 0, 0
}

// peopleNounAt reports whether token h is a plural noun of people in
// lower case ("lawmakers", "men"): the head of a counted plural.
func (d *doc) peopleNounAt(h int) bool {
	w := d.word(h)
	return w != "" && !d.toks[h].upper && (pluralGroup(w) || w == "men" || w == "women")
}

// namedBefore returns the n people named in the sentences before pos (its
// own, up to pos, and the groupReach before it), nearest first sentence by
// sentence and in their order of mention, or false when those sentences
// name fewer, or the sentence that completes the count names more.
func (d *doc) namedBefore(pos, n int) ([]string, bool) {
	var names []string
	seen := map[string]bool{}
	k0 := d.sentIndex(pos)
	for k := k0; k >= 0 && k >= k0-groupReach; k-- {
		lo, hi := d.sents[k].Start, min(d.sents[k].End, pos)
		var in []string
		for m := d.mentionBefore(lo) + 1; m < len(d.ments) && d.ments[m].s < hi; m++ {
			mt := d.ments[m]
			if mt.kind != person || seen[mt.name] || d.toks[d.tokAt(mt.s)].quoted {
				continue
			}
			seen[mt.name] = true
			in = append(in, mt.name)
		}
		names = append(in, names...)
		if len(names) >= n {
			return names, len(names) == n
		}
	}
	return nil, false
}
