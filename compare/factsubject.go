package compare

import (
	"strings"

	"github.com/storydiff/storydiff/compare/fact"
)

// A figure told after a name in its sentence is, most often, that name's:
// "Raul Ibanez signed a three-year, $31.5-million contract", "the Red Sox
// re-signed Mike Lowell to a three-year, $37.5 million contract". Two
// outlets' sentences of one group may tell two such figures of two
// people, and the figures differ because they are two people's, not
// because the outlets disagree. So two figures that disagree are no
// conflict when each follows a name (its subject), the two names differ,
// and neither sentence names the other's. A name told as a source is no
// subject: "Police chief Mara Quill said 12 people were hurt" and "Mayor
// Dale Osgood said 18" disagree about one count, and so do "according to
// Mara Quill, 12" and "according to Dale Osgood, 18".

// subject returns the last name of m's sentence before m, if no word of
// speech stands between them.
func (sn *sentenceNames) subject(r *Report, m mentionAt) heldBy {
	text := r.Articles[m.article].Text
	var last fact.Mention
	found := false
	for _, n := range sn.of(SentenceRef{m.article, m.sentence}) {
		if n.End > m.Start {
			break
		}
		last, found = n.Mention, true
	}
	if !found {
		return heldBy{}
	}
	for _, w := range strings.Fields(text[last.End:m.Start]) {
		if speechWords[strings.ToLower(strings.Trim(w, ",."))] {
			return heldBy{}
		}
	}
	if strings.ContainsAny(text[last.End:m.Start], ";:\"“”") ||
		strings.HasSuffix(strings.ToLower(strings.TrimRight(text[max(0, last.Start-16):last.Start], " ")), "according to") {
		return heldBy{} // "According to Mara Quill, 12 people"
	}
	return heldBy{last, true}
}

// speechWords tell that a name before a figure is its source.
var speechWords = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"according": true, "reported": true, "reports": true, "announced": true, "estimated": true,
	"estimates": true, "confirmed": true, "stated": true, "claimed": true, "claims": true, "added": true}

// twoSubjects reports whether a and b follow two different names, neither
// sentence naming the other's. Asked of conflicts only, which are few.
func (sn *sentenceNames) twoSubjects(r *Report, a, b mentionAt) bool {
	sa, sb := sn.subject(r, a), sn.subject(r, b)
	return sa.ok && sb.ok && !fact.SameName(sa.name, sb.name) && !sn.nameIn(b, sa.name) && !sn.nameIn(a, sb.name)
}
