package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
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
