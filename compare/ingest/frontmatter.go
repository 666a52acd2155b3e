package ingest

import (
	"strings"
)

// Front matter is the YAML block that static site generators and web
// clippers put at the top of a Markdown file:
//
//	---
//	title: "Medicare savings battle"
//	author: Jo Park
//	---
//
// It is metadata, not article text, and CommonMark has no notion of it (it
// reads a rule and a setext heading), so it is cut off before goldmark runs.
// Only a block that really looks like YAML keys counts: a file opening with a
// rule and a paragraph stays Markdown. The few keys an article needs are read
// by hand, as plain and quoted scalars, flow lists and "- item" lists; a YAML
// library would accept far more than this needs to know.

// maxFrontMatterLines bounds the search for the closing line, so a file that
// merely opens with a rule is not scanned to its end.
const maxFrontMatterLines = 200

// frontMatter is what the block says about the article.
type frontMatter struct {
	title, date, site string
	authors           []string
	keys              int // the keys the block has, read or not
}

// frontMatterKeys maps the keys read, lower-cased, to the field they fill.
var frontMatterKeys = map[string]string{
	"title": "title", "headline": "title",
	"author": "author", "authors": "author", "byline": "author", "creator": "author",
	"date": "date", "published": "date", "publishdate": "date", "pubdate": "date", "published_at": "date",
	"site": "site", "site_name": "site", "sitename": "site", "publisher": "site",
}

// otherFrontMatterKeys are keys front matter commonly has that an article
// does not need. A block must have one of these or of frontMatterKeys:
// "Note: ..." between two rules is prose, though it parses as YAML.
var otherFrontMatterKeys = map[string]bool{
	"tags": true, "source": true, "url": true, "description": true, "created": true,
	"layout": true, "slug": true, "categories": true, "draft": true, "lang": true,
	"summary": true, "image": true, "updated": true, "modified": true, "clipped": true,
}

// cutFrontMatter splits a leading front matter block off s. It returns the
// block's fields and the text after it, or ok false and s unchanged.
func cutFrontMatter(s string) (fm frontMatter, rest string, ok bool) {
	first, after, found := strings.Cut(s, "\n")
	if !found || strings.TrimRight(first, " \t") != "---" {
		return frontMatter{}, s, false
	}
	var lines []string
	for n := 0; ; n++ {
		if n == maxFrontMatterLines || after == "" {
			return frontMatter{}, s, false
		}
		var line string
		line, after, _ = strings.Cut(after, "\n")
		if end := strings.TrimRight(line, " \t"); end == "---" || end == "..." {
			break
		}
		lines = append(lines, line)
	}
	fm, ok = parseFrontMatter(lines)
	if !ok {
		return frontMatter{}, s, false
	}
	return fm, after, true
}

// parseFrontMatter reads the block's lines; ok is false unless every line
// is a key, an indented continuation, a comment or blank, the first
// non-blank line is a key and one key is a known one.
func parseFrontMatter(lines []string) (fm frontMatter, ok bool) {
	field := "" // the field the current key fills, "" for a key not read
	keys, known := 0, false
	var folded []string // the lines of a ">" or "|" block scalar
	flush := func() {
		if len(folded) > 0 {
			fm.set(field, strings.Join(folded, " "))
			folded = nil
		}
	}
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case line[0] == ' ' || line[0] == '\t' || strings.HasPrefix(line, "- "):
			if keys == 0 {
				return frontMatter{}, false
			}
			if item, isItem := strings.CutPrefix(trimmed, "- "); isItem {
				fm.set(field, item)
			} else {
				folded = append(folded, trimmed)
			}
		default:
			key, value, isKey := strings.Cut(trimmed, ":")
			if !isKey || !isYAMLKey(key) || (value != "" && value[0] != ' ' && value[0] != '\t') {
				return frontMatter{}, false
			}
			flush()
			keys++
			field = frontMatterKeys[strings.ToLower(key)]
			known = known || field != "" || otherFrontMatterKeys[strings.ToLower(key)]
			value = strings.TrimSpace(value)
			switch {
			case strings.HasPrefix(value, "[") && strings.HasSuffix(value, "]") && !strings.HasPrefix(value, "[["):
				for item := range strings.SplitSeq(value[1:len(value)-1], ",") {
					fm.set(field, item)
				}
			case value == "" || strings.Trim(value, "|>-+") == "":
				// a list or block scalar follows on indented lines
			default:
				fm.set(field, value)
			}
		}
	}
	flush()
	fm.keys = keys
	return fm, known
}

// inPlainText reports whether the block is sure enough to be front matter
// to cut from a plain-text file, where nothing else says the file has any:
// it names a title, or has two keys or more (a clipper writes several). A
// single "Summary: ..." or "Date: ..." line between two rules may be the
// text's own, and stays.
func (fm frontMatter) inPlainText() bool {
	return fm.title != "" || fm.keys >= 2
}

// isYAMLKey reports whether k is a plain mapping key: a letter or '_' then
// letters, digits, '_', '-', '.' or spaces.
func isYAMLKey(k string) bool {
	for i, r := range k {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '-' || r == '.' || r == ' ')) {
			return false
		}
	}
	return k != ""
}

// set stores a scalar in field, unquoted and without an Obsidian-style
// [[link]]; a field takes its first value, authors every one.
func (fm *frontMatter) set(field, v string) {
	v = strings.TrimSpace(v)
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		quote := v[0]
		v = v[1 : len(v)-1]
		if quote == '\'' {
			v = strings.ReplaceAll(v, "''", "'")
		} else {
			v = strings.ReplaceAll(v, `\"`, `"`)
		}
	}
	if inner, isLink := strings.CutPrefix(v, "[["); isLink {
		inner, _ = strings.CutSuffix(inner, "]]")
		if _, alias, aliased := strings.Cut(inner, "|"); aliased {
			inner = alias
		}
		v = inner
	}
	v = strings.TrimSpace(v)
	if v == "" {
		return
	}
	switch field {
	case "title":
		fm.title = firstNonEmpty(fm.title, v)
	case "date":
		fm.date = firstNonEmpty(fm.date, v)
	case "site":
		fm.site = firstNonEmpty(fm.site, v)
	case "author":
		fm.authors = append(fm.authors, v)
	}
}

// byline joins the authors as a byline says them.
func (fm frontMatter) byline() string {
	switch n := len(fm.authors); n {
	case 0:
		return ""
	case 1:
		return fm.authors[0]
	default:
		return strings.Join(fm.authors[:n-1], ", ") + " and " + fm.authors[n-1]
	}
}
