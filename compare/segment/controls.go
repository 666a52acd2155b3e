package segment

import (
	"strings"
	"unicode"
)

// The page's controls and prompts, from furniture.go's list: a share
// widget's buttons and row, a section label above the text, an audio
// player's label, a prompt to comment.

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
