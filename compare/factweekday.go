package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/fact"
	"github.com/storydiff/storydiff/compare/textsim"
)

// Weekdays with no publication date to place them: how two are compared,
// and when two different ones are a conflict worth showing.

// compareFigures compares two figures as fact.CompareMentions does, and
// two weekdays with no publication date to place them ("apologized
// Saturday", "on Friday apologized") as fact.CompareWeekdays does.
func compareFigures(a, b fact.Mention) (fact.Status, bool) {
	if st, ok := fact.CompareMentions(a, b); ok {
		return st, true
	}
	return fact.CompareWeekdays(a, b)
}

// weekdaysConflict reports whether two different unanchored weekdays
// are a conflict an editor should see: they date the same word
// (sameDatedWord), neither stands before a date that says more ("on
// Wednesday, September 18, 2013": the date is compared on its own), and
// they are not a night and the small hours after it ("Friday night",
// "early Saturday": one overnight event, or two time zones).
func weekdaysConflict(r *Report, a, b mentionAt, byArticle map[int][]mentionAt) bool {
	if datedBeside(r, a, byArticle[a.article]) || datedBeside(r, b, byArticle[b.article]) || !sameDatedWord(r, a, b) {
		return false
	}
	wa, _ := fact.Weekday(a.Mention)
	wb, _ := fact.Weekday(b.Mention)
	if (wa+1)%7 == wb || (wb+1)%7 == wa {
		return !nearMidnight(r, a) && !nearMidnight(r, b)
	}
	return true
}

// datedBeside reports whether another date of m's article follows m
// directly: "Wednesday, September 18".
func datedBeside(r *Report, m mentionAt, same []mentionAt) bool {
	text := r.Articles[m.article].Text
	for _, o := range same {
		if o.Kind == "date" && o.Start >= m.End && o.Start <= m.End+2 && strings.Trim(text[m.End:o.Start], ", ") == "" {
			return true
		}
	}
	return false
}

// nearMidnight reports whether the words beside a weekday put it at the
// edge of the day: "late Friday", "Friday night", "early Saturday".
func nearMidnight(r *Report, m mentionAt) bool {
	art := r.Articles[m.article]
	sen := art.Sentences[m.sentence]
	before := textsim.Tokens(art.Text[max(sen.Start, m.Start-40):m.Start])
	after := textsim.Tokens(art.Text[m.End:min(sen.End, m.End+40)])
	if n := len(before); n > 0 && (before[n-1] == "late" || before[n-1] == "early" || before[n-1] == "overnight") {
		return true
	}
	return len(after) > 0 && (after[0] == "night" || after[0] == "evening" || after[0] == "overnight")
}

// sameDatedWord reports whether two unanchored weekdays stand next to the
// same word, the verb or noun they date ("had to apologize Saturday", "on
// Friday apologized"). A weekday has no value to tell how far off it is,
// and a story's days are many: "resigned Monday" and "apologized
// Saturday" share a group's topic words (the aide, the Facebook post) but
// date two events, so the clause's words (eventWords.same) are not enough.
// A name capitalized in both is not such a word: "kept up pressure on
// Chairman Mara Quill Sunday" and "offered reactions to Mara Quill on
// Friday" date what was done to her, two events.
func sameDatedWord(r *Report, a, b mentionAt) bool {
	wa := datedWords(r, a)
	for w, lower := range datedWords(r, b) {
		if l, ok := wa[w]; ok && (l || lower) {
			return true
		}
	}
	return false
}

// datedWords are the stems of the content words right before and right
// after a mention in its clause, past a preposition or a word of the
// day's time ("late Saturday", "Friday night"): at most two, each true
// when its word is written in lower case.
func datedWords(r *Report, m mentionAt) map[string]bool {
	art := r.Articles[m.article]
	sen := art.Sentences[m.sentence]
	before, after := art.Text[max(sen.Start, m.Start-clauseReach):m.Start], art.Text[m.End:min(sen.End, m.End+clauseReach)]
	if i := strings.LastIndexFunc(before, clausePunct); i >= 0 {
		before = before[i:]
	}
	if i := strings.IndexFunc(after, func(r rune) bool { return clausePunct(r) || r == '\'' || r == '’' }); i >= 0 {
		after = after[:i]
	}
	out := map[string]bool{}
	take := func(words []string) {
		n := 0
		for _, raw := range words {
			toks := textsim.Tokens(raw)
			if len(toks) == 0 {
				continue
			}
			if n++; n > 3 {
				return
			}
			w := toks[0]
			if datedSkip[w] {
				continue
			}
			first, _ := utf8.DecodeRuneInString(raw)
			lower := w == raw || !unicode.IsUpper(first)
			for st := range eventStems(w) {
				out[st] = out[st] || lower
			}
			return
		}
	}
	bw := strings.FieldsFunc(before, notWordRune)
	slices.Reverse(bw)
	take(bw)
	take(strings.FieldsFunc(after, notWordRune))
	return out
}

// notWordRune splits a clause into its words, as textsim.Tokens would.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
}

// datedSkip are the words between a weekday and what it dates: "on
// Friday", "late Saturday", "Friday night".
var datedSkip = map[string]bool{"on": true, "late": true, "early": true, "morning": true,
	"afternoon": true, "evening": true, "night": true}
