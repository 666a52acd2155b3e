package textsim

import (
	"slices"
	"testing"
)

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Alibaba shares rose 0.9 per cent to $94.74 at 2:37 p.m. in New York.",
			[]string{"alibaba", "shares", "rose", "0.9", "per", "cent", "to", "94.74", "at", "2:37", "p.m.", "in", "new", "york"}},
		{"The U.S. Trade Representative, e-commerce and China’s 1,000,000 users don't 5%.",
			[]string{"the", "u.s.", "trade", "representative", "e-commerce", "and", "china's", "1,000,000", "users", "don't", "5"}},
		{"It ended. Then 1,00 and 3.5.", []string{"it", "ended", "then", "1", "00", "and", "3.5"}},
		{"“Quoted” — dashes--and 'single' quotes", []string{"quoted", "dashes", "and", "single", "quotes"}},
		{"Zoë Straße", []string{"zoë", "straße"}},
		{"", []string{}},
	} {
		if got := Tokens(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("Tokens(%q)\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestStem(t *testing.T) {
	for word, want := range map[string]string{"shares": "share", "running": "run", "presidential": "presidenti", "jobs": "job"} {
		if got := Stem(word); got != want {
			t.Errorf("Stem(%q) = %q, want %q", word, got, want)
		}
	}
}

// termsOf returns the stems of a sentence's content words, in term order.
func termsOf(text string) []string {
	c := NewCorpus()
	c.Add(text)
	c.Freeze()
	terms, _ := c.Terms(0)
	var out []string
	for _, t := range terms {
		out = append(out, c.stems[t])
	}
	slices.Sort(out)
	return out
}

func TestContentTerms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Stop words go; hyphenated words split; "per cent" and "%" are
		// "percent"; the pronoun "us" is a stop word, "US" the country.
		{"Shares rose 5 per cent, up 2% for us in the US and U.S. e-commerce",
			[]string{"2", "5", "commerc", "percent", "rose", "share", "us"}},
		{"Fifty-seven senators signed, three weeks after 1,000 did", []string{"1000", "3", "57", "senat", "sign", "week"}},
		{"Jack Ma won", []string{"jack", "ma", "won"}},
	} {
		got := termsOf(tc.text)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("content terms of %q\n got %q\nwant %q", tc.text, got, want)
		}
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		text  string
		names int
	}{
		{"Alibaba chairman Jack Ma met with President-elect Donald Trump", 6}, // jack ma president elect donald trump
		{"Trump Speaks With Alibaba's Jack Ma About Jobs", 0},                 // title case says nothing
		{"IBM and Ford unveiled plans", 2},                                    // an all-capital first word is a name
		{"\"Jack and I are going,\" he said.", 0},                             // first word after a quote mark
	} {
		c := NewCorpus()
		c.Add(tc.text)
		if got := int(c.sents[0].nNames); got != tc.names {
			t.Errorf("%q: %d names, want %d", tc.text, got, tc.names)
		}
	}
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		agree bool
	}{
		{"rose 0.9 per cent", "up about 1%", true},
		{"to $94.74", "to $95", true},
		{"in 2014", "in 2013", false},
		{"1 million jobs", "1,000,000 jobs", true},
		{"1 million jobs", "1 billion jobs", false},
		{"fifty-seven senators", "57 senators", true},
		{"three weeks", "3 weeks", true},
		{"one of the best", "1 of the best", false}, // a lone "one" is no figure
	} {
		f := pairFeatures(tc.a, tc.b)
		if got := f[FNumUnmatched] == 0; got != tc.agree {
			t.Errorf("%q / %q: figures agree %v, want %v", tc.a, tc.b, got, tc.agree)
		}
	}
}

func TestNegation(t *testing.T) {
	if f := pairFeatures("The bill passed the Senate.", "The bill didn't pass the Senate."); f[FNegation] != 1 {
		t.Errorf("negation not seen: %v", f[FNegation])
	}
	if f := pairFeatures("The bill never passed.", "The bill did not pass."); f[FNegation] != 0 {
		t.Errorf("both negated, yet FNegation %v", f[FNegation])
	}
}
