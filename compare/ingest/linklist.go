package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// linkedSentence reports whether the text of a list item made only of a
// link reads as a sentence of the story rather than a story's title. A box
// of related stories lists titles: short, with no closing full stop, often
// in headline case ("Greece bailout: the key numbers", "Why The Bridge Is
// Sinking"). A live blog's or newsletter's "Key developments" list links
// whole sentences ("Police arrested 12 people after the fire, officials
// said."), and those are facts the article reports. A sentence has five
// words or more, is not in headline case, and either closes with a full
// stop or reports with "said" (a headline says "says"). isLinkList and
// isLinkListHTML keep a list with such an item, whole.
func linkedSentence(text string) bool {
	words := wordsOf(text)
	if len(words) < 5 || headlineCase(words) {
		return false
	}
	for _, w := range words {
		if w == "said" {
			return true
		}
	}
	t := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’)]»`, r)
	})
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..")
}

// headlineCase reports whether most of the words after the first that are
// longer than three letters open with a capital ("Parliament Passes
// Austerity Bill"): a title, whatever its closing mark.
func headlineCase(words []string) bool {
	long, upper := 0, 0
	for _, w := range words[1:] {
		if len([]rune(w)) <= 3 {
			continue
		}
		long++
		for _, r := range w {
			if unicode.IsUpper(r) {
				upper++
			}
			break
		}
	}
	return long > 0 && 2*upper > long
}

// introducesList reports whether text, the paragraph just before a list,
// is a sentence of the story that announces the list ("The banks fined
// were:", "Documents released by the regulator:"): the items finish that
// sentence, so they are content even when each is only a link, a bank's or
// a document's name. A label over a box of links ("Read more:", "Related
// stories:", "More on this story:", "You may also like:") is no such
// sentence: it is short (fewer than three words), in headline case, or
// names the box (read, related, see, watch, stories, coverage, …; "more"
// opening it or before "on", "from", "about"; "like" closing it).
// isLinkList and isLinkListHTML both follow it.
func introducesList(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	words := wordsOf(t)
	return len(words) >= 3 && !headlineCase(words) && !namesBox(words)
}

// namesBox reports whether words name a box of links rather than tell the
// story: a word of listLabels, "more" opening them (unless "than" follows)
// or before "on", "from" or "about", or "like" closing them.
func namesBox(words []string) bool {
	for i, w := range words {
		w = strings.ToLower(w)
		next := ""
		if i+1 < len(words) {
			next = strings.ToLower(words[i+1])
		}
		switch {
		case listLabels[w]:
			return true
		case w == "more" && (i == 0 && next != "than" || next == "on" || next == "from" || next == "about"):
			return true
		case w == "like" && i == len(words)-1:
			return true
		}
	}
	return false
}

// isListLabel reports whether text, the paragraph or heading just before a
// list of links that was dropped as furniture, is that list's label ("Follow
// us on:", "You might also like:", "Related", "More from the Herald"): it
// says nothing once its list is gone, and is boilerplate (KindLabel). It is
// short, and either closes with a colon without being a sentence that
// announces the list (introducesList), or names a box of links (namesBox)
// without closing as a sentence does.
func isListLabel(text string) bool {
	t := strings.TrimSpace(text)
	words := wordsOf(t)
	switch {
	case len(words) == 0 || strings.Contains(t, "\n"):
		return false
	case strings.HasSuffix(t, ":"):
		return len(words) <= maxLabelWords && !introducesList(t)
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return len(words) <= maxBareLabelWords && !strings.ContainsRune(".!?", last) && namesBox(words)
}

// A label is a line, not a sentence: "Sign up for our newsletter and
// follow us on:" is the longest seen; without a colon, a heading over the
// box ("More from the Herald", "You might also like").
const (
	maxLabelWords     = 10
	maxBareLabelWords = 6
)

// listLabels are words that name a box of links rather than tell the
// story: a paragraph before a list with one of them is its label.
var listLabels = map[string]bool{
	"read": true, "reading": true, "related": true, "see": true, "watch": true,
	"listen": true, "explore": true, "recommended": true, "trending": true,
	"popular": true, "coverage": true, "stories": true, "links": true,
	"newsletter": true, "newsletters": true, "subscribe": true, "podcast": true,
	"topics": true, "tags": true, "share": true, "follow": true,
}

// wordsOf splits text into words: runs of letters, digits and apostrophes.
func wordsOf(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}
