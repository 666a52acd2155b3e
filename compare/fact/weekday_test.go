package fact

import (
	"testing"
	"time"
)

func TestCompareWeekdays(t *testing.T) {
	one := func(s string) Mention { return Quantities(s, time.Time{})[0] }
	for _, c := range []struct {
		a, b string
		want Status
		ok   bool
	}{
		{"Saturday", "Friday", Conflict, true},
		{"on Friday", "Friday", Shared, true},
		{"last Friday", "Friday", "", false}, // perhaps another week
		{"Friday", "last month", "", false},
	} {
		st, ok := CompareWeekdays(one(c.a), one(c.b))
		if st != c.want || ok != c.ok {
			t.Errorf("%q, %q: %q %v, want %q %v", c.a, c.b, st, ok, c.want, c.ok)
		}
	}
	// Anchored to a publication date, a weekday is a day, compared as one.
	if _, ok := CompareWeekdays(Quantities("Friday", monday)[0], Quantities("Friday", monday)[0]); ok {
		t.Error("anchored weekdays compared as weekdays")
	}
}
