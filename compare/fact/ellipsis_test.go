package fact

import "testing"

// A bare figure set against an earlier one ("compared to 47") counts what
// that one counts; a rate ("up from 1 in 10") and a figure past the
// sentence's end do not.
func TestComparedTo(t *testing.T) {
	tests := []struct {
		text, figure, kind, unit string
	}{
		{"There were nine arrests Thursday, compared to 38 the night before.", "38", "count", "arrest"},
		{"About 12 million people watched, compared with 15.5 million last year.", "15.5 million", "count", "person"},
		{"The fund raised $4 million, up from 3 million in 2019.", "3 million", "money", "USD"},
		{"Turnout was 61 percent, down from 58 in 2018.", "58", "percent", "%"},
		{"One in 5 tenants was behind on rent, up from 1 in 9 in 2015.", "1", "number", ""},
		{"The police made nine arrests. Compared to 38 last week, it was quiet.", "38", "number", ""},
		{"The council met for three hours, then voted 38 to 4.", "38 to 4", "record", "vote"},
	}
	for _, tc := range tests {
		var got *Mention
		ms := Quantities(tc.text, monday)
		for i := range ms {
			if ms[i].Text == tc.figure {
				got = &ms[i]
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no figure %q in %+v", tc.text, tc.figure, ms)
			continue
		}
		if got.Kind != tc.kind || got.Unit != tc.unit {
			t.Errorf("%q: %q read as %s %q; want %s %q", tc.text, tc.figure, got.Kind, got.Unit, tc.kind, tc.unit)
		}
	}
}
