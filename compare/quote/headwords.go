package quote

import "strings"

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
