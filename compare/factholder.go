package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/fact"
)

// A figure that two sentences did not group on is linked to its mutual
// best counterpart in another article (factScopes' near scope) by its
// kind and unit alone, so a commentator's "a million dollars worth of
// arson damage to Trinity United Church of Christ", asked of another
// church, joined the reported damage to the church the story is about.
// Where a figure is told of a name (its holder: "damage to Trinity
// United Church of Christ", "Halvorsen's $2 million"), it joins a figure
// of a sentence in no group only when that sentence names the holder
// too. Grouped sentences ask more: the group already says they tell one
// fact, and outlets name one holder many ways ("the Wasilla church",
// "Palin's church"), so two of their figures stay apart only when each is
// told of an organisation or a person and the two differ, neither
// sentence naming the other's (twoHolders: "$2 million in damage to
// Kessler Plastics Inc." and "$5 million in damage to Varda Foods Inc.").
// A place is no such holder: "in Canada", "at Mount Halder" say
// where, and asked of places and unclassed names the rule split five
// facts the outlets share in the ECB+ and BASIL sweep (and none apart).

// holderWords are the words that may stand between a figure and the name
// it is told of: "damage to X", "a stake of 5% in X", "$1 million for X".
var holderWords = map[string]bool{"to": true, "of": true, "for": true, "at": true, "in": true, "against": true}

// articles may stand between a holder word and the name: "to the Harbor
// Chapel".
var articles = map[string]bool{"the": true, "a": true, "an": true}

// maxHolderGap is how many words may stand between a figure and its
// holder: "a million dollars worth of arson damage to X" has five.
const maxHolderGap = 6

// maxHolderBytes bounds the text between a figure and its holder: six
// words of up to 19 letters each and their spaces.
const maxHolderBytes = maxHolderGap * 20

// sentenceNames holds the names of the sentences, as facts placed them:
// in order of article and sentence, so a sentence's names are a run of
// them found by binary search (a map of every sentence's names was 2% of
// what comparing the demo allocates, for the few figures that ask).
type sentenceNames struct {
	names  []mentionAt
	sorted bool
	named  map[holderKey]bool      // see nameIn
	words  map[int]map[string]bool // see articleNames
}

func newSentenceNames(names []mentionAt) *sentenceNames { return &sentenceNames{names: names} }

func bySentence(m mentionAt, ref SentenceRef) int {
	return cmp.Or(cmp.Compare(m.article, ref.Article), cmp.Compare(m.sentence, ref.Sentence))
}

// of returns the names of the sentence ref.
func (sn *sentenceNames) of(ref SentenceRef) []mentionAt {
	if !sn.sorted { // placed in order already; sorted once if ever not
		less := func(a, b mentionAt) int { return bySentence(a, SentenceRef{b.article, b.sentence}) }
		if !slices.IsSortedFunc(sn.names, less) {
			sn.names = slices.Clone(sn.names)
			slices.SortStableFunc(sn.names, less)
		}
		sn.sorted = true
	}
	// Both ends by search: a sentence of thousands of names is not read
	// through for each figure that asks for its names.
	i, _ := slices.BinarySearchFunc(sn.names, ref, bySentence)
	j, _ := slices.BinarySearchFunc(sn.names[i:], SentenceRef{ref.Article, ref.Sentence + 1}, bySentence)
	return sn.names[i : i+j]
}

// holder returns the name m is told of, if any: the first name after it,
// within maxHolderGap words, no clause break and no figure, the last of
// them (or the last but an article) a holderWords word; or a name whose
// possessive ends just before it. A length of time has none.
func (sn *sentenceNames) holder(r *Report, m mentionAt) (fact.Mention, bool) {
	if fact.IsLength(m.Mention) {
		// "five days of rioting in Athens": a length of time is the
		// event's, not the place's (its person is Mention.By).
		return fact.Mention{}, false
	}
	text := r.Articles[m.article].Text
	names := sn.of(SentenceRef{m.article, m.sentence})
	// The names around m, found by search: a sentence of thousands of
	// figures and names must not be read through for each figure.
	i, _ := slices.BinarySearchFunc(names, m.End, func(n mentionAt, end int) int { return cmp.Compare(n.Start, end) })
	if i > 0 {
		if n := names[i-1].Mention; n.End <= m.Start {
			switch text[n.End:m.Start] {
			case "'s ", "’s ", "' ":
				return n, true
			}
		}
	}
	if i == len(names) {
		return fact.Mention{}, false
	}
	n := names[i].Mention
	between := text[m.End:n.Start]
	if len(between) > maxHolderBytes || strings.ContainsAny(between, ",;:()\"“”—0123456789$€£¥%") {
		return fact.Mention{}, false // asked before the words are split: every grouped figure asks
	}
	words := strings.Fields(between)
	if len(words) > maxHolderGap {
		return fact.Mention{}, false
	}
	// The holder word governs the name: "damage to X", "to the X"; not
	// "$3 million to direct The Hunger Games", "at least $160MM".
	if k := len(words) - 1; k >= 0 && (holderWords[strings.ToLower(words[k])] ||
		k >= 1 && holderWords[strings.ToLower(words[k-1])] && articles[strings.ToLower(words[k])]) {
		return n, true
	}
	return fact.Mention{}, false
}

// nameIn reports whether the sentence of o names h, by any of its names.
// Answers are kept: a sentence of thousands of names is read once per
// holder, not once per figure.
func (sn *sentenceNames) nameIn(o mentionAt, h fact.Mention) bool {
	key := holderKey{SentenceRef{o.article, o.sentence}, strings.ToLower(h.Unit)}
	if v, ok := sn.named[key]; ok {
		return v
	}
	found := false
	for _, n := range sn.of(key.ref) {
		if fact.SameName(n.Mention, h) {
			found = true
			break
		}
	}
	if sn.named == nil {
		sn.named = map[holderKey]bool{}
	}
	sn.named[key] = found
	return found
}

type holderKey struct {
	ref  SentenceRef
	name string
}

// otherHolder reports whether a or b is told of a holder the other's
// sentence does not name.
func (sn *sentenceNames) otherHolder(r *Report, a, b mentionAt) bool {
	if h, ok := sn.holder(r, a); ok && !sn.nameIn(b, h) {
		return true
	}
	if h, ok := sn.holder(r, b); ok && !sn.nameIn(a, h) {
		return true
	}
	return false
}

// grouped reports whether m's sentence is in a group.
func grouped(groups map[SentenceRef]string, m mentionAt) bool {
	_, ok := groups[SentenceRef{m.article, m.sentence}]
	return ok
}

// twoHolders reports whether a and b, told of the holders ha and hb, are
// each told of a holder that is an organisation or a person, the holders
// differ, and neither sentence names the other's.
func (sn *sentenceNames) twoHolders(ha, hb heldBy, a, b mentionAt) bool {
	org := func(h heldBy) bool { return h.ok && h.name.Kind != "place" && h.name.Kind != "name" }
	return org(ha) && org(hb) && !fact.SameName(ha.name, hb.name) && !sn.nameIn(b, ha.name) && !sn.nameIn(a, hb.name)
}

// heldBy returns m's holder (see holder).
func (sn *sentenceNames) heldBy(r *Report, m mentionAt) heldBy {
	name, ok := sn.holder(r, m)
	return heldBy{name, ok}
}

// heldBy is a figure's holder, if it has one.
type heldBy struct {
	name fact.Mention
	ok   bool
}
