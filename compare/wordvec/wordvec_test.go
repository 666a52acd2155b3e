package wordvec

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

func cos(t *testing.T, a, b string) float64 {
	t.Helper()
	va, ok := Lookup(a)
	if !ok {
		t.Fatalf("Lookup(%q): missing", a)
	}
	vb, ok := Lookup(b)
	if !ok {
		t.Fatalf("Lookup(%q): missing", b)
	}
	return Cosine(va, vb)
}

func TestNeighboursNearerThanUnrelated(t *testing.T) {
	for _, c := range []struct{ w, near, far string }{
		{"shares", "stocks", "weather"},
		{"rose", "gained", "wife"},
		{"president", "leader", "banana"},
		{"earthquake", "quake", "election"},
		{"arrested", "detained", "painted"},
		{"killed", "died", "cheaper"},
		{"said", "told", "orange"},
	} {
		near, far := cos(t, c.w, c.near), cos(t, c.w, c.far)
		if near <= far+0.2 {
			t.Errorf("%s: cos with %s %.3f, with %s %.3f; want the neighbour nearer", c.w, c.near, near, c.far, far)
		}
	}
}

func TestMissingWords(t *testing.T) {
	for _, w := range []string{"", "zzqxv", "The", "shares ", "1998", "u.s.", "n't", "naïve"} {
		if v, ok := Lookup(w); ok || v != nil {
			t.Errorf("Lookup(%q) = %v, %v; want nil, false", w, v != nil, ok)
		}
		if _, ok := Rank(w); ok {
			t.Errorf("Rank(%q) found", w)
		}
	}
	// The first and last words of the table are found (binary search ends).
	for _, w := range []string{word(0), word(Len() - 1)} {
		if _, ok := Lookup(w); !ok {
			t.Errorf("Lookup(%q): missing", w)
		}
	}
}

func TestMean(t *testing.T) {
	if v, n := Mean([]string{"zzqxv", "1998"}); v != nil || n != 0 {
		t.Errorf("Mean of unknown words = %v, %d; want nil, 0", v, n)
	}
	if Cosine(nil, []float32{1}) != 0 {
		t.Error("Cosine with nil is not 0")
	}
	a, _ := Mean(strings.Fields("shares rose sharply on the stock market"))
	b, _ := Mean(strings.Fields("stock prices gained strongly in trading"))
	c, _ := Mean(strings.Fields("the children played football in the park"))
	if ab, ac := Cosine(a, b), Cosine(a, c); ab <= ac {
		t.Errorf("reworded pair %.3f not above unrelated pair %.3f", ab, ac)
	}
	// Frequent words weigh less than rare ones.
	rThe, _ := Rank("the")
	rQuake, _ := Rank("earthquake")
	if Weight(rThe) >= Weight(rQuake)/10 {
		t.Errorf("weight of the %.3f, of earthquake %.3f", Weight(rThe), Weight(rQuake))
	}
	// One word's mean is its own direction.
	v, _ := Lookup("market")
	m, n := Mean([]string{"market", "zzqxv"})
	if n != 1 || Cosine(v, m) < 0.9999 {
		t.Errorf("Mean(market) found %d, cosine %.5f with its vector", n, Cosine(v, m))
	}
}

func TestTableIntegrity(t *testing.T) {
	if table[:4] != "WVEC" || u32(8) != Dim {
		t.Fatalf("header %q dim %d", table[:4], u32(8))
	}
	n := Len()
	if n != 60000 {
		t.Errorf("%d words, want 60000", n)
	}
	if end := recordsStart() + n*recordLen; end != len(table) {
		t.Fatalf("records end at %d, table is %d bytes", end, len(table))
	}
	if int(u32(12+4*numBuckets)) != n || u32(12) != 0 {
		t.Fatalf("buckets cover %d..%d, want 0..%d", u32(12), u32(12+4*numBuckets), n)
	}
	for i := range n {
		k := bucket(word(i))
		if lo, hi := int(u32(12+4*k)), int(u32(12+4*k+4)); i < lo || i >= hi {
			t.Fatalf("word %d %q outside its bucket %d: %d..%d", i, word(i), k, lo, hi)
		}
	}
	slots := make(map[int]bool, n)
	for i := range n {
		slots[record(i)] = true
	}
	if len(slots) != n {
		t.Fatalf("%d distinct records for %d words", len(slots), n)
	}
	for r := 1; r < n; r++ { // records in frequency order
		if a, b := u32(recordsStart()+(r-1)*recordLen), u32(recordsStart()+r*recordLen); a >= b {
			t.Fatalf("records %d, %d: ranks %d, %d out of order", r-1, r, a, b)
		}
	}
	ranks := make(map[uint32]bool, n)
	for i := range n {
		w := word(i)
		if i > 0 && word(i-1) >= w {
			t.Fatalf("words %d, %d out of order: %q, %q", i-1, i, word(i-1), w)
		}
		for k := 0; k < len(w); k++ {
			if w[k] < 'a' || w[k] > 'z' {
				t.Fatalf("word %q is not lower-case letters", w)
			}
		}
		r := record(i)
		rank := u32(r)
		if ranks[rank] || rank >= 400000 {
			t.Fatalf("word %q: rank %d repeated or out of range", w, rank)
		}
		ranks[rank] = true
		if s := math.Float32frombits(u32(r + 4)); !(s > 0) || s > 1 {
			t.Fatalf("word %q: scale %g", w, s)
		}
		var top int8
		for _, b := range []byte(table[r+8 : r+8+Dim]) {
			top = max(top, int8(b), -int8(b))
		}
		if top != 127 {
			t.Fatalf("word %q: largest |value| %d, want 127", w, top)
		}
	}
	if r, _ := Rank("the"); r != 0 {
		t.Errorf("rank of the = %d", r)
	}
}

// TestAgainstGloVe compares vectors with the unpacked GloVe text the
// machine caches (skipped where it is absent): each value within half a
// quantisation step.
func TestAgainstGloVe(t *testing.T) {
	f, err := os.Open("/work/cache/wink/glove-top100k.txt")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	want := map[string]bool{"the": true, "market": true, "shares": true, "earthquake": true, "police": true}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<16)
	for sc.Scan() && len(want) > 0 {
		fs := strings.Fields(sc.Text())
		if !want[fs[0]] {
			continue
		}
		delete(want, fs[0])
		v, ok := Lookup(fs[0])
		if !ok || len(fs) != Dim+1 {
			t.Fatalf("%q: found %v, %d fields", fs[0], ok, len(fs))
		}
		s := math.Float32frombits(u32(record(index(fs[0])) + 4))
		for k, x := range fs[1:] {
			g, _ := strconv.ParseFloat(x, 64)
			if math.Abs(g-float64(v[k])) > float64(s)*0.51 {
				t.Fatalf("%q[%d] = %g, GloVe %g (step %g)", fs[0], k, v[k], g, s)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("not met in GloVe: %v", want)
	}
}

func BenchmarkMean(b *testing.B) {
	toks := strings.Fields("shares of the company rose sharply on tuesday after it reported higher profits than analysts had expected")
	for b.Loop() {
		Mean(toks)
	}
}

func TestSimilarityMatchesCosine(t *testing.T) {
	if ID("zzqxv") != -1 {
		t.Error("ID of a missing word is not -1")
	}
	for _, p := range [][2]string{{"shares", "stocks"}, {"rose", "gained"}, {"king", "banana"}} {
		a, _ := Lookup(p[0])
		b, _ := Lookup(p[1])
		want := Cosine(a, b)
		if got := float64(Similarity(ID(p[0]), ID(p[1]))); math.Abs(got-want) > 1e-5 {
			t.Errorf("Similarity(%s, %s) = %.6f, cosine of the vectors %.6f", p[0], p[1], got, want)
		}
	}
}

// TestIndexTable checks the perfect hash of index_table.go against the
// table's own sorted index: every word finds itself, and words the table
// lacks find nothing. It fails after vectors.bin changes until
// go generate ./compare/wordvec is run.
func TestIndexTable(t *testing.T) {
	if len(indexWords) != Len() {
		t.Fatalf("index_table.go has %d words, the table %d: run go generate ./compare/wordvec", len(indexWords), Len())
	}
	for i := range Len() {
		w := word(i)
		if got := index(w); got != i || searchIndex(w) != i {
			t.Fatalf("word %d %q: hash gives %d, search %d: run go generate ./compare/wordvec", i, w, got, searchIndex(w))
		}
	}
	for _, w := range []string{"", "x", "zzzzqq", "kolberg", "Obama", "1998", "the ", "théâtre"} {
		if got := index(w); got != searchIndex(w) || got >= 0 {
			t.Errorf("index(%q) = %d, search %d; want -1", w, got, searchIndex(w))
		}
	}
}

// SumIDs points where MeanIDs does.
func TestSumIDs(t *testing.T) {
	ids := []int32{int32(ID("shares")), -1, int32(ID("rose")), int32(ID("the")), int32(ID("shares"))}
	mean, n := MeanIDs(ids)
	var sum [Dim]float32
	if m := SumIDs(&sum, ids); m != n || n != 4 {
		t.Fatalf("SumIDs found %d, MeanIDs %d; want 4", m, n)
	}
	if c := Cosine(mean, sum[:]); c < 0.99999 {
		t.Errorf("cosine of the sum and the mean %.6f; want 1", c)
	}
}

// TestSumIDsWordByWord checks that SumIDs's four words per pass give the
// float32 sum of adding one word at a time, bit for bit, for every length
// and any place of the missing words: a sentence's vector, and so every
// score, must not depend on how the sum is computed.
func TestSumIDsWordByWord(t *testing.T) {
	words := strings.Fields("shares of the company rose sharply on tuesday after it reported higher profits than analysts had expected zzqxv 1998 quake")
	for n := 0; n <= len(words); n++ {
		for skip := 0; skip <= 5; skip++ {
			var ids []int32
			for k, w := range words[:n] {
				id := int32(ID(w))
				if skip > 0 && k%skip == 0 {
					id = -1
				}
				ids = append(ids, id)
			}
			var got, want [Dim]float32
			got[0], want[0] = 0.25, 0.25 // SumIDs adds to what sum holds
			m := SumIDs(&got, ids)
			found := 0
			for _, i := range ids {
				if i < 0 {
					continue
				}
				w, q := weighted(int(i))
				for k := range want {
					want[k] += w * float32(int8(q[k]))
				}
				found++
			}
			if m != found {
				t.Fatalf("%d words, skip %d: SumIDs found %d, want %d", n, skip, m, found)
			}
			for k := range want {
				if math.Float32bits(got[k]) != math.Float32bits(want[k]) {
					t.Fatalf("%d words, skip %d: dimension %d is %v, one word at a time %v", n, skip, k, got[k], want[k])
				}
			}
		}
	}
}

func BenchmarkSumIDs(b *testing.B) {
	var ids []int32
	for _, w := range strings.Fields("shares of the company rose sharply on tuesday after it reported higher profits than analysts had expected") {
		ids = append(ids, int32(ID(w)))
	}
	var sum [Dim]float32
	for b.Loop() {
		SumIDs(&sum, ids)
	}
}
