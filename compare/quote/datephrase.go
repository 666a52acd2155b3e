package quote

import "strings"

// A date set between a subject and its verb: "The Courier on July 20,
// 2006, described him as …", "and on April 6, 2007, said that …".

// dateBack steps back over a date phrase ending at token i, "on July 20,
// 2006," or "in May 2008," (its closing comma included), and returns the
// token before it; i when none ends there.
func (d *doc) dateBack(lo, i int) int {
	k := i
	if d.punct(k) == "," {
		k--
	}
	if year(d.word(k)) {
		k--
		if d.punct(k) == "," {
			k--
		}
	}
	if day(d.word(k)) {
		k--
	}
	if !monthWord(d.word(k)) || d.word(k-1) != "on" && d.word(k-1) != "in" || k-1 < lo {
		return i
	}
	return k - 2
}

func year(w string) bool {
	return len(w) == 4 && strings.Trim(w, "0123456789") == "" && (w[0] == '1' || w[0] == '2')
}

func day(w string) bool {
	return len(w) >= 1 && len(w) <= 2 && strings.Trim(w, "0123456789") == ""
}

func monthWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}
