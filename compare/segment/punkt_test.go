package segment

import (
	"reflect"
	"testing"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"
)

// The generated tables are the library's training data: every abbreviation,
// collocation, sentence starter and orthographic flag. After upgrading
// github.com/neurosnap/sentences, run go generate ./compare/segment.
func TestPunktTableIsTheTrainingData(t *testing.T) {
	raw, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := sentences.LoadTraining(raw)
	if err != nil {
		t.Fatal(err)
	}
	got := punktModel()
	for name, pair := range map[string][2]sentences.SetString{
		"AbbrevTypes":  {got.AbbrevTypes, want.AbbrevTypes},
		"Collocations": {got.Collocations, want.Collocations},
		"SentStarters": {got.SentStarters, want.SentStarters},
		"OrthoContext": {got.OrthoContext, want.OrthoContext},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s: %d entries from the table, %d in the training data; run go generate ./compare/segment", name, len(pair[0]), len(pair[1]))
		}
	}
}

func BenchmarkPunktModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		punktModel()
	}
}
