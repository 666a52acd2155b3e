package fact

import "testing"

// "Age 61", "aged 61" and a figure set off by commas after a person noun
// are a person's age; after a name, Scan reads it so (appositiveAges, which
// asks the text's names whether the name is a person's, TestAppositiveAges).
func TestNamedAge(t *testing.T) {
	checkKinds(t, [][2]string{
		{"Dana Quell, age 61, was shot.", "count:61/year@person:quell"},
		{"A woman aged 61 was shot.", "count:61/year@person-f"},
		{"Quell died at age 61.", "count:61/year@person"},
		{"The victim, 61, was shot.", "count:61/year@person"},
		{"In Marlow, 61 were shot.", "number:61/"},
		{"He scored 12, 14 and 16.", "number:12/ number:14/ number:16/"},
	})
	qs, _ := Scan("Dana Quell, 61, of Marlow was shot.", monday)
	if len(qs) == 0 {
		t.Fatal("no quantity in Dana Quell's age")
	}
	a := qs[0]
	b := first(t, "the 62-year-old Quell")
	if st, ok := CompareMentions(a, b); !ok || st != Conflict {
		t.Errorf("CompareMentions(%q, %q) = %q, %v; want conflict", a.Text, b.Text, st, ok)
	}
	c := first(t, "a 61-year-old woman")
	if st, ok := CompareMentions(first(t, "A woman aged 61 was shot."), c); !ok || st != Shared {
		t.Errorf("aged 61 against %q = %q, %v; want shared", c.Text, st, ok)
	}
}
