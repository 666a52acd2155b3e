package quote

import (
	"cmp"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“Jack and I,” he said…", "jack and i he said"},
		{"Alibaba’s e-commerce — 1,000 jobs!", "alibaba's e-commerce 1,000 jobs"},
		{`"Don't"  'stop'`, "don't stop"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRelate(t *testing.T) {
	long := "We are going to create a million jobs by helping small businesses sell to China"
	tests := []struct {
		name string
		a, b string
		want Relation
	}{
		{"identical despite marks and case", long + ".", "we are going to create a million jobs, by helping small businesses sell to China!", Identical},
		{"truncated", long, "going to create a million jobs", Truncated},
		{"truncated either way", "going to create a million jobs", long, Truncated},
		{"spliced by ellipsis", long, "We are going to create … small businesses sell to China", Spliced},
		{"spliced without ellipsis", long, "We are going to create small businesses sell to China", Spliced},
		{"spliced by ellipsis, the other starting later", "Still, we will not stand by … while the council closes the library on Sundays", "We will not stand by in silence, for our readers and our children, while the council closes the library on Sundays.", Spliced},
		{"spliced by ellipsis, the other starting later, either way", "We will not stand by in silence, for our readers and our children, while the council closes the library on Sundays.", "Still, we will not stand by … while the council closes the library on Sundays", Spliced},
		{"spliced by ellipsis, the other ending sooner", "We will not stand by … while the council closes the library on Sundays, and we will say so", "We will not stand by in silence, for our readers, while the council closes the library", Spliced},
		{"a changed opening is altered when the other does not start there", "Still, we will not stand by … while the council closes the library", "They said we will not stand by in silence while the council closes the library", Altered},
		{"altered", long, "We are going to create a million new jobs by helping small firms sell to China", Altered},
		{"altered part", long, "create a million new jobs by helping small firms", Altered},
		{"identical in British spelling", "We prioritized safety and we apologize to the harbor workers", "We prioritised safety and we apologise to the harbour workers", Identical},
		{"truncated in British spelling", "We prioritized safety and we apologize to the harbor workers", "we apologise to the harbour workers", Truncated},
		{"identical in another house style", "Our e-commerce sales rose 9 per cent after the announcement", "Our ecommerce sales rose 9 percent after the an\u2011nouncement", Identical},
		{"identical in another house style, either way", "Our ecommerce sales rose 9 percent", "Our e-commerce sales rose 9 per cent", Identical},
		{"a word closed up into another stays altered", "It may be too late for the harbor workers", "It maybe too late for the harbor workers", Altered},
		{"identical with numbers in figures", "There is a one-in-four chance the ferry runs late twenty-five times", "There is a 1 in 4 chance the ferry runs late 25 times", Identical},
		{"identical with numbers hyphenated in figures", "A 1-in-4 Chance", "a 1 in 4 chance", Identical},
		{"truncated with numbers spelled out", "there's a one-in-four chance the ferry runs late", "1 in 4", Truncated},
		{"another number is no house style", "There is a one-in-four chance the ferry runs late", "There is a 1 in 5 chance the ferry runs late", Altered},
		{"overlapping at a whole sentence", "The ferry has run late all winter. Nobody on the island can plan a working day around it.", "Nobody on the island can plan a working day around it. The council must act before the summer.", Overlapping},
		{"overlapping at a sentence with a word more, the other cut by an ellipsis",
			"I misjudged the harbor workers in a way I would never want to be judged myself. After many weeks of talks with the union I can see more clearly just how unfair my words were. ... I promise to listen and learn from this winter.",
			"After many weeks of talks with the union, I can see more clearly how unfair my words were. Please know that these feelings truly have no place in my work. Furthermore, I'd like to apologize to all of those I have hurt, and promise to listen and learn from this winter.",
			Overlapping},
		{"a short sentence with a word more is no overlap",
			"The ferry will run on time. The council has found the money for a second boat and a new pier.",
			"The ferry will not run on time. Nobody on the island can plan a working day around it any longer.",
			NoMatch},
		{"two cuts of one statement, a word swapped in the sentence they share",
			"What have you lot been debating, Ines? You've been debating a commemorative stamp for the ferry?",
			"At the harbor board, what have you lot been doing, Ines?", Altered},
		{"either way", "At the harbor board, what have you lot been doing, Ines?",
			"What have you lot been debating, Ines? You've been debating a commemorative stamp for the ferry?", Altered},
		{"a sentence of five words with a word swapped is no alteration",
			"We will win this one. The ferry has run late all winter and nobody plans around it.",
			"Ask the harbor board and the people of the island on the pier, and they tell you we will lose this one.", NoMatch},
		{"nor one whose last word is swapped",
			"There is a lot of anger here. The ferry has run late all winter and nobody plans around it.",
			"Ask the harbor board and the people of the island on the pier, and they say there is a lot of anger there.", NoMatch},
		{"a short quotation sharing a common phrase is no alteration", "There's a lot of anger here",
			"They have a hard time because there's a lot of crime in the harbor district", NoMatch},
		{"nor sharing a name", "wholly inappropriate use of the Harbor Protection Act.",
			"The new rules weaken the scientific foundation of the Harbor Protection Act and undermine the pier", NoMatch},
		{"a contraction is no word of meaning", "We will not pay it", "We won't pay it", Altered},
		{"a short quotation with its words kept is altered", "a spot at the bar.", "dress like you deserve respect, not a spot at a bar.", Altered},
		{"a short sentence in common is no overlap", "We will win. The ferry has run late all winter and nobody plans around it.", "We will win. The council must act before the summer comes round again.", NoMatch},
		{"unrelated", long, "The weather in Hangzhou was mild on Monday", NoMatch},
		{"short shared phrase", long, "a million", NoMatch},
		{"empty", long, "", NoMatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, score := Relate(Quote{Text: tt.a}, Quote{Text: tt.b})
			if got != tt.want {
				t.Errorf("Relate = %q (%.2f), want %q", got, score, tt.want)
			}
			if score < 0 || score > 1 || got == Identical && score != 1 {
				t.Errorf("score %.2f out of range for %q", score, got)
			}
		})
	}
}

func TestIndexMatches(t *testing.T) {
	x := NewIndex()
	a := x.Add(0, Quote{Text: "Jack and I are going to do some great things together"})
	b := x.Add(1, Quote{Text: "Jack and I are going to do some great things."})
	c := x.Add(1, Quote{Text: "Our results speak for themselves"})
	d := x.Add(2, Quote{Text: "our results speak for themselves!"})
	e := x.Add(0, Quote{Text: "Jack and I are going to do some great things together"}) // not matched with a: same article
	x.Add(2, Quote{Text: "Great"})
	got := x.Matches()
	want := []Match{{A: a, B: b, Relation: Truncated}, {A: b, B: e, Relation: Truncated}, {A: c, B: d, Relation: Identical}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	found := map[[2]int]Relation{}
	for _, m := range got {
		found[[2]int{m.A, m.B}] = m.Relation
		if x.quotes[m.A].article == x.quotes[m.B].article {
			t.Errorf("match within one article: %+v", m)
		}
		if m.A >= m.B {
			t.Errorf("match ids out of order: %+v", m)
		}
	}
	for _, w := range want {
		if found[[2]int{w.A, w.B}] != w.Relation {
			t.Errorf("missing %+v in %+v", w, got)
		}
	}
}

func TestParaphrased(t *testing.T) {
	q := Quote{Text: "We want to create US jobs by helping small businesses and farmers sell to China"}
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Alibaba said it wanted to help small businesses and farmers sell to China, creating jobs in the US.", true},
		{"Alibaba shares rose 0.9 per cent on Monday.", false},
		{`Alibaba said it "wants to create US jobs by helping small businesses and farmers."`, false},
	}
	for _, tt := range tests {
		if got := Paraphrased(q, tt.sentence); got != tt.want {
			t.Errorf("Paraphrased(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// A remark that shares most words with a quotation its article already
// prints more closely is separate only when it puts a word of its own in
// the place of the quotation's.
func TestSeparateRemark(t *testing.T) {
	q := "We will end the river levy this spring, and we will fight the harbour tax"
	tests := []struct {
		name         string
		closer, near string
		wantSeparate bool
		q            string // when not the q above
	}{
		{"another word in the place of one", "we will end the river levy", "we will stop the river levy", true, ""},
		{"another figure", "2 in 3 chance", "1 In 3 Chance", true, "I'd say there's a two-in-three chance that we keep the seat"},
		{"an outlet's words in brackets", "we will end the river levy", "[Mayor Ines Marlow] will end the river levy this spring", false, ""},
		{"another ending", "we will end the river levy", "ending the river levy this spring", false, ""},
		{"words left out", "we will end the river levy this spring", "we will end the levy this spring", false, ""},
		{"the closer one is no closer", "we will stop the river levy", "we will halt the river levy", false, ""},
		{"other words of q", "we will end the river levy", "we will fight the harbour fees", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := cmp.Or(tt.q, q)
			if got := SeparateRemark(Quote{Text: q}, Quote{Text: tt.closer}, Quote{Text: tt.near}); got != tt.wantSeparate {
				t.Errorf("SeparateRemark = %v, want %v", got, tt.wantSeparate)
			}
		})
	}
}
