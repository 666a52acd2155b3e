package framing

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/internal/mph"
)

var regenIndex = flag.Bool("regen-index", false, "rewrite index_table.go from the lexicons (newIndex)")

const regenIndexHint = "the lexicon changed: run go generate ./compare/framing (go test ./compare/framing -run '^TestIndexTable$' -regen-index)"

// TestIndexTable builds the index the way the tables say (newIndex) and
// checks that index_table.go holds it entry for entry: every word with its
// wordInfo, every phrase entry in order, the news lexicon, and nothing else.
// With -regen-index it writes index_table.go anew.
func TestIndexTable(t *testing.T) {
	lx := newIndex()
	if *regenIndex {
		src, err := indexTableSource(lx)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("index_table.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	ix := loadIndex()
	keys := indexKeys(lx)
	if len(keys) != len(ixEnds) {
		t.Fatalf("index_table.go has %d keys, the lexicons %d: %s", len(ixEnds), len(keys), regenIndexHint)
	}
	for _, k := range keys {
		wi, listed := lx.words[k]
		got, ok := ix.info(k)
		if ok != listed || got != wi {
			t.Fatalf("word %q: index_table.go has %+v (%v), the lexicons %+v (%v): %s", k, got, ok, wi, listed, regenIndexHint)
		}
		if got, want := ix.entries(k), lx.phrases[k]; !sameEntries(got, want) {
			t.Fatalf("phrases of %q: index_table.go has %+v, the lexicons %+v: %s", k, got, want, regenIndexHint)
		}
	}
	if len(ixNews) != len(lx.news) {
		t.Fatalf("index_table.go has %d news entries, the lexicons %d: %s", len(ixNews), len(lx.news), regenIndexHint)
	}
	for i, want := range lx.news {
		if got := ix.newsEntry(i); got != want {
			t.Fatalf("news entry %d: index_table.go has %+v, the lexicons %+v: %s", i, got, want, regenIndexHint)
		}
	}
	// Nothing else: every slot holds one of the keys, once.
	seen := make(map[string]bool, len(keys))
	for s := range ixEnds {
		k := ix.key(s)
		if _, ok := lx.words[k]; !ok && lx.phrases[k] == nil || seen[k] {
			t.Fatalf("slot %d holds %q, which the lexicons do not have once: %s", s, k, regenIndexHint)
		}
		seen[k] = true
	}
}

// The index answers as the maps do for words it does not hold, and for
// forms reached only through stem.
func TestIndexLooksUpAsTheMaps(t *testing.T) {
	lx := newIndex()
	ix := loadIndex()
	for _, w := range []string{"", "zzz", "the", "slammed", "slamming", "betrayals", "hailed", "recklessly's",
		"disaster's", "criticisms", "lashing", "according", "a-very-long-hyphenated-compound-lemma-longer-than-the-stack-buffer"} {
		l1, w1, ok1 := lx.word(w)
		l2, w2, ok2 := ix.word(w)
		if l1 != l2 || w1 != w2 || ok1 != ok2 {
			t.Errorf("word(%q): index %q %+v %v, maps %q %+v %v", w, l2, w2, ok2, l1, w1, ok1)
		}
		if _, listed := lx.words[w]; listed {
			continue
		}
		if _, ok := ix.info(w); ok {
			t.Errorf("info(%q) found a word the maps lack", w)
		}
	}
}

// entries is lexIndex.phrases[key] from the index: the entries that start
// with key, each with its own words after the first.
func (ix *index) entries(key string) []entry {
	var es []entry
	lo, hi := ix.phrases(key)
	for j := lo; j < hi; j++ {
		es = append(es, ix.entry(j))
	}
	return es
}

// sameEntries is slices.Equal on entries, a form of one word matching
// whether its rest is nil or empty.
func sameEntries(a, b []entry) bool {
	return slices.EqualFunc(a, b, func(x, y entry) bool {
		if len(x.rest) == 0 && len(y.rest) == 0 {
			x.rest, y.rest = nil, nil
		}
		return reflect.DeepEqual(x, y)
	})
}

// indexKeys are the index's keys, sorted: the words and the phrases'
// first words.
func indexKeys(lx *lexIndex) []string {
	keys := make([]string, 0, len(lx.words)+len(lx.phrases))
	for k := range lx.words {
		keys = append(keys, k)
	}
	for k := range lx.phrases {
		if _, ok := lx.words[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// indexTableSource writes lx as index_table.go.
func indexTableSource(lx *lexIndex) ([]byte, error) {
	keys := indexKeys(lx)
	slots, seeds, err := mph.Build(keys)
	if err != nil {
		return nil, err
	}
	entries := 0
	for _, es := range lx.phrases {
		entries += len(es)
	}
	if len(lx.news) >= 1<<16 || len(lx.phrases) >= 1<<16-1 || entries >= 1<<16 {
		return nil, fmt.Errorf("%d news entries, %d phrase keys or %d phrase entries do not fit the table's 16 bits", len(lx.news), len(lx.phrases), entries)
	}
	bySlot := make([]string, len(keys))
	for i, k := range keys {
		if k == "" || strings.ContainsAny(k, "`\n\r") {
			return nil, fmt.Errorf("key %q cannot be written in a raw string", k)
		}
		bySlot[slots[i]] = k
	}
	phraseKeys := make([]string, 0, len(lx.phrases))
	for k := range lx.phrases {
		phraseKeys = append(phraseKeys, k)
	}
	slices.Sort(phraseKeys)

	var b bytes.Buffer
	b.WriteString(indexHeader)
	b.WriteString("const ixKeys = `")
	for _, k := range bySlot {
		b.WriteString(k + "\n")
	}
	b.WriteString("`\n\n")
	end := 0
	writeInts(&b, "ixEnds", "uint32", len(bySlot), func(s int) string {
		end += len(bySlot[s])
		e := end
		end++
		return strconv.Itoa(e)
	})
	writeInts(&b, "ixWords", "uint64", len(bySlot), func(s int) string {
		k := bySlot[s]
		wi, listed := lx.words[k]
		phrase := -1
		if i, ok := slices.BinarySearch(phraseKeys, k); ok {
			phrase = i
		}
		return strconv.FormatUint(packWord(wi, listed, phrase), 10)
	})
	writeInts(&b, "ixSeeds", "uint32", len(seeds), func(i int) string { return strconv.FormatUint(uint64(seeds[i]), 10) })
	b.WriteString("var ixPhraseKeys = [...]string{\n")
	for _, k := range phraseKeys {
		fmt.Fprintf(&b, "%q,\n", k)
	}
	b.WriteString("}\n\n")
	n := 0
	writeInts(&b, "ixPhraseEnds", "uint16", len(phraseKeys), func(i int) string {
		n += len(lx.phrases[phraseKeys[i]])
		return strconv.Itoa(n)
	})
	var t tableText
	for _, k := range phraseKeys {
		for _, e := range lx.phrases[k] {
			t.entry(e)
		}
	}
	for _, e := range lx.news {
		t.newsEntry(e)
	}
	if t.err != nil {
		return nil, t.err
	}
	if strings.Contains(t.text.String(), "`") {
		return nil, fmt.Errorf("a lemma or word with a backquote cannot be written in a raw string")
	}
	b.WriteString("const ixText = `" + t.text.String() + "`\n\n")
	b.WriteString("var ixLabels = [...]string{\n")
	for _, l := range t.labels {
		fmt.Fprintf(&b, "%q,\n", l)
	}
	b.WriteString("}\n\n")
	b.WriteString("var ixRest = [...]string{\n")
	for _, w := range t.rest {
		fmt.Fprintf(&b, "%q,\n", w)
	}
	b.WriteString("}\n\n")
	b.WriteString("var ixEntries = [...]ixEntry{\n")
	for _, e := range t.entries {
		fmt.Fprintf(&b, "{%s, ixStr{%d, %d}, %d, %d, %d, %d, %d, %d, %d},\n", strconv.FormatFloat(e.valence, 'g', -1, 64),
			e.lemma.at, e.lemma.n, e.rest, e.nrest, e.kind, e.tone, e.cat, e.flags, e.set)
	}
	b.WriteString("}\n\nvar ixNews = [...]ixNewsEntry{\n")
	for _, e := range t.news {
		fmt.Fprintf(&b, "{ixStr{%d, %d}, %d, %d, %d, %d},\n", e.lemma.at, e.lemma.n, e.cat, e.tone, e.set, e.near)
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// writeInts writes an array of n numbers, sixteen a line.
func writeInts(b *bytes.Buffer, name, typ string, n int, num func(int) string) {
	fmt.Fprintf(b, "var %s = [...]%s{\n", name, typ)
	for i := range n {
		b.WriteString(num(i) + ",")
		if i%16 == 15 || i == n-1 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("}\n\n")
}

// tableText gathers the pointer-free form of the entries (see index.go):
// the strings of ixText, each written once, the labels and the words
// after the first (ixRest).
type tableText struct {
	text    strings.Builder
	at      map[string]ixStr
	labels  []string // "" first, then in the order met
	label   map[string]uint8
	rest    []string
	entries []ixEntry
	news    []ixNewsEntry
	err     error
}

// str is s's span of the text, added at its first use.
func (t *tableText) str(s string) ixStr {
	if t.at == nil {
		t.at = map[string]ixStr{}
	}
	if x, ok := t.at[s]; ok {
		return x
	}
	if len(s) >= 1<<16 {
		t.err = fmt.Errorf("%q is too long for an ixStr", s)
	}
	x := ixStr{uint32(t.text.Len()), uint16(len(s))}
	t.text.WriteString(s + "\n")
	t.at[s] = x
	return x
}

// lab is l's index in the labels.
func (t *tableText) lab(l string) uint8 {
	if t.label == nil {
		t.label = map[string]uint8{"": 0}
		t.labels = []string{""}
	}
	if i, ok := t.label[l]; ok {
		return i
	}
	if len(t.labels) >= 1<<8 {
		t.err = fmt.Errorf("more than %d labels", 1<<8)
	}
	t.label[l] = uint8(len(t.labels))
	t.labels = append(t.labels, l)
	return t.label[l]
}

func (t *tableText) entry(e entry) {
	if len(e.rest) >= 1<<8 || len(t.rest)+len(e.rest) >= 1<<16 {
		t.err = fmt.Errorf("the entry %q has too many words, or ixRest is full", e.lemma)
	}
	x := ixEntry{valence: e.valence, lemma: t.str(e.lemma), rest: uint16(len(t.rest)), nrest: uint8(len(e.rest)),
		kind: t.lab(string(e.kind)), tone: t.lab(e.tone), cat: t.lab(e.cat), set: e.set}
	t.rest = append(t.rest, e.rest...)
	for _, f := range []struct {
		on  bool
		bit uint8
	}{{e.noun, entryNoun}, {e.number, entryNumber}, {e.comma, entryComma}, {e.attributive, entryAttributive},
		{e.infinitive, entryInfinitive}, {e.says, entrySays}, {e.subject, entrySubject}} {
		if f.on {
			x.flags |= f.bit
		}
	}
	t.entries = append(t.entries, x)
}

func (t *tableText) newsEntry(e newsEntry) {
	t.news = append(t.news, ixNewsEntry{lemma: t.str(e.lemma), cat: t.lab(e.cat), tone: t.lab(e.tone), set: e.set, near: e.near})
}

const indexHeader = `// Code generated by TestIndexTable (go generate ./compare/framing); DO NOT EDIT.

package framing

// The framing index (see index.go), built by newIndex from the tables,
// newslex.go, newslex_more.go, neighbours_table.go and vader_table.go.
// VADER: MIT License, Copyright (c) 2016 C.J. Hutto (see vader_table.go).

`
