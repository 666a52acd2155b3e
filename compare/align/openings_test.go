package align

import (
	"slices"
	"strings"
	"testing"
)

// roleArticles builds articles from "|"-separated paragraphs of one
// sentence each: "H:" marks the headline, "L:" the lede, "-:" page
// furniture (not alignable).
func roleArticles(texts []string) []Article {
	var arts []Article
	for _, text := range texts {
		var a Article
		for i, s := range strings.Split(text, "|") {
			x := Sentence{Text: s, Paragraph: i, Alignable: true}
			switch {
			case strings.HasPrefix(s, "H:"):
				x.Text, x.Headline, x.Lead = s[2:], true, true
			case strings.HasPrefix(s, "L:"):
				x.Text, x.Lead = s[2:], true
			case strings.HasPrefix(s, "-:"):
				x.Text, x.Alignable = s[2:], false
			}
			a.Sentences = append(a.Sentences, x)
		}
		arts = append(arts, a)
	}
	return arts
}

// TestOpeningDetailGoesWithItsMatch: the third article has no headline,
// and the paragraph after its lede tells one detail in full ("More than 50
// firefighters with 10 fire engines fought the blaze…"). Another outlet
// tells that detail in its body. The paragraph must join that outlet's
// firefighters sentence, with which it shares "50", "firefighters" and
// "blaze", and not the first outlet's lede, which shares "destroyed" and
// the county: else the overview says the third outlet leaves out the
// firefighters.
func TestOpeningDetailGoesWithItsMatch(t *testing.T) {
	arts := roleArticles([]string{
		"H:Pelham's fire: Kelmsby store destroyed|L:A Pelham's supermarket in Dorset has been destroyed in a fire.|People living near the store on Mill Lane in Kelmsby were made to leave their homes, and surrounding roads were closed, police said.|More than 50 firefighters tackled the blaze, which broke out on the roof of the supermarket at about 2045 GMT.|Assistant chief fire officer Alan Moss described the building as a \"total loss\".|Police are treating the fire as \"potentially suspicious\".|Mr Moss added that no-one had been injured in what was a serious incident.|The alarm was raised after a CCTV operator noticed smoke coming from the roof.|A Dorset Police spokeswoman said: \"The fire has progressed rapidly through the store which is almost totally destroyed.|A statement from Pelham's said damage to the building had been extensive but the store would be rebuilt.",
		"H:Fire guts Pelham's supermarket in Kelmsby|-:By Ann Hale, Kelmsby Bugle · Share|L:Fire and police units are still at the scene of a fire which gutted a Pelham's supermarket in Dorset.|More than 50 firefighters tackled the blaze at the store in Mill Lane, Kelmsby, which broke out on the roof at about 2045 GMT on Friday.|Sixty residents were moved from their homes, while premises nearby suffered smashed windows and smoke damage.|No-one was injured in the fire, which is being treated by police as \"potentially suspicious\".|The alarm was raised after a CCTV operator noticed smoke coming from the roof.|A statement from Pelham's said damage to the building had been extensive but the store would be rebuilt.",
		"L:A Pelham's store was reduced to ruins after a blaze being treated by police as \"potentially suspicious\".|More than 50 firefighters with 10 fire engines fought the blaze which virtually destroyed the store in Kelmsby, Dorset.|It broke out in the roof at around 9pm on Friday, forcing a number of residents living nearby to be temporarily evacuated.|A Dorset Police spokeswoman said: \"The fire has progressed rapidly through the store which is almost totally destroyed.|It is being treated as potentially suspicious.\"",
	})
	// with returns the members of the group holding sentence s of article
	// a, as article.sentence pairs, or nil.
	with := func(gs []Group, a, s int) [][2]int {
		for _, g := range gs {
			var ms [][2]int
			in := false
			for _, m := range g.Members {
				for _, x := range m.Sentences {
					ms = append(ms, [2]int{m.Article, x})
					in = in || m.Article == a && x == s
				}
			}
			if in {
				return ms
			}
		}
		return nil
	}
	detail := [2]int{2, 1}   // "More than 50 firefighters with 10 fire engines…"
	theirs := [2]int{1, 3}   // the Bugle's firefighters sentence
	echoLede := [2]int{0, 1} // "A Pelham's supermarket in Dorset has been destroyed…"
	gs := groupsWith(arts, func(*engine) {})
	if got := with(gs, theirs[0], theirs[1]); !slices.Contains(got, detail) {
		t.Errorf("the detail is not grouped with the other outlet's firefighters sentence: that group is %v%s", got, describe(arts, gs))
	}
	if got := with(gs, echoLede[0], echoLede[1]); slices.Contains(got, detail) {
		t.Errorf("the detail is grouped with the Echo's lede: %v%s", got, describe(arts, gs))
	}
	off := groupsWith(arts, func(e *engine) { e.keepOpenings = true })
	if got := with(off, echoLede[0], echoLede[1]); !slices.Contains(got, detail) {
		t.Errorf("without the rule the detail does not join the lede either: the case tests nothing%s", describe(arts, off))
	}
}
