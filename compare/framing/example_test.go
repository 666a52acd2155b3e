package framing_test

import (
	"fmt"

	"github.com/storydiff/storydiff/compare/framing"
)

func ExampleMarkers() {
	for _, m := range framing.Markers("The minister reportedly slammed the “stunning” plan as a disaster, but didn’t resign.") {
		fmt.Printf("%-11s %-10q lemma=%s tone=%s valence=%.1f\n", m.Kind, m.Text, m.Lemma, m.Tone, m.Valence)
	}
	// Output:
	// hedge       "reportedly" lemma=reportedly tone= valence=0.0
	// attribution "slammed"  lemma=slam tone=emotive valence=0.0
	// intensifier "stunning" lemma=stunning tone= valence=0.0
	// loaded      "disaster" lemma=disaster tone=negative valence=-3.1
	// negation    "didn’t"   lemma=not tone= valence=0.0
}

func ExampleContrast() {
	onlyA, onlyB := framing.Contrast(
		framing.Markers("The mayor said the deal was fair."),
		framing.Markers("The mayor claimed the deal was fair."))
	fmt.Println(onlyA[0].Text, onlyA[0].Tone, "|", onlyB[0].Text, onlyB[0].Tone)
	// Output:
	// said neutral | claimed doubt
}
