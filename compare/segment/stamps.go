package segment

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// stampRule matches a time stamp. Every sentence reaches it, so a cheap
// test (mayBeStamp) keeps most from its pattern, which cost a millisecond to
// compile at every start.
var stampRule = func() rule {
	r := newRule("", `^(?i:(?:last |first )?(?:updated|published|posted|modified)(?: on| at)?[\s:]*)?[(\[]?(?:`+stampWord+`[\s,.:·|/@\-–—()\[\]]*)+$`)
	r.may = mayBeStamp
	return r
}()

// mayBeStamp is false of a sentence, in lower case, that the time-stamp
// pattern cannot match: one with a character the pattern has no place for
// or a run of letters that is not a word of the pattern (stampWords), nor
// one of "updated", "published", "posted" or "modified" run together with
// one, as "[\s:]*" after them allows. Outside ASCII the pattern has only
// "·", "–" and "—", and, by case folding, "ſ" for "s" (a sentence with one
// goes to the pattern) and the Kelvin sign for "k" (lower case, it is "k").
func mayBeStamp(lower string) bool {
	for i := 0; i < len(lower); {
		c := lower[i]
		switch {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(lower[i:])
			switch r {
			case '·', '–', '—':
			case 'ſ': // the pattern's case folding reads it as "s"
				return true
			default:
				return false
			}
			i += n
		case 'a' <= c && c <= 'z':
			j := i + 1
			for j < len(lower) && 'a' <= lower[j] && lower[j] <= 'z' {
				j++
			}
			if !isStampRun(lower[i:j]) {
				return false
			}
			i = j
		case '0' <= c && c <= '9' || strings.IndexByte(" \t\n\v\f\r,.:|/@-+()[]", c) >= 0:
			i++
		default:
			return false
		}
	}
	return true
}

// datelineRule matches a dateline: at most three capitalised words (a
// place, "WASHINGTON, DC", or an agency), then a time stamp with a month
// or a clock time in it, then perhaps a place in capitals and a colon or a
// dash. The words around the stamp are what stampRule has no place for.
var datelineRule = rule{fn: isDateline, may: func(lower string) bool {
	return len(lower) <= 100 && strings.ContainsAny(lower, "0123456789")
}}

var (
	// datelineHeads are the place before the stamp, as long as it may be
	// ("New Delhi, Nov 11") and as short ("WASHINGTON-April 27").
	datelineHeads = sync.OnceValue(func() [2]*regexp.Regexp {
		const head = `^\p{Lu}[\pL.'’]*(?:[ -]\p{Lu}[\pL.'’]*){0,2}%s(?:,\s*\p{Lu}{1,2}\.?(?:\p{Lu}\.?)?)?[\s,\-–—]+`
		return [2]*regexp.Regexp{regexp.MustCompile(fmt.Sprintf(head, "")), regexp.MustCompile(fmt.Sprintf(head, "?"))}
	})
	datelineTail = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:\s+\p{Lu}{2,}(?:\s\p{Lu}{2,})?)?\s*[:\-–—]?\s*$`)
	})
	// datelineDate is the month or clock time a dateline holds; hasDate
	// matches it by hand.
	datelineDate = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d[:.]\d\d`)
	})
)

// hasDate reports whether datelineDate matches s: a word that begins with
// a month's first three letters, in any case, or a clock time ("9:40",
// "05.51"). Every short sentence with a figure in it is asked, and
// compiling the pattern cost a tenth of a millisecond of a two-article
// run. The pattern's case folding also takes "ſ" (long s) for "s": s
// holding one is left to the pattern. TestHasDateIsThePattern checks the
// two agree.
func hasDate(s string) bool {
	if strings.Contains(s, "ſ") {
		return datelineDate().MatchString(s)
	}
	for i := 0; i < len(s); i++ {
		if i+3 < len(s) && isDigit(s[i]) && (s[i+1] == ':' || s[i+1] == '.') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
		if i+3 > len(s) || i > 0 && isWordByte(s[i-1]) || !isMonthAbbrev(s[i:i+3]) {
			continue
		}
		j := i + 3
		for j < len(s) && ('a' <= s[j]|0x20 && s[j]|0x20 <= 'z') {
			j++
		}
		if j == len(s) || !isWordByte(s[j]) {
			return true
		}
	}
	return false
}

// isMonthAbbrev reports whether the three bytes of w are a month's first
// three letters, in any case.
func isMonthAbbrev(w string) bool {
	switch string([]byte{w[0] | 0x20, w[1] | 0x20, w[2] | 0x20}) {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		return true
	}
	return false
}

func isDateline(s string) bool {
	if len(strings.Fields(s)) > 12 || !hasDate(s) {
		return false
	}
	for _, head := range datelineHeads() {
		loc := head.FindStringIndex(s)
		if loc == nil {
			return false
		}
		rest := s[loc[1]:]
		rest = rest[:datelineTail().FindStringIndex(rest)[0]]
		if rest != "" && hasDate(rest) && stampRule.match(rest) {
			return true
		}
	}
	return false
}

// stampWords are the runs of letters stampWord and the words before it are
// made of, each between spaces.
const stampWords = " last first updated published posted modified on at am pm a p m noon midnight gmt utc " +
	"et est edt bst cet cest eet eest wet west msk ist pkt sgt hkt jst kst awst acst aest aedt nzst nzdt sast wat eat " +
	"pt pst pdt mt mst mdt ct cst cdt akst akdt hst monday tuesday wednesday thursday friday saturday sunday " +
	"mon tue tues wed thu thur thurs fri sat sun jan january feb february mar march apr april may jun june " +
	"jul july aug august sep sept september oct october nov november dec december hour hours hr hrs " +
	"minute minutes min mins day days year years ago today yesterday st nd rd th " +
	"originally created edited story time downloaded uk "

func isStampRun(run string) bool {
	if strings.Contains(stampWords, " "+run+" ") {
		return true
	}
	for _, p := range [...]string{"updated", "published", "posted", "modified"} {
		if rest, ok := strings.CutPrefix(run, p); ok && strings.Contains(stampWords, " "+rest+" ") {
			return true
		}
	}
	return false
}

// stampWord is one word of a date or time stamp.
const stampWord = `(?i:\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m?\.?)?|\d{1,4}(?:st|nd|rd|th|[ap]\.?m\.?)?|[ap]\.?m\.?|hrs|hours|years?|(?:originally |last |first )?(?:updated|published|posted|modified|created|edited|downloaded)(?: on| at)?|story|time|uk|noon|midnight|(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d{2})?)?|et|est|edt|bst|cet|cest|eet|eest|wet|west|msk|ist|pkt|sgt|hkt|jst|kst|awst|acst|aest|aedt|nzst|nzdt|sast|wat|eat|pt|pst|pdt|mt|mst|mdt|ct|cst|cdt|akst|akdt|hst|on|at|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:\d+ )?(?:hours?|hrs?|minutes?|mins?|days?) ago|today|yesterday)\b`
