package quote

import "testing"

// A nickname in marks inside a name (William "Mo" Dunn) does not cut the
// name short: the person is known by the whole of it, and a "he" after
// his surname stands for him.
func TestNicknameInsideAName(t *testing.T) {
	text := "Seat filled\n\nGov. Ann Lee on Monday appointed William \"Mo\" Dunn to the seat. Lee offered him the job on Sunday, and he accepted.\n\n" +
		"Dunn, 43, is a lawyer.\n\nHe said there would be \"no daylight\" between him and the party."
	checkSpeakers(t, []speakerCase{
		{"he after the surname", text, "no daylight", "William \"Mo\" Dunn", ""},
	})
}
