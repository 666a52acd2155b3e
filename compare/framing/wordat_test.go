package framing

import "testing"

// match looks a word up once for its phrases and itself; wordAt, given
// that slot, must answer as word does, for listed words, their
// inflections, possessives and words the index does not hold.
func TestWordAtIsWord(t *testing.T) {
	ix := loadIndex()
	var keys []string
	for s := range ixEnds {
		k := ix.key(s)
		keys = append(keys, k, k+"s", k+"es", k+"ed", k+"ing", k+"'s", k+"ly", "un"+k)
	}
	keys = append(keys, "", "s", "'s", "zzzq", "said", "slammed", "slamming", "betrayals", "president's")
	for _, k := range keys {
		s, found := ix.find(k)
		wl, ww, wok := ix.word(k)
		gl, gw, gok := ix.wordAt(k, s, found)
		if wl != gl || ww != gw || wok != gok {
			t.Fatalf("%q: wordAt %q %+v %v, word %q %+v %v", k, gl, gw, gok, wl, ww, wok)
		}
	}
}
