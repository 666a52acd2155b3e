package quote

import "testing"

// A role set before an appositive name ("the mayor, Tom Reed, said") names
// the person; a place in capitals ("the Ferry Bridge") is nobody a role
// noun can stand for; an article alone before an organisation is no role.
func TestRoleBeforeAppositiveName(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker, role string
	}{
		{"role, name, said", "The Ferry Bridge was shut on Monday.\n\n‘We acted on the engineers’ advice,’ the mayor, Ines Marlow, said.",
			"We acted on the engineers’ advice", "Ines Marlow", "the mayor"},
		{"role, name, said, double marks", "The Ferry Bridge was shut on Monday.\n\n\"We acted on the engineers' advice,\" the mayor, Ines Marlow, said.",
			"We acted on the engineers' advice", "Ines Marlow", "the mayor"},
		{"role in capitals", "\"We acted on the engineers' advice,\" the Mayor, Ines Marlow, told reporters.",
			"We acted on the engineers' advice", "Ines Marlow", "the Mayor"},
		{"role, name, said: before", "The mayor, Ines Marlow, said: \"We acted on the engineers' advice.\"",
			"We acted on the engineers' advice.", "Ines Marlow", "The mayor"},
		{"modified role", "The ferry pier was shut on Monday.\n\nDockers blamed the council.\n\n\"We acted on the engineers' advice,\" the former mayor, Ines Marlow, said.",
			"We acted on the engineers' advice", "Ines Marlow", "the former mayor"},
		{"a name run keeps its appositive", "\"We acted on the engineers' advice,\" Harbour Commissioner Ines Marlow, a former engineer, said.",
			"We acted on the engineers' advice", "Ines Marlow", "Harbour Commissioner"},
		{"a bridge is no person", "The council shut the Ferry Bridge without warning, leaving commuters stranded.\n\n\"We acted on the engineers' advice,\" the mayor said.",
			"We acted on the engineers' advice", "the mayor", ""},
		{"a stadium is no person", "Fans were turned away from the Eastmoor Stadium on Sunday.\n\n\"We acted on the engineers' advice,\" the mayor said.",
			"We acted on the engineers' advice", "the mayor", ""},
		{"an article is no role", "\"This will damage relations,\" the Foreign Ministry said.",
			"This will damage relations", "Foreign Ministry", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ok := findQuote(Extract(tt.text, nil), tt.quote)
			if !ok {
				t.Fatalf("no quote %q in %q", tt.quote, tt.text)
			}
			if q.Speaker != tt.speaker || q.Role != tt.role {
				t.Errorf("speaker %q, role %q; want %q, %q", q.Speaker, q.Role, tt.speaker, tt.role)
			}
		})
	}
}
