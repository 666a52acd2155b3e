package align

import (
	"reflect"
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// TestSplitsWithoutEvidenceAreNotScored counts the work of pairSplits: a
// lone sentence and two neighbours of another article that share only
// common words ("people", "police", "city", "year") cannot make a split,
// since a split must share uncommon words (evidenced), so their merge is
// not scored; the plain pass scores it, and both give the same groups.
func TestSplitsWithoutEvidenceAreNotScored(t *testing.T) {
	arts := pipeArticles([]string{
		"Harbour town opens its new bridge|The Kelvingrove bridge opened to traffic on Monday after three years of work.|Police in the city said more people than ever came out this year.",
		"Kelvingrove bridge opens after three years|Traffic crossed the Kelvingrove bridge for the first time on Monday.|The city police said that many people came.|It was more than last year, they said.",
	})
	run := func(plain bool) (*engine, []Group) {
		e := newEngine(arts, &textsim.Default)
		e.plain = plain
		gs := (&Alignment{e: e}).Groups()
		return e, gs
	}
	fast, fastGroups := run(false)
	slow, slowGroups := run(true)
	if slow.splitsScored == 0 {
		t.Fatalf("the plain pass scored no split: the case tests nothing%s", describe(arts, slowGroups))
	}
	if fast.splitsScored != 0 {
		t.Errorf("%d splits without shared uncommon words scored", fast.splitsScored)
	}
	if !reflect.DeepEqual(fastGroups, slowGroups) {
		t.Errorf("the groups differ:%s\nplain:%s", describe(arts, fastGroups), describe(arts, slowGroups))
	}
}

// TestLinksWithoutEvidenceAreNotScored: two sentences of two articles that
// share no uncommon word cannot link (evidenced), whatever the model would
// say of them, so asking whether they link scores nothing.
func TestLinksWithoutEvidenceAreNotScored(t *testing.T) {
	arts := pipeArticles([]string{
		"Harbour town opens its new bridge|The Kelvingrove bridge opened to traffic on Monday after three years of work.|Police in the city said more people than ever came out this year.",
		"Kelvingrove bridge opens after three years|Traffic crossed the Kelvingrove bridge for the first time on Monday.|The city police said that many people came.",
	})
	al := New(arts, Options{})
	al.Groups()
	e := al.e
	x, y := e.gids[0][2], e.gids[1][1] // the crowd; the first traffic
	if _, ok := e.lookup(x, y); ok {
		t.Fatal("the two are a candidate pair: their link was decided with the candidates")
	}
	before := len(e.scores)
	if e.links(x, y) || e.links(y, x) {
		t.Errorf("%q and %q link without shared uncommon words", arts[0].Sentences[2].Text, arts[1].Sentences[1].Text)
	}
	if n := len(e.scores) - before; n != 0 {
		t.Errorf("%d pairs scored to find they do not link", n)
	}
}

// TestStancesAreFoundOnce: the stances of every sentence are found once
// per comparison, when their pairs are added, and the one-to-many pass
// reads them again from there to join a stance's opener ("Holt has been
// nothing short of combative about Veldoria. The former welder has blamed
// Veldoria…") to its group.
func TestStancesAreFoundOnce(t *testing.T) {
	arts := pipeArticles([]string{
		"Holt courts Kestrel Marine" +
			"|Governor Maren Holt met Kestrel Marine chief Ilse Brandvik on Tuesday in Port Ashby." +
			"|Holt has accused Veldoria of stealing the state's fishing jobs and wants tariffs on its boats.",
		"Kestrel Marine pledges jobs to Holt" +
			"|Ilse Brandvik, who runs Kestrel Marine, met Governor Maren Holt in Port Ashby on Tuesday." +
			"|Holt has been nothing short of combative about Veldoria, both as a candidate and as governor." +
			"|The former welder has blamed Veldoria for sinking the state's fishing fleet.",
	})
	arts[1].Sentences[3].Paragraph = arts[1].Sentences[2].Paragraph // one paragraph
	al := New(arts, Options{})
	gs := al.Groups()
	e := al.e
	if len(e.openers) == 0 {
		t.Fatalf("no stance opener found: the case tests nothing:%s", describe(arts, gs))
	}
	if e.stanceScans != 1 {
		t.Errorf("the stances were found %d times", e.stanceScans)
	}
}
