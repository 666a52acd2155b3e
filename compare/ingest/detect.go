package ingest

import (
	"bytes"
	"path"
	"strings"
)

// The formats Parse recognises, as stored in Document.Format.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// detectSniffLen bounds how much of the input the Markdown heuristics read:
// the structure of an article shows in its first pages.
const detectSniffLen = 64 << 10

// detectFormat decides how to read data. An HTML page is recognised by its
// first tag whatever the name says, because browsers and tools happily save
// pages as .txt; otherwise the extension decides, and only a source without
// a known extension ("-", a bare URL) is sniffed for Markdown.
func detectFormat(source string, data []byte) string {
	if looksLikeHTML(data) {
		return FormatHTML
	}
	switch extension(source) {
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".txt", ".text":
		return FormatText
	}
	if looksLikeMarkdown(data[:min(len(data), detectSniffLen)]) {
		return FormatMarkdown
	}
	if _, _, ok := cutFrontMatter(string(data[:min(len(data), detectSniffLen)])); ok {
		return FormatMarkdown // the YAML block of site generators and clippers
	}
	return FormatText
}

// extension returns the lower-case extension of a path or URL, ignoring a
// URL's query and fragment.
func extension(source string) string {
	if i := strings.IndexAny(source, "?#"); i >= 0 && strings.Contains(source, "://") {
		source = source[:i]
	}
	return strings.ToLower(path.Ext(source))
}

// looksLikeHTML reports whether data starts, after whitespace, an XML
// declaration and comments (browsers write "<!-- saved from url=... -->"),
// with a doctype or an html or head tag.
func looksLikeHTML(data []byte) bool {
	rest := data
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n\f")
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			end := bytes.Index(rest, []byte("?>"))
			if end < 0 {
				return false
			}
			rest = rest[end+2:]
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest[4:], []byte("-->"))
			if end < 0 {
				return false
			}
			rest = rest[4+end+3:]
		default:
			for _, p := range []string{"<!doctype html", "<html", "<head"} {
				if len(rest) >= len(p) && strings.EqualFold(string(rest[:len(p)]), p) {
					return len(rest) == len(p) || isTagEnd(rest[len(p)])
				}
			}
			return false
		}
	}
}

// isTagEnd reports whether c may follow a tag name, so "<header" and
// "<htmlfoo" are not taken for "<head" and "<html".
func isTagEnd(c byte) bool {
	return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'
}

// looksLikeMarkdown is deliberately conservative: plain prose with a stray
// '#' or '*' must stay text. It wants a heading on the first line, two
// headings, a heading plus other Markdown syntax, or several links or code
// fences, none of which plain articles contain by accident.
func looksLikeMarkdown(data []byte) bool {
	var headings, links, fences, emphasis int
	first := true
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		line = bytes.TrimRight(line, " \t\r")
		if len(line) == 0 {
			continue
		}
		if isATXHeading(line) {
			if first {
				return true
			}
			headings++
		}
		first = false
		if bytes.HasPrefix(bytes.TrimLeft(line, " "), []byte("```")) {
			fences++
		}
		links += bytes.Count(line, []byte("](http")) + bytes.Count(line, []byte("](/"))
		emphasis += bytes.Count(line, []byte("**")) / 2
	}
	other := links + fences + emphasis
	return headings >= 2 || (headings == 1 && other > 0) || links >= 2 || fences >= 2
}

// isATXHeading reports whether line is "# Title" to "###### Title": one to
// six '#' at the start, a space, then text.
func isATXHeading(line []byte) bool {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n+1 >= len(line) || line[n] != ' ' {
		return false
	}
	return len(bytes.TrimSpace(line[n:])) > 0
}
