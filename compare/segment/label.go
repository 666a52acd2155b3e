package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page sets a label before a paragraph of the story: "UPDATE: 7:19 p.m.
// -- The Post now reports ...", "Updated: Rick Santorum on Sunday ...",
// "EXCLUSIVE: The senator ...". Measured on BASIL: 7 of its 150 articles
// carry one in a lede or body paragraph. The label and its time stamp are page
// furniture; the rest is the story, and is what the other outlets word.
// splitLabels cuts such a label off the paragraph's first sentence into a
// sentence of its own, which assign makes boilerplate, so the story's
// sentence is aligned, quoted and read for framing without it. A bare
// label with nothing after it is updateNoteRule's; an editor's
// correction is correctionRule's.

// pageLabels are the words that open a label, in lower case; a label in
// mixed case ("Updated:") must end in a colon, one in capitals
// ("UPDATE 2:52 p.m. --") may end in a spaced dash instead.
// "WATCH:" and "VIDEO:" are left out: what follows them is a video's title,
// a link, which the boilerplate rules judge whole.
var pageLabels = []string{"update", "updated", "exclusive", "breaking", "breaking news", "developing", "developing story", "just in"}

// labelEnd returns where the label opening s ends and its story begins (an
// offset into s), or -1 when s opens with none. The label is one of
// pageLabels, then time-stamp words, then a colon or a spaced dash; the
// story after it opens with a capital, a figure or a quotation mark and
// runs to at least three words.
func labelEnd(s string) int {
	if s == "" || !strings.ContainsRune("uUeEbBdDjJ", rune(s[0])) {
		return -1 // most paragraphs: no label opens so
	}
	word := ""
	for _, l := range pageLabels {
		if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) && len(l) > len(word) {
			word = l
		}
	}
	if word == "" || len(word) < len(s) && s[len(word)] != ' ' && s[len(word)] != ':' {
		return -1 // none, or another word: "Updates", "Watchdog"
	}
	caps := strings.ToUpper(s[:len(word)]) == s[:len(word)]
	i, colon, end := len(word), false, -1
	if s[i] == ':' {
		i++
		colon, end = true, i
	}
	// A time stamp of a few words may follow, then a colon or a spaced
	// dash: "UPDATE 2:52 p.m. --", "UPDATE: 7:19 p.m. --", "Updated 9
	// p.m.:". A colon just before a word of no stamp ends the label too:
	// "UPDATE: The senator ...".
	for n := 0; n < 8; n++ {
		j := skipSpace(s, i)
		if d := dashAt(s, j); d > 0 && j > i {
			end = j + d
			break
		}
		k := wordEnd(s, j)
		if k == j || !isStampWord(s[j:k]) {
			break
		}
		i = k
		if strings.HasSuffix(s[j:k], ":") {
			colon, end = true, k
		}
	}
	if end < 0 || !caps && !colon {
		return -1
	}
	start := skipSpace(s, end)
	if rest := s[start:]; !startsStory(rest) || storyWords(rest) < 3 {
		return -1 // a stamp after all: "Updated: November 11, 2011 20:09 IST"
	}
	return start
}

// storyWords counts the words of s that are no stamp's.
func storyWords(s string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if !isStampWord(w) {
			n++
		}
	}
	return n
}

// dashAt returns the length of a dash that stands alone at s[j:] ("--",
// "—", "–", "-" followed by a space), or 0.
func dashAt(s string, j int) int {
	for _, d := range []string{"--", "—", "–", "-"} {
		if strings.HasPrefix(s[j:], d) && (j+len(d) == len(s) || s[j+len(d)] == ' ') {
			return len(d)
		}
	}
	return 0
}

// isStampWord reports whether w can stand in a label's time stamp: a
// figure ("7:19", "2"), a.m./p.m., a zone, a day or month name.
func isStampWord(w string) bool {
	return strings.Trim(w, ",.:;()") != "" && isStampToken(strings.ToLower(w))
}

// startsStory reports whether s opens as a sentence of the story does:
// with a capital letter, a figure or a quotation mark.
func startsStory(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'", r)
}

// splitLabels cuts a page label off the first of ss, the sentences of
// paragraph p, into a sentence of its own marked label.
func splitLabels(p string, ss []span) []span {
	if len(ss) == 0 {
		return ss
	}
	first := ss[0]
	t := p[first.start:first.end]
	n := labelEnd(t)
	if n < 0 || matchesAny(boilerplateRules, t) || matchesAny(captionRules, t) {
		return ss // furniture whole: a video's link, a credit
	}
	labelStart, labelStop := trim(p, first.start, first.start+n)
	ss = append(ss, span{})
	copy(ss[1:], ss)
	ss[0] = span{start: labelStart, end: labelStop, block: first.block, label: true}
	ss[1].start = first.start + n
	return ss
}

// isCorrection reports whether paragraph p is an editor's correction or
// clarification, labelled as one: "CORRECTION: This article originally
// said ... It will be held in Glendale." All of it is about the page, and
// its sentences name what the story got wrong, which no other outlet
// reports.
func isCorrection(p string) bool {
	head, _, ok := strings.Cut(p[:min(len(p), 40)], ":")
	if !ok {
		return false
	}
	head = strings.TrimSpace(head)
	for _, l := range []string{"correction", "clarification", "corrections", "correction appended"} {
		if strings.EqualFold(head, l) {
			return true
		}
	}
	return false
}
