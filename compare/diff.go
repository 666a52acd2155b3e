package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/storydiff/storydiff/compare/internal/spelling"
)

// WordDiff returns the word-level edit script that turns a into b. Tokens
// are whole words, runs of spaces and single punctuation marks, so a change
// never splits a word.
//
// go-diff has no word mode: each distinct token is mapped to one private-use
// rune, the rune strings are diffed with DiffMainRunes, and the result is
// read back as runs of each side's tokens. go-diff's character-level semantic cleanup is not
// used on the decoded text because it would split words again.
func WordDiff(a, b string) []DiffOp {
	return newWordDiffer(a).diff(b)
}

// wordDiffer diffs many texts against one reference, which it tokenises
// and encodes once. Tokens are encoded by their key (foldToken), so a word
// written with other typography or in British spelling is the same token;
// the texts themselves are kept to rebuild each side.
type wordDiffer struct {
	enc     *tokenCodec
	ref     []rune
	refToks []string
	refKeys []string // each token's key (foldToken)
	refText string
	dmp     *diffmatchpatch.DiffMatchPatch
}

func newWordDiffer(ref string) *wordDiffer {
	refToks := tokenize(ref)
	// Room for the reference's tokens and as many again from the texts
	// diffed against it, so that the table is not rehashed as it fills.
	w := &wordDiffer{enc: newTokenCodec(2 * len(refToks)), dmp: diffmatchpatch.New(), refText: ref, refToks: refToks}
	w.dmp.DiffTimeout = 0 // deterministic: never cut the diff short
	w.refKeys = foldTokens(w.refToks)
	w.ref = w.enc.encode(w.refKeys)
	return w
}

func (w *wordDiffer) diff(b string) []DiffOp {
	enc := w.enc
	toks := tokenize(b)
	keys := foldTokens(toks)
	runes := enc.encode(keys)
	// A compound one side writes open and the other closed ("per cent",
	// "percent") is one token on both.
	// So is an acronym one side writes as a word ("NATO", "Nato").
	refToks, ref := w.refToks, w.ref
	// A capitonym whose capital the sentence's start or a headline's
	// title case forces is a name only where the other side says so.
	jt, jka, joinedA := joinAgainst(refToks, w.refKeys, runes, enc)
	jka, recasedA := recaseAgainst(jt, jka, runes, enc)
	jka, forcedA := forcedAgainst(jt, jka, runes, enc)
	if joinedA || recasedA || forcedA {
		refToks, ref = jt, enc.encode(jka)
	}
	jt, jkb, joinedB := joinAgainst(toks, keys, w.ref, enc)
	jkb, recasedB := recaseAgainst(jt, jkb, w.ref, enc)
	jkb, forcedB := forcedAgainst(jt, jkb, w.ref, enc)
	if joinedB || recasedB || forcedB {
		toks, runes = jt, enc.encode(jkb)
	}
	if len(enc.tokens) > maxTokens {
		// More distinct tokens than private-use runes to stand for them
		// (sentences of hundreds of thousands of words): the whole text is
		// one change, which still rebuilds both sides.
		return wholeChange(w.refText, b)
	}
	diffs := w.dmp.DiffMainRunes(ref, runes, false)

	ops := make([]DiffOp, 0, len(diffs))
	i, j := 0, 0 // next token of the reference, of b
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			// The key ignores the white space before a token, but after a
			// change the rendered diff reads on with the reference's
			// spacing: a word the compared side sets apart ("a largely
			// unwinnable war" for `a "war`) or sets against a mark
			// (`"protest"` for "protest") would read glued or split.
			// When the change already removes (adds) text, the space it
			// removes (adds) joins it: `{+Ms. +}Araujo`; otherwise the
			// token goes into the change, each side with its own space.
			first, firstTo := "", ""
			// The same holds the other way round for a reader given the
			// compared side's own text (the TUI's inspector prints ToText).
			for n > 0 && len(ops) > 0 && ops[len(ops)-1].Op != OpEqual &&
				spaced(refToks[i]) != spaced(toks[j]) {
				del, ins := changeSides(ops)
				rt, bt := refToks[i], toks[j]
				if rs := strings.TrimLeftFunc(rt, unicode.IsSpace); rs != rt && del {
					ops = append(ops, DiffOp{Op: OpDelete, Text: rt[:len(rt)-len(rs)]})
					first, firstTo = rs, bt
					break
				}
				if bs := strings.TrimLeftFunc(bt, unicode.IsSpace); bs != bt && ins {
					ops = append(ops, DiffOp{Op: OpInsert, Text: bt[:len(bt)-len(bs)]})
					first, firstTo = rt, bs
					break
				}
				ops = append(ops, DiffOp{Op: OpDelete, Text: rt}, DiffOp{Op: OpInsert, Text: bt})
				i, j, n = i+1, j+1, n-1
			}
			if n == 0 {
				continue
			}
			from, to := strings.Join(refToks[i:i+n], ""), strings.Join(toks[j:j+n], "")
			if first != "" {
				from = first + strings.Join(refToks[i+1:i+n], "")
				to = firstTo + strings.Join(toks[j+1:j+n], "")
			}
			op := DiffOp{Op: OpEqual, Text: from}
			if to != from {
				op.To = to
			}
			ops = append(ops, op)
			i, j = i+n, j+n
		case diffmatchpatch.DiffDelete:
			ops = append(ops, DiffOp{Op: OpDelete, Text: strings.Join(refToks[i:i+n], "")})
			i += n
		case diffmatchpatch.DiffInsert:
			ops = append(ops, DiffOp{Op: OpInsert, Text: strings.Join(toks[j:j+n], "")})
			j += n
		}
	}
	return tidyOps(ops)
}

// spaced reports whether a token has white space before it.
func spaced(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsSpace(r)
}

// changeSides reports whether the change that ends ops deletes text and
// whether it inserts text.
func changeSides(ops []DiffOp) (del, ins bool) {
	for k := len(ops) - 1; k >= 0 && ops[k].Op != OpEqual; k-- {
		del = del || ops[k].Op == OpDelete
		ins = ins || ops[k].Op == OpInsert
	}
	return del, ins
}

// wholeChange is the diff that replaces all of a with all of b.
func wholeChange(a, b string) []DiffOp {
	if a == b {
		return []DiffOp{{Op: OpEqual, Text: a}}
	}
	var ops []DiffOp
	if a != "" {
		ops = append(ops, DiffOp{Op: OpDelete, Text: a})
	}
	if b != "" {
		ops = append(ops, DiffOp{Op: OpInsert, Text: b})
	}
	return ops
}

// tidyOps folds equal runs that are only spaces or punctuation, when they
// sit between two changes, into the changes: "a, b" -> "c, d" then reads as
// one replaced phrase rather than a stutter of tiny edits. It then merges
// neighbours and puts each deletion before its insertion.
func tidyOps(ops []DiffOp) []DiffOp {
	for i := 1; i+1 < len(ops); i++ {
		if ops[i].Op == OpEqual && ops[i-1].Op != OpEqual && ops[i+1].Op != OpEqual && isFiller(ops[i].Text) {
			ops[i].Op = "both"
		}
	}
	var out []DiffOp
	var del, ins strings.Builder
	flush := func() {
		if del.Len() > 0 {
			out = append(out, DiffOp{Op: OpDelete, Text: del.String()})
			del.Reset()
		}
		if ins.Len() > 0 {
			out = append(out, DiffOp{Op: OpInsert, Text: ins.String()})
			ins.Reset()
		}
	}
	for _, op := range ops {
		switch op.Op {
		case OpDelete:
			del.WriteString(op.Text)
		case OpInsert:
			ins.WriteString(op.Text)
		case "both":
			del.WriteString(op.Text)
			ins.WriteString(op.ToText())
		default:
			flush()
			if n := len(out); n > 0 && out[n-1].Op == OpEqual {
				if prev := &out[n-1]; prev.To != "" || op.To != "" {
					prev.To = prev.ToText() + op.ToText()
				}
				out[n-1].Text += op.Text
			} else if op.Text != "" {
				out = append(out, op)
			}
		}
	}
	flush()
	return out
}

// isFiller reports whether s holds no letter or digit.
func isFiller(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// tokenize splits s into words (letters, digits, and apostrophes, hyphens,
// periods or commas inside them, so "don't", "U.S." and "1,000" stay whole)
// and single other characters, each carrying the white space before it:
// half as many tokens as spaces apart, which go-diff's bisection repays,
// and the same word with the same spacing is still the same token.
func tokenize(s string) []string {
	// A word and its space are about six bytes.
	toks := make([]string, 0, len(s)/5+1)
	lead := 0 // start of the white space before the next token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case isWordRune(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if isJoiner(r2) && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
		case isDot(r) || isDash(r):
			// A run of dots or dashes is one token, so "..." is one
			// token as "…" is, and "--" as "—".
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isDot(r2) != isDot(r) || isDash(r2) != isDash(r) {
					break
				}
				j += n2
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
			if j < len(s) {
				i = j // the space goes with the token that follows
				continue
			}
		}
		toks = append(toks, s[lead:j])
		i, lead = j, j
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '-', '‐', '‑', '–', '.', ',', ':':
		return true
	}
	return invisible(r)
}

// invisible reports a character that shows nothing inside a word: a soft
// hyphen (a place the word may break), a zero-width space or joiner, a
// word joiner, a byte-order mark. Ingest removes them (ingest.Sanitize);
// text given to WordDiff directly may still hold them, and they are no
// edit.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

func isDot(r rune) bool { return r == '.' || r == '…' }

// isDash reports a hyphen or dash of any width.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

// foldToken is the key a token is diffed by: without the white space
// before it (a non-breaking or thin space, or two spaces, is spacing, not
// an edit), with typographic marks in their plain forms (curly quotes and
// apostrophes straight, single quotation marks double, every dash a
// hyphen, an ellipsis three dots, no soft hyphen or zero-width space), a
// British spelling in its American form, a compound closed up
// ("e-commerce" is "ecommerce"; joinAgainst joins "per cent") and, but for
// an acronym, in lower case. Two tokens with one key are the same words,
// as an editor reads them.
func foldToken(t string) string {
	t = strings.TrimLeftFunc(t, unicode.IsSpace)
	if r, _ := utf8.DecodeRuneInString(t); isDot(r) && t != "." {
		return "..." // "…", "...", "...."
	}
	var b strings.Builder
	plain := true
	for i, r := range t {
		f := r
		switch {
		case r == '’' || r == '‘' || r == 'ʼ' || r == '‛' || r == '′':
			f = '\''
		case r == '“' || r == '”' || r == '„' || r == '‟' || r == '″':
			f = '"'
		case isDash(r):
			f = '-'
		case invisible(r):
			f = -1
		}
		if f != r && plain {
			plain = false
			b.WriteString(t[:i])
		}
		if !plain && f >= 0 {
			b.WriteRune(f)
		}
	}
	if !plain {
		t = b.String()
	}
	switch r, _ := utf8.DecodeRuneInString(t); {
	case t == "'":
		return `"` // a single quotation mark, as British papers set quotes
	case r == '-':
		return "-" // "-", "--", "—"
	case isWordRune(r):
		// A compound is one word hyphenated or closed up, as house style
		// has it: "e-commerce", "ecommerce".
		t = spelling.CloseUp(americanWord(t))
		if !spelling.Acronym(t) && !capitonym(t) {
			// Capitals are house style too: "the Government", "Prime
			// Minister", a sentence's first word. An acronym keeps its
			// case: "US" is not "us", nor "WHO" "who"; so does a word
			// a capital makes a name (capitonym).
			t = strings.ToLower(t)
		}
		return t
	}
	return t
}

// capitonyms are the words news copy uses both as a name, with a capital,
// and as a common word: a party or its member ("a Conservative MP", one
// of the party; "a conservative MP", one of such views), a nationality
// ("Polish"), a month ("March", "May"). The capital is the meaning there,
// not house style, as it is in "the Government" (an institution spelt
// with a capital or not, one meaning either way), so the diff shows it.
// Only words whose lower-case form is common in news copy are listed:
// a word that is only a name (Tory, Labour's "Blairite") needs no entry.
// Keys are in American spelling (americanWord: "Labour" is "Labor").
var capitonyms = map[string]bool{
	"conservative": true, "conservatives": true,
	"liberal": true, "liberals": true,
	"democrat": true, "democrats": true, "democratic": true,
	"republican": true, "republicans": true,
	"labor": true, "green": true, "greens": true,
	"socialist": true, "socialists": true,
	"communist": true, "communists": true,
	"independent": true, "independents": true,
	"polish": true, "march": true, "may": true,
}

// capitonym reports whether w, a word with a capital and then lower case
// ("Conservative", "Labor's"), is a capitonym's name form.
func capitonym(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	stem, _ := strings.CutSuffix(w, "'s")
	var buf [16]byte // every entry is shorter, in ASCII
	if len(stem) > len(buf) || r >= utf8.RuneSelf {
		return false
	}
	buf[0] = byte(unicode.ToLower(r))
	for i := n; i < len(stem); i++ {
		c := stem[i]
		if c < 'a' || c > 'z' {
			return false
		}
		buf[i] = c
	}
	return capitonyms[string(buf[:len(stem)])] // no string is built
}

// americanWord is a word in American spelling, each part of a compound
// and a possessive's word too: "well-organised", "Labour's".
func americanWord(t string) string {
	if !strings.ContainsAny(t, "-'") {
		us, _ := spelling.US(t)
		return us
	}
	parts := strings.Split(t, "-")
	for i, p := range parts {
		stem, poss := strings.CutSuffix(p, "'s")
		if us, ok := spelling.US(stem); ok {
			parts[i] = us
			if poss {
				parts[i] += "'s"
			}
		}
	}
	return strings.Join(parts, "-")
}

// foldTokens returns the key of each token (foldToken).
func foldTokens(toks []string) []string {
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = foldToken(t)
	}
	return keys
}

// joinAgainst makes one token of each two words of toks (keys, their
// keys) set apart by one plain space whose closed form (spelling.Joined)
// is a word of the other side (other, its runes in enc): one side's "per
// cent" or "health care" where the other writes "percent" or
// "health-care". A compound written open, hyphenated or closed is house
// style, not an edit. ok is false, and toks and keys come back as they
// are, when there is no such pair.
func joinAgainst(toks, keys []string, other []rune, enc *tokenCodec) (jt, jk []string, ok bool) {
	var buf [64]byte
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && strings.HasPrefix(toks[i+1], " ") && !strings.HasPrefix(toks[i+1], "  ") &&
			len(keys[i])+len(keys[i+1]) <= len(buf) && spelling.Joinable(keys[i], keys[i+1]) {
			closed := append(append(buf[:0], keys[i]...), keys[i+1]...)
			if r, found := enc.ids[string(closed)]; found && slices.Contains(other, r) {
				if jt == nil {
					jt = append(make([]string, 0, len(toks)), toks[:i]...)
					jk = append(make([]string, 0, len(toks)), keys[:i]...)
				}
				jt, jk = append(jt, toks[i]+toks[i+1]), append(jk, string(closed))
				i++
				continue
			}
		}
		if jt != nil {
			jt, jk = append(jt, toks[i]), append(jk, keys[i])
		}
	}
	if jt == nil {
		return toks, keys, false
	}
	return jt, jk, true
}

// recaseAgainst gives each word of toks written with a capital and then
// lower case ("Nato", "Nasa") the key of the acronym of its letters when
// the other side (other, its runes in enc) has it ("NATO"): British papers
// set acronyms that are said as words so. keys is copied before a change;
// ok says whether one was made.
func recaseAgainst(toks, keys []string, other []rune, enc *tokenCodec) ([]string, bool) {
	var buf [32]byte
	out := keys
	for i, t := range toks {
		w := strings.TrimLeftFunc(t, unicode.IsSpace)
		if len(w) < 3 || len(w) > len(buf) || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		up := buf[:len(w)]
		word := true
		for j := 0; j < len(w) && word; j++ {
			switch c := w[j]; {
			case j > 0 && 'a' <= c && c <= 'z':
				up[j] = c - 'a' + 'A'
			case j == 0:
				up[j] = c
			default:
				word = false
			}
		}
		if !word {
			continue
		}
		if r, found := enc.ids[string(up)]; found && slices.Contains(other, r) {
			if &out[0] == &keys[0] {
				out = slices.Clone(keys)
			}
			out[i] = string(up)
		}
	}
	return out, len(keys) > 0 && &out[0] != &keys[0]
}

// forcedAgainst gives each capitonym of toks whose capital is forced (the
// first word of a sentence or of a quote, or any word of a headline set in
// title case) its lower-case key, unless the other side (other, its runes
// in enc) has the word with its capital: "Conservative MPs met." tells no
// party from views, and is the same words as "conservative MPs met" but
// as "Conservative MPs met" too. keys is copied before a change; ok says
// whether one was made.
func forcedAgainst(toks, keys []string, other []rune, enc *tokenCodec) ([]string, bool) {
	out := keys
	title := titleCase(toks)
	start := true // the next word opens a sentence or a quote
	for i, k := range keys {
		r, _ := utf8.DecodeRuneInString(k)
		if !isWordRune(r) {
			switch k {
			case ".", "?", "!", ":", "\"", "(", "-", "...":
				start = true
			}
			continue
		}
		forced := start || title
		start = false
		if !forced || !capitonym(k) {
			continue
		}
		if id, found := enc.ids[k]; found && slices.Contains(other, id) {
			continue
		}
		if &out[0] == &keys[0] {
			out = slices.Clone(keys)
		}
		out[i] = strings.ToLower(k)
	}
	return out, len(keys) > 0 && &out[0] != &keys[0]
}

// titleCase reports whether toks are a headline set in title case: most
// of the words of four letters or more after the first start with a
// capital, and at least two do.
func titleCase(toks []string) bool {
	caps, long, first := 0, 0, true
	for _, t := range toks {
		w := strings.TrimLeftFunc(t, unicode.IsSpace)
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if first {
			first = false
			continue
		}
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return caps >= 2 && 4*caps >= 3*long
}

// tokenCodec maps tokens, by their keys, to private-use runes.
type tokenCodec struct {
	ids    map[string]rune
	tokens []string
}

// newTokenCodec returns a codec with room for about n tokens.
func newTokenCodec(n int) *tokenCodec { return &tokenCodec{ids: make(map[string]rune, n)} }

// maxTokens is how many private-use code points there are for tokens.
const maxTokens = (0xF8FF - 0xE000 + 1) + 2*(0xFFFD+1)

// privateRune returns the i-th private-use code point: the BMP area first,
// then planes 15 and 16, which together hold over 137,000 tokens.
func privateRune(i int) rune {
	const bmp = 0xF8FF - 0xE000 + 1
	const plane = 0xFFFD + 1
	switch {
	case i < bmp:
		return rune(0xE000 + i)
	case i < bmp+plane:
		return rune(0xF0000 + i - bmp)
	default:
		return rune(0x100000 + i - bmp - plane)
	}
}

// encode maps each key (foldToken) to its rune.
func (c *tokenCodec) encode(keys []string) []rune {
	out := make([]rune, len(keys))
	for i, t := range keys {
		r, ok := c.ids[t]
		if !ok {
			r = privateRune(len(c.tokens))
			c.ids[t] = r
			c.tokens = append(c.tokens, t)
		}
		out[i] = r
	}
	return out
}

// DiffNotation writes a word diff in the plain-text notation of wdiff and
// git's --word-diff=plain: [-deleted-]{+inserted+}. Each run of text goes
// through escape first (nil leaves it as it is), so a writer can make it
// literal in its own format. An equal run is written in the compared
// side's own words (ToText): the {+inserted+} side then reads as that
// outlet wrote it, capitals and hyphens too ("{+On Monday +}the port").
func DiffNotation(ops []DiffOp, escape func(string) string) string {
	var b strings.Builder
	for _, op := range ops {
		t := op.Text
		if op.Op == OpEqual {
			t = op.ToText()
		}
		if escape != nil {
			t = escape(t)
		}
		switch op.Op {
		case OpDelete:
			b.WriteString("[-" + t + "-]")
		case OpInsert:
			b.WriteString("{+" + t + "+}")
		default:
			b.WriteString(t)
		}
	}
	return b.String()
}
