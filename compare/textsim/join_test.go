package textsim

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// joinCases are sentences whose joins exercise every way two sentences'
// words interact: a figure before "million" or a figure, "per" before
// "cent", title case on one side only, more than 64 words, more than 255
// distinct words, hyphens, names, empty sentences.
func joinCases() []string {
	var long, wide strings.Builder
	for i := range 70 {
		fmt.Fprintf(&long, "word%d and ", i%30)
	}
	for i := range 300 {
		fmt.Fprintf(&wide, "Term%d ", i)
	}
	return []string{
		"Alibaba will add 1 million US businesses to its platforms.",
		"Each of them is expected to hire one person.",
		"Shares rose 0.9 per",
		"cent in New York on Tuesday.",
		"The company said it hired 5",
		"million people in 2014, about 40 per cent more.",
		"Trump Speaks With Ma About Jobs",
		"Trump spoke with Ma about jobs at Trump Tower.",
		"The well-known e-commerce giant's founder, Jack Ma, met the President-elect.",
		"U.S. officials said nothing",
		"",
		" -- ",
		"fifty-seven",
		"three hundred",
		long.String(),
		wide.String(),
		"Ma’s company — Alibaba — said “we will” hire; it didn't.",
	}
}

// sameSentence reports where two analyses differ, ignoring their text;
// %v prints every field, and floats exactly.
func sameSentence(a, b sentence) string {
	a.text, b.text = "", ""
	if (a.vec == nil) != (b.vec == nil) || a.vec != nil && *a.vec != *b.vec {
		return fmt.Sprintf("mean vector %v\n  analysing the joined text gives\n%v", a.vec, b.vec)
	}
	a.vec, b.vec = nil, nil // %v prints a pointer's address
	if x, y := fmt.Sprintf("%+v", a), fmt.Sprintf("%+v", b); x != y {
		return x + "\n  analysing the joined text gives\n" + y
	}
	return ""
}

// TestJoinIsTheJoinedText checks that Join, which combines analyses, gives
// exactly what analysing the sentences' texts joined gives: every pair and
// some triples of the edge cases, and every two and three consecutive
// sentences of the seed articles and the PolNeAR texts when present.
func TestJoinIsTheJoinedText(t *testing.T) {
	check := func(name string, sents []string) {
		c := NewCorpus()
		for _, s := range sents {
			c.Add(s)
		}
		c.Freeze()
		n := c.Len()
		try := func(ids ...int) {
			t.Helper()
			if d := sameSentence(*c.Join(ids...).s, *c.JoinText(ids...).s); d != "" {
				t.Fatalf("%s: Join%v differs:\n%s", name, ids, d)
			}
		}
		for i := 0; i+1 < n; i++ {
			try(i, i+1)
			try(i+1, i)
			if i+2 < n {
				try(i, i+1, i+2)
			}
		}
		if c.Len() != n {
			t.Fatalf("%s: Join added sentences", name)
		}
	}
	cases := joinCases()
	var all []string
	for _, a := range cases {
		for _, b := range cases {
			all = append(all, a, b)
		}
	}
	check("edge cases", all)
	check("samples", sampleSentences(t))
	names, _ := filepath.Glob(filepath.Join(evalDir, "polnear", "text", "*.txt"))
	if len(names) == 0 {
		t.Log("PolNeAR texts absent: checked the edge cases and samples only")
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		// Lines and their halves: any text is a sentence to the corpus.
		var sents []string
		for line := range strings.Lines(string(data)) {
			line = strings.TrimSpace(line)
			if h := len(line) / 2; h > 0 {
				for h < len(line) && line[h] != ' ' {
					h++
				}
				sents = append(sents, line, line[:h], line[h:])
			}
		}
		check(filepath.Base(name), sents)
	}
}
