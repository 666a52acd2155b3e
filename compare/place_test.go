package compare

import "testing"

func TestSpanPlace(t *testing.T) {
	a := Article{Sentences: []Sentence{
		{Role: RoleHeadline}, {Role: RoleLede}, {Role: RoleBody, Paragraph: 2}, {Role: RoleBody, Paragraph: 3}, {Role: RoleBody, Paragraph: 3},
	}}
	for _, tt := range []struct {
		sents []int
		want  string
	}{
		{[]int{2, 3}, "paragraphs 3–4"},
		{[]int{1, 2}, "lede–paragraph 3"},
		{[]int{3, 4}, ""}, // one paragraph
		{[]int{2}, ""},
		{[]int{9, -1}, ""},
	} {
		if got := a.SpanPlace(tt.sents); got != tt.want {
			t.Errorf("SpanPlace(%v) = %q, want %q", tt.sents, got, tt.want)
		}
	}
}
