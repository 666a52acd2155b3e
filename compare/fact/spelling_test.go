package fact

import "testing"

func TestNameSpelling(t *testing.T) {
	tests := []struct {
		a, b string
		want Spelling
	}{
		{"Siân Llewellyn-Jones", "Sian Llewellyn-Jones", Accents},
		{"José Núñez", "Jose Nunez", Accents},
		{"Søren Kierkegård", "Soren Kierkegard", Accents},
		{"Terry O'Neill", "Terry O’Neill", Same},
		{"Olivia De Berardinis", "Olivia de Berardinis", Same},
		{"Sian Llewellyn-Jones", "Sian Llewelyn-Jones", Misspelt},
		{"Reince Priebus", "Reince Preibus", Misspelt}, // two letters swapped
		{"Siân Llewellyn-Jones", "Sian Llewelyn-Jones", Misspelt},
		{"David Hill", "David Hall", Unrelated},               // too short to tell from two people
		{"Sian Llewellyn", "Megan Llewelyn", Unrelated},       // another given name
		{"Llewellyn", "Llewelyn", Unrelated},                  // a surname alone
		{"Tony Awards", "Tony Award", Unrelated},              // a plural
		{"Betty Ford Centre", "Betty Ford Center", Unrelated}, // British spelling
		{"Gordon Advisors", "Gordon Advisers", Unrelated},     // a common word's variants
		{"Internationally Recognised Transit Corridor", "Internationally Recognized Transit Corridor", Unrelated},
		{"John Williamson", "John Williamsons", Unrelated},
		{"Sian Llewellyn-Jones", "Sian Llewellyn-Jones", Unrelated}, // the same: nothing to tell
	}
	for _, tt := range tests {
		if got := NameSpelling(tt.a, tt.b); got != tt.want {
			t.Errorf("NameSpelling(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
