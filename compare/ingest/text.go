package ingest

import (
	"strings"
	"unicode/utf8"
)

// maxTitleRunes is the longest line taken for a plain-text title; real
// headlines stay well under it, opening sentences often do not.
const maxTitleRunes = 150

// parseText reads plain text: paragraphs are separated by blank lines
// (lines of only spaces and tabs count as blank); single line breaks inside
// a paragraph are kept as '\n' because sentence splitting uses them, and
// tabs are kept. Trailing blanks on each line are dropped. A YAML front
// matter block at the top, as web clippers write into .txt files too, is
// metadata as in Markdown (see cutFrontMatter and inPlainText).
func parseText(s string) *Document {
	doc := &Document{Format: FormatText}
	fm, rest, ok := cutFrontMatter(s)
	if ok && fm.inPlainText() {
		s = rest
	} else {
		fm = frontMatter{}
	}
	var para []string
	flush := func() {
		if len(para) > 0 {
			doc.Paragraphs = append(doc.Paragraphs, Paragraph{Text: strings.Join(para, "\n"), Kind: KindParagraph})
			para = para[:0]
		}
	}
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.TrimRight(line, " \t")
		if strings.TrimLeft(line, " \t") == "" {
			flush()
			continue
		}
		if len(para) == 0 {
			line = strings.TrimLeft(line, " \t")
		}
		para = append(para, line)
	}
	flush()

	// The title is the first paragraph with words: a text may open with a
	// rule ("---"), which is no headline.
	t := 0
	for t < len(doc.Paragraphs)-1 && !hasWords(doc.Paragraphs[t]) {
		t++
	}
	if len(doc.Paragraphs) > t+1 && looksLikeTitle(doc.Paragraphs[t].Text) {
		doc.Paragraphs[t].Kind = KindHeadline
		doc.Title = doc.Paragraphs[t].Text
	}
	doc.Byline, doc.Date, doc.Site = fm.byline(), fm.date, fm.site
	if fm.title != "" && !headlineAtTop(doc) {
		doc.Title = fm.title
		placeHeadline(doc)
	}
	markBylines(doc)
	return doc
}

// looksLikeTitle reports whether a first paragraph reads as a headline: one
// short line that does not end like a sentence or a clause. Headlines may
// end in '?' or '!', so only '.', ',', ';', ':' and an ellipsis disqualify,
// but for an initialism's full stop in a headline (InitialismHeadline).
func looksLikeTitle(p string) bool {
	if strings.ContainsRune(p, '\n') || utf8.RuneCountInString(p) > maxTitleRunes {
		return false
	}
	if _, ok := bylineName(p); ok {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return !strings.ContainsRune(".,;:…", last) || InitialismHeadline(p)
}

// InitialismHeadline reports whether t, a line in headline case, ends in
// an initialism of two letters or more with its full stops ("Gay Marriages
// Get Recognition From the I.R.S."): the last stop closes the initialism,
// not a sentence. In sentence case ("… across the U.S.") it may close
// both.
func InitialismHeadline(t string) bool {
	t = strings.TrimRight(t, "\"'”’)]}»")
	w := t[strings.LastIndexAny(t, " \t")+1:]
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	words := wordsOf(t)
	return len(words) > 1 && headlineCase(words)
}
