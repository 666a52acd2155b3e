package quote

import "strings"

// Misprinted marks: a closing mark printed on the wrong side of its
// space, glued to the next word, or left out before the cue. pairParagraph
// (marks.go) asks these when a mark's neighbours mislead.

// misprintedClose reports whether the straight mark at text[i:i+n], in an
// open quotation, is a closing mark printed on the wrong side of its space:
// `…we could do, "said the white woman` (ECB+'s commonest misprint). It
// follows a comma, question or exclamation mark and a space, and a verb of
// speech in lower case follows it.
func misprintedClose(text string, p Span, i, n int) bool {
	if i-2 < p.Start || text[i-1] != ' ' || !strings.ContainsRune(",?!", rune(text[i-2])) {
		return false
	}
	e := i + n
	for e < p.End && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	if e == i+n || e < p.End && isWordRune(rune(text[e])) {
		return false
	}
	return speechVerbs.has(text[i+n : e])
}

// misprintedBeforeName reports whether the straight mark at text[i:i+n],
// in an open quotation, is a closing mark printed on the wrong side of its
// space before the speaker's name: `… ready to step in, "DiLeo said.`. As
// in misprintedClose, a comma, question or exclamation mark and a space
// come before it; one to three capitalised words follow it, then a verb of
// speech in lower case that ends the clause (a comma, a full stop or the
// paragraph's end): a quotation nested in the open one would go on
// (`"I told him, "Smith said you were fired,"`).
func misprintedBeforeName(text string, p Span, i, n int) bool {
	if i-2 < p.Start || text[i-1] != ' ' || !strings.ContainsRune(",?!", rune(text[i-2])) {
		return false
	}
	e := i + n
	for words := 0; ; words++ {
		if words == 3 || e >= p.End || text[e] < 'A' || text[e] > 'Z' {
			if words == 0 {
				return false
			}
			break
		}
		for e < p.End && (isWordRune(rune(text[e])) || text[e] == '.' && e+1 < p.End && text[e+1] != ' ' || text[e] == '\'') {
			e++
		}
		if e >= p.End || text[e] != ' ' {
			return false
		}
		e++
	}
	v := e
	for e < p.End && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	if e == v || !speechVerbs.has(text[v:e]) {
		return false
	}
	return e == p.End || text[e] == '.' || text[e] == ','
}

// gluedClose reports whether the straight mark at text[i], which looks as
// if it opened (a space before it, a lower-case letter after), inside a
// quotation opened by a straight mark, is its closing mark glued to the
// next word: `"Twilight "author Stephenie Meyer`, `the "illegal use "of
// his service weapon`. A straight mark cannot open a quotation nested in
// one, unless the next straight mark closes that one (`"He called it "a
// disaster" on air,"`).
//
// After the end of a sentence the mark may as well stand before a capital:
// `… is wrong. "Perry is referring to …` closes the statement, and the
// narration goes on; a quotation nested in a quotation would close at the
// next straight mark.
func gluedClose(text string, p Span, i int) bool {
	if i == p.Start || text[i-1] != ' ' || i+1 >= p.End {
		return false
	}
	if c := text[i+1]; (c < 'a' || c > 'z') && !(c >= 'A' && c <= 'Z' && i-2 >= p.Start && strings.IndexByte(".?!", text[i-2]) >= 0) {
		return false
	}
	j := strings.IndexByte(text[i+1:p.End], '"')
	if j < 0 {
		return true
	}
	j += i + 1
	// The next straight mark opens (after a space, before a word) too.
	return text[j-1] == ' ' && j+1 < p.End && isWordRune(rune(text[j+1]))
}

// unclosedBeforeCue reports whether the quotation whose words open at is,
// still open at the opening mark at i, was left unclosed before its cue:
// the words before the mark end `, Mr. Rother said. ` or `, said Ann
// Lee. ` (a speech verb and one to three capitalised words, or a pronoun)
// after a comma. c is the comma, where the words end. A quotation nested
// in an open one follows its own words, not a cue.
func unclosedBeforeCue(text string, is, i int) (c int, ok bool) {
	if i-2 < is || text[i-1] != ' ' || text[i-2] != '.' {
		return 0, false
	}
	c = strings.LastIndex(text[is:i], ", ")
	if c < 0 {
		return 0, false
	}
	c += is
	f := strings.Fields(strings.TrimSuffix(strings.TrimSpace(text[c+2:i]), "."))
	if len(f) < 2 || len(f) > 4 {
		return 0, false
	}
	verb, who := f[len(f)-1], f[:len(f)-1]
	if !speechVerbs.has(verb) {
		verb, who = f[0], f[1:]
	}
	if !speechVerbs.has(verb) {
		return 0, false
	}
	if len(who) == 1 && pronouns.has(who[0]) {
		return c, true
	}
	for _, w := range who {
		if w[0] < 'A' || w[0] > 'Z' {
			return 0, false
		}
	}
	return c, true
}
