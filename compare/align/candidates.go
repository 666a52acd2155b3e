package align

import (
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/storydiff/storydiff/compare/internal/work"
	"github.com/storydiff/storydiff/compare/textsim"
)

// engine holds the working state of one comparison. Sentences that can
// carry a fact get a global id ("gid"), their index in the corpus.
type engine struct {
	workers    int // Options.Workers; see workerCount
	model      *textsim.Model
	mutualMass float64 // see the constants
	leadMass   float64
	corpus     *textsim.Corpus
	articles   []Article

	// See events.go.
	eventLinks, eventLeadMass, leadCover, leadMajority float64
	eventsApart                                        bool
	eventJoin                                          float64 // see eventJoin
	joinSize                                           int
	apartConflict                                      bool      // see apartConflict
	eventConflict                                      float64   // see eventConflict
	briefEvents                                        bool      // see briefEvents
	briefUnnamed                                       bool      // tests: brief links count up without a shared name
	briefLeads                                         bool      // see linkBriefLeads
	namesOnlyLink                                      bool      // tests: mutual best matches link on names alone (namesOnly off)
	splitsAcross                                       bool      // tests: pairSplits joins articles of two events
	corrobMin                                          int       // see joinCorroborated
	linkable                                           []int     // article -> its sentences that can link, when an article is a brief (briefs)
	opening                                            int       // see openingParagraphs
	ledePara                                           []int     // article -> its lede's paragraph, or -1, once isLead needs them
	goesOnWord                                         []int8    // sentence -> 1 when its first word is of goesOnWords, -1 when not, 0 not read yet (goesOn)
	headed                                             []bool    // article -> it has a headline
	evidenceWords                                      int       // see evidence.go
	keepOpenings                                       bool      // tests: reassignOpenings off
	keepGoesOn                                         bool      // tests: goesOn off
	noStances                                          bool      // tests: stance links off (stance.go)
	coverEvidence                                      int       // see coverEvidence
	leadEvidence                                       int       // see leadEvidenceWords
	event                                              []int     // article -> its event
	eventSize                                          []int     // event -> its articles, once apart needs them
	artTerms                                           [][]int32 // article -> its content terms, ascending, once cover needs them

	openers     map[int]int // stance sentence -> the sentence before it opening its stance (stance.go)
	stances     [][]stance  // gid -> its stances, with openers (stanceSets)
	stanceScans int         // calls of stanceSets: counted work, for tests

	art  []int32 // gid -> article index
	sent []int32 // gid -> sentence index in its article
	gids [][]int // article -> sentence index -> gid, or -1
	poor []bool  // gid -> too little content to link on its own

	days  []uint8   // gid -> the days of the week it names (days.go)
	pairs []pair    // every scored candidate pair, a < b
	adj   [][]int32 // gid -> indexes into pairs, sorted by the other end's gid

	best []([]int32) // gid -> its best pair in each other article, by article
	link []bool      // pair index -> the pair may join a group

	merges map[string]int           // merged parts -> id (see merged)
	joined []textsim.Reading        // id - len(art) -> a merge's reading
	scores map[uint64]textsim.Score // pairs scored on demand: lower id << 32 | higher id
	failed map[[2]int32]tryInputs   // (loner, cluster) -> the inputs of a try that failed
	plain  bool                     // see Options.Plain

	splitsScored int // merges pairSplits computed features for: counted work, for tests

	clusterBuf []clusterPair // candidateClusters' list, reused

	regroupShare float64       // see regroup.go
	regroupApart float64       // see regroup.go
	related      map[int][]int // cluster -> gids made related sentences by regroup
	verbatim     [][2]int      // Verbatim's links: x carries y's quoted words (verbatim.go)
	speakers     [][]Speaker   // per article and sentence, who it quotes (speakers.go)
	within       map[int][]int // cluster -> gids of other groups that carry its words (verbatim.go)

	clusters [][]int                // gid lists; one-to-one members, one per article
	of       []int                  // gid -> cluster index, or -1
	extra    map[int][]int          // cluster -> gids attached as one-to-many splits
	memberIn map[clusterArticle]int // an article's one-to-one member of a cluster
}

type clusterArticle struct{ cluster, article int }

// pair is a scored sentence pair from two different articles.
type pair struct {
	a, b   int32
	sim    float32
	shared float32
	cont   float32 // share of the shorter sentence's content words found in the longer
	mass   float32 // the smaller share of a side's IDF mass matched (textsim.FWeightedMin)
	// conflict: each side names someone or something the other does not,
	// or states a figure the other lacks: the mark of a look-alike event.
	conflict bool
}

// Candidate generation keeps, for each sentence and each other article, the
// few sentences with the highest tf-idf dot product. Few is enough: a fact
// rarely has more than one or two counterparts in one article.
const (
	candidatesFew  = 3  // per other article, when there are few articles
	candidatesMany = 1  // per other article, when there are many
	fewArticles    = 12 // the boundary between the two
	// maxCandidates bounds one sentence's candidates in all: with hundreds
	// of articles, keeping one in every article would make the work grow
	// with the square of the number of articles. Groups still span them
	// all, since linkage scores the pairs it needs on demand.
	maxCandidates = 40
	// Terms in more sentences than this share of the corpus (and more than
	// commonTermMin) carry almost no tf-idf weight but cost quadratic time
	// in the inverted index, so they do not propose candidates. They still
	// count in the full score.
	commonTermShare = 0.05
	commonTermMin   = 64
)

func newEngine(articles []Article, model *textsim.Model) *engine {
	e := &engine{model: model, mutualMass: mutualMass, leadMass: leadMass, corpus: textsim.NewCorpus(), articles: articles, extra: map[int][]int{}, memberIn: map[clusterArticle]int{}, related: map[int][]int{}, within: map[int][]int{},
		merges: map[string]int{}, scores: map[uint64]textsim.Score{}, failed: map[[2]int32]tryInputs{},
		eventLinks: eventLinks, eventLeadMass: eventLeadMass, leadCover: leadCover, leadMajority: leadMajority, eventsApart: eventsApart, eventJoin: eventJoin, joinSize: eventJoinSize, apartConflict: apartConflict, eventConflict: eventConflict, briefEvents: briefEvents, briefLeads: briefLeads, corrobMin: corrobMin, opening: openingParagraphs, evidenceWords: evidenceWords, leadEvidence: leadEvidenceWords, coverEvidence: coverEvidence, regroupShare: regroupShare, regroupApart: regroupApart}
	e.gids = make([][]int, len(articles))
	e.headed = make([]bool, len(articles))
	for ai, a := range articles {
		e.headed[ai] = slices.ContainsFunc(a.Sentences, func(s Sentence) bool { return s.Headline })
	}
	n, size := 0, 0
	for _, a := range articles {
		n += len(a.Sentences)
		for _, s := range a.Sentences {
			size += len(s.Text)
		}
	}
	// A corpus sentence is a few hundred bytes: grown by doubling, a
	// million tiny sentences left gigabytes of garbage behind.
	e.corpus.Grow(n, size)
	e.art, e.sent = make([]int32, 0, n), make([]int32, 0, n)
	for ai := range articles {
		e.gids[ai] = make([]int, len(articles[ai].Sentences))
		for si, s := range articles[ai].Sentences {
			e.gids[ai][si] = -1
			if !s.Alignable {
				continue
			}
			e.gids[ai][si] = e.corpus.Add(s.Text)
			e.art = append(e.art, int32(ai))
			e.sent = append(e.sent, int32(si))
		}
	}
	e.corpus.Freeze()
	e.poor = make([]bool, len(e.art))
	for g := range e.poor {
		terms, _ := e.corpus.Terms(g)
		e.poor[g] = poorContent(articles[e.art[g]].Sentences[e.sent[g]].Text, len(terms))
	}
	e.days = make([]uint8, len(e.art))
	for g := range e.days {
		e.days[g] = daysNamed(articles[e.art[g]].Sentences[e.sent[g]].Text)
	}
	return e
}

// A sentence with too little content to carry a fact of its own: fewer
// than minContent distinct content words (a time stamp, "2 p.m.", a
// dateline, "Caddell continued:", "Read the rest here."), or a fragment cut
// off with an ellipsis and fewer than minTruncated. It links to nothing on
// its own evidence; it can still join a group as part of its neighbour's
// member, judged on the two together.
const (
	minContent   = 3
	minTruncated = 6
)

func poorContent(text string, content int) bool {
	t := strings.TrimRight(strings.TrimSpace(text), `"'”’)] `)
	truncated := strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")
	return content < minContent || truncated && content < minTruncated
}

// isPoor reports whether sentence g has too little content to link on its
// own (see poorContent); a merged pseudo-sentence is judged as a whole.
func (e *engine) isPoor(g int) bool { return g < len(e.poor) && e.poor[g] }

// scoreCandidates finds candidate pairs through an inverted index over the
// corpus terms and scores each one once.
func (e *engine) scoreCandidates() {
	n := len(e.art)
	if n == 0 || len(e.articles) < 2 {
		e.adj = make([][]int32, n)
		return
	}
	type posting struct {
		gid int32
		w   float32
	}
	// The index: term id -> its postings, in gid order, in one array.
	var start []int32 // term id -> where its postings end, once filled
	for g := 0; g < n; g++ {
		terms, _ := e.corpus.Terms(g)
		for _, t := range terms {
			if int(t) >= len(start) {
				start = append(start, make([]int32, int(t)+1-len(start))...)
			}
			start[t]++
		}
	}
	total := int32(0)
	for t, df := range start {
		start[t] = total
		total += df
	}
	postings := make([]posting, total)
	fill := slices.Clone(start)
	for g := 0; g < n; g++ {
		terms, weights := e.corpus.Terms(g)
		for i, t := range terms {
			postings[fill[t]] = posting{int32(g), weights[i]}
			fill[t]++
		}
	}
	index := func(t int32) []posting { return postings[start[t]:fill[t]] }
	maxDF := max(commonTermMin, int(commonTermShare*float64(n)))
	first := make([]int, len(e.articles)+1) // article -> its first gid
	for ai := range e.articles {
		first[ai+1] = first[ai]
		for _, g := range e.gids[ai] {
			if g >= 0 {
				first[ai+1]++
			}
		}
	}
	k := candidatesMany
	if len(e.articles) <= fewArticles {
		k = candidatesFew
	}

	// Each sentence's candidate list, found in parallel with private buffers.
	cands := make([][]int32, n)
	workers := e.workerCount()
	var wg sync.WaitGroup
	var panicked work.Slot
	for w := 0; w < workers; w++ {
		wg.Add(1)
		search := func(w int) {
			defer wg.Done()
			defer panicked.Catch()
			acc := make([]float32, n)
			var touched, arts, list []int32
			var order []uint64
			best := make([][]int32, len(e.articles)) // per article: top-k gids
			for g := w; g < n; g += workers {
				touched = touched[:0]
				// g's own article, whose sentences are no candidates: gids
				// are numbered article by article.
				lo, hi := int32(first[e.art[g]]), int32(first[e.art[g]+1])
				terms, weights := e.corpus.Terms(g)
				for i, t := range terms {
					post := index(t)
					if len(post) > maxDF {
						continue
					}
					for _, p := range post {
						if p.gid >= lo && p.gid < hi || p.w == 0 {
							continue
						}
						if acc[p.gid] == 0 {
							touched = append(touched, p.gid)
						}
						acc[p.gid] += weights[i] * p.w
					}
				}
				arts = arts[:0]
				for _, o := range touched {
					a := e.art[o]
					switch {
					case len(best[a]) == 0:
						arts = append(arts, a)
						best[a] = append(best[a], o)
					case k == 1: // insertTop's work, for the common case
						if b := best[a][0]; acc[o] > acc[b] || acc[o] == acc[b] && o < b {
							best[a][0] = o
						}
					default:
						best[a] = insertTop(best[a], o, acc, k)
					}
				}
				list = list[:0]
				sorted := k == 1 && len(arts)*8 >= len(best)
				if sorted {
					// One gid an article, most articles met: read in
					// article order, the list comes out in gid order (gids
					// are numbered article by article), with no sort.
					for a := range best {
						if len(best[a]) > 0 {
							list = append(list, best[a][0])
							best[a] = best[a][:0]
						}
					}
				} else {
					for _, a := range arts {
						list = append(list, best[a]...)
						best[a] = best[a][:0]
					}
				}
				if len(list) > maxCandidates {
					// Highest dot product first, then lowest gid: ranked as
					// one number each (a positive float's bits order as
					// the float does), the numbers distinct; the list is
					// sorted by gid below, so only which are kept matters.
					rank := func(o int32) uint64 { return uint64(^math.Float32bits(acc[o]))<<32 | uint64(o) }
					order = order[:0]
					for _, o := range list {
						order = append(order, rank(o))
					}
					last := nthSmallest(order, maxCandidates-1)
					kept := list[:0]
					for _, o := range list {
						if rank(o) <= last {
							kept = append(kept, o)
						}
					}
					list = kept
				}
				for _, o := range touched {
					acc[o] = 0
				}
				if !sorted {
					slices.Sort(list)
				}
				cands[g] = slices.Clone(list)
			}
		}
		onCallerIfLast(w, workers, search)
	}
	wg.Wait()
	panicked.Rethrow()

	// A pair proposed from both ends is kept once, from its lower end;
	// pairs are ordered by their ends, sorted as one number each.
	var keys []uint64
	// Each pair goes to the bucket of its lower end, where it arrives in
	// one of two ascending runs (the ones that end proposed, then the ones
	// proposed to it), so sorting each bucket sorts the whole, in a
	// fraction of the time sorting it at once took.
	bucket := make([]int32, n+1) // lower end a -> where its pairs end in keys, once filled
	for pass := 0; pass < 2; pass++ {
		for g := 0; g < n; g++ {
			for _, o := range cands[g] {
				a, b := g, int(o)
				if b < g {
					if _, found := slices.BinarySearch(cands[o], int32(g)); found {
						continue
					}
					a, b = b, g
				}
				if pass == 0 {
					bucket[a+1]++
				} else {
					keys[bucket[a]] = uint64(a)<<32 | uint64(b)
					bucket[a]++
				}
			}
		}
		if pass == 0 {
			for a := 1; a <= n; a++ {
				bucket[a] += bucket[a-1]
			}
			keys = make([]uint64, bucket[n])
		}
	}
	// bucket[a] is now where bucket a ends, and bucket[a-1] where it starts.
	for a := 0; a < n; a++ {
		start := int32(0)
		if a > 0 {
			start = bucket[a-1]
		}
		slices.Sort(keys[start:bucket[a]])
	}
	e.pairs = make([]pair, len(keys))
	for i, k := range keys {
		e.pairs[i] = pair{a: int32(k >> 32), b: int32(uint32(k))}
	}
	e.scorePairs(workers)

	counts := make([]int, n)
	for _, p := range e.pairs {
		counts[p.a]++
		counts[p.b]++
	}
	e.adj = make([][]int32, n)
	for g := range e.adj {
		e.adj[g] = make([]int32, 0, counts[g])
	}
	for i, p := range e.pairs {
		e.adj[p.a] = append(e.adj[p.a], int32(i))
		e.adj[p.b] = append(e.adj[p.b], int32(i))
	}
	// The pairs are sorted by (a, b), so each adjacency list comes out
	// sorted by its other end: first the lower ends (pairs before g's
	// own), then the higher ones, each run ascending.
}

// insertTop keeps list as the k gids with the highest acc, best first, ties
// broken by the lower gid so the result never depends on scheduling.
func insertTop(list []int32, g int32, acc []float32, k int) []int32 {
	better := func(x, y int32) bool { return acc[x] > acc[y] || (acc[x] == acc[y] && x < y) }
	if len(list) == k && !better(g, list[k-1]) {
		return list
	}
	if len(list) < k {
		list = append(list, g)
	} else {
		list[k-1] = g
	}
	for i := len(list) - 1; i > 0 && better(list[i], list[i-1]); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	return list
}

// workerCount is how many goroutines score and search: Options.Workers,
// else the processors, at most eight.
func (e *engine) workerCount() int {
	if e.workers > 0 {
		return e.workers
	}
	return max(1, min(runtime.GOMAXPROCS(0), 8))
}

// onCallerIfLast runs the last worker's share on the caller, whose stack has
// grown already, and the others on goroutines of their own. With one
// worker nothing is started.
func onCallerIfLast(w, workers int, share func(w int)) {
	if w == workers-1 {
		share(w)
		return
	}
	go share(w)
}

func (e *engine) scorePairs(workers int) { e.scoreFrom(0, workers) }

// addPairs scores pairs that were not candidates and adds them, after the
// candidates, keeping each sentence's adjacency ordered. Pairs already
// present are skipped.
func (e *engine) addPairs(extra []pair) {
	from := len(e.pairs)
	for _, p := range extra {
		if _, ok := e.lookup(int(p.a), int(p.b)); ok {
			continue
		}
		e.pairs = append(e.pairs, p)
		i := int32(len(e.pairs) - 1)
		for _, g := range []int{int(p.a), int(p.b)} {
			o := e.other(i, g)
			at, _ := slices.BinarySearchFunc(e.adj[g], o, func(pi int32, t int32) int { return int(e.other(pi, g) - t) })
			e.adj[g] = slices.Insert(e.adj[g], at, i)
		}
	}
	e.scoreFrom(from, e.workerCount())
	e.link = append(e.link, make([]bool, len(e.pairs)-len(e.link))...)
}

func (e *engine) scoreFrom(from, workers int) {
	var wg sync.WaitGroup
	var panicked work.Slot
	for w := 0; w < workers; w++ {
		wg.Add(1)
		score := func(w int) {
			defer wg.Done()
			defer panicked.Catch()
			for i := from + w; i < len(e.pairs); i += workers {
				p := &e.pairs[i]
				f := e.corpus.Features(int(p.a), int(p.b))
				s := e.model.Score(f)
				p.sim, p.shared, p.cont = float32(s.Similarity), float32(s.Shared), float32(f[textsim.FContainment])
				p.mass = float32(f[textsim.FWeightedMin])
				p.conflict = f[textsim.FNameConflict] > 0 || f[textsim.FNumConflict] > 0
			}
		}
		onCallerIfLast(w, workers, score)
	}
	wg.Wait()
	panicked.Rethrow()
}

// other returns the end of pair i that is not g.
func (e *engine) other(i int32, g int) int32 {
	p := e.pairs[i]
	if int(p.a) == g {
		return p.b
	}
	return p.a
}

// lookup returns the scored pair of a and b, if it was a candidate.
func (e *engine) lookup(a, b int) (pair, bool) {
	adj := e.adj[a]
	i, found := slices.BinarySearchFunc(adj, int32(b), func(pi int32, t int32) int { return int(e.other(pi, a) - t) })
	if !found {
		return pair{}, false
	}
	return e.pairs[adj[i]], true
}

// score returns the score of a and b, computing it when the pair was not a
// candidate (their overlap was too small to propose it).
// Scores computed on demand are kept: a loner and its merges are scored
// against the same probed members of a group again and again. score is
// only called from the comparison's own goroutine.
func (e *engine) score(a, b int) textsim.Score {
	if a < len(e.adj) && b < len(e.adj) {
		if p, ok := e.lookup(a, b); ok {
			return textsim.Score{Similarity: float64(p.sim), Shared: float64(p.shared)}
		}
	}
	if e.plain {
		return e.model.Score(e.features(a, b))
	}
	key := uint64(min(a, b))<<32 | uint64(max(a, b))
	if s, ok := e.scores[key]; ok {
		return s
	}
	s := e.model.Score(e.features(a, b))
	e.scores[key] = s
	return s
}
