package ingest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Errors Parse wraps with detail, for callers and tests to errors.Is. Their
// messages are one lower-case line without the source; callers prefix it.
var (
	ErrBinary = errors.New("binary file")
	ErrEmpty  = errors.New("no article text found")
)

// Parse turns an article's bytes into a Document. source is the path, URL
// or "-" the bytes came from; it guesses the format by extension, together
// with the content (see detectFormat), and is stored, sanitised, in
// Document.Source. Parse is pure: it does no I/O, so reading files and
// limiting their size is the caller's job.
//
// The bytes are decoded first: a UTF-8 byte order mark is dropped, UTF-16
// and UTF-32 with a byte order mark are transcoded, an HTML page's declared
// charset is honoured, text with no UTF-8 sequence in it is read as
// Windows-1252 (a legacy single-byte file), invalid bytes in UTF-8 text
// become U+FFFD, CRLF and lone CR become LF, and the text is put in NFC. Every string in the result has been
// through Sanitize, so none holds a control character but '\n' and '\t'.
//
// Input shaped to make the libraries slow is read by a simpler path: HTML
// nested deeper than maxTreeDepth from its tokens, Markdown nested deeper
// than maxMarkdownNesting as plain text. Either way Parse stays linear-ish.
//
// Parse refuses, with an error wrapping ErrBinary, data with a NUL byte in
// its first 8,000 bytes (unless a UTF-16/32 byte order mark explains it),
// and, wrapping ErrEmpty, data without any article text.
func Parse(source string, data []byte) (*Document, error) {
	u, err := unwrap(data)
	if err != nil {
		return nil, err
	}
	format := detectFormat(source, u.data)
	var doc *Document
	if format == FormatHTML {
		doc = parseHTML(u)
	} else {
		text := validUTF8
		if u.bom { // a UTF-8 byte order mark settles the encoding
			text = replaceInvalid
		}
		s := normalizeNewlines(text(u.data))
		if format == FormatMarkdown && tooNested(s, maxMarkdownNesting) {
			format = FormatText
		}
		if format == FormatMarkdown {
			doc, err = parseMarkdown(s)
		} else {
			doc = parseText(s)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", format, err)
	}
	doc.Format = format
	doc.Source = source
	finish(doc)
	if !slices.ContainsFunc(doc.Paragraphs, hasWords) {
		return nil, ErrEmpty
	}
	return doc, nil
}

// hasWords reports whether a paragraph has a letter or a digit: marks,
// symbols and the U+FFFD of undecodable bytes alone are no article text
// ("\xff\xfe\x00", a UTF-16 mark and half a character).
func hasWords(p Paragraph) bool { return wordy(p.Text) }

// wordy reports whether s has a letter or a digit. Between the links of a
// link list (isLinkList, isLinkListHTML) only space, punctuation and
// separators ("·", "|") may stand.
func wordy(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// finish sanitises every string of doc, folds the metadata onto one line
// and drops paragraphs left without text.
func finish(doc *Document) {
	doc.Source = singleLine.Replace(Sanitize(doc.Source))
	doc.Title = oneLine(doc.Title)
	doc.Byline = oneLine(doc.Byline)
	doc.Site = oneLine(doc.Site)
	doc.Date = oneLine(doc.Date)
	if doc.Label == "" {
		doc.Label = doc.Site
	}
	doc.Label = oneLine(doc.Label)
	kept := doc.Paragraphs[:0]
	for _, p := range doc.Paragraphs {
		p.Text = strings.TrimSpace(Sanitize(p.Text))
		if p.Text != "" {
			kept = append(kept, p)
		}
	}
	doc.Paragraphs = kept
}

// singleLine shows the line breaks and tabs of a path, which is drawn on one
// line and must stay recognisable rather than be tidied.
var singleLine = strings.NewReplacer("\n", "\u240A", "\t", "\u2409")
