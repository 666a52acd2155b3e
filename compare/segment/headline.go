package segment

import (
	"strings"

	"github.com/storydiff/storydiff/compare/ingest"
)

// headlines is what Split knows of the article's headline before it cuts
// sentences, so that the headline and its repeats stay whole.
type headlines struct {
	texts     []string // the title, marked headlines, a headline found by shape
	paragraph int      // the unmarked paragraph taken as headline by its shape, or -1
}

// maxHeadlineWords bounds a headline found by shape in plain text.
const maxHeadlineWords = 20

func findHeadlines(doc *ingest.Document) headlines {
	h := headlines{paragraph: -1}
	if t := strings.TrimSpace(doc.Title); t != "" && !isStampLine(t) {
		h.texts = append(h.texts, t)
	}
	marked := false
	for _, p := range doc.Paragraphs {
		if p.Kind != ingest.KindHeadline || isStampLine(p.Text) {
			continue // a time stamp taken for a title is not one
		}
		marked = true
		for line := range strings.Lines(p.Text) {
			if t := strings.TrimSpace(line); t != "" {
				h.texts = append(h.texts, t)
			}
		}
	}
	if !marked {
		if i := headlineByShape(doc.Paragraphs); i >= 0 {
			h.paragraph = i
			h.texts = append(h.texts, strings.TrimSpace(doc.Paragraphs[i].Text))
		}
	}
	return h
}

// headlineByShape returns the index of the first paragraph when, in a
// document with no marked headline, it looks like one: a single short line
// with no final full stop (but an initialism's, in headline case: "Gay
// Marriages Get Recognition From the I.R.S."), followed by more text.
// Time stamps and datelines before it are passed over: pages saved as
// text often open with "Updated: November 11, 2011 20:09 IST" above the
// headline. A page saved with only its date and headline ("June 06, 2013"
// and "Esther Williams, swimming star, dies at 91") needs no text after
// it: the stamp says it is a page, whose one short line is its headline.
func headlineByShape(ps []ingest.Paragraph) int {
	first, stamped := -1, false
	for i, p := range ps {
		if strings.TrimSpace(p.Text) == "" {
			continue
		}
		if first >= 0 {
			return first // there is text after it
		}
		t := strings.TrimSpace(p.Text)
		if isStampLine(t) {
			stamped = true
			continue
		}
		if p.Kind != ingest.KindParagraph && p.Kind != ingest.KindHeadline && p.Kind != "" || strings.Contains(t, "\n") ||
			len(strings.Fields(t)) > maxHeadlineWords || !hasWord(t) ||
			strings.HasSuffix(strings.TrimRight(t, closers), ".") && !ingest.InitialismHeadline(t) ||
			matchesAny(captionRules, t) || matchesAny(boilerplateRules, t) && !isLabelledMediaTitle(t) {
			return -1
		}
		first = i
	}
	if stamped {
		return first
	}
	return -1
}

// isStampLine reports whether a paragraph is one line holding only a time
// stamp or a dateline.
func isStampLine(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && !strings.Contains(t, "\n") && len(t) <= maxPatternLen && (stampRule.match(t) || datelineRule.match(t))
}

// Title is the document's title, unless that is a time stamp or a
// dateline plain text opened with ("Updated: November 11, 2011 20:09
// IST"): then the headline below it, found by its shape, or "".
func Title(doc *ingest.Document) string {
	if !isStampLine(doc.Title) {
		return doc.Title
	}
	if i := headlineByShape(doc.Paragraphs); i >= 0 {
		return strings.TrimSpace(doc.Paragraphs[i].Text)
	}
	return ""
}

// repeats reports whether s is one of the headline texts.
func (h *headlines) repeats(s string) bool {
	for _, t := range h.texts {
		if sameWords(t, s) {
			return true
		}
	}
	return false
}
