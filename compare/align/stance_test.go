package align

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestStancesOf(t *testing.T) {
	known := map[string]bool{"Holt": true, "Maren": true, "Veldoria": true, "Reyes": true}
	caps := func(w string) bool { return known[w] }
	for _, c := range []struct {
		text, prev string
		want       []stance
	}{
		// The verb's target named after it.
		{"Holt blamed Veldoria for the slump.", "", []stance{{"holt", "veldoria"}}},
		// "the country" stands for the name said before the verb.
		{"Holt has pushed for levies on imports from Veldoria, accused the country of dumping hulls.", "", []stance{{"holt", "veldoria"}}},
		// A described subject is the previous sentence's.
		{"The former welder has blamed Veldoria for sinking the fleet.", "holt", []stance{{"holt", "veldoria"}}},
		{"She criticized Veldoria again on Monday.", "holt", []stance{{"holt", "veldoria"}}},
		// "It" is no described subject of a person.
		{"It blamed Veldoria for the slump.", "holt", nil},
		// With no sentence before it, a described subject is nobody.
		{"The former welder has blamed Veldoria for sinking the fleet.", "", nil},
		// A name ends at punctuation: the subject is Holt, not Reyes.
		{"Maren Holt, a Reyes ally, condemned Veldoria.", "", []stance{{"holt", "veldoria"}}},
		// Not the subject's act: a passive, a negation, a participle with
		// its own subject, a clause of saying, a noun.
		{"Holt was blamed by Veldoria for the slump.", "", nil},
		{"Holt has not criticized Veldoria.", "", nil},
		{"Holt spoke after Reyes sent tweets criticizing Veldoria.", "", nil},
		{"Holt said Reyes accused Veldoria of dumping.", "", nil},
		{"Holt put the blame on Veldoria.", "", nil},
		// A first word the article never capitalises inside a sentence is
		// no name ("Several", "Dozens").
		{"Several lawmakers criticized Veldoria.", "", nil},
		// Not a verb of criticism or accusation.
		{"Holt praised Veldoria.", "", nil},
		// "the agency" is no anaphor of a country or company.
		{"Holt, the senior Reyes ally, scolded the agency.", "", nil},
	} {
		got, _ := stancesOf(c.text, c.prev, caps)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q (before: %q): %v, want %v", c.text, c.prev, got, c.want)
		}
	}
}

// TestStanceSentencesGroup: two outlets give one background fact, the
// governor's hostility toward Veldoria, each in its own words: "Holt …
// accused the country of dumping cheap hulls on local yards" and, in the
// other, over two sentences, "Holt has been nothing short of combative
// about Veldoria… The former welder has blamed Veldoria for sinking the
// state's fishing fleet". They share two names and little else, and by
// shared words the first is nearest the other outlet's lede and its "one
// of Holt's chief complaints about trade with Veldoria". Who does what to
// whom makes them one fact, related, and the sentence that opens the
// stance is part of its outlet's member.
func TestStanceSentencesGroup(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/stance/*.txt")
	arts := articlesOf(t, paths)
	find := func(a int, sub string) int { return sentenceWith(t, arts, a, sub) }
	accused, blamed, opens := find(0, "accused the country"), find(1, "has blamed Veldoria"), find(1, "nothing short of combative")
	together := func(gs []Group) (Group, bool) {
		for _, g := range gs {
			var a, b bool
			for _, m := range g.Members {
				a = a || m.Article == 0 && slices.Contains(m.Sentences, accused)
				b = b || m.Article == 1 && slices.Contains(m.Sentences, blamed)
			}
			if a && b {
				return g, true
			}
		}
		return Group{}, false
	}
	gs := groupsWith(arts, func(*engine) {})
	g, ok := together(gs)
	if !ok {
		t.Fatalf("the two sentences on Holt's stance toward Veldoria are not one group:%s", describe(arts, gs))
	}
	if g.Shared {
		t.Errorf("they are shared (similarity %.2f); they tell one fact in other words: related", g.Similarity)
	}
	for _, m := range g.Members {
		if m.Article == 1 && !slices.Equal(m.Sentences, []int{opens, blamed}) {
			t.Errorf("the Sentinel's member is sentences %v, want %v: the stance opens with %q", m.Sentences, []int{opens, blamed}, arts[1].Sentences[opens].Text)
		}
	}
	off := groupsWith(arts, func(e *engine) { e.noStances = true })
	if _, ok := together(off); ok {
		t.Errorf("without stances they group too: the case tests nothing%s", describe(arts, off))
	}
}

// TestStanceVerbsAreWordNets rebuilds stanceVerbs from WordNet 3.0's verb
// files, where installed (apt-get install wordnet-base): the one-word
// verbs whose most frequent sense is "criticize" (00826527) or "charge,
// accuse" (00843486) or lies under one of them.
func TestStanceVerbsAreWordNets(t *testing.T) {
	dir := "/usr/share/wordnet"
	data, err := os.Open(filepath.Join(dir, "data.verb"))
	if err != nil {
		t.Skipf("WordNet not installed: %v", err)
	}
	defer data.Close()
	words := map[string][]string{} // synset -> its words
	hyponyms := map[string][]string{}
	sc := bufio.NewScanner(data)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		f := strings.Fields(strings.SplitN(line, "|", 2)[0])
		n, _ := strconv.ParseInt(f[3], 16, 0)
		for i := 0; i < int(n); i++ {
			words[f[0]] = append(words[f[0]], strings.ToLower(f[4+2*i]))
		}
		at := 4 + 2*int(n)
		ptrs, _ := strconv.Atoi(f[at])
		for p := 0; p < ptrs; p++ {
			q := f[at+1+4*p:]
			if q[0] == "~" && q[2] == "v" {
				hyponyms[f[0]] = append(hyponyms[f[0]], q[1])
			}
		}
	}
	under := map[string]bool{}
	var walk func(s string)
	walk = func(s string) {
		if under[s] {
			return
		}
		under[s] = true
		for _, h := range hyponyms[s] {
			walk(h)
		}
	}
	walk("00826527")
	walk("00843486")
	index, err := os.ReadFile(filepath.Join(dir, "index.verb"))
	if err != nil {
		t.Fatal(err)
	}
	first := map[string]string{} // lemma -> its most frequent sense
	for _, line := range strings.Split(string(index), "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || strings.HasPrefix(line, " ") {
			continue
		}
		ptrs, _ := strconv.Atoi(f[3])
		first[f[0]] = f[4+ptrs+2]
	}
	var want []string
	for s := range under {
		for _, w := range words[s] {
			if !strings.Contains(w, "_") && under[first[w]] {
				want = append(want, w)
			}
		}
	}
	slices.Sort(want)
	want = slices.Compact(want)
	if !slices.Equal(stanceVerbs, want) {
		t.Errorf("stanceVerbs is not WordNet's list:\n got %q\nwant %q", stanceVerbs, want)
	}
}

// TestStanceYieldsToSharedWords: in campaign copy one actor accuses
// another many times, of different things. One outlet says Kessler
// accused Brannigan of hiding his tax returns; the other that Kessler
// also criticized Brannigan over his record at a firm, and, a paragraph
// later, that she told supporters he had still not released his tax
// returns. The same agent and target make the first two a stance pair,
// but the tax returns are the fact the two outlets share: the stance must
// not take the accusation from its counterpart in words, nor join two
// different accusations (or the two candidates' accusations of each
// other) as one fact.
func TestStanceYieldsToSharedWords(t *testing.T) {
	arts := pipeArticles([]string{
		"Kessler and Brannigan trade attacks over jobs and taxes" +
			"|Senator Ada Kessler and Governor Tom Brannigan traded sharp words on Tuesday as the race for governor turned to the economy." +
			"|Ms. Kessler accused Mr. Brannigan of hiding his tax returns from voters during a rally in Dunmore." +
			"|Mr. Brannigan accused Ms. Kessler of failing the farm towns she represents in the Senate." +
			"|Polls show the race tied in Dunmore and Harlow counties.",
		"Brannigan hits Kessler on farm towns as race tightens" +
			"|Governor Tom Brannigan and Senator Ada Kessler clashed over the economy on Tuesday in Dunmore." +
			"|Ms. Kessler also criticized Mr. Brannigan over his record at Corvell Freight, which she said moved jobs out of state." +
			"|Ms. Kessler told supporters in Dunmore that Mr. Brannigan had still not released his tax returns and asked what he was hiding." +
			"|Mr. Brannigan in turn accused Ms. Kessler of neglecting farm towns, pointing to the closure of two grain mills." +
			"|A new poll shows the race tied in Dunmore and Harlow counties.",
	})
	find := func(a int, sub string) int { return sentenceWith(t, arts, a, sub) }
	hiding, released, record := find(0, "hiding his tax returns"), find(1, "not released his tax returns"), find(1, "his record at Corvell")
	gs := groupsWith(arts, func(*engine) {})
	var found bool
	for _, g := range gs {
		var in [2][]int
		for _, m := range g.Members {
			in[m.Article] = append(in[m.Article], m.Sentences...)
		}
		if slices.Contains(in[0], hiding) {
			found = true
			if !slices.Contains(in[1], released) || slices.Contains(in[1], record) {
				t.Errorf("the tax-returns accusation groups with %v of the other outlet, want only %d (%q)%s", in[1], released, arts[1].Sentences[released].Text, describe(arts, gs))
			}
		}
		if len(in[0]) > 1 || len(in[1]) > 1 {
			t.Errorf("a group of several sentences of one outlet, holding more than one accusation:%s", describe(arts, gs))
		}
	}
	if !found {
		t.Errorf("the tax-returns accusation is in no group:%s", describe(arts, gs))
	}
}

// TestStanceOpenerStaysOutOfOtherFacts: "Holt has been nothing short of
// combative about Veldoria… The former welder has blamed Veldoria for
// sinking the state's fishing fleet and undercutting Port Ashby on price"
// tells one stance in two sentences, but the other outlet has no such
// stance: it reports the harbor board's finding that Veldoria's yards
// undercut Port Ashby, and the second sentence groups with that by shared
// words. The opener, Holt's combative stance, is no part of the board's
// finding, and stays out of that group.
func TestStanceOpenerStaysOutOfOtherFacts(t *testing.T) {
	arts := pipeArticles([]string{
		"Holt hears a jobs pitch from Kestrel Marine" +
			"|Governor Maren Holt met Kestrel Marine chief Ilse Brandvik on Tuesday in Port Ashby." +
			"|Veldoria's yards have undercut Port Ashby on price for a decade, the harbor board said in a report on the state's fishing fleet." +
			"|Kestrel Marine's shares rose 2.1 per cent after the meeting.",
		"Kestrel Marine pledges jobs to Holt" +
			"|Ilse Brandvik, who runs Kestrel Marine, met Governor Maren Holt in Port Ashby on Tuesday." +
			"|Holt has been nothing short of combative about Veldoria, both as a candidate and as governor." +
			"|The former welder has blamed Veldoria for sinking the state's fishing fleet and undercutting Port Ashby on price." +
			"|Kestrel Marine shares were up about 2 percent after the meeting.",
	})
	arts[1].Sentences[3].Paragraph = arts[1].Sentences[2].Paragraph // one paragraph
	gs := groupsWith(arts, func(*engine) {})
	var found bool
	for _, g := range gs {
		for _, m := range g.Members {
			if m.Article == 1 && slices.Contains(m.Sentences, 3) {
				found = true
				if !slices.Equal(m.Sentences, []int{3}) {
					t.Errorf("the Sentinel's member of the board's finding is sentences %v, want [3]:%s", m.Sentences, describe(arts, gs))
				}
			}
		}
	}
	if !found {
		t.Errorf("the blame sentence groups with nothing; the case tests nothing:%s", describe(arts, gs))
	}
}

// sentenceWith is the index of the first sentence of article a holding sub.
func sentenceWith(t *testing.T, arts []Article, a int, sub string) int {
	t.Helper()
	for i, s := range arts[a].Sentences {
		if strings.Contains(s.Text, sub) {
			return i
		}
	}
	t.Fatalf("article %d has no %q", a, sub)
	return -1
}
