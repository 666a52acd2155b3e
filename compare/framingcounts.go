package compare

import (
	"fmt"
	"strings"

	"github.com/storydiff/storydiff/compare/framing"
)

// framingCountOrder is the order FramingCounts names the kinds in: the
// outlet's loaded words, its verbs of attribution by tone, then hedges,
// intensifiers and negations. A plain "said" is not counted.
var framingCountOrder = []struct{ key, name string }{
	{string(framing.Loaded), "loaded"},
	{string(framing.Attribution) + "/" + framing.ToneDoubt, "doubt verbs"},
	{string(framing.Attribution) + "/" + framing.ToneConcession, "concession verbs"},
	{string(framing.Attribution) + "/" + framing.ToneEmotive, "emotive verbs"},
	{string(framing.Attribution) + "/" + framing.ToneAssertion, "assertion verbs"},
	{string(framing.Hedge), "hedges"},
	{string(framing.Intensifier), "intensifiers"},
	{string(framing.Negation), "negations"},
}

// FramingCounts words the summary's framing counts for a reader, as the
// overview and the text report give them: the kinds the article uses, in
// one fixed order, each once, and none it does not use ("loaded 3 (2+,
// 1−), doubt verbs 1, hedges 2"); "none" when it uses none. Every
// article's line reads the same way, whatever it counts.
func (s Summary) FramingCounts() string {
	var parts []string
	for _, k := range framingCountOrder {
		n := s.Framing[k.key]
		if n == 0 {
			continue
		}
		p := fmt.Sprintf("%s %d", k.name, n)
		if k.key == string(framing.Loaded) {
			var tones []string
			if pos := s.Framing[k.key+"/"+framing.TonePositive]; pos > 0 {
				tones = append(tones, fmt.Sprintf("%d+", pos))
			}
			if neg := s.Framing[k.key+"/"+framing.ToneNegative]; neg > 0 {
				tones = append(tones, fmt.Sprintf("%d−", neg))
			}
			if len(tones) > 0 {
				p += " (" + strings.Join(tones, ", ") + ")"
			}
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}
