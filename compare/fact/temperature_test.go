package fact

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestTemperatures: a figure of degrees with a sign or a scale, or a
// signed figure in a sentence about temperatures, is a temperature, signed
// and in its scale; a plain count of degrees (a fall, an angle), a range's
// hyphen and a signed figure elsewhere are not.
func TestTemperatures(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Volunteers searched the ridge in temperatures of minus 14 degrees.", `"minus 14 degrees" temperature ° -14 [-14.5,-13.5]`},
		{"Volunteers searched for nine hours in minus-8 degree cold.", `"minus-8 degree" temperature ° -8 [-8.5,-7.5]`},
		{"Outside temperatures were minus 31 as the volunteers searched.", `"minus 31" temperature ° -31 [-31.5,-30.5]`},
		{"The thermometer read 22 below zero at the lodge.", `"22 below zero" temperature ° -22 [-22.5,-21.5]`},
		{"It was -6°C at dawn in Kelmarsh.", `"-6°C" temperature °C -6 [-6.5,-5.5]`},
		{"By noon it was 41 degrees Fahrenheit in Kelmarsh.", `"41 degrees Fahrenheit" temperature °F 41 [40.5,41.5]`},
		{"Readings fell 15 degrees overnight in Kelmarsh.", `"15 degrees" count degree 15 [14.5,15.5]`},
		{"The Otters won 10-15 on Sunday.", ""},
		// "below zero" alone is under zero, unbounded: no figure, not 0.
		{"Overnight the temperature fell below zero in Kelmarsh.", ""},
		{"Readings stayed less than zero all week.", ""},
		{"Revenue growth was minus 4 last quarter, the firm said.", `"4" number  4 [3.5,4.5]`},
	}
	for _, c := range cases {
		got := ""
		for _, m := range Quantities(c.text, time.Time{}) {
			if m.Kind == "temperature" || m.Kind == "count" && m.Unit == "degree" || m.Kind == "number" {
				got = fmt.Sprintf("%q %s %s %g [%g,%g]", m.Text, m.Kind, m.Unit, m.Value, m.Low, m.High)
			}
		}
		if got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
}

// TestTemperaturesStayLinear: a text of many signed figures on one line
// ("minus-5" glued, "minus 5" in a sentence about temperatures) is read
// in time linear in its length, not once per figure.
func TestTemperaturesStayLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for _, s := range []string{strings.Repeat("minus-5 ", 200000), strings.Repeat("temperatures of minus 5 ", 200000), strings.Repeat("-5 ", 200000)} {
		start := time.Now()
		ms := Quantities(s, time.Time{})
		if took := time.Since(start); took > 20*time.Second {
			t.Errorf("%d bytes, %d figures: took %v", len(s), len(ms), took)
		}
	}
}
