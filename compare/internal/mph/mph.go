// Package mph is a minimal perfect hash for tables generated into Go
// source (hash, displace): a key's hash picks a bucket, the bucket's seed
// the key's slot, so n keys take slots 0..n-1 and a look-up hashes the key
// once and compares it with the one key in its slot. Build finds the seeds
// for a generator; Slot is the look-up. Both are deterministic, on every
// platform, so a table generated once is right on every build.
package mph

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
)

// Hash reads key eight bytes at a time (a word of the lexicons is mostly
// one such load, where FNV-1a took a multiplication a byte), then mixes, so
// that both halves are well spread. Keys of up to eight bytes never collide.
func Hash(key string) uint64 {
	h := uint64(len(key)) * 0x9e3779b97f4a7c15
	for len(key) > 8 {
		h = (h ^ load(key[:8])) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
		key = key[8:]
	}
	return mix(h ^ load(key))
}

// load is up to eight bytes of s as a little-endian number.
func load(s string) uint64 {
	if len(s) == 8 {
		return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	}
	// Shorter: two loads that overlap, each byte at its place in both, so
	// what they share ORs to itself; no loop a byte at a time.
	switch n := len(s); {
	case n >= 4:
		return uint64(le32(s)) | uint64(le32(s[n-4:]))<<(8*(n-4))
	case n >= 2:
		return uint64(le16(s)) | uint64(le16(s[n-2:]))<<(8*(n-2))
	case n == 1:
		return uint64(s[0])
	}
	return 0
}

func le32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func le16(s string) uint16 { return uint16(s[0]) | uint16(s[1])<<8 }

// mix is splitmix64's finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// Slot is the slot, of n, of a key of hash h in a table with these seeds.
func Slot(h uint64, seeds []uint32, n int) int {
	return slotOf(h, seeds[bucketOf(h, len(seeds))], n)
}

func bucketOf(h uint64, nb int) int { return int((h >> 32) * uint64(nb) >> 32) }

func slotOf(h uint64, seed uint32, n int) int {
	return int(uint64(uint32(mix(h^uint64(seed)))) * uint64(n) >> 32)
}

// Build gives each of keys, which must be distinct, a slot of its own:
// slots[i] is keys[i]'s. The buckets, largest first, each take the first
// seed that sends all their keys to free slots.
func Build(keys []string) (slots []int, seeds []uint32, err error) {
	n := len(keys)
	nb := max((n+3)/4, 1)
	hashes := make([]uint64, n)
	buckets := make([][]int, nb)
	byHash := make(map[uint64]string, n)
	for i, k := range keys {
		h := Hash(k)
		if other, dup := byHash[h]; dup {
			return nil, nil, fmt.Errorf("mph: keys %q and %q have the same hash", other, k)
		}
		byHash[h] = k
		hashes[i] = h
		b := bucketOf(h, nb)
		buckets[b] = append(buckets[b], i)
	}
	order := make([]int, nb)
	for b := range order {
		order[b] = b
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(len(buckets[b]), len(buckets[a])) })
	slots = make([]int, n)
	seeds = make([]uint32, nb)
	taken := make([]bool, n)
	var placed []int
	for _, b := range order {
		if len(buckets[b]) == 0 {
			break
		}
		for seed := uint32(0); ; seed++ {
			if seed == 1<<24 {
				return nil, nil, fmt.Errorf("mph: no seed places bucket %d", b)
			}
			placed = placed[:0]
			for _, i := range buckets[b] {
				s := slotOf(hashes[i], seed, n)
				if taken[s] || slices.Contains(placed, s) {
					break
				}
				placed = append(placed, s)
			}
			if len(placed) < len(buckets[b]) {
				continue
			}
			for j, i := range buckets[b] {
				slots[i] = placed[j]
				taken[placed[j]] = true
			}
			seeds[b] = seed
			break
		}
	}
	return slots, seeds, nil
}

// Key is the key in slot s of a generated table that holds its keys in
// slot order in one string, each ended by a newline, with ends[s] where
// slot s's key ends.
func Key(keys string, ends []uint32, s int) string {
	start := 0
	if s > 0 {
		start = int(ends[s-1]) + 1
	}
	return keys[start:ends[s]]
}

// WriteArray writes, for a generator, a Go array of n numbers, v(0) to
// v(n-1), sixteen a line: var name = [...]typ{...}.
func WriteArray(b *bytes.Buffer, name, typ string, n int, v func(int) int) {
	fmt.Fprintf(b, "var %s = [...]%s{", name, typ)
	for i := range n {
		if i%16 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(b, "%d,", v(i))
	}
	b.WriteString("\n}\n\n")
}
