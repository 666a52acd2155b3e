package quote

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// PolNeAR (Newell, Margolin & Ruths 2018) annotates who said what in news
// articles, in brat standoff files. The data stays in the shared folder
// beside the repository and is never copied into it.
//
// Scoring, written out:
//   - A quoted string is the text between a pair of top-level double
//     quotation marks (straight or curly), found by the simple pairer
//     quotedStrings below, which is independent of Extract's: “ opens and ”
//     closes, except that a curly mark after a space or a line start and
//     before a non-space opens and one after a non-space and before a
//     space or the end closes, whatever its glyph; a straight mark opens
//     at depth 0 or after a space and before a non-space, and closes
//     otherwise; a string left open at the end of a paragraph runs to its
//     end. Reading a misprinted curly mark by its neighbours counts the
//     quotations printed with a ” that opens (one article opens five of
//     its readers' quotes so, and annotators marked them as Content);
//     glyphQuotedStrings reads curly marks by their glyph alone, as the
//     first version of this scoring did, and its figures are logged
//     beside.
//   - Headlines quote with single marks ("Flynn says Trump 'absolutely
//     right'"), and annotators marked them as Content: in the text's first
//     line, when it has no double marks, single marks pair too (see
//     headlineSingles). The figures counting double marks only are logged
//     beside.
//   - Gold direct quotes are the quoted strings that lie inside annotated
//     Content spans: at least half of the string (without its surrounding
//     punctuation and spaces) is covered by Content. Half, not all, because
//     annotators leave a speaker label inside the marks out of the Content
//     (`"WALLACE: Let's start ..."`, Source WALLACE, Cue ":"). The other
//     quoted strings (scare quotes, titles, names, markup) are not quotes of
//     speech.
//   - Where several annotators annotated one text (the .ann names differ
//     only in their last _xxxx part; two texts here have six files each),
//     their Content spans are united: a string is someone's words if any
//     annotator said so. Speakers come from the first file in sorted order
//     that covers the string. (Scoring the first file alone gives the same
//     figures on this data.)
//   - A predicted quote is correct when one of its parts overlaps a quoted
//     string inside Content; a gold string is found when a part overlaps it.
//   - Speaker accuracy counts the found gold strings whose Source is a
//     name (see sourceKey: its head word is a proper name, as in "longtime
//     Democratic pollster Pat Caddell", "Sen. Claire McCaskill (D-Mo.)",
//     "Scott Pruitt, the Republican attorney general", "the IMF"; not "he",
//     "the company", "the New York businessman", "Protesters"). The key is
//     that head word. The prediction is right when its Speaker contains the
//     key, or the Source contains the Speaker's last word ("Trump" for
//     "Donald Trump"). A surname shared by two people counts as right: the
//     test cannot tell them apart either. Pronoun Sources ("he said") are
//     reported apart: whether the prediction used that pronoun mention (its
//     resolution has no gold).
const polnearDir = "../../../shared/eval/polnear"

type annSpan struct {
	typ    string
	spans  []Span // byte offsets
	text   string
	source string // for Content: the id of its Source
}

type polnearDoc struct {
	name     string
	text     string
	contents [][]annSpan // per annotator file: Content spans with their Source
	sources  []map[string]annSpan
}

func loadPolnear(t testing.TB) []polnearDoc {
	t.Helper()
	anns, err := filepath.Glob(filepath.Join(polnearDir, "attributions", "*.ann"))
	if err != nil || len(anns) == 0 {
		t.Skipf("PolNeAR data not found at %s (it lives in the shared folder beside the repository)", polnearDir)
	}
	sort.Strings(anns)
	byText := map[string][]string{}
	var names []string
	for _, a := range anns {
		base := filepath.Base(a)
		base = base[:strings.LastIndexByte(base, '_')]
		if byText[base] == nil {
			names = append(names, base)
		}
		byText[base] = append(byText[base], a)
	}
	var docs []polnearDoc
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(polnearDir, "text", name+".txt"))
		if err != nil {
			t.Fatalf("reading text for %s: %v", name, err)
		}
		d := polnearDoc{name: name, text: string(b)}
		for _, a := range byText[name] {
			cs, srcs := parseAnn(t, a, d.text)
			d.contents = append(d.contents, cs)
			d.sources = append(d.sources, srcs)
		}
		docs = append(docs, d)
	}
	return docs
}

// parseAnn reads the Content spans of one .ann file, each with its Source,
// converting brat's character offsets to byte offsets.
func parseAnn(t testing.TB, path, text string) ([]annSpan, map[string]annSpan) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	defer f.Close()
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	ts := map[string]annSpan{}
	var contentOf, sourceOf []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		switch {
		case strings.HasPrefix(fields[0], "T") && len(fields) >= 3:
			head := strings.SplitN(fields[1], " ", 2)
			a := annSpan{typ: head[0], text: fields[2]}
			for _, sp := range strings.Split(head[1], ";") {
				s, e, ok := parseSpan(sp)
				if !ok || s < 0 || e >= len(byteAt) || s > e {
					t.Fatalf("%s: bad span %q", path, sp)
				}
				a.spans = append(a.spans, Span{byteAt[s], byteAt[e]})
			}
			ts[fields[0]] = a
		case strings.HasPrefix(fields[0], "E") && len(fields) >= 2:
			var c, s string
			for _, arg := range strings.Fields(fields[1]) {
				role, id, _ := strings.Cut(arg, ":")
				switch role {
				case "Content":
					c = id
				case "Source":
					s = id
				}
			}
			contentOf, sourceOf = append(contentOf, c), append(sourceOf, s)
		}
	}
	var cs []annSpan
	srcs := map[string]annSpan{}
	for i, c := range contentOf {
		a, ok := ts[c]
		if !ok {
			continue
		}
		a.source = sourceOf[i]
		cs = append(cs, a)
		if s, ok := ts[sourceOf[i]]; ok {
			srcs[sourceOf[i]] = s
		}
	}
	return cs, srcs
}

// parseSpan reads a brat span "start end".
func parseSpan(sp string) (int, int, bool) {
	f := strings.Fields(sp)
	if len(f) != 2 {
		return 0, 0, false
	}
	s, err1 := strconv.Atoi(f[0])
	e, err2 := strconv.Atoi(f[1])
	return s, e, err1 == nil && err2 == nil
}

// quotedStrings pairs double quotation marks simply, and single ones in
// the headline (see the scoring note).
func quotedStrings(text string) []Span {
	out := pairMarks(text, true)
	if len(out) > 0 && out[0].Start < headlineEnd(text) {
		return out // a headline quoting with double marks
	}
	return append(headlineSingles(text), out...)
}

// doubleQuotedStrings pairs double marks only, headline included.
func doubleQuotedStrings(text string) []Span { return pairMarks(text, true) }

// headlineEnd returns the end of the text's first line.
func headlineEnd(text string) int {
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		return i
	}
	return len(text)
}

// headlineSingles pairs single marks in the first line: one after a space
// or the line's start (or a colon or dash) and before a letter opens, one
// after a non-space and before a non-letter closes; between two letters a
// mark is an apostrophe.
func headlineSingles(text string) []Span {
	end := headlineEnd(text)
	var out []Span
	open := -1
	for i := 0; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '\'' && r != '‘' && r != '’' {
			i += n
			continue
		}
		pr, _ := utf8.DecodeLastRuneInString(text[:i])
		nr, _ := utf8.DecodeRuneInString(text[i+n:])
		before := i == 0 || unicode.IsSpace(pr) || pr == ':' || pr == '—'
		after := i+n < end && (unicode.IsLetter(nr) || unicode.IsDigit(nr))
		switch {
		case open < 0 && before && after && r != '’':
			open = i + n
		case open >= 0 && !before && !after && r != '‘':
			out = append(out, Span{open, i})
			open = -1
		}
		i += n
	}
	return out
}

// glyphQuotedStrings pairs curly marks by their glyph alone.
func glyphQuotedStrings(text string) []Span { return pairMarks(text, false) }

func pairMarks(text string, byNeighbours bool) []Span {
	var out []Span
	depth, open := 0, 0
	flush := func(end int) {
		if depth > 0 {
			out = append(out, Span{open, end})
		}
		depth = 0
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		before := i == 0 || text[i-1] == ' ' || text[i-1] == '\n'
		after := i+n < len(text) && text[i+n] != ' ' && text[i+n] != '\n'
		curly := r == '“' || r == '”'
		opensHere := r == '“' || r == '"' && (depth == 0 || before && after)
		if byNeighbours && curly && before == after {
			opensHere = before // ”Word opens; word“ followed by a space closes
		}
		switch {
		case r == '\n' && strings.HasPrefix(text[i+1:], "\n"):
			flush(i)
		case opensHere:
			if depth == 0 {
				open = i + n
			}
			depth++
		case curly || r == '"':
			if depth == 1 {
				out = append(out, Span{open, i})
			}
			depth = max(depth-1, 0)
		}
		i += n
	}
	flush(len(text))
	return out
}

// core strips the spaces and punctuation around a quoted string.
func core(text string, s Span) Span {
	trim := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !trim(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !trim(r) {
			break
		}
		s.End -= n
	}
	return s
}

func overlaps(a, b Span) bool { return a.Start < b.End && b.Start < a.End }
