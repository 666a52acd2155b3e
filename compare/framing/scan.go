package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/internal/spelling"
	"github.com/storydiff/storydiff/compare/segment"
)

// token is one word of a sentence: a run of letters, digits and combining
// marks, with apostrophes and hyphens inside it ("didn't", "O’Brien",
// "so-called"). Offsets are bytes into the sentence, always on the boundary
// of a decoded rune, even when the sentence is not valid UTF-8.
type token struct {
	start, end int
	key        string // lower case, with ’ as ' and Unicode hyphens as -, in American spelling
	capital    bool   // capitalised but not all capitals: a name, if not initial
	upper      bool   // starts with a capital letter
	initial    bool   // first in the sentence, a quotation or a clause after ":"
	number     bool   // starts with a digit
}

// scan appends the tokens of s to toks.
func scan(s string, toks []token) []token {
	prevEnd := 0
	dateline := -2 // segment.Dateline(s), once a gap may end one
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if isJoiner(r) && i+n < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[i+n:]); isWordRune(next) {
					i += n
					continue
				}
			}
			break
		}
		text := s[start:i]
		first, _ := utf8.DecodeRuneInString(text)
		toks = append(toks, token{
			start:   start,
			end:     i,
			key:     american(normalise(text)),
			capital: unicode.IsUpper(first) && strings.IndexFunc(text, unicode.IsLower) > 0,
			initial: len(toks) == 0 || opensClause(s[prevEnd:start]) || afterDateline(s, s[prevEnd:start], prevEnd, &dateline),
			upper:   unicode.IsUpper(first),
			number:  unicode.IsDigit(first),
		})
		prevEnd = i
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑':
		return true
	}
	return false
}

var unifier = strings.NewReplacer("’", "'", "‐", "-", "‑", "-")

// normalise lower-cases a word and unifies its apostrophes and hyphens, so
// "Didn’t" and "didn't" share a key; it allocates only when it must.
func normalise(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	w = strings.ToLower(w)
	if strings.IndexByte(w, 0xe2) >= 0 && strings.ContainsAny(w, "’‐‑") { // each begins with 0xe2; ContainsAny decodes rune by rune
		w = unifier.Replace(w)
	}
	return w
}

// american is the American spelling of a lower-case British one
// ("criticised", "defence"), which is how the lexicons list their words:
// a word frames alike in either spelling.
func american(key string) string {
	us, _ := spelling.US(key)
	return us
}

// opensClause reports whether the text between two words starts a new
// clause, after which a capital letter says nothing about names.
func opensClause(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '.', '!', '?', ':', ';':
			return true
		}
	}
	last, _ := utf8.DecodeLastRuneInString(gap)
	switch last {
	case '"', '\'', '“', '‘', '(', '[', '«':
		return true
	}
	return false
}

// afterDateline reports whether gap, the text between two words of s
// from byte at, is the dash that ends a dateline ("WASHINGTON — Embattled
// …", "LONDON (Reuters) - Fake …"), as segment.Dateline reads one. The
// word after it opens the sentence proper, so its capital says nothing
// about names. *dateline caches segment.Dateline(s), -2 until asked: most
// gaps are one space, and no dash, and never ask it.
func afterDateline(s, gap string, at int, dateline *int) bool {
	if len(gap) < 3 || at == 0 || !strings.Contains(gap, " ") || // " - " at the least
		!strings.Contains(gap, "—") && !strings.Contains(gap, "–") && !strings.Contains(gap, "-") {
		return false
	}
	if *dateline == -2 {
		*dateline = segment.Dateline(s)
	}
	return *dateline >= at && *dateline < at+len(gap)
}

// titleCase reports whether the sentence is a headline in title case
// ("Mayor Slams Critics Over Budget Disaster"), where capitals mark no names:
// three or more capitalised words, more than the lower-case ones, and no
// lower-case word of five bytes or more (short ones, "over", "with", are
// lowered by some styles) but for the prepositions and conjunctions that
// styles lowering every function word lower however long ("Senator
// Champions Bill against Party", "Shares Surge after Report"). A list of
// names ("John Ashcroft, Kit Bond and Jim Talent") looks the same; its
// commas tell it apart, as headlines rarely hold two, and so does a full
// stop at its end, which a headline does not have.
func titleCase(s string, toks []token) bool {
	if strings.Count(s, ",") >= 2 || endsSentence(s) {
		return false
	}
	capital, lower := 0, 0
	for _, t := range toks {
		switch {
		case t.number:
		case t.upper:
			capital++
		case t.end-t.start >= 5 && !titleLowered[t.key]:
			return false
		default:
			lower++
		}
	}
	// Capitals must also outnumber the short lower-case words: "Alibaba is
	// back on the Notorious Markets list" is a sentence, not a title.
	return capital >= 3 && capital > lower
}

// endsSentence reports whether s ends with a full stop, maybe inside a
// closing quotation mark or bracket: a sentence of running text does, a
// headline does not ("Backing came from Sens. Kit Bond and Jim Talent."
// has more capitals than lower-case words, and its capitals are names).
func endsSentence(s string) bool {
	t := strings.TrimRight(s, " \t\n\"'”’)]")
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...")
}

// titleLowered are the prepositions and conjunctions of five letters or
// more that title-case styles lowering every function word (Chicago's,
// many newspapers') write in lower case.
var titleLowered = map[string]bool{
	"about": true, "above": true, "across": true, "after": true, "against": true, "along": true,
	"among": true, "around": true, "before": true, "behind": true, "below": true, "beneath": true,
	"beside": true, "besides": true, "between": true, "beyond": true, "despite": true, "during": true,
	"except": true, "inside": true, "outside": true, "since": true, "through": true, "throughout": true,
	"toward": true, "towards": true, "under": true, "until": true, "unlike": true, "upon": true,
	"within": true, "without": true, "while": true, "where": true, "because": true, "though": true,
	"although": true, "whether": true, "unless": true,
}
