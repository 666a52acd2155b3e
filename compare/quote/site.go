package quote

import "strings"

// siteBefore reads a web site or blog named just before token i as the
// subject: "A blogger on the Web site Freedom's Lighthouse said" is the
// site's, and its name is whole, possessive and all, not the person
// "Lighthouse, Freedom's"; what stands before the site's noun ("a blogger
// on") is the role.
func (d *doc) siteBefore(lo, i int) (subject, bool) {
	from := i
	for from >= lo && d.toks[from].word && d.toks[from].upper && !d.toks[from].quoted && i-from < 6 {
		from--
	}
	if from == i || from < lo || !siteNoun(d.word(from)) || d.toks[from].upper {
		return subject{}, false
	}
	s := subject{from: from + 1, to: i + 1, name: d.spanText(from+1, i+1), ss: d.toks[from+1].s, se: d.toks[i].e}
	// The role: the noun phrase the site's noun ends, back to its
	// article ("A blogger on the Web site").
	k := from - 1
	if k >= lo && d.word(k) == "web" {
		k--
	}
	for j := k; j >= lo && k-j < 8 && d.toks[j].word && !d.toks[j].quoted; j-- {
		if determiners.has(d.word(j)) && (j == lo || !d.toks[j-1].word) {
			s.from, s.role = j, d.spanText(j, from+1)
			if d.toks[j].upper {
				s.role = strings.ToLower(s.role[:1]) + s.role[1:] // "A blogger" opening the sentence
			}
			break
		}
		if clauseWords.has(d.word(j)) || d.isVerb(j) {
			break
		}
	}
	return s, true
}

// siteAfter reads the same subject after its verb, from the article at
// token i: `"…," said a blogger on the Web site Freedom's Lighthouse` is the
// site's too, with "a blogger on the Web site" its role, as when the
// subject comes first.
func (d *doc) siteAfter(i, hi int) (subject, bool) {
	if w := d.word(i); w != "a" && w != "an" && w != "the" {
		return subject{}, false
	}
	for j := i + 1; j < hi && j < i+8 && d.toks[j].word && !d.toks[j].quoted; j++ {
		w := d.word(j)
		if !siteNoun(w) || d.toks[j].upper {
			if (d.toks[j].upper && w != "web") || clauseWords.has(w) || d.isVerb(j) {
				return subject{}, false
			}
			continue
		}
		e := j + 1
		for e < hi && e-j <= 6 && d.toks[e].word && d.toks[e].upper && !d.toks[e].quoted {
			e++
		}
		if e == j+1 {
			return subject{}, false // "said a spokesman for the site"
		}
		return subject{from: i, to: e, name: d.spanText(j+1, e), role: d.spanText(i, j+1), ss: d.toks[j+1].s, se: d.toks[e-1].e}, true
	}
	return subject{}, false
}

// siteNoun is a web publication whose name follows it: "the Web site
// Freedom's Lighthouse", "the blog Hot Air".
func siteNoun(w string) bool {
	switch w {
	case "site", "website", "blog", "weblog", "newsletter", "podcast", "forum", "webzine":
		return true
	}
	return false
}
