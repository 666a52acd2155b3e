package compare

import (
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/quote"
)

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
	// "O’Neill" and "O'Neill" are one name in two typographies.
	f := strings.Fields(strings.ReplaceAll(strings.ToLower(s), "’", "'"))
	for i, w := range f {
		f[i] = strings.TrimSuffix(w, "'s")
	}
	return f
}

// speakerFromOutlets gives a quotation of three words or more that its
// article gives no one the speaker the other outlets give the identical
// words, when they agree on one (a name, and a description or another
// form of it: "Mark Roesler", "Roesler"): a lede's or a headline's
// unattributed words are someone's in the stories that quote them whole.
// The role is the other article's to tell, so it stays empty.
func speakerFromOutlets(out []Quote, byID map[string]int) {
	for i := range out {
		q := &out[i]
		if q.Speaker != "" || quote.Length(q.Text) < 3 {
			continue
		}
		var names []string
		for _, m := range q.Matches {
			if o, ok := byID[m.Quote]; ok && m.Relation == string(quote.Identical) && out[o].Article != q.Article && out[o].Speaker != "" {
				names = append(names, out[o].Speaker)
			}
		}
		if name, ok := agreedSpeaker(names); ok {
			q.Speaker = name
		}
	}
}

// agreedSpeaker returns the speaker the names agree on, its fullest plain
// form: every other a form of the same name (oneSpeaker) or a description
// no name tells apart from it.
func agreedSpeaker(names []string) (string, bool) {
	best := ""
	for _, n := range names {
		if quote.Describes(n) || quote.Described(n) {
			continue
		}
		if len(speakerWords(n)) > len(speakerWords(best)) {
			best = n
		}
	}
	if best == "" {
		return "", false
	}
	for _, n := range names {
		if n == best || oneSpeaker(best, n) {
			continue
		}
		if differentSpeakers(best, n) || !quote.Describes(n) && !quote.Described(n) {
			return "", false
		}
	}
	return best, true
}
