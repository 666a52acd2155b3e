package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylineWindow is how many leading paragraphs may hold a byline: it sits
// under the headline, not in the middle of the story.
const bylineWindow = 6

// bylinePrefixes introduce a byline, matched without regard to case.
var bylinePrefixes = []string{"by", "written by", "story by", "words by", "reported by", "reporting by"}

// bylineSeparators end the name part: what follows is a role or an outlet
// ("By Jane Doe, Staff Writer", "By Jane Doe | The Harbour Herald").
var bylineSeparators = []string{",", "|", ";", "(", "/", " - ", "–", "—", "•", "·"}

// nameConnectors may appear in lower case between the words of names.
var nameConnectors = map[string]bool{
	"and": true, "&": true, "de": true, "del": true, "della": true, "der": true, "van": true,
	"von": true, "da": true, "di": true, "du": true, "le": true, "la": true, "al": true,
	"bin": true, "ibn": true, "y": true, "e": true,
}

// notNames are capitalised words that start prose, not names, after "By":
// "By Tuesday the bridge had reopened" is a sentence.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"then": true, "now": true, "contrast": true, "comparison": true, "law": true, "far": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "noon": true, "midnight": true, "nightfall": true,
}

// markBylines marks the byline paragraphs near the top of doc and, when
// the format did not supply one, sets doc.Byline from the first.
func markBylines(doc *Document) {
	for i := range doc.Paragraphs[:min(len(doc.Paragraphs), bylineWindow)] {
		p := &doc.Paragraphs[i]
		if p.Kind != KindParagraph {
			continue
		}
		if name, ok := bylineName(p.Text); ok {
			p.Kind = KindByline
			if doc.Byline == "" {
				doc.Byline = name
			}
		}
	}
}

// bylineName returns the name part of a byline paragraph such as
// "By Jane Doe and John Roe | The Harbour Herald" (→ "Jane Doe and John
// Roe"). It is conservative: a single short line whose name part is made of
// capitalised words and connectors, with a short tail.
func bylineName(p string) (string, bool) {
	if strings.ContainsRune(p, '\n') || utf8.RuneCountInString(p) > maxTitleRunes {
		return "", false
	}
	rest, ok := cutBylinePrefix(p)
	if !ok {
		return "", false
	}
	name, tail := rest, ""
	if i := indexAnyString(rest, bylineSeparators); i >= 0 {
		name, tail = rest[:i], rest[i:]
	}
	if len(strings.Fields(tail)) > 12 || endsLikeSentence(p) {
		return "", false
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 10 || notNames[strings.ToLower(words[0])] {
		return "", false
	}
	for i, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		capital := unicode.IsUpper(first) || unicode.IsTitle(first)
		connector := nameConnectors[strings.ToLower(w)] && i > 0 && i < len(words)-1
		if strings.ContainsFunc(w, unicode.IsDigit) || !(capital || connector) {
			return "", false
		}
	}
	return strings.Join(words, " "), true
}

// cutBylinePrefix removes "By", "Written by" and the like, with an optional
// colon, and reports whether one was there.
func cutBylinePrefix(p string) (string, bool) {
	for _, prefix := range bylinePrefixes {
		if len(p) <= len(prefix) || !strings.EqualFold(p[:len(prefix)], prefix) {
			continue
		}
		rest := p[len(prefix):]
		if rest[0] != ' ' && rest[0] != ':' {
			continue
		}
		rest = strings.TrimLeft(rest, " :")
		if rest != "" {
			return rest, true
		}
	}
	return "", false
}

// endsLikeSentence reports whether p ends as prose does. A final period is
// allowed after a short word, for "Jr." and initials.
func endsLikeSentence(p string) bool {
	p = strings.TrimSpace(p)
	switch {
	case strings.HasSuffix(p, "?"), strings.HasSuffix(p, "!"):
		return true
	case strings.HasSuffix(p, "."):
		words := strings.Fields(p)
		last := strings.TrimSuffix(words[len(words)-1], ".")
		return utf8.RuneCountInString(last) > 3
	}
	return false
}

// indexAnyString returns the index of the first occurrence in s of any of
// seps, or -1.
func indexAnyString(s string, seps []string) int {
	best := -1
	for _, sep := range seps {
		if i := strings.Index(s, sep); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}
