package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// A page names its article twice: the <h1> on the page, written for
// readers, and the <title> (or og:title), written for tabs and search
// engines, often shortened, suffixed with the site's name or prefixed with
// a label such as "Live:". The <h1> is the headline; the title stands in
// only when the page has no <h1>, and then without the site and the label.
// Either way the article gets one headline sentence, never two.

// maxHeadlineWords is the longest <h1> taken for a headline; a longer one
// is a page wrapping prose in a heading, not a headline.
const maxHeadlineWords = 40

// pickHeadline returns the page's headline among the texts of its <h1>
// elements outside navigation and side boxes: not the site's name (a logo),
// and of several, the one sharing most words with the page's title, the
// first on a tie. It returns "" when no <h1> will do.
func pickHeadline(h1s []string, title, site string) string {
	titleWords := wordSet(title)
	best, bestScore := "", -1
	for _, h := range h1s {
		h = strings.Join(strings.Fields(h), " ")
		n := len(strings.Fields(h))
		if n == 0 || n > maxHeadlineWords || !strings.ContainsFunc(h, unicode.IsLetter) ||
			isSiteName(h, title, site) {
			continue
		}
		score := 0
		for w := range wordSet(h) {
			if titleWords[w] {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = h, score
		}
	}
	return best
}

// isSiteName reports whether h is the site's name: the name the page
// states, or the part of the title after its last separator.
func isSiteName(h, title, site string) bool {
	if site != "" && strings.EqualFold(h, strings.TrimSpace(site)) {
		return true
	}
	if _, suffix, ok := cutSiteSuffix(title); ok && strings.EqualFold(h, suffix) {
		return true
	}
	return false
}

// titleSeparators divide a page title from the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • "}

// cutSiteSuffix splits title at its last separator.
func cutSiteSuffix(title string) (head, suffix string, ok bool) {
	at, sepLen := -1, 0
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > at {
			at, sepLen = i, len(sep)
		}
	}
	if at <= 0 {
		return title, "", false
	}
	return strings.TrimSpace(title[:at]), strings.TrimSpace(title[at+sepLen:]), true
}

// titleLabels are the labels sites put before a title: they say what kind
// of page it is, and are no part of the headline.
var titleLabels = []string{"live updates", "live", "breaking news", "breaking", "watch", "video", "updated", "update", "exclusive"}

// cleanTitle returns a page title as a headline: without the site's name
// after a separator, when the site is known (as a name or as the host the
// suffix spells), and without a leading label such as "Live:".
func cleanTitle(title, site string) string {
	title = strings.Join(strings.Fields(title), " ")
	if head, suffix, ok := cutSiteSuffix(title); ok && site != "" && sameSite(suffix, site) {
		title = head
	}
	if label, rest, ok := strings.Cut(title, ": "); ok && rest != "" {
		l := strings.ToLower(strings.TrimSpace(label))
		for _, known := range titleLabels {
			if l == known {
				title = strings.TrimSpace(rest)
				break
			}
		}
	}
	return title
}

// sameSite reports whether a title's suffix names the site: the same name,
// or the name without spaces and with a domain ("SurreyEcho.co.uk").
func sameSite(suffix, site string) bool {
	fold := func(s string) string {
		return strings.ToLower(strings.Join(strings.Fields(s), ""))
	}
	s, n := fold(suffix), fold(site)
	if s == n {
		return true
	}
	s = strings.TrimPrefix(s, "www.")
	host, _, dotted := strings.Cut(s, ".")
	return dotted && (host == n || host == strings.TrimPrefix(n, "the"))
}

// placeHeadline makes doc's title the article's headline. A headline among
// its first paragraphs that says the title, or says more (the title is a
// shortening of it), is the headline, and becomes the title; else the
// title is put first as the headline.
func placeHeadline(doc *Document) {
	title := strings.Join(strings.Fields(doc.Title), " ")
	if title == "" {
		return
	}
	// A heading at the top that is the site's name is a masthead, which
	// a page read without readability keeps.
	if site := strings.TrimSpace(doc.Site); site != "" {
		for i := range min(len(doc.Paragraphs), 3) {
			p := doc.Paragraphs[i]
			if p.Kind == KindHeadline && strings.EqualFold(strings.Join(strings.Fields(p.Text), " "), site) &&
				len(doc.Paragraphs) > 1 {
				doc.Paragraphs = slices.Delete(doc.Paragraphs, i, i+1)
				break
			}
		}
	}
	for _, p := range doc.Paragraphs[:min(len(doc.Paragraphs), 3)] {
		if p.Kind != KindHeadline {
			continue
		}
		if text := strings.Join(strings.Fields(p.Text), " "); shortens(title, text) {
			doc.Title = text
			return
		}
	}
	doc.Paragraphs = append([]Paragraph{{Text: title, Kind: KindHeadline}}, doc.Paragraphs...)
}

// shortens reports whether title is headline or a shortening of it: every
// word of the title is a word of the headline.
func shortens(title, headline string) bool {
	if strings.EqualFold(title, headline) {
		return true
	}
	tw, hw := wordSet(title), wordSet(headline)
	if len(tw) == 0 {
		return false
	}
	for w := range tw {
		if !hw[w] {
			return false
		}
	}
	return true
}

// wordSet returns the lower-cased words of s, letters and digits only.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		set[w] = true
	}
	return set
}
