package quote

import "testing"

// A verb joined by "but" or "and" shares its sentence's subject across a
// phrase of time ("but at the same time acknowledged") or "also", and a
// body named with an article and an acronym ("The FRU") is that subject.
func TestJoinedVerbSharesTheBody(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"at the same time", "Ferry Riders Push Back\n\nThe Ferry Riders Union pushed back Friday on a report claiming the union was dropping its fight against fare rises -- but at the same time acknowledged “fare changes” would be needed.",
			"fare changes", "Ferry Riders Union", ""},
		{"an acronym with an article", "Ferry Riders Push Back\n\nThe FRU pushed back Friday on a report — but at the same time acknowledged “fare changes” would be needed.",
			"fare changes", "FRU", ""},
		{"but also", "The FRU pushed back Friday on a report that the union was dropping its fight against fare rises, but also acknowledged “fare changes” would be needed.",
			"fare changes", "FRU", ""},
	})
}
