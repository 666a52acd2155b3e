package compare

import "encoding/json"

// MarshalJSON writes a fact as docs/report.md describes it, leaving out
// value, low and high where a mention has none: names, and relative dates
// ("Monday") with no publication date to anchor them. They were zeros that
// meant nothing, and a sixth of the facts' bytes. Nor does it write a
// mention's words (version 3): they are the article's text[start:end].
func (f Fact) MarshalJSON() ([]byte, error) {
	out := factJSON{ID: f.ID, Kind: f.Kind, Status: f.Status, Mentions: make([]mentionJSON, len(f.Mentions))}
	for i, m := range f.Mentions {
		mj := mentionJSON{Article: m.Article, Sentence: m.Sentence, Start: m.Start, End: m.End, Unit: m.Unit}
		if !isName(f.Kind) && m.Unit != unanchoredUnit {
			mj.Value, mj.Low, mj.High = &f.Mentions[i].Value, &f.Mentions[i].Low, &f.Mentions[i].High
		}
		out.Mentions[i] = mj
	}
	return json.Marshal(out)
}

// unanchoredUnit is the unit of a relative date with no publication date.
const unanchoredUnit = "relative"

// factJSON and mentionJSON are Fact and FactMention as written.
type factJSON struct {
	ID       string        `json:"id"`
	Kind     string        `json:"kind"`
	Status   string        `json:"status"`
	Mentions []mentionJSON `json:"mentions"`
}

type mentionJSON struct {
	Article  int      `json:"article"`
	Sentence int      `json:"sentence"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Value    *float64 `json:"value,omitempty"`
	Low      *float64 `json:"low,omitempty"`
	High     *float64 `json:"high,omitempty"`
	Unit     string   `json:"unit"`
}
