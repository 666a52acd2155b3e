package tui

import (
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// unrelated says, briefly and in full, when the articles look like
// different stories: no sentence of one reports what another does, or one
// article shares nothing with the others. Both are "" otherwise. The text
// report says the same under its facts.
func unrelated(rep *compare.Report) (short, full string) {
	if len(rep.Articles) < 2 {
		return "", ""
	}
	if len(rep.Groups) == 0 {
		return "no fact shared: are they on one story?",
			"No fact shared: no sentence of one article reports what another does (are they on one story?)"
	}
	var alone []string
	for _, a := range rep.Articles {
		if a.Summary.Shared+a.Summary.Related == 0 {
			alone = append(alone, a.Label)
		}
	}
	if len(alone) == 0 {
		return "", ""
	}
	who := strings.Join(alone, ", ")
	if len(alone) == 1 {
		return who + " shares no fact: on this story?",
			who + " shares no fact with the others: none of its sentences reports what another article does (is it on this story?)"
	}
	return who + " share no fact: on this story?",
		who + " share no fact with the others: none of their sentences reports what another article does (are they on this story?)"
}
