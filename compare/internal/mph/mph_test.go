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
