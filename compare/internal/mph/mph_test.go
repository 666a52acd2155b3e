package mph

import (
	"fmt"
	"testing"
)

// Every key gets its own slot, and Slot finds it.
func TestBuildPlacesEveryKey(t *testing.T) {
	for _, n := range []int{1, 2, 7, 100, 5000} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf("w%d", i*7919)
		}
		slots, seeds, err := Build(keys)
		if err != nil {
			t.Fatal(err)
		}
		seen := make([]bool, n)
		for i, k := range keys {
			s := Slot(Hash(k), seeds, n)
			if s != slots[i] || seen[s] {
				t.Fatalf("n=%d: %q in slot %d, Build said %d (taken twice: %v)", n, k, s, slots[i], seen[s])
			}
			seen[s] = true
		}
	}
	if _, _, err := Build([]string{"a", "a"}); err == nil {
		t.Error("Build took the same key twice")
	}
}

// TestLoadShortKeys: load of every length up to eight is the key's bytes,
// the first lowest, as a loop a byte at a time gives them.
func TestLoadShortKeys(t *testing.T) {
	const text = "\x01\x82\x03\xf4\x05\x66\x07\xe8"
	for n := range len(text) + 1 {
		var want uint64
		for i := range n {
			want |= uint64(text[i]) << (8 * i)
		}
		if got := load(text[:n]); got != want {
			t.Errorf("load of %d bytes: %#x, want %#x", n, got, want)
		}
	}
}
