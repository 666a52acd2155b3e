package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture a browser paste brings along, by what it is rather than by
// the words of one page: a line of stamps and reading times, an editor's
// update note, a picture credit or a caption's marker, a list of tags, a
// link to a video with its running time, a share widget's row of buttons,
// an audio player's label, a prompt to comment (the controls and
// prompts in controls.go). Each rule is tried on one sentence; roles.go
// lists them with the older ones.

// metaLineRule matches a page's meta line: a reading time, alone or among
// time stamps, set apart by "·", "|" or "•": "Published 12 December 2016 ·
// 4 min read", "5 minute read", "Reading time: 3 minutes".
var metaLineRule = rule{may: func(lower string) bool {
	return len(lower) <= 120 && strings.Contains(lower, "read")
}, fn: isMetaLine}

func isMetaLine(s string) bool {
	read := false
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '·' || r == '|' || r == '•' }) {
		part = strings.TrimSpace(part)
		switch {
		case part == "":
		case isReadTime(part):
			read = true
		case !stampRule.match(part):
			return false
		}
	}
	return read
}

// isReadTime reports whether s is only a reading time: "4 min read",
// "5-minute read", "Reading time: 3 minutes", "2 mins to read".
func isReadTime(s string) bool {
	f := strings.FieldsFunc(strings.ToLower(strings.TrimRight(s, ".")), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == ':'
	})
	if len(f) >= 2 && f[0] == "reading" && f[1] == "time" {
		f = f[2:]
		if len(f) == 2 && isDigits(f[0]) && isMinutes(f[1]) {
			return true
		}
		return false
	}
	switch {
	case len(f) == 3 && isDigits(f[0]) && isMinutes(f[1]) && f[2] == "read":
		return true
	case len(f) == 4 && isDigits(f[0]) && isMinutes(f[1]) && f[2] == "to" && f[3] == "read":
		return true
	}
	return false
}

func isMinutes(w string) bool {
	return w == "min" || w == "mins" || w == "minute" || w == "minutes"
}

func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// updateNoteRule matches an editor's note that the story was updated, and
// with what, rather than a sentence of it: "UPDATED 6:15 p.m. ET with
// Chinese foreign ministry comment", "(Updates with share price)", "Adds
// quote from minister in paragraph 5", and a bare "UPDATE:" label above the
// new text. "UPDATE: The senator said ..." is the news itself and stays.
var updateNoteRule = rule{needs: []string{"updat", "add"}, atStart: true, may: func(lower string) bool {
	return len(lower) <= 200
}, fn: isUpdateNote}

func isUpdateNote(s string) bool {
	t := strings.TrimSpace(s)
	bracketed := strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")
	t = strings.Trim(t, "()[] ")
	words := strings.Fields(strings.ToLower(t))
	if len(words) == 0 {
		return false
	}
	head := strings.TrimRight(words[0], ":-–—,")
	switch head {
	case "update", "updated", "updates":
	case "adds", "add":
		// A wire's note opens with the verb alone: "(Adds quote from
		// minister)"; a sentence would have a subject.
		if !bracketed {
			return false
		}
		return len(words) <= 15
	default:
		return false
	}
	rest := words[1:]
	if len(rest) == 0 {
		return true // "UPDATE:" alone, a label
	}
	// A time stamp may follow: "UPDATED 6:15 p.m. ET", "Update 2".
	for len(rest) > 0 && isStampToken(rest[0]) {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		return false // a stamp, stampRule's to judge
	}
	switch strings.TrimRight(rest[0], ":,") {
	case "with", "adds", "to":
	default:
		return false
	}
	if rest[0] == "to" && (len(rest) < 2 || !noteVerbs[rest[1]]) {
		return false
	}
	// A note is a line, not a sentence of the story: short, and not ended
	// by a full stop after a long run of words.
	return len(words) <= 15 && !(strings.HasSuffix(t, ".") && len(words) > 12)
}

// noteVerbs follow "to" in an update note: "Updated to add comment".
var noteVerbs = map[string]bool{"add": true, "include": true, "reflect": true, "correct": true, "clarify": true, "update": true, "remove": true}

// isStampToken reports whether w, one word in lower case, can be part of a
// time stamp: digits with their punctuation, or a word of stampWords.
func isStampToken(w string) bool {
	w = strings.Trim(w, ",.:;()[]·|-–—")
	if w == "" {
		return true
	}
	letters := strings.TrimLeft(w, "0123456789:./-")
	if letters == "" {
		return true
	}
	if letters != w && (letters == "am" || letters == "pm" || letters == "a.m" || letters == "p.m" || letters == "st" || letters == "nd" || letters == "rd" || letters == "th") {
		return true
	}
	return letters == w && (w == "a.m" || w == "p.m" || isStampRun(strings.ReplaceAll(w, ".", "")))
}

// captionMarkerRule matches the words a page puts before a caption for
// screen readers, which a copied page keeps: "Image caption Jack Ma said
// ...", "Media caption ...", "Caption: ...", "Image copyright Getty Images".
var captionMarkerRule = newRule("^image |media |photo |picture |video |caption", `^(?i:(?:image|media|photo|picture|video) (?:caption|copyright|source)|caption)\b\s*:?`)

// creditTailRule matches a caption that ends with its labelled credit on
// the same line, without a full stop between: "Jack Ma speaks to reporters
// after the meeting Credit: AP", "... in New York Photo: Jane Doe/Reuters".
// The credit is a name: at most six words, each capitalised, no sentence
// punctuation.
var creditTailRule = rule{may: mayEndWithLabelledCredit, fn: endsWithLabelledCredit}

// mayEndWithLabelledCredit is false of a sentence, in lower case, whose
// last colon follows no credit label: the rest of its sentences are
// spared a search for each label.
func mayEndWithLabelledCredit(lower string) bool {
	i := strings.LastIndexByte(lower, ':')
	return i > 0 && slices.ContainsFunc(creditTailLabels, func(l string) bool { return strings.HasSuffix(lower[:i+1], l) })
}

var creditTailLabels = []string{"credit:", "photo:", "photograph:", "picture:", "image:", "photos:", "images:", "pictures:"}

func endsWithLabelledCredit(s string) bool {
	lower := strings.ToLower(s)
	best := -1
	for _, label := range creditTailLabels {
		if i := strings.LastIndex(lower, label); i > best && (i == 0 || lower[i-1] == ' ') {
			best = i
		}
	}
	if best <= 0 {
		return false // at the start, the label rule's to judge
	}
	before := strings.TrimSpace(s[:best])
	if strings.ContainsAny(lastRune(before), ".!?") || len(strings.Fields(before)) < 3 {
		return false // a sentence ended before it: the label is a sentence of its own
	}
	return isCreditName(s[best+strings.IndexByte(s[best:], ':')+1:])
}

// isCreditName reports whether s names whoever took or supplied a picture:
// one to six words, each capitalised or joined by "/", "for" or "via", and
// nothing that ends a sentence.
func isCreditName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 || strings.ContainsAny(s, "!?;\"“”") {
		return false
	}
	for _, w := range f {
		w = strings.TrimRight(w, ".,")
		switch w {
		case "for", "via", "of", "the", "/", "and", "&":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// bareCreditRule matches a credit standing alone: "Getty/Instagram.",
// "Drew Angerer/Getty Images", as pages print under a picture. Every word
// is capitalised and a slash joins the photographer and the agency.
var bareCreditRule = rule{may: func(lower string) bool {
	return len(lower) <= 80 && strings.IndexByte(lower, '/') >= 0
}, fn: func(s string) bool {
	t := strings.TrimSuffix(strings.TrimSpace(s), ".")
	if strings.Count(t, "/") != 1 || strings.Contains(t, "://") {
		return false
	}
	i := strings.IndexByte(t, '/')
	left, right := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:])
	return left != "" && right != "" && isCreditName(left) && isCreditName(right) &&
		len(strings.Fields(t)) <= 6 && !strings.ContainsAny(t, ",:()")
}}

// tagListRule matches a page's list of tags or topics: "Tags: Alibaba,
// Trump, China, jobs", "Topics: Trade", "Filed under: Business, Asia". The
// items are short and nothing ends a sentence.
var tagListRule = newRule("^tags|topics|filed under|categories|category|keywords", `^(?i:tags?|topics?|filed under|categories|category|keywords)\s*:\s*[^.!?:;]{1,40}(?:,\s*[^.!?:;,]{1,40}){0,20}$`)

// sectionLinkRule matches a heading over links to other stories: "More
// from Business:", "More on this story", "Most read", "Top stories". At
// most six words, and a heading: a colon or no full stop at its end.
var sectionLinkRule = func() rule {
	r := newRule("^more from|more on |more about|more in |most read|most popular|most viewed|top stories|trending|you may also like|latest stories", `^(?i:more (?:from|on|about|in)|most (?:read|popular|viewed)|top stories|trending(?: now| stories)?|you may also like|latest stories)\b(?:\s+\S+){0,5}\s*:?$`)
	// "More from the minister later." is a sentence.
	r.may = func(lower string) bool { return !strings.ContainsAny(lastRune(lower), ".!?") }
	return r
}()

// mediaLinkRule matches a link to a video or a recording: a label with a
// colon and a title that is a line, not a sentence ("Watch: Jack Ma on
// meeting Trump (1:32)", "VIDEO: Protesters march in the capital"), a
// title with its running time ("Jack Ma on meeting Trump (1:32)"), or an
// embed left in brackets ("[Video: FULL SPEECH ... Watch on YouTube.]").
// "Watch what he does next." has no colon and stays.
var mediaLinkRule = rule{may: func(lower string) bool {
	return len(lower) <= 300 && (strings.HasSuffix(lower, ")") || strings.HasSuffix(lower, "]") || mediaLabel(lower) >= 0)
}, fn: isMediaLink}

func isMediaLink(s string) bool {
	t := strings.TrimSpace(s)
	words := len(strings.Fields(t))
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		return mediaLabel(strings.TrimPrefix(t, "[")) >= 0
	}
	if d := durationEnd(t); d >= 0 {
		before := strings.TrimSpace(t[:d])
		return words <= 20 && before != "" && !strings.ContainsAny(lastRune(before), ".!?,;")
	}
	if n := mediaLabel(t); n >= 0 {
		rest := strings.TrimSpace(t[n:])
		return rest != "" && words <= 16 && !strings.ContainsAny(lastRune(rest), ".!,;")
	}
	return false
}

// isLabelledMediaTitle reports whether s is a video's title under its
// label and nothing more ("WATCH: Trump mocks reporter"): as a page's
// headline it is the story's, not a link away from it.
func isLabelledMediaTitle(s string) bool {
	t := strings.TrimSpace(s)
	return mediaLabel(t) >= 0 && durationEnd(t) < 0
}

// mediaLabel returns the length of a media label ("Watch:", "VIDEO:",
// "Listen:") that s starts with, or -1.
func mediaLabel(s string) int {
	for _, label := range [...]string{"watch", "video", "listen", "audio", "podcast"} {
		if len(s) > len(label) && strings.EqualFold(s[:len(label)], label) {
			rest := strings.TrimLeft(s[len(label):], " ")
			if strings.HasPrefix(rest, ":") {
				return len(s) - len(rest) + 1
			}
		}
	}
	return -1
}

// durationEnd returns where a running time in brackets that s ends with
// begins, "(1:32)", "(01:02:03)", or -1.
func durationEnd(s string) int {
	if !strings.HasSuffix(s, ")") {
		return -1
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return -1
	}
	in := s[open+1 : len(s)-1]
	parts := strings.Split(in, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return -1
	}
	for k, p := range parts {
		if !isDigits(p) || len(p) > 2 || k > 0 && len(p) != 2 {
			return -1
		}
	}
	return open
}
