package fact

import (
	"testing"
	"time"
)

// A figure glued to "m" after a verb of falling or climbing, or before a
// word of height or distance, is metres; elsewhere, or after a currency,
// millions.
func TestGluedMetres(t *testing.T) {
	tests := []struct {
		text, unit string
		value      float64
	}{
		{"Ansel Pike fell about 600m while climbing to a hut on Mount Orrin.", "metre", 600},
		{"She died after slipping and falling about 60m from a ridge.", "metre", 60},
		{"The bus plunged 300m down the gorge.", "metre", 300},
		{"Rescuers reached a ledge 450m below the summit.", "metre", 450},
		{"The app has 600m users.", "user", 600e6},
		{"The firm raised 600m from investors.", "", 600e6},
		{"Thieves took jewels worth £88m from the store.", "GBP", 88e6},
		{"Shares fell £60m on the news.", "GBP", 60e6},
		{"Harlow Mills said its sales fell 600m.", "", 600e6},
		{"Profits at the Tarn Valley cooperative dropped about 40m.", "", 40e6},
	}
	for _, tt := range tests {
		ms := Quantities(tt.text, time.Time{})
		if len(ms) != 1 || ms[0].Unit != tt.unit || ms[0].Value != tt.value {
			t.Errorf("%q: %+v, want one figure %g %q", tt.text, ms, tt.value, tt.unit)
		}
	}
}
