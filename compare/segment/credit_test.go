package segment

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var (
	creditEndRe = regexp.MustCompile(`(?:` + creditPattern + `)$`)
	creditRe    = regexp.MustCompile(`^(?:` + creditPattern + `)$`)
)

// checkCredit compares the hand matcher with the regular expression.
func checkCredit(t *testing.T, s string) {
	t.Helper()
	if got, want := endsWithCredit(s), creditEndRe.MatchString(s); got != want {
		t.Errorf("endsWithCredit(%q) = %v, the pattern says %v", s, got, want)
	}
	if got, want := isCredit(s), creditRe.MatchString(s); got != want {
		t.Errorf("isCredit(%q) = %v, the pattern says %v", s, got, want)
	}
}

// The hand matcher agrees with the pattern it replaces: on credits, near
// misses at every length bound, random strings of the pattern's pieces,
// and every line of the demo and the PolNeAR texts.
func TestCreditMatchesPattern(t *testing.T) {
	long := func(n int) string { return strings.Repeat("é", n) }
	cases := []string{
		"He arrived. (Drew Angerer/Getty Images)", "(Drew Angerer/Getty Images)", "(AP Photo/Evan Vucci)",
		"(Photo: Jane Doe/AP)", "(Photos: Jane Doe/AP)", "(PHOTO:   x/AP)", "(photo:x/AP)", "(Photo:/AP)",
		"(Getty Images)", "(Getty Imagesx)", "(xGetty Images)", "(_Getty Images)", "(Shutterstock)", "(Alamy Stock Photo)",
		"(a/b)", "(ab/cd)", "(ab/c/d)", "(ab/cd) more", "x (ab/cd))", "((ab/cd)", "(ab/cd", "ab/cd)", "()", ")", "(",
		"(" + long(60) + "/" + long(60) + ")", "(" + long(61) + "/ab)", "(ab/" + long(61) + ")",
		"(Photo: " + long(60) + "/ab)", "(Photo: " + long(61) + "/ab)", "(Photo:" + strings.Repeat(" ", 70) + "ab/cd)",
		"(Photo: " + strings.Repeat(" ", 59) + "a/cd)", "(Photo:" + strings.Repeat(" ", 61) + "a/cd)",
		"(" + long(60) + " Getty Images" + long(29) + ")", "(" + long(61) + " Getty Images)", "(Getty Images " + long(30) + ")",
		"(Getty Images " + long(29) + ")", "(" + long(59) + " Getty Images " + long(29) + ")",
		"(\xff\xfe/ab)", "(a\nb/cd)", "(photo credit: a/b)", "(Credits:ab/cd)", "(Pictureſ:ab/cd)",
	}
	for _, s := range cases {
		checkCredit(t, s)
	}
	pieces := []string{"(", ")", "/", " ", "Photo", "photos", ":", "s", "Getty Images", "AP Photo", "Alamy", "_", "x", "ab", "é", "\t", long(20), long(31)}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkCredit(t, b.String())
		checkCredit(t, "("+b.String()+")")
	}
	names, _ := filepath.Glob("../../../shared/eval/polnear/text/*.txt")
	demo, _ := filepath.Glob("../../testdata/demo/*.txt")
	for _, name := range append(demo, names...) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			checkCredit(t, strings.TrimSpace(line))
		}
	}
}

func FuzzCredit(f *testing.F) {
	for _, s := range []string{"(Drew Angerer/Getty Images)", "x (Photo: a b/AP)", "(Getty Images)"} {
		f.Add(s)
	}
	f.Fuzz(checkCredit)
}
