package compare

import (
	"fmt"
	"strings"
)

// Place names where sentence s sits as a reader names it: its role
// ("headline", "lede", "caption") or "paragraph 3".
func (s Sentence) Place() string {
	switch s.Role {
	case RoleBody, "":
		return fmt.Sprintf("paragraph %d", s.Paragraph+1)
	}
	return string(s.Role)
}

// SpanPlace names where sentences sents of a run when they sit in more
// than one place ("paragraphs 3–4", "lede–paragraph 2"), else "". A group
// member may run over paragraphs; its Position names the first, where the
// fact starts, and the readers place it by this.
func (a Article) SpanPlace(sents []int) string {
	lo, hi := len(a.Sentences), -1
	for _, s := range sents {
		if s >= 0 && s < len(a.Sentences) {
			lo, hi = min(lo, s), max(hi, s)
		}
	}
	if hi < 0 {
		return ""
	}
	first, last := a.Sentences[lo].Place(), a.Sentences[hi].Place()
	if first == last {
		return ""
	}
	from, ok1 := strings.CutPrefix(first, "paragraph ")
	to, ok2 := strings.CutPrefix(last, "paragraph ")
	if ok1 && ok2 {
		return "paragraphs " + from + "–" + to
	}
	return first + "–" + last
}
