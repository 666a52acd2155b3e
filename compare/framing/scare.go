package framing

import (
	"strings"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/internal/titles"
)

// scareQuotes adds a marker for each run of one to max words that the
// sentence sets in quotation marks inside running text: the writer's
// distance from a word ("the so-called 'reform'", a "plan" that...). Markers
// inside the run give way to it, so markers still do not overlap. A quoted
// run of capitalised words is a title or a name ("Notorious Markets"), not a
// scare quote, unless the whole sentence is in title case. Whether the
// words are someone's speech is for the quote extractor to say: callers
// that know the quotes of speech (compare) turn such runs back into quoted
// words.
//
// Every other marker inside quotation marks is marked Quoted: a title's
// words, a name's, or a quotation the extractor may not take for speech
// (a slogan in capitals: Perry's "War on Religion") are not the writer's
// own. So are the words after an opening double mark that is never
// closed, where the run to the sentence's end is a headline's or a short
// phrase's (`Obama's “War on Religion`): a mark cut off, not a quotation
// that goes on into the next sentence, which the extractor reads.
func scareQuotes(s string, toks []token, ms []Marker, max int) []Marker {
	title, titleKnown := false, false
	isTitle := func() bool {
		if !titleKnown {
			title, titleKnown = titleCase(s, toks), true
		}
		return title
	}
	named := -1 // where the last quotation of a name or a word ended
	for i := 0; i < len(s); {
		next := quoteByte(s[i:])
		if next < 0 {
			break
		}
		i += next
		r, n := utf8.DecodeRuneInString(s[i:])
		closer, ok := openers[r]
		if !ok || !opensHere(s, i, r) {
			i += n
			continue
		}
		end := closing(s, i+n, closer)
		if end < 0 {
			if (r == '"' || r == '“') && (wordsIn(toks, i+n, len(s)) <= unclosedWords || isTitle()) {
				markQuoted(ms, i, len(s))
			}
			i += n
			continue
		}
		_, cn := utf8.DecodeRuneInString(s[end:])
		words, capitals, glue, first := 0, 0, 0, true
		for _, t := range toks {
			if t.start >= i+n && t.end <= end {
				words++
				switch {
				case t.upper:
					capitals++
				case titleGlue[t.key] && !first:
					glue++
				}
				first = false
			}
		}
		if capitals < words && capitals > 0 && capitals+glue == words && capitals >= 2 {
			// "About a Boy", "Face the Nation": a title in title case.
			capitals = words
		}
		isMention := mention(s, toks, i) || named >= 0 && listedWith(s[named:i])
		if isMention {
			named = end + cn
		}
		if words >= 1 && words <= max && (capitals < words || isTitle()) && !wholeSentence(s, i, end+cn) && !isMention &&
			!(capitals == words && workNounAfter(s, toks, end+cn)) {
			// One space between words, none at the ends, even where
			// trimming a closing comma leaves one ("plan ,"): the same
			// words are the same scare quote however they are spaced.
			inner := strings.Join(strings.Fields(strings.TrimRight(s[i+n:end], " .,;:!?")), " ")
			m := Marker{Kind: Hedge, Start: i, End: end + cn, Text: s[i : end+cn],
				Lemma: normalise(inner), Category: CatScareQuote}
			ms = placeMarker(ms, m)
		} else {
			markQuoted(ms, i, end+cn)
		}
		i = end + cn
	}
	return ms
}

// unclosedWords is the most words an opening double mark may hold
// unclosed at a sentence's end, outside a headline, and still be taken
// for a quotation cut off ("a “War on Religion").
const unclosedWords = 5

// wordsIn counts the tokens within [start, end).
func wordsIn(toks []token, start, end int) int {
	n := 0
	for _, t := range toks {
		if t.start >= start && t.end <= end {
			n++
		}
	}
	return n
}

// markQuoted marks Quoted the markers within [start, end).
func markQuoted(ms []Marker, start, end int) {
	for k := range ms {
		if ms[k].Start >= start && ms[k].End <= end {
			ms[k].Quoted = true
		}
	}
}

// mention reports whether the quotation opening at i names a word or a
// work, not the writer's distance from one: `the word "cuts"`, `the phrase
// "Islamic terrorism"`, `the film "Moon"`, `the concept of "subsidiarity"`,
// `groups with the name "tea party"`, `how the official defined
// "targeting"`, `file together as "married filing jointly"`. After a verb
// of naming, or "as", the words are the name something is given or filed
// under (a form's box, a rival's label: "oppose legal status as
// "amnesty""), the writer's or another's, but no distance the writer
// takes; "so-called" is one word and keeps its scare quote.
func mention(s string, toks []token, i int) bool {
	k := -1
	for j, t := range toks {
		if t.end > i {
			break
		}
		k = j
	}
	if k < 1 || strings.TrimSpace(s[toks[k].end:i]) != "" {
		return false
	}
	w := toks[k].key
	if namingNouns[w] || namingVerbs[w] {
		return true
	}
	return w == "of" && namingNouns[toks[k-1].key] && strings.TrimSpace(s[toks[k-1].end:toks[k].start]) == ""
}

// listedWith reports whether between, the text between two quotations,
// joins them in one list: a comma, "or", "and" or "nor" ("with the name
// "Harbour First" or "patriot.""; `the words "toll", "levy" and "fee"`).
// The name or word the first quotation is (mention) the others are too:
// "or" runs on the naming noun or verb, it takes no distance of its own.
func listedWith(between string) bool {
	between = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(between), ","))
	switch between {
	case "", "or", "and", "nor":
		return true
	}
	return false
}

// workNounAfter reports whether a noun of a work or of its makers follows
// the quotation ending at end: a title in capitals before it ("'Hunger
// Games' Sequel", "the 'Twilight' films", "'Moon' director") names the work.
func workNounAfter(s string, toks []token, end int) bool {
	for _, t := range toks {
		if t.start >= end {
			return strings.TrimSpace(s[end:t.start]) == "" && worksAfter[t.key]
		}
	}
	return false
}

// worksAfter are the nouns that, after a title, name its work or makers:
// the quote ledger's (titles), which drops the same titles from the
// ledger, and a film's further words.
var worksAfter = titles.Set(titles.Works, titles.Makers,
	"sequels prequel franchise trilogy remake trailer premiere finale stars")

// namingNouns name what the quoted words after them are: a word or a work.
var namingNouns = map[string]bool{"word": true, "words": true, "term": true, "terms": true, "phrase": true, "expression": true,
	"label": true, "book": true, "novel": true, "memoir": true, "film": true, "movie": true, "documentary": true,
	"show": true, "series": true, "song": true, "album": true, "play": true, "musical": true, "poem": true, "sequel": true,
	"name": true, "names": true, "concept": true, "notion": true, "category": true, "slogan": true, "motto": true,
	"nickname": true, "designation": true, "heading": true, "title": true}

// namingVerbs give the quoted words after them as a name or a definition:
// "dubbed", "defined", "known as", "filed as".
var namingVerbs = map[string]bool{"as": true, "called": true, "named": true, "dubbed": true, "termed": true,
	"defined": true, "define": true, "defines": true, "labeled": true, "labelled": true, "nicknamed": true,
	"titled": true, "entitled": true}

// titleGlue are the short words a title in title case leaves in lower case.
var titleGlue = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "with": true, "from": true, "by": true, "or": true}

// quoteByte returns the index of the first byte that may start a
// quotation mark (", ' or the lead byte of “ and ‘), or -1. Scanning bytes
// keeps sentences without quotation marks cheap: strings.IndexAny with
// non-ASCII marks decodes every rune.
func quoteByte(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\'', 0xE2:
			return i
		}
	}
	return -1
}

// openers maps an opening quotation mark to its closing one.
var openers = map[rune]rune{'"': '"', '“': '”', '‘': '’', '\'': '\''}

// opensHere reports whether the mark at i opens a quotation: at the start
// or after a space or bracket, and before a word. A single straight or
// curly apostrophe inside a word ("Obama's") opens nothing.
func opensHere(s string, i int, r rune) bool {
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if !strings.ContainsRune(" \t\n([—–-", p) {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
	return isWordRune(next)
}

// closing finds the closing mark c from i: one that ends a word and is not
// followed by a letter (an apostrophe inside "don't" closes nothing).
func closing(s string, i int, c rune) int {
	for j := i; j < len(s); {
		at := strings.IndexRune(s[j:], c)
		if at < 0 {
			return -1
		}
		at += j
		after, _ := utf8.DecodeRuneInString(s[at+utf8.RuneLen(c):])
		if at+utf8.RuneLen(c) >= len(s) || !isWordRune(after) {
			return at
		}
		j = at + utf8.RuneLen(c)
	}
	return -1
}

// wholeSentence reports whether the quoted run is all the sentence holds
// but punctuation: a quoted line, not a scare quote.
func wholeSentence(s string, start, end int) bool {
	return strings.IndexFunc(s[:start], isWordRune) < 0 && strings.IndexFunc(s[end:], isWordRune) < 0
}

// placeMarker inserts m in order of Start, dropping the markers inside it.
func placeMarker(ms []Marker, m Marker) []Marker {
	out := ms[:0:0]
	placed := false
	for _, o := range ms {
		if o.Start >= m.Start && o.End <= m.End {
			continue
		}
		if !placed && o.Start >= m.End {
			out = append(out, m)
			placed = true
		}
		out = append(out, o)
	}
	if !placed {
		out = append(out, m)
	}
	return out
}
