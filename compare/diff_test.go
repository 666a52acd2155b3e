package compare

import (
	"strings"
	"testing"
	"unicode"
)

// apply rebuilds both sides of a diff so tests can check it is faithful.
func apply(ops []DiffOp) (from, to string) {
	var a, b strings.Builder
	for _, op := range ops {
		switch op.Op {
		case OpEqual:
			a.WriteString(op.Text)
			b.WriteString(op.ToText())
		case OpDelete:
			a.WriteString(op.Text)
		case OpInsert:
			b.WriteString(op.Text)
		}
	}
	return a.String(), b.String()
}

func TestWordDiffKeepsWordsWhole(t *testing.T) {
	cases := []struct{ a, b string }{
		{"Alibaba shares rose 0.9 per cent to $94.74.", "Alibaba shares were up about 1%."},
		{"The company said it would hire 1,000 workers.", "The company claimed it would hire 1,200 workers."},
		{"Jack and I are going to do some great things together", "Jack and I are going to do some great things"},
		{"He insisted the U.S. deal was fair.", "He conceded the U.S. deal was unfair."},
		{"", "A whole new sentence."},
		{"A sentence removed.", ""},
		{"naïve café owners", "naive cafe owners"},
	}
	for _, c := range cases {
		ops := WordDiff(c.a, c.b)
		from, to := apply(ops)
		if from != c.a || to != c.b {
			t.Errorf("diff of %q/%q rebuilds as %q/%q", c.a, c.b, from, to)
		}
		for i, op := range ops {
			if op.Op == OpEqual || op.Text == "" {
				continue
			}
			// A change starting or ending inside a word would leave a
			// letter touching a letter of the neighbouring op.
			if i > 0 && endsWord(ops[i-1].Text) && startsWord(op.Text) && ops[i-1].Op == OpEqual {
				t.Errorf("%q/%q: change %q splits a word after %q", c.a, c.b, op.Text, ops[i-1].Text)
			}
			if i+1 < len(ops) && ops[i+1].Op == OpEqual && endsWord(op.Text) && startsWord(ops[i+1].Text) {
				t.Errorf("%q/%q: change %q splits a word before %q", c.a, c.b, op.Text, ops[i+1].Text)
			}
		}
	}
}

func TestWordDiffFindsTheChangedWord(t *testing.T) {
	ops := WordDiff("The company said it would hire 1,000 workers.", "The company claimed it would hire 1,200 workers.")
	var del, ins []string
	for _, op := range ops {
		switch op.Op {
		case OpDelete:
			del = append(del, strings.TrimSpace(op.Text))
		case OpInsert:
			ins = append(ins, strings.TrimSpace(op.Text))
		}
	}
	if strings.Join(del, "|") != "said|1,000" || strings.Join(ins, "|") != "claimed|1,200" {
		t.Errorf("deleted %q, inserted %q; want said,1,000 -> claimed,1,200", del, ins)
	}
}

func TestWordDiffManyDistinctTokens(t *testing.T) {
	// More distinct tokens than the BMP private-use area holds.
	var a, b strings.Builder
	for i := 0; i < 7000; i++ {
		a.WriteString("w")
		a.WriteString(strings.Repeat("x", i%7+1))
		a.WriteString(string(rune('a' + i%26)))
		a.WriteString(itoa(i))
		a.WriteString(" ")
		if i%100 != 0 {
			b.WriteString("w" + strings.Repeat("x", i%7+1) + string(rune('a'+i%26)) + itoa(i) + " ")
		}
	}
	from, to := apply(WordDiff(a.String(), b.String()))
	if from != a.String() || to != b.String() {
		t.Fatal("a diff past the BMP private-use area does not rebuild its inputs")
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

func startsWord(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

func endsWord(s string) bool {
	r := []rune(s)
	return len(r) > 0 && (unicode.IsLetter(r[len(r)-1]) || unicode.IsDigit(r[len(r)-1]))
}

func TestDiffNotation(t *testing.T) {
	ops := WordDiff("The company said it", "The company claimed it")
	if got := DiffNotation(ops, nil); got != "The company[- said-]{+ claimed+} it" {
		t.Errorf("notation %q", got)
	}
	if got := DiffNotation(ops, strings.ToUpper); got != "THE COMPANY[- SAID-]{+ CLAIMED+} IT" {
		t.Errorf("escaped notation %q", got)
	}
}

// TestTypographyAndSpellingAreNoEdit: a republished sentence whose only
// differences are curly quotes and apostrophes, non-breaking and thin
// spaces, dashes, an ellipsis or British spelling shows no change, while
// an edit among them still does; both sides rebuild.
func TestTypographyAndSpellingAreNoEdit(t *testing.T) {
	same := []struct{ a, b string }{
		{`Marlow's deal "won't last," the mayor said.`, "Marlow’s deal “won’t last,” the mayor said."},
		{"The meeting comes amid talks.", "The meeting\u00a0comes amid\u2009talks."},
		{"The vote - a close one - passed.", "The vote — a close one — passed."},
		{"The vote -- a close one -- passed.", "The vote – a close one – passed."},
		{"a 40-minute talk", "a 40\u2011minute talk"},
		{"He paused... then left.", "He paused… then left."},
		{"The council criticized the harbor defense program and apologized.", "The council criticised the harbour defence programme and apologised."},
		{"Color the Center", "Colour the Centre"},
		{"Labor's well-organized defense", "Labour’s well‑organised defence"},
	}
	checkNoEdit(t, same)
	// A real edit among typography is still an edit, and only it; the
	// equal runs read in the compared side's typography.
	ops := WordDiff(`Alibaba's 40-minute talk "went well."`, "Alibaba’s hour\u2011long talk “went well.”")
	if got := DiffNotation(ops, nil); got != `Alibaba’s[- 40-minute-]{+ hour‑long+} talk “went well.”` {
		t.Errorf("got %s", got)
	}
	// Spelling is folded only between variants: "colour" is not "collar".
	if ops := WordDiff("a red colour", "a red collar"); len(ops) == 1 {
		t.Errorf("colour/collar shown as equal")
	}
}

// BenchmarkWordDiff diffs a wire sentence against a republished one: the
// cost of each token's folded key (typography, spelling) is in it.
func BenchmarkWordDiff(b *testing.B) {
	a := `Alibaba chairman Jack Ma met with President-elect Donald Trump Monday and discussed plans to create 1 million new jobs in the US by helping small businesses sell goods to China, the company's spokesman said.`
	c := `Alibaba chairman Jack Ma met with President-elect Donald Trump on Monday and discussed plans to create one million new jobs in the US by helping small businesses sell goods to China, the company’s spokesman said.`
	for b.Loop() {
		WordDiff(a, c)
	}
}

// TestRenderedDiffKeepsEachSidesSpaces reads a rendered diff the way an
// editor does: the new version is the unchanged text (printed once, as the
// reference has it) plus the insertions. Its words must stand apart or
// together as in the new version itself, or the pasted line misquotes the
// copy ("unwinnablewar", `clear " protest"`). Typography stays hidden.
func TestRenderedDiffKeepsEachSidesSpaces(t *testing.T) {
	cases := []struct{ a, b string }{
		{`The senator said it was a "war of choosing" and may not be winnable.`,
			`The senator said it was a largely unwinnable war of choosing.`},
		{`Police clear protest camp`, `Police clear "protest" camp`},
		{`Police clear "protest" camp`, `Police clear protest camp`},
		{`"This is the biggest bet in a generation," the chairwoman said.`,
			`Quintero told reporters "This is the biggest bet in a generation."`},
		{`Quintero said truck traffic would rise.`, `Ms. Quintero conceded that truck traffic would rise.`},
		{`Police said: "The fire spread fast."`, `"The fire spread fast," police said.`},
		{`Down in the polls, Texas Gov. Quintero Perry is on the attack.`, `Quintero Perry is on the attack.`},
		{`whatever we call it 'Narnia or Oz'`, `whatever we call it — Narnia or Oz`},
	}
	for _, c := range cases {
		ops := WordDiff(c.a, c.b)
		// The text report prints an unchanged run as the reference has
		// it (Text), the TUI's inspector as the compared side (ToText).
		var oldR, newR, oldI, newI strings.Builder
		for _, op := range ops {
			if op.Op != OpInsert {
				oldR.WriteString(op.Text)
				oldI.WriteString(op.ToText())
			}
			if op.Op != OpDelete {
				newR.WriteString(op.Text)
				newI.WriteString(op.ToText())
			}
		}
		for _, side := range []struct{ read, want string }{
			{oldR.String(), c.a}, {newR.String(), c.b}, {oldI.String(), c.a}, {newI.String(), c.b},
		} {
			if spacing(side.read) != spacing(side.want) {
				t.Errorf("%s\nreads %q\nfor    %q", DiffNotation(ops, nil), side.read, side.want)
			}
		}
	}
	// Spacing that only the typography changes stays no edit.
	a, b := "It rose—sharply—on Monday, Quintero said.", "It rose – sharply – on Monday, Quintero said."
	if ops := WordDiff(a, b); len(ops) != 1 || ops[0].Op != OpEqual {
		t.Errorf("typography-only spacing %q/%q is an edit: %s", a, b, DiffNotation(ops, nil))
	}
	ops := WordDiff("Quintero said it rose—sharply—on Monday.", "Ms. Quintero said it rose – sharply – on Monday.")
	if got := DiffNotation(ops, nil); got != "{+Ms. +}Quintero said it rose – sharply – on Monday." {
		t.Errorf("a dash's spacing behind a change is an edit: %s", got)
	}
}

// spacing is a text's tokens by key, each marked by whether white space
// separates it from the token before: what a reader sees of its spacing.
func spacing(s string) string {
	var b strings.Builder
	for i, tok := range tokenize(strings.TrimSpace(s)) {
		if i > 0 && spaced(tok) {
			b.WriteString(" ")
		}
		b.WriteString(foldToken(tok) + "|")
	}
	return b.String()
}

// TestHouseStyleIsNoEdit: a compound written open, hyphenated (with any
// hyphen) or closed, capitals, and a soft hyphen or zero-width space inside
// a word, are house style and typesetting, not a change of wording; words
// that mean something else closed up, an acronym made a word, and figures
// still differ.
func TestHouseStyleIsNoEdit(t *testing.T) {
	same := []struct{ a, b string }{
		{"Still, the announcement pleased the board.", "Still, the an\u2011nouncement pleased the board."},
		{"Still, the announcement pleased the board.", "Still, the an\u00adnouncement pleased the board."},
		{"The tariffs rose.", "The tar\u200biffs rose."},
		{"The e-commerce giant grew.", "The ecommerce giant grew."},
		{"Sales rose 0.9 per cent on Monday.", "Sales rose 0.9 percent on Monday."},
		{"Sales rose 0.9 percent on Monday.", "Sales rose 0.9 per cent on Monday."},
		{"Health care costs rose, the vice president said.", "Healthcare costs rose, the vice-president said."},
		{"a well-known web site", "a well known website"},
		{"Ana Costa said the government was ready.", "Ana Costa said the Government was ready."},
		{"Prime minister Ana Costa spoke.", "Prime Minister Ana Costa spoke."},
	}
	checkNoEdit(t, same)
	differ := []struct{ a, b, want string }{
		{"It may be late.", "It maybe late.", "It[- may be-]{+ maybe+} late."},
		{"They won 2-1 at home.", "They won 21 at home.", "They won[- 2-1-]{+ 21+} at home."},
		{"Sales rose 0.9 per cent.", "Sales rose 1.1 percent.", "Sales rose[- 0.9-]{+ 1.1+} percent."},
		{"Talks with US officials ended.", "Talks with us officials ended.", "Talks with[- US-]{+ us+} officials ended."},
	}
	for _, c := range differ {
		if got := DiffNotation(WordDiff(c.a, c.b), nil); got != c.want {
			t.Errorf("%q / %q: got %s, want %s", c.a, c.b, got, c.want)
		}
	}
}

// TestAcronymSetAsAWordIsNoEdit: British papers write an acronym said as a
// word with one capital ("Nato"); it is the same word as "NATO", and only
// where the other side has the acronym: "Who" is not "WHO" by itself.
func TestAcronymSetAsAWordIsNoEdit(t *testing.T) {
	ops := WordDiff("NATO allies met in Riga.", "Nato allies met in Riga.")
	if len(ops) != 1 || ops[0].Op != OpEqual {
		t.Errorf("NATO/Nato: %s", DiffNotation(ops, nil))
	}
	if from, to := apply(ops); from != "NATO allies met in Riga." || to != "Nato allies met in Riga." {
		t.Errorf("rebuilds %q / %q", from, to)
	}
	ops = WordDiff("Nasa said the launch slipped.", "NASA said the launch slipped.")
	if len(ops) != 1 || ops[0].Op != OpEqual {
		t.Errorf("Nasa/NASA: %s", DiffNotation(ops, nil))
	}
	if got := DiffNotation(WordDiff("The WHO said so.", "The who said so."), nil); got != "The[- WHO-]{+ who+} said so." {
		t.Errorf("WHO/who: %s", got)
	}
}

// TestWordsTheFoldsMustKeepApart (review-r15 items 2 to 4): a hyphen after
// "re-" or "co-" that makes another word, and a capital that makes a word a
// name, are edits; the same prefixes and capitals as house style are not;
// and the diff reads in the compared side's own words.
func TestWordsTheFoldsMustKeepApart(t *testing.T) {
	differ := []struct{ a, b, want string }{
		{"The striker re-signed with the club.", "The striker resigned from the club.",
			"The striker[- re-signed with-]{+ resigned from+} the club."},
		{"Rebels would re-form the party.", "Rebels would reform the party.",
			"Rebels would[- re-form-]{+ reform+} the party."},
		{"The co-op opened.", "The coop opened.", "The[- co-op-]{+ coop+} opened."},
		{"She is a Conservative MP.", "She is a conservative MP.",
			"She is a[- Conservative-]{+ conservative+} MP."},
		{"the Liberal candidate won", "the liberal candidate won",
			"the[- Liberal-]{+ liberal+} candidate won"},
		{"She backed a Green candidate.", "She backed a green candidate.",
			"She backed a[- Green-]{+ green+} candidate."},
		{"Labour's plan passed.", "The labour plan passed.", "[-Labour's-]{+The labour+} plan passed."},
	}
	for _, c := range differ {
		if got := DiffNotation(WordDiff(c.a, c.b), nil); got != c.want {
			t.Errorf("%q / %q: got %s, want %s", c.a, c.b, got, c.want)
		}
	}
	same := []struct{ a, b string }{
		{"He will seek re-election.", "He will seek reelection."},
		{"They co-operate with a co-worker.", "They cooperate with a coworker."},
		{"Conservative MPs met on Monday.", "conservative MPs met on Monday."},
		{"He said: Liberal voters stayed home.", "He said: liberal voters stayed home."},
		{"Police May Charge Driver", "Police may charge driver"},
		{"Labour won the seat.", "Labour won the seat."},
		{"The Government said so.", "The government said so."},
	}
	for _, c := range same {
		if ops := WordDiff(c.a, c.b); len(ops) != 1 || ops[0].Op != OpEqual {
			t.Errorf("%q / %q: want one equal run, got %s", c.a, c.b, DiffNotation(ops, nil))
		}
	}
	// The inserting side reads as its outlet wrote it, never with the
	// reference's capitals.
	got := DiffNotation(WordDiff("The Brackwater port grew.", "On Monday the Brackwater port grew."), nil)
	if want := "{+On Monday +}the Brackwater port grew."; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// checkNoEdit fails unless each pair's word diff is one equal run that
// rebuilds both sides.
func checkNoEdit(t *testing.T, same []struct{ a, b string }) {
	t.Helper()
	for _, c := range same {
		ops := WordDiff(c.a, c.b)
		if from, to := apply(ops); from != c.a || to != c.b {
			t.Errorf("%q / %q rebuilds %q / %q", c.a, c.b, from, to)
		}
		if len(ops) != 1 || ops[0].Op != OpEqual {
			t.Errorf("%q / %q: want one equal run, got %s", c.a, c.b, DiffNotation(ops, nil))
		}
	}
}
