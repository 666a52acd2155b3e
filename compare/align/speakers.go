package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Speakers: who a sentence quotes, as the caller's quote ledger reads it.
//
// A retelling (retell.go) is one outlet telling its fact again. A sentence
// that quotes one person is no retelling of a fact that is another
// person's words: a party chairman's claim ("This is not something the
// United States had actively prosecuted") and a critic's rebuttal of it
// ("It has been prosecuted by the United States under Presidents Bush and
// Obama") share their words because the one answers the other; an
// advocate's support for a lawsuit and an attorney general's "without
// merit" share the lawsuit's parties. relateLoners leaves such a sentence
// alone when the group's members quote another person and none of them
// quotes its own speaker; unless it names that person (a spokesman
// explaining "the particular reference by the president"): then it speaks
// of that person's words.

// Speaker is the person a sentence quotes.
type Speaker struct {
	// Name is the speaker as the ledger gives it ("Jay Carney", or a
	// description: "aides", "the navy"; only a name counts, see isName);
	// "" when the sentence quotes nobody or several people.
	Name string
	// Calls are the lower-case words by which the article calls the
	// person, besides the surname: the roles it gives them ("president",
	// "colorado attorney general").
	Calls []string
}

// Speakers gives the alignment who each sentence quotes, per article and
// sentence (kept, not copied). Call it before Groups; without it no
// sentence has a speaker.
func (a *Alignment) Speakers(sp [][]Speaker) { a.e.speakers = sp }

// speakerOf returns whom sentence g quotes ("" when Speakers did not say).
func (e *engine) speakerOf(g int) Speaker {
	ai, si := int(e.art[g]), int(e.sent[g])
	if ai >= len(e.speakers) || si >= len(e.speakers[ai]) {
		return Speaker{}
	}
	return e.speakers[ai][si]
}

// otherSpeaker reports whether sentence u quotes a person while the
// members of cluster c quote others and none quotes u's person, and u
// names none of those others (see above).
func (e *engine) otherSpeaker(u, c int) bool {
	su := e.speakerOf(u).Name
	if !isName(su) {
		return false
	}
	var others []int
	for _, gs := range [2][]int{e.clusters[c], e.extra[c]} {
		for _, g := range gs {
			sg := e.speakerOf(g).Name
			switch {
			case !isName(sg):
			case sameName(su, sg):
				return false
			default:
				others = append(others, g)
			}
		}
	}
	if len(others) == 0 {
		return false
	}
	text := " " + lowerWords(e.articles[e.art[u]].Sentences[e.sent[u]].Text) + " "
	for _, g := range others { // each article calls the person in its own way
		o := e.speakerOf(g)
		for _, call := range append([]string{surname(o.Name)}, o.Calls...) {
			if w := lowerWords(call); w != "" && strings.Contains(text, " "+w+" ") {
				return false
			}
		}
	}
	return true
}

// lowerWords returns s's words, lower-case, joined by single spaces.
func lowerWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), notWordRune), " ")
}

// isName reports whether s reads as a name: every word capitalised
// ("Kevin Sabet", "Obama"), not a description ("a young man", "aides",
// "St. Louis group").
func isName(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return len(ws) > 0
}

// sameName reports whether two names are one person's: the ledger
// resolves one person differently across articles ("Obama", "Barack
// Obama"; "John Boehner", "John A. Boehner"), so the surname decides.
func sameName(a, b string) bool { return strings.EqualFold(surname(a), surname(b)) }

func surname(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return strings.Trim(ws[len(ws)-1], ".,")
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// quotesApart reports whether sentences x and y (not merges) quote two
// people the ledger names, of different surnames. Descriptions ("aides",
// "the statements") are no names: the ledger gives them to a person and
// to a document alike.
func (e *engine) quotesApart(x, y int) bool {
	if x >= len(e.art) || y >= len(e.art) {
		return false
	}
	a, b := e.speakerOf(x).Name, e.speakerOf(y).Name
	return isName(a) && isName(b) && !sameName(a, b)
}
