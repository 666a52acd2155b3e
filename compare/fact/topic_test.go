package fact

import "testing"

// "About" after a word that takes a topic is a preposition, not a hedge.
func TestTopicAbout(t *testing.T) {
	checkKinds(t, [][2]string{
		{"He sought information about two hidden programs.", "count:two hidden programs/program"},
		{"They worried about 3 closures.", "count:3 closures/closure"},
		{"She was unsure about 40 new posts.", "count:40 new posts/post"},
		{"The blast killed about 40 miners.", "count:about 40 miners/miner"},
		{"The ministry reported about 40 deaths.", "count:about 40 deaths/death"},
		{"About 40 miners were saved.", "count:About 40 miners/miner"},
	})
}
