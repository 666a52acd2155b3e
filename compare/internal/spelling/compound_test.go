package spelling

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

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

// TestThreeLetters holds threeLetters, Joinable's one pass over a word, to
// the rule it stands for: three or more runes, every one a letter, for
// ASCII, other scripts, marks, digits, punctuation and broken UTF-8.
func TestThreeLetters(t *testing.T) {
	rule := func(w string) bool {
		return utf8.RuneCountInString(w) >= 3 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
	}
	for _, w := range []string{
		"", "a", "ab", "abc", "ABC", "aBc", "ab1", "a-b", "a b", "@ab", "[ab", "`ab", "{ab", "ab\x7f",
		"été", "ét", "\u00e9t\u00e9s", "straße", "σκι", "日本", "日本語", "Zoë", "e\u0301t", "ab\xff", "\xe2\x80", "a\u2010bc",
	} {
		if got, want := threeLetters(w), rule(w); got != want {
			t.Errorf("threeLetters(%q) = %v, want %v", w, got, want)
		}
	}
}
