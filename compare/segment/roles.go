package segment

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/ingest"
)

// rule is one line of a role table: a pattern and, to skip it cheaply,
// the text every match contains, any one of needs, looked for in the
// sentence in lower case. A regexp that cannot anchor costs microseconds a
// sentence; strings.Contains costs nanoseconds.
//
// The pattern is compiled when a sentence first gets past needs: most
// articles never reach most patterns, and compiling all of them cost 2 ms
// of every start. TestRulesCompile compiles each one.
type rule struct {
	needs   []string // lower case; any one must occur; nil means try the pattern always
	atStart bool     // needs must begin the sentence (after an opening bracket)
	re      func() *regexp.Regexp
	fn      func(string) bool // when set, matches instead of re
	may     func(string) bool // when set, true of every match, given it in lower case
}

// newRule makes a rule of a pattern and its needs, separated by "|". A
// leading "^" says they must begin the sentence, as they do in a pattern
// anchored there: few sentences start with "Contact" or "Follow", and
// those patterns, with their counted repeats, are the costliest to compile.
func newRule(needs, pattern string) rule {
	r := rule{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })}
	if needs, r.atStart = strings.CutPrefix(needs, "^"); needs != "" {
		r.needs = strings.Split(needs, "|")
	}
	return r
}

func (r rule) match(s string) bool { return r.matchLower(s, strings.ToLower(s)) }

// matchLower is match with s already in lower case as lower.
func (r rule) matchLower(s, lower string) bool {
	if r.needs != nil && !slices.ContainsFunc(r.needs, func(n string) bool {
		if r.atStart {
			return strings.HasPrefix(lower, n) || strings.HasPrefix(strings.TrimPrefix(lower, "("), n)
		}
		return strings.Contains(lower, n)
	}) {
		return false
	}
	if r.may != nil && !r.may(lower) {
		return false
	}
	if r.fn != nil {
		return r.fn(s)
	}
	return r.re().MatchString(s)
}

// maxPatternLen bounds the sentences role patterns are tried on: captions
// and page furniture are short, and a regexp's cost grows with its input.
const maxPatternLen = 1000

func matchesAny(rules []rule, s string) bool {
	if len(s) > maxPatternLen {
		return false
	}
	return matchesAnyLower(rules, s, strings.ToLower(s))
}

// matchesAnyLower is matchesAny with s, no longer than maxPatternLen,
// already in lower case as lower.
func matchesAnyLower(rules []rule, s, lower string) bool {
	for _, r := range rules {
		if r.matchLower(s, lower) {
			return true
		}
	}
	return false
}

// captionRules match a sentence that describes or credits a picture.
var captionRules = []rule{
	// A caption ends with its credit: "... at Trump Tower. (Drew
	// Angerer/Getty Images)".
	creditEnd,
	// A label that only ever introduces a credit: "Photo: Reuters",
	// "Image: NASA", "Credit: AP", "Photograph by Jane Doe".
	creditLabel,
	// A credit at the end of the caption's line, without a full stop
	// before it: "... after the meeting Credit: AP".
	creditTailRule,
	// A credit alone: "Getty/Instagram.".
	bareCreditRule,
	// A screen reader's marker kept by a copied page: "Image caption ...".
	captionMarkerRule,
}

// creditLabel is a label that only ever introduces a credit: "Photo:
// Reuters", "Image: NASA", "Credit: AP", "Photograph by Jane Doe".
var creditLabel = newRule("^photo|image|picture|credit", `^(?i:photo(?:graph)?s?|images?|pictures?|credits?|photo credit)(?:\s*:|\s+(?i:by|courtesy of)\s)`)

// credits are the caption rules that match a credit: the sentences before
// one on its line are its caption.
var credits = []rule{creditEnd, creditLabel, creditTailRule, bareCreditRule}

// creditEnd matches a caption by the credit it ends with: "... at Trump
// Tower. (Drew Angerer/Getty Images)" (see credit.go).
var creditEnd = rule{needs: []string{")"}, fn: endsWithCredit}

// boilerplateRules match a sentence that is about the page, not the story.
var boilerplateRules = []rule{
	// Social sign-offs: "Follow me @dhpierson on Twitter", "Follow us on Facebook".
	followRule,
	// A sign-off pointing to a web address: "Follow politics on our blog at
	// blog.example.com/politics." The address ends it; a reporting clause
	// makes it someone's words (reportedPrompt).
	reportedPrompt(newRule("^follow", `^(?i:follow)\b.{0,80}\s(?:https?://)?(?:[\w-]+\.)+(?:com|org|net|co\.uk|com\.au)(?:/\S*)?\.?$`)),
	// A bare handle as a sign-off: "@dhpierson", "— Jane Doe (@janedoe)".
	newRule("@", `^[-–—\s]*(?:[\pL.' ]{0,40}\s)?\(?@\w{1,30}\)?\.?$`),
	// Links to other stories: "Read more: ...", "Related: ...".
	newRule("^read more|related|see also|more on this|also read|read next|recommended", `^(?i:read more|related(?: stories| articles| coverage)?|see also|more on this|also read|read next|recommended)\s*[:|]`),
	// Calls to action: "Click here to subscribe", "Sign up for our newsletter".
	newRule("^click here|tap here|sign up|subscribe", `^(?i:click here|tap here|sign up|subscribe)\b`),
	newRule("newsletter", `(?i)\bsign up\b.{0,60}\bnewsletters?\b`),
	// Wire-service credits: "(Reporting by Jane Doe; Editing by John Roe)",
	// "Additional reporting by ...", "Writing by ...".
	newRule("^additional reporting|reporting|writing|editing|compiled|produced", `^\(?(?i:(?:additional )?reporting|writing|editing|compiled|produced) (?i:by)\s+\p{Lu}`),
	// Copyright notices: "© 2024 Reuters", "Copyright 2024 The Times", "All rights reserved".
	newRule("©", `©`),
	newRule("^copyright", `^(?i:copyright)\s*(?:\(c\)|\d{4})`),
	newRule("all rights reserved", `(?i)\ball rights reserved\b`),
	// A site's navigation, left as a line of text by a saved page: "Site
	// Mobile Navigation", "Main menu", "Skip to content". The words only
	// name a menu or a jump past one; a sentence about a menu says more.
	newRule("nav|menu|skip to", `^(?i:(?:(?:site|mobile|main|primary|secondary|global|top|section|sections|toggle|open|close|show|hide)\s+){0,3}(?:navigation|nav|menu)|skip to (?:the )?(?:main )?(?:content|navigation|article|site index|search|menu))[.:]?$`),
	// Labels for the ad slots a page leaves behind.
	newRule("^advertisement|sponsored content|story continues below", `^(?i:advertisement|sponsored content|story continues below(?: advertisement)?)$`),
	// Contact lines: "Contact the author at x@y.com", "Email: ...", a phone number.
	newRule("^contact|email|e-mail|reach|write to|call", `^(?i:contact|e-?mail|reach|write to|call)\b.{0,80}(?:[\w.+-]+@[\w-]+\.\w|\+?\d[\d ().-]{7,}\d)`),
	// A bare e-mail address.
	newRule("@", `^[\w.+-]+@[\w-]+\.[\w.]+$`),
	// Nothing to read: a separator such as "* * *" or a stray dash.
	{fn: noLetterOrDigit},
	// A time stamp, alone or after "Updated"/"Published": "Updated 6:20 PM
	// ET, Mon January 9, 2017", "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM",
	// "May 03, 2013", "2 p.m.". Every word is a date or time word.
	stampRule,
	// A dateline or a wire's stamp: a place or an agency with a date or a
	// time, "Mumbai, Nov 11 -", "WASHINGTON, DC, April 28, 2009", "TNN Nov
	// 12, 2011, 05.51AM IST MUMBAI:".
	datelineRule,
	// A byline carrying a time stamp or page furniture: "By Ann Lee, Global
	// Business Wire · Updated 6:20 PM ET", "By Ann Lee | Published 9:40".
	newRule("^by", `^(?i:by)\s+\p{Lu}[\pL.'’-]*(?:\s+\p{Lu}[\pL.'’-]*){0,3}\s*(?:,|·|\||\band\b).{0,120}(?:·|\||(?i:\b(?:updated|published|posted)\b)).{0,80}$`),
	// Paywall and account prompts: "You have 3 free articles remaining this
	// month.", "Subscribe to continue reading", "Already a subscriber? Log in".
	newRule("free|remaining", `(?i)\b(?:free|remaining)\b.{0,30}\b(?:articles?|stories|reads)\b.{0,40}\b(?:remaining|left|this month)\b`),
	newRule("to continue reading|to keep reading|unlimited|already have an account|subscriber", `(?i)\b(?:to (?:continue|keep) reading|for unlimited (?:digital )?access|already (?:a subscriber|have an account)|subscribers? only)\b`),
	// Newsletter sign-up forms: "Enter your email address."
	newRule("^enter your|type your|your email|your e-mail|email address|e-mail address", `^(?i:(?:enter |type )?your e-?mail(?: address)?|e-?mail address)\b.{0,40}$`),
	// Links to the rest of a story elsewhere: "Read the rest here.", "Read
	// more at Example.com", "Read the full story".
	newRule("^read ", `^(?i:read (?:more|the rest|on|it all|the full (?:story|article|report|interview|piece|text|statement)))\b.{0,40}$`),
	// Share and comment prompts: "Share this article", "Leave a comment",
	// "12 comments", "Join the conversation". A prompt reported is news:
	// "Share this story with your MP, the campaign urged supporters."
	// (reportedPrompt).
	reportedPrompt(newRule("^share |click to |leave a |post a comment|join the |view |show comments|print this |e-mail this |email this |comment", `^(?i:share (?:this|on|via)\b|click to (?:share|e-?mail|print)\b|leave a (?:comment|reply)\b|post a comment\b|join the (?:conversation|discussion)\b|view (?:\d+ )?comments\b|show comments\b|print this (?:article|page|story)\b|e-?mail this (?:article|page|story)\b|comments?(?: \(\d+\))?$).{0,60}$`)),
	// (Apart, so that the words above need to begin the sentence: "share"
	// and "comment" run through news copy.)
	newRule("comment", `^\d+ (?i:comments?)$`),
	// A share widget's button: "Copy link".
	copyLinkRule,
	// A share widget's row, an audio player's label, a prompt to comment
	// (furniture.go).
	shareBarRule,
	listenRule,
	commentPromptRule,
	// A meta line with a reading time: "Published 12 December 2016 · 4 min read".
	metaLineRule,
	// An editor's update note: "UPDATED 6:15 p.m. ET with ministry comment".
	updateNoteRule,
	// Tags, section headings over links, links to videos (furniture.go).
	tagListRule,
	sectionLinkRule,
	mediaLinkRule,
	// An archive's section label: "ABSTRACT.", "FULL TEXT.".
	sectionLabelRule,
	// The label over a summary box: "Key points", "Story highlights:".
	// Its needs are the ways the label may begin, so that "key" or "in
	// brief" within a sentence does not compile the pattern.
	newRule("^key |the key |highlights|story highlights|at a glance|in brief|what we know|what you need to know|you need to know|need to know|tl;dr", `^(?i:(?:the )?key (?:points|facts|takeaways)|(?:story )?highlights|at a glance|in brief|what we know(?: so far)?|(?:what )?you need to know|need to know|tl;dr)[:.]?$`),
}

// followRule matches "Follow me @jdoe on Twitter", "Follow us on X". Its
// pattern is matched by hand (isFollowLine): news articles often end so,
// and compiling it cost a fifth of a millisecond and stack growth on the
// worker that met the line first. TestRuleNeedsMissNothing checks the two
// agree.
var followRule = func() rule {
	r := newRule("^follow", `^(?i:follow)\b.{0,80}(?:@\w|(?i:\bon (?:twitter|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|x)\b))`)
	r.fn = isFollowLine
	return r
}()

// isFollowLine is followRule's pattern: "follow" in any case, a word
// boundary, up to 80 characters other than a line break, then an "@" before
// a word character, or a word boundary, "on " and a network's name, and a
// word boundary.
func isFollowLine(s string) bool {
	if len(s) < 6 || !strings.EqualFold(s[:6], "follow") || len(s) > 6 && isWordByte(s[6]) {
		return false
	}
	for p, k := 6, 0; ; k++ {
		if followTarget(s, p) {
			return true
		}
		if k == 80 || p == len(s) {
			return false
		}
		r, n := utf8.DecodeRuneInString(s[p:])
		if r == '\n' {
			return false
		}
		p += n
	}
}

// followTarget reports whether "@\w" or "\bon (network)\b" begins at s[p:].
func followTarget(s string, p int) bool {
	if p < len(s) && s[p] == '@' {
		return p+1 < len(s) && isWordByte(s[p+1])
	}
	if isWordByte(s[p-1]) || len(s)-p < 3 || !strings.EqualFold(s[p:p+2], "on") || s[p+2] != ' ' {
		return false
	}
	t := s[p+3:]
	for _, name := range [...]string{"twitter", "facebook", "instagram", "linkedin", "threads", "bluesky", "tiktok", "youtube", "x"} {
		// The name's letters may be written folded ("ſ", the Kelvin
		// sign), so it is compared rune by rune, as many runes as it has.
		m := 0
		for range len(name) {
			if m == len(t) {
				break
			}
			_, n := utf8.DecodeRuneInString(t[m:])
			m += n
		}
		if !strings.EqualFold(t[:m], name) {
			continue
		}
		// \b is ASCII's: a folded last letter is no word character, so
		// then a word character must follow.
		last, _ := utf8.DecodeLastRuneInString(t[:m])
		if (last < utf8.RuneSelf) != (m < len(t) && isWordByte(t[m])) {
			return true
		}
	}
	return false
}

// roleState carries what role assignment has seen so far in an article.
type roleState struct {
	heads        *headlines
	seenHeadline bool
}

// assign sets the role of each of ss, the sentences of paragraph i.
func (st *roleState) assign(p ingest.Paragraph, i int, ss []span) {
	credited := -1 // the last sentence ending in a photo credit
	correction := isCorrection(p.Text)
	for k := range ss {
		s := &ss[k]
		t := p.Text[s.start:s.end]
		// Lower-cased once for both sets of rules; none is tried on a
		// longer sentence.
		short := len(t) <= maxPatternLen
		var lower string
		if short {
			lower = strings.ToLower(t)
		}
		heading := p.Kind == ingest.KindHeadline || i == st.heads.paragraph
		switch {
		case s.label || correction:
			s.role = RoleBoilerplate
		case short && matchesAnyLower(boilerplateRules, t, lower) && !(heading && isLabelledMediaTitle(t)):
			// Before the headline: a heading can be page furniture too
			// ("Follow us on Twitter").
			s.role = RoleBoilerplate
		case p.Kind == ingest.KindLabel:
			s.role = RoleBoilerplate // the label of a list of links left out
		case heading:
			s.role = RoleHeadline
		case p.Kind == ingest.KindByline:
			s.role = RoleBoilerplate
		case p.Kind == ingest.KindCaption:
			s.role = RoleCaption
		case st.heads.repeats(t):
			s.role = RoleBoilerplate // a repeated headline
			if !st.seenHeadline {
				s.role = RoleHeadline
			}
		case short && matchesAnyLower(captionRules, t, lower):
			s.role = RoleCaption
			if matchesAnyLower(credits, t, lower) {
				credited = k
			}
		default:
			s.role = RoleBody
		}
		st.seenHeadline = st.seenHeadline || s.role == RoleHeadline
	}
	// Only a caption's last sentence carries the credit; the ones before it
	// on its lines are caption too.
	for k := credited - 1; k >= 0 && ss[k].block == ss[credited].block && ss[k].role == RoleBody; k-- {
		ss[k].role = RoleCaption
	}
}

// markLede gives the body sentences of the first paragraph that has any
// the role lede. When that paragraph is a headline's deck (isDeck), the
// one line of display type under it, the paragraph after it is the lede
// too: the story's first sentence, which the deck only sums up, is no
// less the lede for the line above it.
func markLede(text string, ss []Sentence) {
	lede := -1
	headed := false // a headline seen, and since it only furniture
	for i := range ss {
		if lede < 0 && ss[i].Role == RoleBody && headed && isDeck(text, ss, i) && !deckFollows(text, ss, i) {
			ss[i].Role = RoleLede
			headed = false
			continue
		}
		switch ss[i].Role {
		case RoleHeadline:
			headed = true
		case RoleBoilerplate, RoleCaption:
		default:
			headed = false
		}
		if lede < 0 && ss[i].Role == RoleBody {
			lede = ss[i].Paragraph
		}
		if ss[i].Paragraph == lede && ss[i].Role == RoleBody {
			ss[i].Role = RoleLede
		}
		if lede >= 0 && ss[i].Paragraph > lede {
			return
		}
	}
}

// deckFollows reports whether the next body sentence after deck i, past
// any furniture, is shaped as a deck too: a run of such lines is a page's
// display type (a memorial's name, rank and force; a list of points), not
// one deck over the story.
func deckFollows(text string, ss []Sentence, i int) bool {
	for j := i + 1; j < len(ss); j++ {
		if ss[j].Role == RoleBody {
			return isDeck(text, ss, j)
		}
	}
	return false
}

// isDeck reports whether body sentence i, below a headline, is shaped as
// a deck, the line of display type that says more under it ("Port strike
// ends" over "Union says cranes will run again by Friday"): a paragraph of
// one short line, with no full stop or other mark a sentence of the story
// ends with, and more of the story after it that does not go on in lower
// case (a sentence broken across paragraphs).
func isDeck(text string, ss []Sentence, i int) bool {
	if i+1 >= len(ss) || ss[i-1].Paragraph == ss[i].Paragraph || ss[i+1].Paragraph == ss[i].Paragraph {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[ss[i+1].Start:]); unicode.IsLower(r) {
		return false
	}
	if !slices.ContainsFunc(ss[i+1:], func(s Sentence) bool { return s.Role == RoleBody }) {
		return false
	}
	t := strings.TrimSpace(text[ss[i].Start:ss[i].End])
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, closers))
	return hasWord(t) && !strings.Contains(t, "\n") && len(strings.Fields(t)) <= maxHeadlineWords &&
		!strings.ContainsRune(".?!:;,…", last)
}

// noLetterOrDigit is ^[^\pL\pN]+$: a separator such as "* * *".
func noLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return false
		}
	}
	return s != ""
}

// reportedPrompt makes a prompt's rule miss a sentence that closes with a
// reporting clause: "Share this story with your MP, the campaign urged
// supporters.", "Leave a comment, he told readers." are someone's words
// reported, not the page's. The clause follows a comma and names its verb
// within six words: "..., said the campaign", "..., a spokesman for the
// group said".
func reportedPrompt(r rule) rule {
	r.may = func(lower string) bool { return !hasReportingClause(lower) }
	return r
}

// reportVerbs say that someone spoke or wrote; "according" opens
// "according to".
var reportVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "urged": true, "urges": true,
	"asked": true, "asks": true, "wrote": true, "writes": true, "added": true, "adds": true,
	"stated": true, "states": true, "tweeted": true, "posted": true, "announced": true, "claimed": true,
	"warned": true, "warns": true, "insisted": true, "argued": true, "explained": true, "noted": true,
	"reported": true, "according": true, "pleaded": true, "appealed": true, "demanded": true,
	"replied": true, "recalled": true, "advised": true, "suggested": true, "declared": true,
}

// hasReportingClause reports whether a sentence in lower case has a
// reporting verb among the six words after one of its commas.
func hasReportingClause(lower string) bool {
	for rest := lower; ; {
		_, after, ok := strings.Cut(rest, ",")
		if !ok {
			return false
		}
		rest = after
		words := strings.FieldsFunc(after, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
		for _, w := range words[:min(len(words), 6)] {
			if reportVerbs[w] {
				return true
			}
		}
	}
}
