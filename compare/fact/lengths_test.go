package fact

import "testing"

// A length of time belongs to the person its sentence names first:
// two people's lengths of service are not one fact, one person's are.
func TestLengthsCompareByHolder(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
		ok   bool
	}{
		{"Mara Quill, who had worked at the mill for 15 years, was fired.",
			"Dale Osgood, who has worked at the mill for 37 years, said he ran.", "", false},
		{"Osgood's been at the mill for 37 years and knew Mara Quill.",
			"Mara Quill was fired. Quill had worked at the mill for 15 years.", "", false},
		{"Mara Quill was fired. Quill has worked for Brantley Mills for about 15 years.",
			"Mara Quill, who had worked at the mill for 25 years, was fired.", Conflict, true},
		{"Mara Quill was fired. Quill has worked for Brantley Mills for about 15 years.",
			"She had worked at the mill for 15 years.", Compatible, true},
		{"It was Dale Osgood. Quill had worked at the mill for 15 years.",
			"She had worked at the mill for 17 years.", Conflict, true},
	}
	for _, tt := range tests {
		a, b := firstLength(t, tt.a), firstLength(t, tt.b)
		got, ok := CompareMentions(a, b)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%q (by %q) vs %q (by %q): got %q %v, want %q %v", tt.a, a.By, tt.b, b.By, got, ok, tt.want, tt.ok)
		}
	}
}

func firstLength(t *testing.T, text string) Mention {
	t.Helper()
	qs, _ := Scan(text, monday)
	for _, m := range qs {
		if IsLength(m) {
			return m
		}
	}
	t.Fatalf("no length of time in %q", text)
	return Mention{}
}
