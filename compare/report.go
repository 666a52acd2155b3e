package compare

import "slices"

// ReportVersion is the version of the JSON report contract. Additions add
// fields; a field is removed, or changes what it holds, only with a new
// version, listed under Changes in docs/report.md. Version 2 bounded what
// Sentence.Nearest and Summary.Omitted list and left out a fact mention's
// value where it has none; version 3 writes the words of markers and fact
// mentions once, in the article's text, drops Coverage (the groups' members
// say it) and writes Nearest as triples; version 4 adds Group.Related, and
// a sentence's Group may name a group it is a related sentence of.
const ReportVersion = 4

// Report is everything the engine found in one comparison. It is the only
// thing the TUI and the report writers read.
type Report struct {
	Version  int       `json:"version"`
	Articles []Article `json:"articles"`
	Groups   []Group   `json:"groups"`
	Quotes   []Quote   `json:"quotes"`
	Facts    []Fact    `json:"facts"`

	// nearestFull is, where trimNearest shortened the sentences' Nearest,
	// every sentence's full list, by article and sentence (NearestIn).
	// Not in the JSON: it grows with the square of the articles.
	nearestFull [][]NearestList
}

// Article is one input article after ingest and sentence splitting.
type Article struct {
	Label  string `json:"label"`
	Source string `json:"source"`
	Format string `json:"format"`
	Title  string `json:"title"`
	Byline string `json:"byline,omitempty"`
	Site   string `json:"site,omitempty"`
	Date   string `json:"date,omitempty"`
	// LeftOut counts the page furniture ingest left out of a web page or
	// Markdown file; omitted when nothing was.
	LeftOut LeftOut `json:"left_out,omitzero"`
	// Text is the article as one string: its paragraphs joined by "\n\n".
	// Sentence offsets index into it.
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
	Summary   Summary    `json:"summary"`
}

// Summary is what an article does with the story, against the others.
type Summary struct {
	// Sentences that can carry a fact (not captions or boilerplate), by
	// what the other articles do with them.
	Shared  int `json:"shared"`  // in a shared group
	Related int `json:"related"` // in a related group
	Unique  int `json:"unique"`  // in no group
	// Originality is the share of the article's fact-carrying text, in
	// bytes, that no other article shares (its sentences in no group).
	Originality float64 `json:"originality"`
	// Coverage has one entry per group, in the report's order: whether
	// this article carries the fact. Not in the JSON report (version 3):
	// it grew with articles times groups, and groups[].members says it.
	Coverage []bool `json:"-"`
	// Omitted lists the groups at least half of the other articles carry
	// and this one leaves out (every group it leaves out, with up to five
	// articles).
	Omitted []string `json:"omitted"`
	// Alone lists, with two articles, the sentences that are facts only
	// this article reports: its sentences in no group, less those that
	// restate another of its sentences (a "key points" bullet telling
	// again a fact of the body). FactsLeftOut counts them. Not in the JSON
	// report: a reader recomputes it.
	Alone []int `json:"-"`
	// MayCarry lists the groups the article is not in that it may carry
	// in a sentence the alignment put elsewhere or left alone
	// (Report.MayCarry), in the report's order, with those sentences. Not in the JSON
	// report: a report read back judges from the sentences' nearest.
	MayCarry []Carry `json:"-"`
	// Speakers counts the article's quotes by speaker: whose voices it uses.
	Speakers []SpeakerCount `json:"speakers"`
	// Framing counts the article's framing markers by kind, and
	// attribution verbs and loaded words by tone ("attribution/doubt").
	Framing map[string]int `json:"framing"`
}

// Carry is a group an article is not in and the sentences of the article
// that may report its fact (Report.MayCarry).
type Carry struct {
	Group string
	Near  []Nearest
}

// SpeakerCount is how often an article quotes one speaker.
type SpeakerCount struct {
	Speaker string `json:"speaker"`
	Quotes  int    `json:"quotes"`
}

// Role is what a sentence is in its article.
type Role string

const (
	RoleHeadline    Role = "headline"
	RoleLede        Role = "lede"
	RoleBody        Role = "body"
	RoleCaption     Role = "caption"
	RoleBoilerplate Role = "boilerplate"
)

// Alignable reports whether sentences of this role can report a fact.
// Captions and boilerplate never join a group.
func (r Role) Alignable() bool { return r != RoleCaption && r != RoleBoilerplate }

// Sentence is one sentence of an article.
type Sentence struct {
	Start     int    `json:"start"` // byte offset into Article.Text
	End       int    `json:"end"`   // byte offset, exclusive
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"` // 0-based index of its paragraph in Article.Text
	Role      Role   `json:"role"`
	// Group is the id of the group the sentence belongs to, as one of its
	// members or one of its related sentences, or nil when no other
	// article reports the same fact.
	Group *string `json:"group"`
	// Nearest is, for the few other articles whose best-scoring sentence
	// scores highest (nearestMax; every other article with any lexical
	// overlap when there are up to four articles), that sentence, even
	// when it is below the grouping threshold. In article order.
	Nearest NearestList `json:"nearest"`
	// Framing lists the sentence's framing markers, whether or not it is in
	// a group; words inside quotation marks are marked Quoted (the
	// speaker's wording, not the outlet's). Empty for captions and
	// boilerplate.
	Framing SentenceFraming `json:"framing"`
}

// Nearest names the closest sentence of another article.
type Nearest struct {
	Article    int     `json:"article"`
	Sentence   int     `json:"sentence"`
	Similarity float64 `json:"similarity"`
}

// GroupKind says how closely a group's sentences agree.
type GroupKind string

const (
	// KindShared: the members report the same fact or facts, however worded.
	KindShared GroupKind = "shared"
	// KindRelated: the members overlap, but one adds or omits a fact.
	KindRelated GroupKind = "related"
)

// Group is a set of sentences, from two or more articles, that report the
// same fact. An article contributes at most one member, which may span
// several consecutive sentences (one outlet splits what another says in one).
type Group struct {
	ID         string    `json:"id"`
	Kind       GroupKind `json:"kind"`
	Similarity float64   `json:"similarity"` // mean pairwise similarity of the members, in [0, 1]
	Moved      bool      `json:"moved"`      // the fact sits in very different places across articles
	Members    []Member  `json:"members"`
	// Related lists further sentences of the members' articles that
	// report the group's fact again, apart from their article's member
	// (a reworded headline and lede): one sentence each, by article and
	// sentence. They are not diffed or judged with the members.
	Related []Member `json:"related"`
	// Within lists sentences, of articles with no member, that carry the
	// members' quoted words inside a sentence grouped with another fact
	// (one outlet prints in one sentence a quotation others split over
	// several): the article carries this fact too. One sentence each, by
	// article and sentence.
	Within []Member `json:"within"`
	// Diff holds the word-level differences of every member against the
	// first member (the reference).
	Diff []Diff `json:"diff"`
	// Framing lists the framing markers in the members' own words (not
	// inside quotation marks, which are the speaker's).
	Framing []Marker `json:"framing"`
	// Prominence says where each member sits in its article: which fact
	// an outlet leads with is itself framing.
	Prominence []Position `json:"prominence"`
	// DivergentFraming is true when the members frame the fact
	// differently: one uses loaded wording or a doubt, concession or
	// emotive verb of attribution where another member uses none.
	DivergentFraming bool `json:"divergent_framing"`
	// FramingDiffers lists, per member, the framing words it uses that
	// some other member lacks; empty unless DivergentFraming.
	FramingDiffers []FramingDiff `json:"framing_differs"`
	// HedgingDiffers lists the members that hedge the shared fact
	// differently: one hedges it ("reportedly", "may have") where another
	// states it flatly (Hedges empty), or they hedge it one as hearsay and
	// one as uncertain. Apart from FramingDiffers, whose rule is fitted on
	// loaded wording; empty when the members hedge alike (see hedging.go).
	HedgingDiffers []HedgeDiff `json:"hedging_differs"`
}

// FramingDiff is one member's framing words that another member lacks.
type FramingDiff struct {
	Article int      `json:"article"`
	Words   []string `json:"words"`
}

// Marker is a framing marker in one article's version of a fact.
type Marker struct {
	Article int    `json:"article"`
	Kind    string `json:"kind"` // "attribution", "hedge", "intensifier", "loaded", "negation"
	// Text is the words as written: the article's text[Start:End], which
	// is why the JSON report (version 3) leaves it out.
	Text  string `json:"-"`
	Lemma string `json:"lemma"`
	// Tone classes attribution verbs (neutral, doubt, concession,
	// assertion, emotive) and loaded words (positive, negative).
	Tone  string `json:"tone,omitempty"`
	Start int    `json:"start"` // byte offsets in the article's text
	End   int    `json:"end"`
	// Distinct is true when some other member of the group lacks a marker
	// like it (an attribution verb of the same tone, or the same word for
	// other kinds), whether or not the difference counts as framing.
	Distinct bool `json:"distinct"`
	// Differs is true for the words by which the group's members frame the
	// fact differently: a Distinct marker of the kinds the divergence rule
	// counts, in a group that diverges. They are the group's
	// FramingDiffers, and the only words the readers mark ≠; a Distinct
	// word the rule does not count (a hedge, a sentiment word of VADER's)
	// is shown as wording, claiming no difference.
	Differs bool `json:"differs,omitempty"`
	// Category is the lexicon's finer class of the word ("loaded verb",
	// "evaluative", "doubt verb", "scare quotes"...); see docs/report.md.
	Category string `json:"category,omitempty"`
	// Quoted is true for a marker inside quotation marks: the speaker's
	// word, not the outlet's. Only sentence markers carry it; a group's
	// Framing leaves such words out.
	Quoted bool `json:"quoted,omitempty"`
	// Negated is true for a loaded word under a negation ("not
	// reckless"); its Tone stays the word's own.
	Negated bool `json:"negated,omitempty"`
}

// ToneNote is the marker's tone in words, as the readers print it in
// brackets: "negative", "negative, negated" (a negated word keeps its own
// tone), "negated", or "" when there is nothing to say.
func (m Marker) ToneNote() string {
	switch {
	case m.Tone != "" && m.Negated:
		return m.Tone + ", negated"
	case m.Negated:
		return "negated"
	}
	return m.Tone
}

// Position is where an article puts a group's fact.
type Position struct {
	Article   int    `json:"article"`
	Place     string `json:"place"`     // "headline", "lede" or "paragraph N" (1-based)
	Paragraph int    `json:"paragraph"` // 0-based, as in Sentence.Paragraph
}

// Member is one article's part of a group.
type Member struct {
	Article   int   `json:"article"`
	Sentences []int `json:"sentences"` // indexes into Article.Sentences, ascending
}

// Diff is the word-level difference between two members of a group.
type Diff struct {
	From int      `json:"from"` // article index of the reference member
	To   int      `json:"to"`   // article index of the compared member
	Ops  []DiffOp `json:"ops"`
}

// Op is a word-level edit operation.
type Op string

const (
	OpEqual  Op = "equal"
	OpDelete Op = "delete" // in From only
	OpInsert Op = "insert" // in To only
)

// DiffOp is a run of whole words (with the spaces between them).
type DiffOp struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
	// To is set on an equal run that the compared side writes otherwise,
	// in typography, spacing or British against American spelling only
	// (“curly” and "straight" quotes, a non-breaking space, criticised
	// and criticized): its text there. Text is the reference's.
	To string `json:"to_text,omitempty"`
}

// ToText is the op's text on the compared side: To where it is set, else
// Text.
func (o DiffOp) ToText() string {
	if o.To != "" {
		return o.To
	}
	return o.Text
}

// Quote is a direct quote in one article, with its speaker and how it is
// rendered elsewhere. (Filled in by the quote ledger.)
type Quote struct {
	ID       string       `json:"id"`
	Article  int          `json:"article"`
	Sentence int          `json:"sentence"`
	Start    int          `json:"start"` // byte offsets of the quoted words in Article.Text
	End      int          `json:"end"`
	Text     string       `json:"text"`
	Speaker  string       `json:"speaker"`
	Role     string       `json:"role"`
	Partial  bool         `json:"partial"`
	Status   string       `json:"status"` // "shared", "variant" or "unique"
	Matches  []QuoteMatch `json:"matches"`
	// ParaphrasedIn lists sentences of other articles that give these
	// words without quotation marks.
	ParaphrasedIn []SentenceRef `json:"paraphrased_in"`
}

// SentenceRef names one sentence of one article.
type SentenceRef struct {
	Article  int `json:"article"`
	Sentence int `json:"sentence"`
}

// QuoteMatch relates a quote to the same quote in another article.
type QuoteMatch struct {
	Quote    string `json:"quote"`    // the other quote's id
	Relation string `json:"relation"` // "identical", "truncated", "altered", "spliced"
	// OtherSpeaker: the other article gives these words to someone else.
	OtherSpeaker bool `json:"other_speaker"`
	// Diff is the word diff from this quote to the other when they differ.
	Diff []DiffOp `json:"diff,omitempty"`
	// Split: one of the two quotes gives the quotation whole and the
	// other article breaks it into Split adjacent pieces ("…," she
	// continued. "…"), the pieces together word for word the whole; the
	// relation is then "identical" and no Diff is given.
	Split int `json:"split,omitempty"`
}

// Fact is a number or name and every article's mention of it. (Filled in
// by the fact checker.)
type Fact struct {
	ID       string        `json:"id"`
	Kind     string        `json:"kind"`
	Status   string        `json:"status"` // "shared", "compatible", "conflict" or "unique"
	Mentions []FactMention `json:"mentions"`
}

// FactMention is one article's wording of a fact.
type FactMention struct {
	Article  int     `json:"article"`
	Sentence int     `json:"sentence"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Low      float64 `json:"low"`
	High     float64 `json:"high"`
	Unit     string  `json:"unit"`
}

// FactsLeftOut returns how many of the facts the articles report article
// ai leaves out, and how many facts there are. A fact is a group, or, where
// one article's fact counts as an omission (UniqueIsOmission), a sentence
// that is a fact only one article reports (Summary.Alone): with two
// articles, what one has alone is exactly what the other leaves out.
// Groups count as LeavesOut does.
func (r *Report) FactsLeftOut(ai int) (left, facts int) {
	if ai < 0 || ai >= len(r.Articles) {
		return 0, len(r.Groups)
	}
	left, facts = r.Articles[ai].Summary.LeavesOut()+r.AloneElsewhere(ai), len(r.Groups)
	if r.UniqueIsOmission() {
		for _, b := range r.Articles {
			facts += len(b.Summary.Alone)
		}
	}
	return left, facts
}

// AloneElsewhere is how many facts only another article reports that
// article ai leaves out: the other articles' Summary.Alone where one
// article's fact counts as an omission (UniqueIsOmission), else 0.
func (r *Report) AloneElsewhere(ai int) int {
	n := 0
	if r.UniqueIsOmission() {
		for bi, b := range r.Articles {
			if bi != ai {
				n += len(b.Summary.Alone)
			}
		}
	}
	return n
}

// UniqueIsOmission reports whether a fact only one article has counts as
// one the others leave out: with two articles. With three or more, what
// one outlet alone reports is its own reporting (its originality), not
// something each of the others left out: counting it so made a VP debate
// covered by three outlets read "leaves out 98 of 128 facts" for each, the
// others' colour and background swamping the facts two of them share.
func (r *Report) UniqueIsOmission() bool { return len(r.Articles) == 2 }

// Carries reports whether article ai carries group g's fact: it has a
// member, or a sentence in another group holds the members' quotation
// (Group.Within).
func (g *Group) Carries(ai int) bool {
	in := func(m Member) bool { return m.Article == ai }
	return slices.ContainsFunc(g.Members, in) || slices.ContainsFunc(g.Within, in)
}

// LeavesOut is how many of the report's groups the article does not carry,
// counted from Coverage (Omitted lists only those most others carry).
func (s Summary) LeavesOut() int {
	n := 0
	for _, c := range s.Coverage {
		if !c {
			n++
		}
	}
	return n
}
