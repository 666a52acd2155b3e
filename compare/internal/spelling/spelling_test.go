package spelling

import "testing"

func TestUS(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"criticised", "criticized", true},
		{"Harbour", "Harbor", true},
		{"COLOUR", "COLOR", true},
		{"centre", "center", true},
		{"travelled", "traveled", true},
		{"defence", "defense", true},
		{"programme", "program", true},
		{"apologise", "apologize", true},
		{"judgement", "judgment", true},
		{"color", "color", false},     // already American
		{"house", "house", false},     // no variant
		{"HarBour", "HarBour", false}, // mixed case: a name
		{"prise", "prise", false},     // not "price"
		{"costae", "costae", false},   // a Latin plural, not a spelling
	} {
		got, ok := US(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("US(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
