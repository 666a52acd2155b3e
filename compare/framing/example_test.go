package framing_test

import (
	"fmt"

	"github.com/storydiff/storydiff/compare/framing"
)

func ExampleMarkers() {
	for _, m := range framing.Markers("The minister reportedly slammed the “stunning” plan as a disaster, but didn’t resign.") {
		fmt.Printf("%-11s %-12q lemma=%s tone=%s (%s)\n", m.Kind, m.Text, m.Lemma, m.Tone, m.Category)
	}
	// Output:
	// hedge       "reportedly" lemma=reportedly tone= (hedge)
	// attribution "slammed"    lemma=slam tone=emotive (emotive verb)
	// hedge       "“stunning”" lemma=stunning tone= (scare quotes)
	// loaded      "disaster"   lemma=disaster tone=negative (sentiment)
	// negation    "didn’t"     lemma=not tone= (negation)
}

func ExampleContrast() {
	onlyA, onlyB := framing.Contrast(
		framing.Markers("The mayor said the deal was fair."),
		framing.Markers("The mayor claimed the deal was fair."))
	fmt.Println(onlyA[0].Text, onlyA[0].Tone, "|", onlyB[0].Text, onlyB[0].Tone)
	// Output:
	// said neutral | claimed doubt
}
