package ingest

import (
	"strings"
	"unicode"
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
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
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
