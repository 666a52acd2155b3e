package compare

import (
	"strings"

	"github.com/storydiff/storydiff/compare/textsim"
)

// A stage is one step of a process that news follows step by step: a
// prosecution (arrested, charged, indicted, pleaded, convicted,
// sentenced, acquitted), a measure (announced, approved, signed,
// vetoed), an appointment (nominated, confirmed). Two sentences that
// state different steps of one process report two facts, however many
// words they share ("Vell was charged with the robbery" and "Vell was
// convicted of the robbery"): an editor reads "shared" as "the same
// fact", so such a pair is at most related. The paraphrase model, which
// weighs the shared words, does not see it; the label's decision does
// (groups).
type stages uint32

const (
	stageArrest stages = 1 << iota
	stageCharge
	stageIndict
	stagePlea
	stageConvict
	stageSentence
	stageAcquit
	stageAnnounce
	stageApprove
	stageSign
	stageVeto
	stageNominate
	stageConfirm
)

// processes are the stage sets of one process each.
var processes = [...]stages{
	stageArrest | stageCharge | stageIndict | stagePlea | stageConvict | stageSentence | stageAcquit,
	stageAnnounce | stageApprove | stageSign | stageVeto,
	stageNominate | stageConfirm,
}

// stageStems maps the stems (textsim.Stem) of the words that state a
// stage to it. An arraignment is where a plea is entered: one step.
var stageStems = map[string]stages{
	"arrest": stageArrest, "detain": stageArrest,
	"charg": stageCharge, "indict": stageIndict,
	"plead": stagePlea, "plea": stagePlea, "pled": stagePlea, "arraign": stagePlea,
	"convict": stageConvict, "sentenc": stageSentence,
	"acquit": stageAcquit, "acquitt": stageAcquit,
	"announc": stageAnnounce, "approv": stageApprove, "sign": stageSign, "veto": stageVeto,
	"nomin": stageNominate, "confirm": stageConfirm, // a "nominee" is a role, no step
}

// notStated are the words before a stage word that make it no step the
// sentence says happened: "murder to avoid arrest", "resisting arrest".
var notStated = map[string]bool{
	"avoid": true, "avoiding": true, "evade": true, "evading": true, "escape": true,
	"escaping": true, "resist": true, "resisting": true, "elude": true, "eluding": true,
}

// otherSense reports whether a stage word between the words before and
// after is a word of another sense: "the officer in charge", "free of
// charge", "signs of".
func otherSense(before, after string, s stages) bool {
	switch s {
	case stageCharge:
		return before == "in" || before == "of"
	case stageSign:
		return after == "of"
	}
	return false
}

// verdictReach is how many words back from "guilty" or "true" the verb
// that makes it a verdict or a plea may stand ("found Ana Vell, 29,
// guilty").
const verdictReach = 5

// stagesOf gives the stages text states. A verdict is read from "found"
// (or "find") before "guilty" or "true": a conviction, or an acquittal
// after "not"; "guilty" after a plea is the plea.
func stagesOf(text string) stages {
	if !mayStateStage(text) {
		return 0 // most sentences: no word is split off or stemmed
	}
	var spans [64][2]int
	words := wordSpans(spans[:0], text)
	word := func(i int) string { // lower case; "" out of range
		if i < 0 || i >= len(words) {
			return ""
		}
		return strings.ToLower(text[words[i][0]:words[i][1]])
	}
	var out stages
	lastFind, lastPlea := -verdictReach-1, -verdictReach-1
	for i, sp := range words {
		w := text[sp[0]:sp[1]]
		if !stageStart(w) {
			continue
		}
		st := textsim.Stem(strings.ToLower(w))
		switch st {
		case "found", "find":
			lastFind = i
			continue
		case "guilti", "true":
			find, plea := i-lastFind <= verdictReach, i-lastPlea <= verdictReach && st == "guilti"
			switch {
			case plea && (!find || lastPlea > lastFind):
				// the plea is counted at its own word
			case find && word(i-1) == "not":
				out |= stageAcquit
			case find:
				out |= stageConvict
			}
			continue
		}
		s, ok := stageStems[st]
		if !ok {
			continue
		}
		if s == stagePlea {
			lastPlea = i
		}
		if notStated[word(i-1)] || otherSense(word(i-1), word(i+1), s) {
			continue
		}
		out |= s
	}
	return out
}

// wordSpans appends to dst the [start, end) of each word of text: a run
// of letters, digits and apostrophes (any byte past ASCII counts as a
// letter but those of General Punctuation's curly quotes and dashes), as
// textsim.Tokens splits words in running text.
func wordSpans(dst [][2]int, text string) [][2]int {
	start := -1
	for i := 0; i <= len(text); i++ {
		in := i < len(text) && (stageWordByte(text[i]) || text[i] == '\'' && start >= 0)
		if in && text[i] == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 { // U+2000–U+203F
			if text[i+2] == 0x99 && start >= 0 { // ’ inside a word: "Vell’s"
				i += 2
				continue
			}
			in = false
		}
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			dst = append(dst, [2]int{start, i})
			start = -1
		}
		if !in && i < len(text) && text[i] == 0xE2 {
			i += 2 // the rest of the mark
		}
	}
	return dst
}

func stageWordByte(c byte) bool {
	l := c | 0x20
	return l >= 'a' && l <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// stageStarts are the beginnings, by first letter, that every word
// stagesOf reads begins with ("found", "guilty", "true" and each stem of
// stageStems); TestStageStartsCoverTheStems keeps them in step.
var stageStarts = [26][]string{
	'a' - 'a': {"acquit", "announc", "approv", "arraign", "arrest"},
	'c' - 'a': {"charg", "confirm", "convict"},
	'd' - 'a': {"detain"},
	'f' - 'a': {"find", "found"},
	'g' - 'a': {"guilt"},
	'i' - 'a': {"indict"},
	'n' - 'a': {"nomin"},
	'p' - 'a': {"plea", "pled"},
	's' - 'a': {"sentenc", "sign"},
	't' - 'a': {"true"},
	'v' - 'a': {"veto"},
}

// mayStateStage reports whether a word of text begins as a word stagesOf
// reads does, so that a sentence without one costs no tokens and no
// stems. It looks at the text's start and after each space (past an
// opening quotation mark or bracket): where words begin in running text.
func mayStateStage(text string) bool {
	for i := 0; i < len(text); {
		for i < len(text) && opener(text[i]) {
			i++
		}
		if i < len(text) && stageStart(text[i:]) {
			return true
		}
		sp := strings.IndexByte(text[i:], ' ')
		if sp < 0 {
			return false
		}
		i += sp + 1
	}
	return false
}

// opener reports whether c may stand before a word's first letter:
// a quotation mark, a bracket, a dash's byte.
func opener(c byte) bool {
	return c == '"' || c == '\'' || c == '(' || c == '[' || c >= 0x80
}

// stageStart reports whether s begins with one of stageStarts, in any
// ASCII case.
func stageStart(s string) bool {
	c := s[0] | 0x20
	if c < 'a' || c > 'z' {
		return false
	}
next:
	for _, p := range stageStarts[c-'a'] {
		if len(s) < len(p) {
			continue
		}
		for j := 1; j < len(p); j++ {
			if s[j]|0x20 != p[j] {
				continue next
			}
		}
		return true
	}
	return false
}

// otherStage reports whether a and b each state a stage of one process
// and share none of them: a sentence that names several stages ("arrested
// and charged") is told the same as one naming any of them.
func otherStage(a, b stages) bool {
	for _, p := range processes {
		if a&p != 0 && b&p != 0 && a&b&p == 0 {
			return true
		}
	}
	return false
}

// stagesDiffer reports whether two of the members state different stages
// of one process. A member's stages are those of its sentences together.
func stagesDiffer(articles []Article, members []Member) bool {
	var seen []stages // of the members that state any stage
	for _, m := range members {
		var st stages
		for _, s := range m.Sentences {
			st |= stagesOf(articles[m.Article].Sentences[s].Text)
		}
		if st == 0 {
			continue
		}
		for _, o := range seen {
			if otherStage(st, o) {
				return true
			}
		}
		seen = append(seen, st)
	}
	return false
}
