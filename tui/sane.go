package tui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"

	"github.com/storydiff/storydiff/compare/ingest"
)

// saneLine is a message for the status bar or the loading screen made safe
// to draw, as article text is: the loading steps and error messages quote
// file names, URLs and what servers said, so every control becomes
// visible, and the line stays one line. The status bar and the loading
// screen pass everything through it.
func saneLine(s string) string {
	s = ingest.Sanitize(s)
	if strings.ContainsAny(s, "\n\t") {
		s = strings.NewReplacer("\n", " ", "\t", " ").Replace(s)
	}
	return s
}

// cleanInput drops, as they arrive, the characters of a typed or pasted
// value that ingest.Sanitize would change (escape sequences, C1 controls,
// bidi overrides, zero-width characters), and turns line breaks and tabs
// into spaces: a note is then saved as it is shown, not rewritten on the
// next load.
func cleanInput(in textinput.Model) textinput.Model {
	v := in.Value()
	if ingest.Sanitize(v) == v && !strings.ContainsAny(v, "\n\t") {
		return in
	}
	var b strings.Builder
	for _, r := range v {
		switch {
		case r == '\n' || r == '\t':
			b.WriteByte(' ')
		case ingest.Sanitize(string(r)) == string(r):
			b.WriteRune(r)
		}
	}
	pos := in.Position()
	in.SetValue(b.String())
	in.SetCursor(min(pos, len([]rune(b.String()))))
	return in
}
