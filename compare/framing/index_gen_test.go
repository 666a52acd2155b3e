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
		if got, want := ix.phrases(k), lx.phrases[k]; !sameEntries(got, want) {
			t.Fatalf("phrases of %q: index_table.go has %+v, the lexicons %+v: %s", k, got, want, regenIndexHint)
		}
	}
	if !reflect.DeepEqual(ixNews[:], lx.news) {
		t.Fatalf("the news lexicon in index_table.go differs from the lexicons': %s", regenIndexHint)
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
	b.WriteString("var ixEntries = [...]entry{\n")
	for _, k := range phraseKeys {
		for _, e := range lx.phrases[k] {
			b.WriteString(literal(reflect.ValueOf(e)) + ",\n")
		}
	}
	b.WriteString("}\n\nvar ixNews = [...]newsEntry{\n")
	for _, e := range lx.news {
		b.WriteString(literal(reflect.ValueOf(e)) + ",\n")
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

// literal writes a struct of strings, numbers, booleans and string slices
// as a keyed Go composite literal, leaving out zero fields; any other kind
// of field stops the generator, so a new field cannot be dropped unseen.
func literal(v reflect.Value) string {
	var parts []string
	for i := range v.NumField() {
		f := v.Field(i)
		if f.IsZero() {
			continue
		}
		var s string
		switch f.Kind() {
		case reflect.String:
			s = strconv.Quote(f.String())
		case reflect.Bool:
			s = strconv.FormatBool(f.Bool())
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			s = strconv.FormatInt(f.Int(), 10)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			s = strconv.FormatUint(f.Uint(), 10)
		case reflect.Float64:
			s = strconv.FormatFloat(f.Float(), 'g', -1, 64)
		case reflect.Slice:
			if f.Type().Elem().Kind() != reflect.String {
				panic("literal: field " + v.Type().Field(i).Name + " of an unknown kind")
			}
			if f.Len() == 0 {
				continue
			}
			var w []string
			for j := range f.Len() {
				w = append(w, strconv.Quote(f.Index(j).String()))
			}
			s = "[]string{" + strings.Join(w, ", ") + "}"
		default:
			panic("literal: field " + v.Type().Field(i).Name + " of an unknown kind")
		}
		parts = append(parts, v.Type().Field(i).Name+": "+s)
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

const indexHeader = `// Code generated by TestIndexTable (go generate ./compare/framing); DO NOT EDIT.

package framing

// The framing index (see index.go), built by newIndex from the tables,
// newslex.go, newslex_more.go, neighbours_table.go and vader_table.go.
// VADER: MIT License, Copyright (c) 2016 C.J. Hutto (see vader_table.go).

`
