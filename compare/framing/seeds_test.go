package framing

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedWant lists, per seed article, markers a reader of it would expect, as
// "kind:lemma"; they are checked only for the seed files present.
var seedWant = map[string][]string{
	"000_1a6e0eccfd6dcb22.txt": {
		"attribution:accuse", "attribution:say", "attribution:according to", "attribution:tweet",
		"loaded:tension", "loaded:steal", "loaded:fake", "loaded:hurt", "hedge:could", "negation:not",
	},
	"004_3a34f0d0acc71ae7.txt": {
		"attribution:tell", "attribution:say", "attribution:blame", "attribution:suggest",
		"loaded:confrontational", "loaded:slap in the face",
		"intensifier:major", "intensifier:nothing short of", "hedge:appear to",
	},
}

// TestSeedArticles runs Markers over the real articles in shared/seeds,
// paragraph by paragraph, checks the expected markers are found and no
// news-neutral word is called loaded, and logs every marker (go test -v).
func TestSeedArticles(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seed articles in ../../../shared/seeds; nothing to check")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("reading %s: %v", f, err)
		}
		found := map[string]bool{}
		for _, para := range strings.Split(string(raw), "\n") {
			ms := Markers(para)
			var line []string
			for _, m := range ms {
				found[string(m.Kind)+":"+m.Lemma] = true
				if m.Kind == Loaded && (newsNeutral[strings.ToLower(m.Text)] || newsNeutral[m.Lemma]) {
					t.Errorf("%s: news-neutral %q marked loaded", filepath.Base(f), m.Text)
				}
				// The misfires: a word inside a name, a compound, a
				// plain verb of the story.
				// Users' reports on the seed pair: "cracking down on fakes"
				// (counterfeits), ", suggesting it hasn't done enough" (a
				// finding, not a speaker).
				if m.Kind == Loaded && (m.Text == "Notorious" || m.Lemma == "approved" || m.Lemma == "fight" || m.Lemma == "hand" || m.Text == "fakes") ||
					m.Kind == Attribution && m.Text == "suggesting" {
					t.Errorf("%s: %q marked loaded", filepath.Base(f), m.Text)
				}
				d := fmt.Sprintf("%s:%s", m.Kind, m.Text)
				if m.Tone != "" {
					d += "/" + m.Tone
				}
				line = append(line, d)
			}
			if len(line) > 0 {
				t.Logf("%s: %.50q\n\t%s", filepath.Base(f), para, strings.Join(line, " "))
			}
		}
		for _, w := range seedWant[filepath.Base(f)] {
			if !found[w] {
				t.Errorf("%s: no %s marker", filepath.Base(f), w)
			}
		}
	}
}
