package quote

import "testing"

// A company named by an ordinary word ("Target", "Apple", "Shell") that
// opens its sentence right before a verb of saying is a name: English puts
// no singular count noun bare before a verb. Plurals and nouns of people,
// words for anyone and sources that say without being someone are not.
func TestBareWordBeforeSayIsAName(t *testing.T) {
	tests := []struct{ text, quote, speaker string }{
		{"Target will close 12 stores in March.\n\nTarget said: \"These stores have not been profitable for years.\"",
			"These stores have not been profitable for years.", "Target"},
		{"\"We will appeal,\" a lawyer said.\n\nShell added: \"We disagree with the ruling.\"", "We disagree with the ruling.", "Shell"},
		{"Flights were grounded.\n\nDelta told reporters: \"Flights resume Monday.\"", "Flights resume Monday.", "Delta"},
		{"Critics said: \"It will never work.\"", "It will never work.", "critics"},
		{"Staff said: \"We were not told.\"", "We were not told.", "staff"},
		{"Everyone says: \"It is a mess.\"", "It is a mess.", ""},
		{"Research says: \"Sleep matters.\"", "Sleep matters.", ""},
		{"Talk compared it to \"working the referees\" at a game.", "working the referees", ""},
	}
	for _, tt := range tests {
		q, ok := findQuote(Extract(tt.text, nil), tt.quote)
		if !ok {
			t.Errorf("no quote %q in %q", tt.quote, tt.text)
			continue
		}
		if q.Speaker != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.text, q.Speaker, tt.speaker)
		}
	}
}
