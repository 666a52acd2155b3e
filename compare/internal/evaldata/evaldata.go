// Package evaldata reads the real annotated evaluation data kept in
// ../shared/eval beside the repository (never copied into it): the MSR
// paraphrase corpus and the STS benchmark's news pairs.
package evaldata

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Pair is a sentence pair labelled paraphrase or not (MSRP).
type Pair struct {
	A, B       string
	Paraphrase bool
}

// Graded is a sentence pair with a 0-5 similarity score (STS).
type Graded struct {
	A, B  string
	Score float64
}

// MSRP reads msrp/msr_paraphrase_train.txt under dir (the eval folder).
// Fields are split on tabs, not parsed as CSV: the sentences hold quotes.
func MSRP(dir string) ([]Pair, error) {
	rows, err := readTSV(filepath.Join(dir, "msrp", "msr_paraphrase_train.txt"), 5)
	if err != nil {
		return nil, err
	}
	out := make([]Pair, 0, len(rows))
	for _, r := range rows[1:] { // header
		out = append(out, Pair{A: r[3], B: r[4], Paraphrase: r[0] == "1"})
	}
	return out, nil
}

// STS reads sts/<name> under dir: genre, source, year, id, score, sentence1, sentence2.
func STS(dir, name string) ([]Graded, error) {
	rows, err := readTSV(filepath.Join(dir, "sts", name), 7)
	if err != nil {
		return nil, err
	}
	out := make([]Graded, 0, len(rows))
	for i, r := range rows {
		score, err := strconv.ParseFloat(r[4], 64)
		if err != nil {
			if i == 0 {
				continue // a header line
			}
			return nil, fmt.Errorf("%s line %d: score %q: %w", name, i+1, r[4], err)
		}
		out = append(out, Graded{A: r[5], B: r[6], Score: score})
	}
	return out, nil
}

func readTSV(path string, fields int) ([][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < fields {
			return nil, fmt.Errorf("%s line %d: %d fields, want %d", path, i+1, len(f), fields)
		}
		rows = append(rows, f)
	}
	return rows, nil
}

// Folds assigns each of n items to one of k folds, deterministically and
// evenly (item i to fold i mod k, after a fixed shuffle of the indexes).
func Folds(n, k int) []int {
	fold := make([]int, n)
	// A multiplicative hash spreads neighbouring items (often from the same
	// news cluster) over different folds without a random source.
	for i := range fold {
		fold[i] = int((uint64(i)*0x9e3779b97f4a7c15)>>33) % k
	}
	return fold
}
