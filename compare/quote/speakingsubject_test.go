package quote

import "testing"

// "Quist praised Ross in a statement. "…," he said": the subject who spoke
// in the sentence before goes on, though no word told his sex, before the
// man named as the object.
func TestSpeakingSubjectOfUnknownSex(t *testing.T) {
	text := "Seat filled\n\nGov. Ann Lee on Monday appointed Bill Ross to the seat. Lee offered him the job on Sunday, and he accepted.\n\n" +
		"Former Rep. Jory Quist was the only other candidate.\n\n" +
		"Quist praised Ross in a brief statement Wednesday. \"I know Mr. Ross is committed to working hard,\" he said."
	checkSpeakers(t, []speakerCase{
		{"praised", text, "I know Mr. Ross is committed to working hard", "Jory Quist", ""},
	})
}
