package spelling

import "testing"

func TestCloseUp(t *testing.T) {
	for w, want := range map[string]string{
		"e-commerce":          "ecommerce",
		"an\u2011nouncement":  "announcement",
		"vice\u2010president": "vicepresident",
		"2-1":                 "2-1",
		"COVID-19":            "COVID-19",
		"ecommerce":           "ecommerce",
		// A hyphen after "re-" or "co-" that marks another word stays;
		// one that only eases reading goes.
		"re-signed":    "re-signed",
		"Re-Signs":     "Re-Signs",
		"re-form":      "re-form",
		"re-lease":     "re-lease",
		"re-cover":     "re-cover",
		"re-creation":  "re-creation",
		"co-op":        "co-op",
		"re-do":        "re-do",
		"re-election":  "reelection",
		"co-operate":   "cooperate",
		"co-worker":    "coworker",
		"well-re-sign": "wellre-sign",
	} {
		if got := CloseUp(w); got != want {
			t.Errorf("CloseUp(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestJoined(t *testing.T) {
	tests := []struct {
		x, y, want string
		ok         bool
	}{
		{"per", "cent", "percent", true},
		{"health", "care", "healthcare", true},
		{"may", "be", "", false},
		{"every", "day", "", false},
		{"any", "one", "", false},
		{"in", "to", "", false},
		{"0.9", "per", "", false},
	}
	for _, tt := range tests {
		if got, ok := Joined(tt.x, tt.y); got != tt.want || ok != tt.ok {
			t.Errorf("Joined(%q, %q) = %q %v, want %q %v", tt.x, tt.y, got, ok, tt.want, tt.ok)
		}
	}
}
