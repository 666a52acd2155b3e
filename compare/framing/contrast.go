package framing

// Contrast compares the markers of two sentences that report the same fact
// and returns those each has that the other lacks, in their given order. Two
// markers match when they have the same Kind and Lemma, so tense and case do
// not count ("said" matches "says") while the choice of word does ("said"
// against "claimed" puts one marker in each list). Repeats are counted: a
// sentence with "very" twice against one with it once keeps one "very".
func Contrast(a, b []Marker) (onlyA, onlyB []Marker) {
	return missing(a, b), missing(b, a)
}

// missing returns the markers of a that b does not match, one for one.
func missing(a, b []Marker) []Marker {
	have := make(map[markerKey]int, len(b))
	for _, m := range b {
		have[keyOf(m)]++
	}
	var out []Marker
	for _, m := range a {
		k := keyOf(m)
		if have[k] > 0 {
			have[k]--
			continue
		}
		out = append(out, m)
	}
	return out
}

type markerKey struct {
	kind  Kind
	lemma string
}

// keyOf identifies a marker for Contrast; markers built by hand without a
// Lemma fall back to their text.
func keyOf(m Marker) markerKey {
	lemma := m.Lemma
	if lemma == "" {
		lemma = normalise(m.Text)
	}
	return markerKey{m.Kind, lemma}
}
