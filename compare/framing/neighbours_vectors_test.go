package framing

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
)

// Reading GloVe's vectors from the wink package, for TestNeighbourTable.

func readWink(path string, n int) (map[string][]float32, map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	if _, err := dec.Token(); err != nil { // {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make(map[string][]float32, n)
	rank := make(map[string]int, n)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		if tok != "vectors" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", path, err)
			}
			continue
		}
		if _, err := dec.Token(); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", path, err)
			}
			var v []float64 // 100 values, the l2 norm, the word's index by frequency
			if err := dec.Decode(&v); err != nil {
				return nil, nil, fmt.Errorf("%s: vector of %v: %w", path, k, err)
			}
			if len(v) != 102 {
				return nil, nil, fmt.Errorf("%s: vector of %v has %d values, want 102", path, k, len(v))
			}
			if int(v[101]) >= n {
				continue
			}
			var norm float64
			for _, x := range v[:100] {
				norm += x * x
			}
			norm = math.Sqrt(norm)
			u := make([]float32, 100)
			for i, x := range v[:100] {
				u[i] = float32(x / norm)
			}
			out[k.(string)] = u
			rank[k.(string)] = int(v[101])
		}
		if _, err := dec.Token(); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	if len(out) == 0 {
		return nil, nil, fmt.Errorf("%s: no vectors", path)
	}
	return out, rank, nil
}

// rankAmong counts the words of vecs, other than itself, nearer to the
// word of vector w than the seed is.
func rankAmong(vecs map[string][]float32, w, seed []float32, word string) int {
	to := dot(w, seed)
	n := 0
	for k, v := range vecs {
		if k != word && dot(w, v) > to {
			n++
		}
	}
	return n
}

func dot(a, b []float32) float64 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return float64(s)
}
