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
// an audio player's label, a prompt to comment. Each rule is tried on one
// sentence; roles.go lists them with the older ones.

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

// copyLinkRule matches a share widget's button: "Copy link", "Copy the
// link", "Link copied".
var copyLinkRule = newRule("^copy |link copied", `^(?i:copy (?:the )?(?:link|url|article link)|link copied)\s*!?$`)

// sectionLabelRule matches a section label an archive or a page sets
// above the text: one or two words in capitals closed by a full stop or
// a colon, "ABSTRACT.", "FULL TEXT.", "LETTERS.", "UPDATE:". A crosshead
// of three words or more ("GARLAND STEPS ASIDE.") says something and
// stays.
var sectionLabelRule = rule{may: func(lower string) bool { return len(lower) <= 40 }, fn: isSectionLabel}

func isSectionLabel(s string) bool {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":") {
		return false
	}
	words := strings.Fields(t[:len(t)-1])
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	letters := 0
	for _, r := range t[:len(t)-1] {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return letters >= 4
}

// shareBarRule matches a share widget's row of buttons, pasted as a line:
// "Share: Facebook · Twitter · Copy link", "Share on Facebook, Twitter,
// Email", "Facebook Twitter WhatsApp Email". After an optional "Share"
// label every item is a button: a network one shares to or a share
// action. Unlabelled, two buttons at least, one of them a network. "Share
// prices fell 3%" has words no button has, and stays.
var shareBarRule = rule{may: func(lower string) bool {
	if len(lower) > 160 {
		return false
	}
	w := firstWord(lower)
	return w == "share" || shareButtons[w] != 0
}, fn: isShareBar}

func isShareBar(s string) bool {
	f := strings.FieldsFunc(strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ".")), isShareSep)
	labelled := len(f) > 0 && f[0] == "share"
	if labelled {
		// "Share", "Share this", "Share this article", "Share story".
		f = f[1:]
		if len(f) > 0 && (f[0] == "this" || f[0] == "the") {
			f = f[1:]
		}
		if len(f) > 0 && (f[0] == "article" || f[0] == "story" || f[0] == "page" || f[0] == "post" || f[0] == "link") {
			f = f[1:]
		}
	}
	buttons, networks := 0, 0
	for i := 0; i < len(f); i++ {
		switch {
		case labelled && (f[i] == "and" || f[i] == "or" || f[i] == "on" || f[i] == "via" || f[i] == "to" || f[i] == "with"):
			// "Share on Facebook", "Share via email or SMS"; a row without
			// the label is buttons only: "Facebook and Twitter" may head
			// a section on them.
			continue
		case f[i] == "copy" && i+1 < len(f) && (f[i+1] == "link" || f[i+1] == "url"):
			i++
		case f[i] == "copy" && i+2 < len(f) && f[i+1] == "the" && (f[i+2] == "link" || f[i+2] == "url"):
			i += 2
		case shareButtons[f[i]] == shareNetwork:
			networks++
		case shareButtons[f[i]] == shareAction:
		default:
			return false
		}
		buttons++
	}
	// Labelled, the row may be the label alone: "Share", "Share this".
	return labelled || buttons >= 2 && networks >= 1
}

// The two kinds of share buttons.
const (
	shareNetwork = 1 + iota // a network one shares to: "Facebook"
	shareAction             // anything else: "Email", "Print"
)

// shareButtons are the buttons of a share widget: the networks one shares
// a story to, and what else the row offers. Networks one only follows an
// outlet on (YouTube, Instagram, TikTok) are not among them.
var shareButtons = map[string]int{
	"facebook": shareNetwork, "twitter": shareNetwork, "x": shareNetwork, "whatsapp": shareNetwork,
	"linkedin": shareNetwork, "reddit": shareNetwork, "pinterest": shareNetwork, "messenger": shareNetwork,
	"telegram": shareNetwork, "tumblr": shareNetwork, "flipboard": shareNetwork, "bluesky": shareNetwork,
	"threads": shareNetwork, "mastodon": shareNetwork, "tweet": shareNetwork,
	"email": shareAction, "e-mail": shareAction, "mail": shareAction, "print": shareAction, "sms": shareAction,
	"link": shareAction, "share": shareAction,
}

// isShareSep reports whether r parts a share row's buttons.
func isShareSep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("·|•,/:;", r)
}

// firstWord returns the first of s's words parted by isShareSep.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, isShareSep)
	if i := strings.IndexFunc(s, isShareSep); i >= 0 {
		return s[:i]
	}
	return s
}

// listenRule matches an audio player's label: "Listen to this article",
// "Listen to this story · 4 min", "Listen (5:32)". After it, nothing but a
// running time. "Listen, he said, to the families." is a sentence.
var listenRule = rule{needs: []string{"listen"}, atStart: true, may: func(lower string) bool {
	return len(lower) <= 80
}, fn: isListenLabel}

func isListenLabel(s string) bool {
	if t := strings.TrimPrefix(s, "("); len(t) < 6 || !strings.EqualFold(t[:6], "listen") {
		return false // needs' test, in full: it opens the line
	}
	f := strings.FieldsFunc(strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ".")), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("·|•,()[]/–—", r)
	})
	for i, w := range f {
		f[i] = strings.TrimRight(w, ".:") // "Listen to this story. 4 min"
	}
	if len(f) == 0 || f[0] != "listen" {
		return false
	}
	f = f[1:]
	named := false // "to this article"
	if len(f) > 0 && f[0] == "to" {
		f = f[1:]
		if len(f) > 0 && (f[0] == "this" || f[0] == "the") {
			f = f[1:]
		}
		if len(f) == 0 || f[0] != "article" && f[0] != "story" {
			return false
		}
		f, named = f[1:], true
	}
	// What may follow is a running time: "4 min", "5 minutes", "5:32",
	// "4:32 min", a player's "00:00 / 05:32".
	timed := false
	for len(f) > 0 {
		switch {
		case len(f) >= 2 && isDigits(f[0]) && isMinutes(f[1]):
			f = f[2:]
		case durationEnd("("+f[0]+")") == 0:
			f = f[1:]
			if len(f) > 0 && isMinutes(f[0]) {
				f = f[1:]
			}
		case f[0] == "listen" && timed: // "4 min listen"
			f = f[1:]
		default:
			return false
		}
		timed = true
	}
	return named || timed
}

// commentPromptRule matches a prompt to comment on the story: "Have your
// say: share your views in the comments below.", "Sound off in the
// comments below!", "Tell us what you think in the comments.". It points
// to the comments on the page ("the comments below", or "in the comments"
// at its end) and addresses the reader (isAddressed): it opens with an
// imperative or with "you"/"your", or asks the reader a question. News
// about comments has a subject of its own and often reports: "In the
// comments section of its site, readers debated the plan.", "Readers left
// 300 comments below the article.", "The newspaper said it had closed the
// comments section below its articles." and "Critics posted hundreds of
// replies in the comments below the mayor's post." stay.
var commentPromptRule = rule{may: func(lower string) bool {
	return len(lower) <= 200 && (strings.Contains(lower, "comment") || len(lower) <= 14 && strings.HasPrefix(lower, "have your say"))
}, fn: isCommentPrompt}

func isCommentPrompt(s string) bool {
	if strings.ContainsAny(s, "\"“”") {
		return false // a quote: someone's words, not the page's
	}
	lower := strings.ToLower(s)
	if strings.TrimRight(lower, ":.!") == "have your say" {
		return true // the heading over the comments
	}
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	if len(words) == 0 || len(words) > 25 {
		return false
	}
	for i, w := range words {
		if w != "US" { // the country
			words[i] = strings.ToLower(w)
		}
	}
	if !isAddressed(words) {
		return false
	}
	below, place := false, false
	for i, w := range words {
		switch w {
		case "said", "says", "told", "tells", "wrote", "writes", "posted", "reported", "according",
			"announced", "claimed", "added", "stated", "tweeted":
			return false // someone reports: news, not the page's prompt
		case "comment", "comments":
			// "comments below", "comment section below", "in the comments"
			j := i + 1
			if j < len(words) && (words[j] == "section" || words[j] == "box" || words[j] == "thread") {
				j++
			}
			// The page's comments: "the comments below", or "Comment
			// below" opening the prompt; "comments below the article"
			// after another word is someone's comments.
			if j < len(words) && (words[j] == "below" || words[j] == "beneath") && (i == 0 || words[i-1] == "the") {
				below = true
			}
			// "... in the comments (section)." closing the prompt.
			if i >= 2 && words[i-1] == "the" && words[i-2] == "in" && (j == len(words) || j == len(words)-1 && words[j] == "below") {
				place = true
			}
		}
	}
	return below || place
}

// promptVerbs open a prompt to comment, addressed to the reader.
var promptVerbs = map[string]bool{
	"leave": true, "tell": true, "let": true, "share": true, "sound": true, "join": true,
	"comment": true, "post": true, "add": true, "have": true, "give": true, "drop": true,
	"weigh": true, "write": true, "chime": true, "send": true, "jump": true, "head": true,
	"scroll": true, "read": true, "see": true, "check": true, "continue": true, "discuss": true,
	"vote": true, "reply": true, "hit": true, "talk": true, "get": true, "feel": true,
	"offer": true, "air": true, "put": true, "please": true,
}

// askWords open a question or a sentence that speaks to the reader when
// "you", "your" or "us" follows: "What do you think? ...", "If you have
// views, leave them in the comments below.", "We want to hear from you in
// the comments below."
var askWords = map[string]bool{
	"what": true, "how": true, "why": true, "where": true, "which": true, "who": true,
	"do": true, "did": true, "does": true, "would": true, "are": true, "is": true,
	"if": true, "we": true, "got": true, "want": true, "agree": true, "think": true,
}

// isAddressed reports whether the lower-cased words of a sentence speak
// to the reader: an imperative first ("Leave your thoughts ...", "Sound
// off ..."; short and telling nothing in the past tense when it names no
// reader), "you" or "your" first, or a question or the page's "we" with
// the reader named ("What do you think ...", "We want to hear from you
// ..."). A sentence whose subject is someone else ("The newspaper ...",
// "Critics ...", "Readers ...") is not.
func isAddressed(words []string) bool {
	reader, told := false, false
	for _, w := range words[1:] {
		switch {
		case w == "you" || w == "your" || w == "us":
			reader = true
		case len(w) > 4 && strings.HasSuffix(w, "ed"):
			told = true // "Head teachers discussed ...": a story told
		}
	}
	switch first := words[0]; {
	case first == "you", first == "your":
		return true
	case promptVerbs[first]:
		// Some of these open a story as nouns ("Post office staff ...",
		// "Head teachers ..."): without the reader named, a prompt is
		// short and tells no story.
		return reader || len(words) <= 12 && !told
	case askWords[first]:
		return reader
	}
	return false
}
