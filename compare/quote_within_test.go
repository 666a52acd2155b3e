package compare

import "testing"

// A headline's two words, or one word an outlet quotes, cut from a
// statement another outlet prints whole is that statement cut short, not a
// quote of its own; the same word from someone else is not. Each outlet's
// statement is matched once, not through every piece of it it prints.
func TestWordsCutFromAStatementAreTruncated(t *testing.T) {
	r := Compare(docs(
		"Ines Marlow: Levy Is 'Dead Wrong'|Ines Marlow said on Friday that she would fight the river levy.|\"I respect the council, but it is dead wrong on the river levy and the weavers know it,\" Marlow wrote.",
		"Guild treasurer attacks levy|Ines Marlow, the guild's treasurer, called the levy \"unworkable\" on Friday.|\"I respect the council, but it is dead wrong on the river levy and the weavers know it. The levy is unworkable and the workshops will close,\" Marlow wrote.|\"dead wrong\" was also how Tom Hale described the mayor's budget in March.",
		"Weavers fight levy|The treasurer of the weavers' guild, Ines Marlow, wrote to the council on Friday.|\"The levy is unworkable and the workshops will close,\" Marlow wrote.|Tom Hale, a councillor, called the plan \"unworkable\" too.",
	), Options{})
	head := quoteIn(t, r, 0, "Dead Wrong")
	if head.Status == "unique" {
		t.Errorf("the headline's %q is unique, though the second paper prints the sentence it is cut from\n%s", head.Text, ledger(r))
	}
	word := quoteIn(t, r, 1, "unworkable")
	if word.Status == "unique" {
		t.Errorf("%q is unique, though the third paper prints her sentence holding it\n%s", word.Text, ledger(r))
	}
	byID := map[string]Quote{}
	for _, q := range r.Quotes {
		byID[q.ID] = q
	}
	seen := map[int]int{}
	for _, m := range word.Matches {
		o := byID[m.Quote]
		if o.Speaker == "Tom Hale" {
			continue // the same word from him: other_speaker, as before
		}
		seen[o.Article]++
		if m.Relation != "truncated" || o.Speaker != "Ines Marlow" {
			t.Errorf("%q matches %s: %q (%s), want her sentence, truncated\n%s", word.Text, o.Speaker, o.Text, m.Relation, ledger(r))
		}
	}
	if seen[0] > 1 || seen[2] != 1 {
		t.Errorf("%q is matched %v times per article, want once in the third\n%s", word.Text, seen, ledger(r))
	}
	for _, q := range r.Quotes {
		for _, m := range q.Matches {
			if q.Speaker == "Tom Hale" && byID[m.Quote].Speaker != "Tom Hale" && !m.OtherSpeaker {
				t.Errorf("Tom Hale's %q matched to %q as his\n%s", q.Text, byID[m.Quote].Text, ledger(r))
			}
		}
	}
}

// An outlet that prints a statement with "…" where the other goes on, and
// one word more in the sentence both print, relates the two (overlapping):
// the shorter is no quote of its own.
func TestElidedStatementWithAWordMoreIsRelated(t *testing.T) {
	r := Compare(docs(
		"Treasurer apologises|Ines Marlow later apologised, writing \"I misjudged the harbor workers in a way I would never want to be judged myself. After many weeks of talks with the union I can see more clearly just how unfair my words were. ... I promise to listen and learn from this winter.\"",
		"Guild treasurer says sorry|\"After many weeks of talks with the union, I can see more clearly how unfair my words were. Please know that these feelings truly have no place in my work. Furthermore, I'd like to apologize to all of those I have hurt, and promise to listen and learn from this winter,\" Marlow wrote.",
	), Options{})
	q := quoteIn(t, r, 1, "After many weeks")
	if q.Status == "unique" || len(q.Matches) != 1 || q.Matches[0].Relation != "overlapping" {
		t.Errorf("the second paper's statement: %s %+v, want variant, overlapping\n%s", q.Status, q.Matches, ledger(r))
	}
}
