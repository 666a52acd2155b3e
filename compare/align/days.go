package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Days named.
//
// Two sentences that each name the day of the week something happened,
// and no day in common, tell of two occasions, however alike their words:
// "The president and the speaker met Sunday afternoon at the White House
// for the first time in weeks" / "Thursday night's meeting marks the
// second time in a week the president and House speaker have met". The
// model reads the weekday as one word among many, and one that opens its
// sentence is not even a name to it, so the two count as one fact, and
// the leads of one event ("heading to Detroit Monday" / "met on Thursday
// evening") link on weaker evidence still. A day that follows a
// capitalised word is part of a name ("Fox News Sunday", "Super
// Tuesday") and names no day.
var weekdays = [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// daysNamed returns the days of the week text names, one bit a day.
func daysNamed(text string) uint8 {
	var days uint8
	for d, name := range weekdays {
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(name)
			if from < len(text) {
				if r, _ := utf8.DecodeRuneInString(text[from:]); unicode.IsLetter(r) {
					continue // "Sundays" names no one day; "Mondayne" is a name
				}
			}
			if i > 0 {
				if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(r) {
					continue
				}
			}
			if followsName(text[:i]) {
				continue
			}
			days |= 1 << d
		}
	}
	return days
}

// followsName reports whether the words before the end of text make the
// day that follows part of a name: a named day ("Super Tuesday", "Good
// Friday"), or two capitalised words inside the sentence, across spaces
// only ("Fox News Sunday"). One capitalised word is most often a place
// or a person the day is told of ("heading to Detroit Monday").
func followsName(text string) bool {
	w1, rest := lastWord(text)
	if w1 == "" {
		return false
	}
	if _, ok := namedDays[w1]; ok {
		return true
	}
	w2, _ := lastWord(rest)
	return capitalised(w1) && capitalised(w2) && !opensSentence(rest[:len(rest)-len(w2)])
}

// namedDays are the words that make a weekday after them a name.
var namedDays = map[string]struct{}{"Super": {}, "Black": {}, "Cyber": {}, "Good": {}, "Holy": {}, "Palm": {}, "Easter": {}, "Ash": {}, "Bloody": {}, "Fat": {}, "Shrove": {}, "Maundy": {}, "Giving": {}}

// lastWord returns the word that ends text after spaces only (none when
// punctuation comes between), and the text before it.
func lastWord(text string) (word, before string) {
	t := strings.TrimRight(text, " ")
	if len(t) == len(text) && text != "" {
		return "", text
	}
	start := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' })
	return t[start+1:], t[:start+1]
}

func capitalised(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// opensSentence reports whether a word after text opens a sentence or a
// quotation.
func opensSentence(text string) bool {
	t := strings.TrimRight(text, " ")
	if t == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?\"“”'‘’—–-:(", last)
}

// otherDays reports whether sentences x and y (not merges) of the body
// each name a day of the week and none in common. Leads are left to the
// rules for leads (events.go): a lede tells the main event with the day
// of its latest turn ("was charged Saturday after opening fire at an
// office party" / "opened fire at an office party Friday"), and on ECB+,
// where such leads report one event, the rule bound on leads lost 17
// right pairs of 20 (recall 0.667 to 0.662); bound on the body, it
// changed no pair there.
func (e *engine) otherDays(x, y int) bool {
	if x >= len(e.days) || y >= len(e.days) {
		return false
	}
	if e.isLeadSentence(x) || e.isLeadSentence(y) {
		return false
	}
	return e.days[x] != 0 && e.days[y] != 0 && e.days[x]&e.days[y] == 0
}
