package quote

import (
	"strings"
	"unicode"
)

// headlineWordsFromBody gives a headline's quotation that no cue of the
// headline could give a speaker ("Man Who Defeated Cantor Calls His Big
// Win 'A Miracle'": a description, no name) the speaker the article's
// body gives the same words ("calling the win a "miracle."", Dave Brat),
// when the body gives them to one speaker, every time it prints them. A motto the article names
// stays no one's.
func (d *doc) headlineWordsFromBody(ks []kept) {
	for i := range ks {
		h := &ks[i]
		if !h.r.headline || h.q.Speaker != "" || d.namedPhrase(h.r) {
			continue
		}
		key := bareKey(h.q.Text)
		if key == "" {
			continue
		}
		var from *Quote
		for j := range ks {
			b := &ks[j].q
			if ks[j].r.headline || bareKey(b.Text) != key {
				continue
			}
			if b.Speaker == "" {
				from = nil // the body leaves them no one's once
				break
			}
			if from != nil && from.Speaker != b.Speaker {
				from = nil
				break
			}
			if from == nil {
				from = b
			}
		}
		if from != nil {
			h.q.Speaker, h.q.Role, h.q.SpeakerStart, h.q.SpeakerEnd = from.Speaker, from.Role, from.SpeakerStart, from.SpeakerEnd
		}
	}
}

// bareKey is phraseKey without a leading article: "A Miracle" and
// "miracle." are one word.
func bareKey(s string) string {
	k := phraseKey(s)
	for _, a := range []string{"a ", "an ", "the "} {
		if strings.HasPrefix(k, a) {
			return k[len(a):]
		}
	}
	return k
}

// wordsWithinFromBody gives a quotation no cue gave a speaker the speaker
// of a longer quotation in the same article that holds all its words:
// a lede's teaser (`mocking the senator as a "farmer who never went to
// law school"`) of words the article quotes whole further down, with
// their speaker. Three words at least, so that a scare quote of a common
// word stays no one's; every quotation holding them must agree on the
// speaker. A motto the article names and the writer's label for a kind of
// remarks stay no one's. A second pass lets a headline's words take the
// speaker the first gave the lede's longer teaser of them. A subhead
// that is a quotation alone ("`Tragic situation'") takes two words: it
// announces words quoted whole in the section below it, and only there
// are they looked for.
func (d *doc) wordsWithinFromBody(ks []kept) {
	for range 2 {
		d.wordsWithinOnce(ks)
	}
}

func (d *doc) wordsWithinOnce(ks []kept) {
	for i := range ks {
		h := &ks[i]
		if h.q.Speaker != "" || d.namedPhrase(h.r) || d.labelQuote(h.r) {
			continue
		}
		key := wordsKey(h.q.Text)
		sub := d.subhead(h)
		if strings.Count(key, " ") < 2 && !(sub && strings.Count(key, " ") == 1) {
			continue
		}
		var from *Quote
		for j := range ks {
			b := &ks[j].q
			if j == i || ks[j].r.headline || sub && j < i || !strings.Contains(" "+wordsKey(b.Text)+" ", " "+key+" ") {
				continue
			}
			if b.Speaker == "" || from != nil && from.Speaker != b.Speaker {
				from = nil
				break
			}
			if from == nil {
				from = b
			}
		}
		if from != nil {
			h.q.Speaker, h.q.Role, h.q.SpeakerStart, h.q.SpeakerEnd = from.Speaker, from.Role, from.SpeakerStart, from.SpeakerEnd
		}
	}
}

// wordsKey is s in lower case, its words alone, one space between them:
// "Or, you might have a farmer" and "you might have a farmer" share
// "you might have a farmer".
func wordsKey(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}), " ")
}

// subhead reports whether k is a subhead in the body that is a quotation
// alone: its paragraph holds nothing else, its words are few and end in
// no stop ("`Tragic situation'", "\"A sad ending\"").
func (d *doc) subhead(k *kept) bool {
	if k.r.headline || k.r.paraFirst != k.r.paraLast || k.r.paraFirst == 0 {
		return false
	}
	p := d.paras[k.r.paraFirst]
	s, e := trimSpan(d.text, p.Start, p.End)
	if s != k.r.open || e != k.r.closeEnd || strings.ContainsAny(k.q.Text, ".!?") {
		return false
	}
	return len(strings.Fields(k.q.Text)) <= 6
}
