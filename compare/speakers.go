package compare

import (
	"strings"

	"github.com/storydiff/storydiff/compare/align"
)

// sentenceSpeakers tells alignment who each sentence quotes (align's
// speakers.go): the speaker of the ledger's quotes over it, "" when they
// have none or several, with the roles the article gives that speaker.
// A retelling of a group's fact is judged with it: one person's words are
// no retelling of another's.
func sentenceSpeakers(r *Report, qi quoteIndex) [][]align.Speaker {
	if len(qi.out) == 0 {
		return nil
	}
	n := 0
	for _, a := range r.Articles {
		n += len(a.Sentences)
	}
	all, several := make([]align.Speaker, n), make([]bool, n) // one backing array each
	out := make([][]align.Speaker, len(r.Articles))
	from := make([]int, len(r.Articles))
	n = 0
	for ai, a := range r.Articles {
		out[ai], from[ai] = all[n:n+len(a.Sentences):n+len(a.Sentences)], n
		n += len(a.Sentences)
	}
	type spoken struct {
		article int
		speaker string
	}
	var roles map[spoken][]string
	for _, q := range qi.out {
		if q.Speaker == "" {
			continue
		}
		if role := roleWords(q.Role); role != "" {
			if roles == nil {
				roles = map[spoken][]string{}
			}
			k := spoken{q.Article, q.Speaker}
			roles[k] = append(roles[k], role)
		}
		for _, si := range quoteSentences(r.Articles[q.Article], q) {
			s := &out[q.Article][si]
			switch {
			case several[from[q.Article]+si]:
			case s.Name == "":
				s.Name = q.Speaker
			case s.Name != q.Speaker:
				s.Name, several[from[q.Article]+si] = "", true
			}
		}
	}
	for ai := range out {
		for si := range out[ai] {
			if s := &out[ai][si]; s.Name != "" {
				s.Calls = roles[spoken{ai, s.Name}]
			}
		}
	}
	return out
}

// roleWords returns a role as the words an article would call the person
// by: "the president" is "president" (align matches them word by word,
// whatever the case and punctuation).
func roleWords(role string) string {
	role = strings.TrimSpace(role)
	for _, article := range []string{"the ", "a ", "an "} {
		if len(role) > len(article) && strings.EqualFold(role[:len(article)], article) {
			role = strings.TrimSpace(role[len(article):])
			break
		}
	}
	return role
}
