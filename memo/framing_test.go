package memo

import (
	"bytes"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// framedFixture adds sentence markers to the fixture and marks g2, the
// deal, as framed differently: Coastline's "landmark" agreement.
func framedFixture(t *testing.T) *compare.Report {
	rep := fixture(t)
	mark := func(a, s int, word, kind, tone, cat string, quoted bool) compare.Marker {
		sen := &rep.Articles[a].Sentences[s]
		i := strings.Index(sen.Text, word)
		if i < 0 {
			t.Fatalf("fixture sentence %d/%d lacks %q", a, s, word)
		}
		mk := compare.Marker{Article: a, Kind: kind, Text: word, Lemma: word, Tone: tone, Category: cat,
			Start: sen.Start + i, End: sen.Start + i + len(word), Quoted: quoted}
		sen.Framing = append(sen.Framing, mk)
		return mk
	}
	landmark := mark(2, 1, "landmark", "loaded", "positive", "evaluative", false)
	mark(2, 1, "reportedly", "hedge", "", "hedge", false)
	mark(1, 1, "claimed", "attribution", "doubt", "doubt verb", false)
	mark(0, 3, "great", "loaded", "positive", "sentiment", true)
	mark(2, 4, "great", "loaded", "positive", "sentiment", false)
	mark(2, 4, "said", "attribution", "neutral", "neutral verb", false)
	for gi := range rep.Groups {
		if g := &rep.Groups[gi]; g.ID == "g2" {
			landmark.Distinct, landmark.Differs = true, true
			g.Framing = []compare.Marker{landmark}
			g.DivergentFraming = true
			g.FramingDiffers = []compare.FramingDiff{{Article: 2, Words: []string{"landmark"}}}
		}
	}
	return rep
}

// The memo's framing section gives each article's own framing words by
// kind, counts the speakers' quoted words apart, and lists the facts the
// outlets frame differently with each version's framing line.
func TestMarkdownFramingSection(t *testing.T) {
	rep := framedFixture(t)
	var buf bytes.Buffer
	if err := Write(&buf, "markdown", rep, nil, ""); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	i := strings.Index(md, "## Framing")
	if i < 0 {
		t.Fatalf("no framing section:\n%s", md)
	}
	sec := md[i:]
	for _, want := range []string{
		"- **Coastline Daily Evening Edition Online**\n  - loaded words: landmark (evaluative, positive), great (sentiment, positive)\n  - hedges: reportedly (hedge)\n",
		"- **Meridian Wire**\n  - doubt and concession verbs: claimed (doubt verb)\n- ",
		"- **Harbor Herald**: no framing words of its own\n  - in quotations (the speakers' words): 1",
		"## Facts framed differently (1)",
		"  - framing: ≠ landmark (evaluative, positive)",
	} {
		if !strings.Contains(sec, want) {
			t.Errorf("framing section lacks %q:\n%s", want, sec)
		}
	}
}

func TestHTMLFramingSection(t *testing.T) {
	rep := framedFixture(t)
	rep.Articles[2].Label = "Coastline <b>Daily</b>"
	var buf bytes.Buffer
	if err := Write(&buf, "html", rep, nil, ""); err != nil {
		t.Fatal(err)
	}
	h := buf.String()
	for _, want := range []string{
		"<h2>Framing</h2>",
		"<td>Coastline &lt;b&gt;Daily&lt;/b&gt;</td><td>landmark (evaluative, positive), great (sentiment, positive)</td><td></td><td>reportedly (hedge)</td><td class=\"n\">0</td>",
		// As in the overview, a kind the article does not use is not named.
		"<td>Harbor Herald</td><td></td><td></td><td></td><td class=\"n\">1</td>",
		"<h2>Facts framed differently (1)</h2>",
		"framing: ≠ landmark (evaluative, positive)",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML memo lacks %q", want)
		}
	}
	if strings.Contains(h, "<b>Daily") {
		t.Error("a label's markup reached the HTML memo")
	}
}

// A version's framing line puts ≠ before the words by which the versions
// frame the fact differently (Marker.Differs, the group's framing_differs),
// not before every word another version lacks: a plain "said", or a
// sentiment word the rule does not count, is listed as wording.
func TestVersionFramingMarksOnlyWordsThatDiffer(t *testing.T) {
	g := &compare.Group{Framing: []compare.Marker{
		{Article: 0, Kind: "attribution", Text: "said", Lemma: "say", Tone: "neutral", Category: "neutral verb", Distinct: true},
		{Article: 1, Kind: "attribution", Text: "claimed", Lemma: "claim", Tone: "doubt", Category: "doubt verb", Distinct: true, Differs: true},
		{Article: 1, Kind: "loaded", Text: "stealing", Lemma: "steal", Tone: "negative", Category: "sentiment", Distinct: true},
	}, DivergentFraming: true, FramingDiffers: []compare.FramingDiff{{Article: 1, Words: []string{"claimed"}}}}
	if got := versionFraming(&compare.Report{}, g, 0, nil); strings.Contains(got, "≠") {
		t.Errorf("framing line of the plain version = %q, want no ≠", got)
	}
	want := "≠ claimed (doubt verb); stealing (sentiment, negative)"
	if got := versionFraming(&compare.Report{}, g, 1, nil); got != want {
		t.Errorf("framing line of the doubting version = %q, want %q", got, want)
	}
}

// A negated use of a word keeps the word's tone, so the memo counts it
// apart from a plain use: "Apologizes ×2" must not hide a "hasn't
// apologized".
func TestFramingTallyKeepsNegatedApart(t *testing.T) {
	var ta tally
	ta.add(compare.Marker{Kind: "loaded", Text: "Apologizes", Lemma: "apologize", Tone: "negative", Category: "loaded verb"})
	ta.add(compare.Marker{Kind: "loaded", Text: "apologized", Lemma: "apologize", Tone: "negative", Category: "loaded verb", Negated: true})
	got := strings.Join(ta.words(), "; ")
	if strings.Contains(got, "×2") || !strings.Contains(got, "negated") || len(ta.words()) != 2 {
		t.Errorf("tally = %q, want the plain and the negated use apart", got)
	}
}

// A word's forms are one word in the tally, whatever lemma the lexicon
// gives each form ("jolted" and "jolts" rated apart): one entry, ×2. An
// adverb is another word: "allegedly" and "alleged" stay apart.
func TestFramingTallyCountsFormsOfOneWord(t *testing.T) {
	var ta tally
	ta.add(compare.Marker{Kind: "loaded", Text: "jolted", Lemma: "jolted", Tone: "negative", Category: "loaded verb"})
	ta.add(compare.Marker{Kind: "loaded", Text: "jolts", Lemma: "jolts", Tone: "negative", Category: "loaded verb"})
	ta.add(compare.Marker{Kind: "loaded", Text: "jostled", Lemma: "jostle", Tone: "negative", Category: "loaded verb"})
	ta.add(compare.Marker{Kind: "hedge", Text: "allegedly", Lemma: "allegedly", Category: "hedge"})
	ta.add(compare.Marker{Kind: "hedge", Text: "alleged", Lemma: "alleged", Category: "hedge"})
	got := ta.words()
	if len(got) != 4 || !strings.HasPrefix(got[0], "jolted (") || !strings.HasSuffix(got[0], "×2") {
		t.Errorf("tally = %q, want jolted ×2, jostled, and the two hedges apart", got)
	}
}

// A plain text without a headline first (the seed pair's CNN text) must
// not leave the memo untitled when another article has a headline.
func TestMemoTitleIsTheFirstHeadline(t *testing.T) {
	rep := &compare.Report{Articles: []compare.Article{{Label: "a.txt"}, {Label: "b.txt", Title: "Trump speaks with Jack Ma"}}}
	for _, format := range []string{"markdown", "html"} {
		var buf bytes.Buffer
		if err := Write(&buf, format, rep, nil, ""); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "Review memo: Trump speaks with Jack Ma") {
			t.Errorf("%s memo has no title from the second article's headline:\n%.300s", format, buf.String())
		}
	}
}
