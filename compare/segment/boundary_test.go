package segment

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

type splitCase struct {
	name string
	in   string
	want []string
}

func runSplitCases(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// A leading paragraph keeps the case out of headline detection.
			got := texts(t, plain("Lead paragraph.\n\n"+c.in))[1:]
			if !slices.Equal(got, c.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestSplitAbbreviations(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"initialism before a name", "The Office of the U.S. Trade Representative returned Alibaba to the list.",
			[]string{"The Office of the U.S. Trade Representative returned Alibaba to the list."}},
		{"initialism ends a sentence", "Prices rose in the U.S. The company said demand was strong.",
			[]string{"Prices rose in the U.S.", "The company said demand was strong."}},
		{"U.K. before But", "Output fell in the U.K. But exports rose.",
			[]string{"Output fell in the U.K.", "But exports rose."}},
		{"titles", "Mr. Smith and Mrs. Jones met Dr. Brown, Gov. Lee, Sen. Warren and Rep. Cole.",
			[]string{"Mr. Smith and Mrs. Jones met Dr. Brown, Gov. Lee, Sen. Warren and Rep. Cole."}},
		{"plural titles", "Republican Sens. Scott Brown and Dean Heller joined Reps. Peter King and Lt. Gov. Ann Cole.",
			[]string{"Republican Sens. Scott Brown and Dean Heller joined Reps. Peter King and Lt. Gov. Ann Cole."}},
		{"saint", "They prayed at St. Patrick's Cathedral.", []string{"They prayed at St. Patrick's Cathedral."}},
		{"company before a title", "Acme Inc. Chief Executive Jane Doe and Beta Corp. Chairman Li met Smith & Co. Ltd. Partners.",
			[]string{"Acme Inc. Chief Executive Jane Doe and Beta Corp. Chairman Li met Smith & Co. Ltd. Partners."}},
		{"company ends sentences", "He works at Acme Inc. She works at Beta Corp. They met at Gamma Co. It went well.",
			[]string{"He works at Acme Inc.", "She works at Beta Corp.", "They met at Gamma Co.", "It went well."}},
		{"junior", "Martin Luther King Jr. Day is a holiday.", []string{"Martin Luther King Jr. Day is a holiday."}},
		{"p.m. before a day", "The vote is at 3 p.m. Tuesday in Washington.", []string{"The vote is at 3 p.m. Tuesday in Washington."}},
		{"p.m. ends a sentence", "The vote ended at 3 p.m. It passed.", []string{"The vote ended at 3 p.m.", "It passed."}},
		{"a.m. before lower case", "It opened at 9 a.m. in London.", []string{"It opened at 9 a.m. in London."}},
		{"months", "It rained on Jan. 5, Feb. 6, Aug. 12, Sept. 3, Oct. 4, Nov. 5 and Dec. 6 last year.",
			[]string{"It rained on Jan. 5, Feb. 6, Aug. 12, Sept. 3, Oct. 4, Nov. 5 and Dec. 6 last year."}},
		{"month ends a sentence", "The rules took effect in Jan. The backlash was swift.",
			[]string{"The rules took effect in Jan.", "The backlash was swift."}},
		{"number", "The team is ranked No. 1 in the nation.", []string{"The team is ranked No. 1 in the nation."}},
		{"versus", "It was Roe vs. Wade all over again.", []string{"It was Roe vs. Wade all over again."}},
		{"etc. mid-sentence", "They sold apples, pears, etc. and much more.", []string{"They sold apples, pears, etc. and much more."}},
		{"etc. ends a sentence", "They sold apples, pears, etc. The rest went to waste.",
			[]string{"They sold apples, pears, etc.", "The rest went to waste."}},
		{"news starters", "He joined Apple Inc. Last year he left. Apple Inc. Shares rose. Sales fell in the U.S. Analysts expect more.",
			[]string{"He joined Apple Inc.", "Last year he left.", "Apple Inc.", "Shares rose.", "Sales fell in the U.S.", "Analysts expect more."}},
		{"outlet named with a bang", `"She was professional," he told E! News. Sales rose on Yahoo! Finance last year.`,
			[]string{`"She was professional," he told E! News.`, "Sales rose on Yahoo! Finance last year."}},
		{"outlet with a bang ends a sentence", "He said it on Yahoo! The site did not comment.",
			[]string{"He said it on Yahoo!", "The site did not comment."}},
		{"a bang is still a stop", "Help! Police came at once. Wow! News spread fast.",
			[]string{"Help!", "Police came at once.", "Wow!", "News spread fast."}},
		{"capitals are not starters", "Jobs went to the U.S. IT industry.", []string{"Jobs went to the U.S. IT industry."}},
	})
}

func TestSplitNumbers(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"price, time, decimal", "Alibaba shares rose 0.9 per cent to $94.74 at 2:37 p.m. in New York.",
			[]string{"Alibaba shares rose 0.9 per cent to $94.74 at 2:37 p.m. in New York."}},
		{"thousands and percent", "Sales hit 1,000 units, up 3.5% from 2.4 million.",
			[]string{"Sales hit 1,000 units, up 3.5% from 2.4 million."}},
		{"numbers end sentences", "Inflation was 3.5%. Wages rose by 1,000. Prices hit $94.74. Then they fell.",
			[]string{"Inflation was 3.5%.", "Wages rose by 1,000.", "Prices hit $94.74.", "Then they fell."}},
		{"year ends a sentence", "He was born in 1990. Then he moved.", []string{"He was born in 1990.", "Then he moved."}},
		{"list number", "1. The first item is here.", []string{"1. The first item is here."}},
	})
}

func TestSplitQuotes(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"tail", `"Jack and I are going to do some great things together," Trump said in the lobby.`,
			[]string{`"Jack and I are going to do some great things together," Trump said in the lobby.`}},
		{"multi-sentence quote with tail", `"It's over. We lost," she said. Then she left.`,
			[]string{`"It's over. We lost," she said.`, "Then she left."}},
		{"curly double", `“It’s over. We lost,” she said.`, []string{`“It’s over. We lost,” she said.`}},
		{"curly single", `‘It’s over. We lost,’ she said.`, []string{`‘It’s over. We lost,’ she said.`}},
		{"straight single", `'It is over. We lost,' she said.`, []string{`'It is over. We lost,' she said.`}},
		{"comma outside", `"It's over. We lost", she said.`, []string{`"It's over. We lost", she said.`}},
		{"question then attribution", `"Why now?" he asked.`, []string{`"Why now?" he asked.`}},
		{"exclamation then attribution", `"Stop! Now!" she shouted.`, []string{`"Stop! Now!" she shouted.`}},
		{"curly question", `“Why now?” he asked. “Because,” she said.`, []string{`“Why now?” he asked.`, `“Because,” she said.`}},
		{"question then new sentence", `"Why now?" He left the room.`, []string{`"Why now?"`, "He left the room."}},
		{"question then named speaker", `“Was the dam ever inspected?” Judge Orla Brenn asked. “Never,” the clerk said.`,
			[]string{`“Was the dam ever inspected?” Judge Orla Brenn asked.`, `“Never,” the clerk said.`}},
		{"question then titled speaker", `"Who paid for the ferry?" Mr. Talbot said, frowning.`,
			[]string{`"Who paid for the ferry?" Mr. Talbot said, frowning.`}},
		{"full stop then named speaker", `"We rebuild the pier first." Mayor Quill added.`,
			[]string{`"We rebuild the pier first." Mayor Quill added.`}},
		{"question then a named speaker's new sentence", `"Why now?" Brenn asked the court to wait.`,
			[]string{`"Why now?"`, "Brenn asked the court to wait."}},
		{"full stop then the next quotation's speaker", `"We rebuild the pier first." Mayor Quill added, "Then the quay."`,
			[]string{`"We rebuild the pier first."`, `Mayor Quill added, "Then the quay."`}},
		{"curly full stop then the next quotation's speaker", `“We rebuild the pier first.” Mayor Quill added, “Then the quay.”`,
			[]string{`“We rebuild the pier first.”`, `Mayor Quill added, “Then the quay.”`}},
		{"question then a name ending a sentence", `"Who came?" Orla Brenn. Then silence.`,
			[]string{`"Who came?"`, "Orla Brenn.", "Then silence."}},
		{"no tail", `"First sentence. Second sentence." Then silence.`,
			[]string{`"First sentence.`, `Second sentence."`, "Then silence."}},
		{"quote after a sentence", `Trump told reporters after the meeting. "Jack and I are going to do great things."`,
			[]string{"Trump told reporters after the meeting.", `"Jack and I are going to do great things."`}},
		{"apostrophes are not quotes", `China’s leader spoke. The firm’s shares rose. Investors' hopes grew.`,
			[]string{"China’s leader spoke.", "The firm’s shares rose.", "Investors' hopes grew."}},
		{"lone closing quote", `She said it was over. "`, []string{`She said it was over. "`}},
		{"lone period and quote", `It ended. ."`, []string{`It ended. ."`}},
		{"lone opening quote", `" It ended.`, []string{`" It ended.`}},
		// Text tokenized word by word spaces its quotation marks; the
		// marks still close the quotation before its attribution.
		{"spaced curly marks", `“ See that gull? ” said Petra Lind, a net mender. She laughed.`,
			[]string{`“ See that gull? ” said Petra Lind, a net mender.`, "She laughed."}},
		{"spaced nested marks", `"They asked, 'Why not ten boats? '" Marlow said. The ferry left.`,
			[]string{`"They asked, 'Why not ten boats? '" Marlow said.`, "The ferry left."}},
		{"spaced straight marks", `" We rebuild the pier first . " Mayor Quill added. " Then the quay . "`,
			[]string{`" We rebuild the pier first . " Mayor Quill added.`, `" Then the quay . "`}},
		{"spaced apostrophe", `The ferrymen ' union said no. Then silence.`,
			[]string{"The ferrymen ' union said no.", "Then silence."}},
	})
}

func TestSplitEllipsis(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"three dots", "He paused... and then left.", []string{"He paused... and then left."}},
		{"spaced", "He paused . . . and then left.", []string{"He paused . . . and then left."}},
		{"character", "He paused… and then left.", []string{"He paused… and then left."}},
	})
}

func TestSplitLines(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"repeated headline over a caption", "Markets slump\nTraders watch screens on Monday. (Jane Doe/AP)",
			[]string{"Markets slump", "Traders watch screens on Monday. (Jane Doe/AP)"}},
		{"short line above a long one", "Markets slump as trade war deepens\nTraders watch screens at the New York Stock Exchange on Monday.",
			[]string{"Markets slump as trade war deepens", "Traders watch screens at the New York Stock Exchange on Monday."}},
		{"line above a credit", "Breaking news from the exchange floor\nPhoto: Reuters", []string{"Breaking news from the exchange floor", "Photo: Reuters"}},
		{"wrapped prose", "Jack Ma, founder of Alibaba Group, met with the president-elect Monday at Trump\nTower to pitch plans on how to create 1 million American jobs by helping\nsmall businesses sell to China.",
			[]string{"Jack Ma, founder of Alibaba Group, met with the president-elect Monday at Trump\nTower to pitch plans on how to create 1 million American jobs by helping\nsmall businesses sell to China."}},
		{"wrapped after a comma", "We met Jack Ma,\nAlibaba's founder, on Monday.", []string{"We met Jack Ma,\nAlibaba's founder, on Monday."}},
		{"one sentence a line", "First line.\nSecond line.", []string{"First line.", "Second line."}},
		{"line break inside a tailed quote", "\"It's over,\"\nTrump said on a long line that sets the width.",
			[]string{"\"It's over,\"\nTrump said on a long line that sets the width."}},
	})
}

// TestPunktWindows checks that running Punkt on windows around candidate
// words, as punktBreak does with a window tokenizer, gives the verdicts the
// library gives on whole paragraphs with its whole model.
func TestPunktWindows(t *testing.T) {
	tok := wholeModelTokenizer(t)
	paras := append(realParagraphs(t), benchArticle(200), "Go. . . now. U.S. Mr. I. B. M. 3. Inc. “Why?” he said! 日本。次。 Ü.",
		"A.. B... C. . D. E.F. G.H.I. 1. 2.3. 4.5.6. No. 5. St. Louis. Dr. No.")
	for _, p := range paras {
		ws := scanWords(p, 0, len(p), nil)
		whole := make([]bool, len(ws))
		k := 0
		for _, tk := range tok.AnnotatedTokens(p + " ") {
			for k < len(ws)-1 && ws[k].end < tk.Position {
				k++
			}
			if tk.SentBreak && ws[k].end == tk.Position {
				whole[k] = true
			}
		}
		for i := 0; i < len(ws)-1; i++ { // no gap after the last word
			if !candidate(p, ws[i]) {
				continue
			}
			if windowed := punktBreak(p, ws, i); windowed != whole[i] {
				t.Errorf("after %q in %q: windowed %v, whole paragraph %v", p[ws[i].start:ws[i].end], p, windowed, whole[i])
			}
		}
	}
}

// The hand matchers agree with the patterns they replace: on figures and
// initialisms, near misses, random strings of the patterns' pieces, and
// every word of the demo and the PolNeAR texts.
func TestFigureStopIsThePattern(t *testing.T) {
	figure := regexp.MustCompile(`^[$€£¥]?\d[\d,]*(?:\.\d+)?%?\.$`)
	initialism := regexp.MustCompile(`^(?:\pL\.)+\pL$`)
	check := func(s string) {
		if got, want := isFigureStop(s), figure.MatchString(s); got != want {
			t.Errorf("isFigureStop(%q) = %v, the pattern says %v", s, got, want)
		}
		if got, want := isInitialism(s), initialism.MatchString(s); got != want {
			t.Errorf("isInitialism(%q) = %v, the pattern says %v", s, got, want)
		}
	}
	for _, s := range []string{"1990.", "$94.74.", "3.5%.", "1,200.", "€5.", "£1,2,.", "¥0.0%.", "$$5.", "5", "5..", "5.5", ".5.",
		"5.%.", "5%", "5%%.", "x5.", "5x.", "$.", "", ".", "1.2.3.", "5.5.5", "٣.", "U.S", "D.C", "p.m", "u.s.", "U", "U.", ".U",
		"U..S", "É.Ü", "1.2", "a.b.c", "ab.c", "a.bc", "a.\xff", "\xff.a", "a.b.", "ſ.K"} {
		check(s)
	}
	pieces := []string{"$", "€", "£", "¥", "1", "0", "9", ",", ".", "%", "a", "Z", "é", "ſ", "\xff", " ", "x"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for k := rng.IntN(9); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
	for _, p := range realParagraphs(t) {
		for _, w := range strings.Fields(p) {
			check(w)
			check(strings.TrimSuffix(w, "."))
		}
	}
}

// TestSplitDatelines: a dateline ending in a state's abbreviation stays
// with the sentence it opens; Punkt, not knowing the abbreviation, cut it
// off as a sentence of its own, which matched another outlet's "in
// Marlow, Mo." as a shared fact.
func TestSplitDatelines(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"state abbreviation", "MARLOW FALLS, Mo. — Members of the Ostrand Guild voted on Tuesday to expel two officers.",
			[]string{"MARLOW FALLS, Mo. — Members of the Ostrand Guild voted on Tuesday to expel two officers."}},
		{"double hyphen", "BRENTFORD, Mo. -- Members of the Ostrand Guild voted on Tuesday.",
			[]string{"BRENTFORD, Mo. -- Members of the Ostrand Guild voted on Tuesday."}},
		{"wire in brackets", "ST. ALDRIC, Mo. (AP) — Members of the Ostrand Guild voted on Tuesday.",
			[]string{"ST. ALDRIC, Mo. (AP) — Members of the Ostrand Guild voted on Tuesday."}},
		{"a sentence ends before a dash", "The guild met in Marlow Falls, Mo. — Then it voted.",
			[]string{"The guild met in Marlow Falls, Mo.", "— Then it voted."}},
	})
}
