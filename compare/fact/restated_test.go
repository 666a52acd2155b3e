package fact

import (
	"strings"
	"testing"
)

// TestMeasuresRestated: a measure restated in brackets in another unit,
// or a sum after a figure whose currency sign the text lost, is the
// figure before it again: marked Converted, hedged as that figure is, and
// in conflict with nothing. Read as a second figure, "about 58km (36
// miles)" was set against another outlet's "35 miles" as a conflict.
// Converted figures are marked "*".
func TestMeasuresRestated(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"The epicentre was about 58km (36 miles) west of Tarrow.", "about 58km, 36 miles*"},
		{"He fell about 600m (2,000ft) from the ridge.", "about 600m, 2,000ft*"},
		{"He fell about 600 metres (2,000 feet) from the ridge.", "about 600 metres, 2,000 feet*"},
		{"The ridge rises 2,000 feet (610 metres) above the lake.", "2,000 feet, 610 metres*"},
		{"The union agreed a? 90-billion ($117-billion) rescue.", "90-billion, $117-billion*"},
		// Not restatements: the same unit, a count, no brackets.
		{"They walked 12 miles (30 miles in all) that day.", "12 miles, 30 miles"},
		{"Police held 40 people (12 women) overnight.", "40 people, 12 women"},
		{"It is 58 miles from Tarrow and 36 miles from Dunmore.", "58 miles, 36 miles"},
	} {
		var got []string
		for _, m := range Quantities(tt.in, monday) {
			got = append(got, m.Text+map[bool]string{true: "*"}[m.Converted])
		}
		if strings.Join(got, ", ") != tt.want {
			t.Errorf("%q: got %q, want %s", tt.in, got, tt.want)
		}
	}
	miles := findText(t, Quantities("The epicentre was about 58km (36 miles) west of Tarrow.", monday), "36 miles")
	feet := findText(t, Quantities("He fell about 600 metres (2,000 feet) from the ridge.", monday), "2,000 feet")
	for _, tt := range []struct {
		conv  Mention
		other string
		want  Status
		ok    bool
	}{
		{miles, "The quake struck 35 miles west of Tarrow.", Compatible, true},
		{miles, "The quake struck 90 miles west of Tarrow.", "", false},
		{feet, "He fell about 1,950 feet.", Compatible, true},
	} {
		m := Quantities(tt.other, monday)[0]
		if st, ok := CompareMentions(tt.conv, m); st != tt.want || ok != tt.ok {
			t.Errorf("%q against %q: %q %v, want %q %v", tt.conv.Text, m.Text, st, ok, tt.want, tt.ok)
		}
	}
}

// TestSpeedIsNoDistance: "120 miles per hour" is a speed, as "120 mph"
// is, and never compares with a distance: a car chased "at 120 mph" did
// not contradict an office "15 miles north".
func TestSpeedIsNoDistance(t *testing.T) {
	for _, tt := range []struct{ in, text, unit string }{
		{"The car reached 120 miles per hour on the ring road.", "120 miles per hour", "mph"},
		{"Gusts of 80 kilometres an hour hit the coast.", "80 kilometres an hour", "kph"},
		{"They drove 40 miles to the coast.", "40 miles", "mile"},
	} {
		m := Quantities(tt.in, monday)[0]
		if m.Text != tt.text || m.Unit != tt.unit {
			t.Errorf("%q: %q %q, want %q %q", tt.in, m.Text, m.Unit, tt.text, tt.unit)
		}
	}
	speed := Quantities("The car reached 120 mph.", monday)[0]
	for _, other := range []string{"The office is 15 miles north.", "The car was found 120 miles north."} {
		if st, ok := CompareMentions(speed, Quantities(other, monday)[0]); ok {
			t.Errorf("%q against %q: %q; want no comparison", speed.Text, other, st)
		}
	}
	if st, _ := CompareMentions(speed, Quantities("It reached 120 miles per hour.", monday)[0]); st != Shared {
		t.Errorf("120 mph against 120 miles per hour: %q, want shared", st)
	}
}

// TestGluedUnits: a measure's abbreviation glued to its figure or after it
// names what the figure measures ("fell 200ft" is 200 feet, which meets
// another outlet's "200 feet"); read as a bare number it met nothing.
func TestGluedUnits(t *testing.T) {
	for _, tt := range []struct{ in, text, unit string }{
		{"The epicentre was 60km south of Tarrow.", "60km", "kilometre"},
		{"He slipped and fell 200ft from a ridge.", "200ft", "foot"},
		{"The bag weighed 20 kg at the gate.", "20 kg", "kilogram"},
		{"The car reached 193km/h on the bypass.", "193km/h", "kph"},
		{"The car reached 80 km/h on the bypass.", "80 km/h", "kph"},
	} {
		m := Quantities(tt.in, monday)[0]
		if m.Text != tt.text || m.Unit != tt.unit || m.Kind != "count" {
			t.Errorf("%q: %q %q %q, want %q %q count", tt.in, m.Text, m.Unit, m.Kind, tt.text, tt.unit)
		}
	}
	// A figure split by a stray space is no count of nought feet.
	for _, m := range Quantities("He fell about 2, 000ft on Friday.", monday) {
		if m.Kind == "count" && m.Value == 0 {
			t.Errorf("%q read as a count of %q", m.Text, m.Unit)
		}
	}
	a := Quantities("He fell 200ft from a ridge.", monday)[0]
	b := Quantities("He fell 200 feet from a ridge.", monday)[0]
	if st, _ := CompareMentions(a, b); st != Shared {
		t.Errorf("200ft against 200 feet: %q, want shared", st)
	}
}
