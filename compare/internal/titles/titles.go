// Package titles lists the nouns that, beside a title in quotation marks,
// say it names a work ("the film 'Moon'", "'Hunger Games' Sequel") or its
// makers ("'Moon' director"). The quote ledger drops such titles and
// framing marks them as no scare quote: one list keeps the two agreeing.
package titles

import "strings"

// Works are works with titles.
const Works = `book books novel novels memoir film films movie movies documentary show
	series song songs album play musical opera poem essay sequel episode column painting
	biography bestseller report`

// Makers name who makes a work, written after its title.
const Makers = "author director star creator producer writer actor actress cast composer"

// IsMaker reports whether w is one of Makers.
func IsMaker(w string) bool { return makers[w] }

var makers = set(Makers)

// Set returns the words of lists as a set.
func Set(lists ...string) map[string]bool { return set(lists...) }

func set(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}
