package fact

import (
	"strings"
	"testing"
)

// TestDialledNumbersAreNoFigures: a number written with a leading nought
// is a code, and the groups after it are a telephone number's: no
// figure. Read as figures, every outlet's appeal for witnesses gave
// three shared "facts" (0845, 125, 2222).
func TestDialledNumbersAreNoFigures(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Call Tarrow police on 0845 125 2222 or Crimestoppers on 0800 555111.", ""},
		{"Polls opened at 8:00 am local time (0300 GMT) on Sunday.", "8:00 am, Sunday"},
		{"The van had the plate KLV 0843.", ""},
		// Figures beside each other, none written as a code.
		{"In 2004 300 people died in the floods.", "2004, 300 people"},
		{"Turnout was 0.5 percent higher.", "0.5 percent"},
	} {
		var got []string
		for _, m := range Quantities(tt.in, monday) {
			got = append(got, m.Text)
		}
		if strings.Join(got, ", ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}
