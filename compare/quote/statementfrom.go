package quote

import "strings"

// statementFrom reads `"Q," a statement from the Democratic committee
// said`: the body the statement is from speaks, with no role (the role
// split off its name was "a statement from"); a body named by a short
// form in lower case ("the Democratic committee") is the one the article
// named in full before ("the Democratic National Committee"), when there
// is one.
func (d *doc) statementFrom(a attribution) attribution {
	if a.name == "" {
		return a
	}
	if f := strings.Fields(strings.ToLower(a.role)); len(f) >= 2 && (f[len(f)-1] == "from" || f[len(f)-1] == "by") && docNoun(f[len(f)-2]) {
		a.role = ""
	}
	if full := d.fullBodyName(a.name, a.ss); full != "" {
		a.name = full
	}
	return a
}

// fullBodyName returns the one organisation named before pos whose name
// holds every word of short, a name of two words or more whose last is a
// body's noun in lower case ("Democratic committee"), and more; "" when
// none or several.
func (d *doc) fullBodyName(short string, pos int) string {
	words := strings.Fields(short)
	if len(words) < 2 {
		return ""
	}
	if last := words[len(words)-1]; strings.ToLower(last) != last || !orgNouns.has(last) {
		return ""
	}
	found := ""
	for _, m := range d.ments {
		if m.kind != org || pos >= 0 && m.s >= pos || m.name == found {
			continue
		}
		have := strings.Fields(strings.ToLower(m.name))
		if len(have) <= len(words) || !allIn(words, have) {
			continue
		}
		if found != "" {
			return ""
		}
		found = m.name
	}
	return found
}

// allIn reports whether every word of ws is in have, in lower case.
func allIn(ws, have []string) bool {
	for _, w := range ws {
		ok := false
		for _, h := range have {
			if strings.ToLower(w) == h {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
