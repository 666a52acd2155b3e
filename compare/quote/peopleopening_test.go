package quote

import "testing"

// People named by what they are, in the plural, speak through the verb
// their clause shares: after an opening clause, or opening the sentence.
func TestPeopleOpeningSpeak(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"after an opening clause, a participle",
			"Although they led the march, other protesters joined them in blocking the gates, shouting \"No more cuts!\"",
			"No more cuts!", "other protesters", ""},
		{"opening the sentence, a participle",
			"Other protesters joined them in blocking the gates, shouting \"No more cuts!\"",
			"No more cuts!", "other protesters", ""},
		{"a bare plural after an opening phrase",
			"On the quay at Dunmore, protesters chanted \"No more cuts!\" as they tried to break through the cordon.",
			"No more cuts!", "protesters", ""},
		{"an appositive names them better",
			"On Friday, the aide, Ann Lee, 31, who runs the campaign's site, wrote to the voters that they should \"try a little patience.\"",
			"try a little patience", "Ann Lee", ""},
	})
}
