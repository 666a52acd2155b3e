package fact

import (
	"strconv"
	"strings"
)

// A range of money may give its multiplier once, at its end: "between $140
// and $150 million", "$140- $150 million". Read alone, the first end was
// $140, which met every other outlet's sum in millions as a conflict.

// moneyRanges gives the first end of such a range the multiplier of the
// second: a sum written with no multiplier, followed by "-", "to" or (after
// "between") "and", then a sum in the same currency written with one
// whose bare number is larger. ms are changed in place.
func moneyRanges(text string, ms []Mention) {
	for i := 0; i+1 < len(ms); i++ {
		m, y := &ms[i], &ms[i+1]
		if m.Kind != "money" || y.Kind != "money" || m.Unit != y.Unit || m.End > y.Start {
			continue
		}
		a, ok := bareSum(m.Text)
		if !ok || a == 0 || m.Value != a {
			continue
		}
		b, ok := leadingNumber(y.Text)
		if !ok || b <= a || y.Value < 1000*b {
			continue
		}
		switch between := strings.Join(strings.Fields(text[m.End:y.Start]), " "); between {
		case "-", "–", "to":
		case "and":
			if !strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:m.Start], " ")), "between") {
				continue
			}
		default:
			continue
		}
		mult := y.Value / b
		m.Value, m.Low, m.High = tidy(m.Value*mult), tidy(m.Low*mult), tidy(m.High*mult)
	}
}

// bareSum returns the number of a sum written as a currency sign or code
// and digits only ("$140", "US$ 140"), and whether it is one.
func bareSum(text string) (float64, bool) {
	i := strings.IndexAny(text, "0123456789")
	if i < 0 {
		return 0, false
	}
	rest := strings.ReplaceAll(text[i:], ",", "")
	v, err := strconv.ParseFloat(rest, 64)
	return v, err == nil
}

// leadingNumber returns the first number written in digits in text ("150"
// of "$150 million").
func leadingNumber(text string) (float64, bool) {
	i := strings.IndexAny(text, "0123456789")
	if i < 0 {
		return 0, false
	}
	j := i
	for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == ',' || text[j] == '.') {
		j++
	}
	v, err := strconv.ParseFloat(strings.TrimRight(strings.ReplaceAll(text[i:j], ",", ""), "."), 64)
	return v, err == nil
}
