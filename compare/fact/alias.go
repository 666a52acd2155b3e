package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SameName reports whether a and b name the same thing: equal ignoring case,
// dots and titles ("U.S." and "US"; "President-elect Donald Trump" and
// "Donald Trump"), an alias of one is the other, one lacks the other's
// corporate suffix ("Alibaba" and "Alibaba Group"), one is the surname of
// the other, a person ("Ma" and "Jack Ma"), or one is the acronym of a run of
// the other's capitalised words ("USTR" and "Office of the U.S. Trade
// Representative"). Quantities are never the same name.
func SameName(a, b Mention) bool {
	if isQuantityKind(a.Kind) || isQuantityKind(b.Kind) {
		return false
	}
	fa, fb := nameForms(a), nameForms(b)
	for _, x := range fa {
		kx := nameKey(x)
		for _, y := range fb {
			if kx != "" && kx == nameKey(y) || acronymMatch(x, initials(y)) || acronymMatch(y, initials(x)) {
				return true
			}
		}
	}
	return surnameMatch(fa, fb, b.Kind) || surnameMatch(fb, fa, a.Kind)
}

// surnameMatch reports whether a one-word form in short is the surname of a
// longer form in long, when long names a person (or is unclassified).
func surnameMatch(short, long []string, longKind string) bool {
	if longKind != "" && longKind != "person" && longKind != "name" {
		return false
	}
	for _, x := range short {
		if strings.ContainsAny(strings.TrimSpace(x), " \t") {
			continue
		}
		kx := nameKey(x)
		for _, y := range long {
			w := strings.Fields(y)
			if len(w) < 2 {
				continue
			}
			last := w[len(w)-1]
			if len(w) > 2 && isGenerational(last) {
				last = w[len(w)-2]
			}
			if kx != "" && nameKey(last) == kx {
				return true
			}
		}
	}
	return false
}

// nameForms lists the ways m writes its name: its text without titles or a
// possessive, its canonical name, its aliases, and each without a corporate
// suffix.
func nameForms(m Mention) []string {
	forms := []string{stripTitles(m.Text)}
	if isNameKind(m.Kind) && m.Unit != "" {
		forms = append(forms, m.Unit)
	}
	forms = append(forms, m.Aliases...)
	for _, f := range forms[:len(forms):len(forms)] {
		if b := corpBase(f); b != f {
			forms = append(forms, b)
		}
	}
	return forms
}

// stripTitles drops leading titles and a trailing possessive.
func stripTitles(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "'s"), "’s")
	w := strings.Fields(s)
	i := 0
	for i < len(w)-1 {
		if e := lookup(w[i]); e == nil || e.cls&lxTitle == 0 {
			break
		}
		i++
	}
	return strings.Join(w[i:], " ")
}

// corpBase drops a trailing corporate suffix: "Alibaba Group" → "Alibaba".
func corpBase(s string) string {
	w := strings.Fields(s)
	if len(w) < 2 {
		return s
	}
	if e := lookup(strings.TrimSuffix(w[len(w)-1], ",")); e != nil && e.cls&lxCorpSuffix != 0 {
		return strings.Join(w[:len(w)-1], " ")
	}
	return s
}

// nameKey normalises a name for equality: lower case, no dots, one space
// between words, a plain apostrophe.
func nameKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '’':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// initials returns what each capitalised word of s contributes to an
// acronym: all letters of an acronym ("U.S." gives "US"), else the first.
// Lower-case words ("of", "the") contribute nothing.
func initials(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		if letters := strings.ReplaceAll(w, ".", ""); isAllUpper(letters) && len(letters) > 1 {
			out = append(out, letters)
		} else {
			out = append(out, string(r))
		}
	}
	return out
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// acronymMatch reports whether acro, an acronym such as "USTR" or "U.S.",
// spells a run of two or more of the contributions in parts.
func acronymMatch(acro string, parts []string) bool {
	acro = strings.ReplaceAll(acro, ".", "")
	if len(parts) < 2 || len(acro) < 2 || len(acro) > 10 || !isAllUpper(acro) {
		return false
	}
	for i := range parts {
		rest := acro
		for j := i; j < len(parts) && strings.HasPrefix(rest, parts[j]); j++ {
			rest = rest[len(parts[j]):]
			if rest == "" && j > i {
				return true
			}
		}
	}
	return false
}
