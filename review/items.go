// Package review is an editor's review of one comparison: which items they
// checked, which they flagged and what they noted, kept in a session file
// that survives re-running the comparison and small edits to the articles.
//
// Marks are keyed by item ids derived from content (compare gives groups,
// quotes and facts such ids; review derives them for unique sentences), and
// each mark also keeps the normalised text of its item, so a mark whose id
// is gone after an article changed can be re-attached to the item that
// still says the same thing. A mark that cannot be re-attached is an
// orphan: listed, kept in the file, never dropped.
//
// The package imports no UI. The session file's durability (atomic
// replace, fsync, locking) is in store.go and lock.go.
package review

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// Kind is what an item is.
type Kind string

const (
	KindGroup    Kind = "group"    // a fact two or more articles report
	KindSentence Kind = "sentence" // a sentence only one article carries
	KindQuote    Kind = "quote"
	KindFact     Kind = "fact" // a figure or name; the TUI visits conflicts
)

// Item is one thing an editor can mark.
type Item struct {
	ID   string
	Kind Kind
	// Texts are the item's normalised texts, what re-attachment compares:
	// each member's sentences for a group, the sentence, the quoted words,
	// or the sentences mentioning a fact.
	Texts []string
	// Excerpt is a short human description: the first member's text, the
	// quote, the fact's wording.
	Excerpt string
	// Reviewable items count towards progress: groups, unique sentences,
	// quotes and conflicting facts, the items the TUI visits.
	Reviewable bool
}

// Items lists every markable item of a report in report order: groups,
// unique sentences (by article), quotes, facts.
func Items(rep *compare.Report) []Item {
	var out []Item
	for _, g := range rep.Groups {
		it := Item{ID: g.ID, Kind: KindGroup, Reviewable: true}
		for _, m := range g.Members {
			t := memberText(rep, m.Article, m.Sentences)
			if it.Excerpt == "" {
				it.Excerpt = t
			}
			it.Texts = append(it.Texts, Normalize(t))
		}
		out = append(out, it)
	}
	for a, ids := range SentenceIDs(rep) {
		for s, id := range ids {
			if id == "" {
				continue
			}
			t := rep.Articles[a].Sentences[s].Text
			out = append(out, Item{ID: id, Kind: KindSentence, Texts: []string{Normalize(t)}, Excerpt: t, Reviewable: true})
		}
	}
	for _, q := range rep.Quotes {
		out = append(out, Item{ID: q.ID, Kind: KindQuote, Texts: []string{Normalize(q.Text)}, Excerpt: q.Text, Reviewable: true})
	}
	// A sentence full of figures is the context of many facts: normalise
	// it once, or a long one makes this quadratic.
	normalized := map[[2]int]string{}
	for _, f := range rep.Facts {
		it := Item{ID: f.ID, Kind: KindFact, Reviewable: f.Status == compare.FactConflict}
		var words []string
		for _, m := range f.Mentions {
			words = append(words, m.Text)
			if m.Article >= 0 && m.Article < len(rep.Articles) && m.Sentence >= 0 && m.Sentence < len(rep.Articles[m.Article].Sentences) {
				k := [2]int{m.Article, m.Sentence}
				n, ok := normalized[k]
				if !ok {
					n = Normalize(rep.Articles[m.Article].Sentences[m.Sentence].Text)
					normalized[k] = n
				}
				it.Texts = append(it.Texts, n)
			}
		}
		it.Excerpt = strings.Join(words, " / ")
		out = append(out, it)
	}
	return out
}

// SentenceID is the id of a sentence no other article carries: derived
// from its article's label and its normalised words, like a quote's, so it
// survives re-running and edits elsewhere in the article. (A sentence that
// occurs twice in one article gets "-2" on its second id.)
func SentenceID(label, text string) string {
	h := sha256.Sum256([]byte(label + "\x00" + Normalize(text)))
	return "s" + hex.EncodeToString(h[:])[:10]
}

// SentenceIDs gives, per article and sentence, the id of each sentence no
// other article carries (not a caption or boilerplate), "" for the others.
func SentenceIDs(rep *compare.Report) [][]string {
	out := make([][]string, len(rep.Articles))
	for a, art := range rep.Articles {
		out[a] = make([]string, len(art.Sentences))
		seen := map[string]int{}
		for s, sen := range art.Sentences {
			if sen.Group != nil || !sen.Role.Alignable() {
				continue
			}
			id := SentenceID(art.Label, sen.Text)
			if seen[id]++; seen[id] > 1 { // the same sentence twice in one article
				id = fmt.Sprintf("%s-%d", id, seen[id])
			}
			out[a][s] = id
		}
	}
	return out
}

// Normalize lowercases s and folds runs of white space, as compare does
// for its ids.
func Normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

func memberText(rep *compare.Report, a int, sents []int) string {
	if a < 0 || a >= len(rep.Articles) {
		return ""
	}
	var parts []string
	for _, s := range sents {
		if s >= 0 && s < len(rep.Articles[a].Sentences) {
			parts = append(parts, rep.Articles[a].Sentences[s].Text)
		}
	}
	return strings.Join(parts, " ")
}
