package fact

import "strings"

// A story of an attack counts its dead and its wounded, often of one noun:
// "shot three co-workers, killing two", "accused of killing two co-workers
// and critically injuring a third". Compared as one figure, "shot three
// co-workers" and "killed two co-workers" were a conflict of three against
// two. So a count keeps what befell those it counts (Mention.Fate), read
// from the verb before it or the participle after it.

// fateOf returns what befell those counted by the figure from token start
// to next: "killed" or "hurt"; "acted" for those who take part (see
// acts); or "". The verb before the count governs
// ("killed two co-workers", "the shooting deaths of two women"), else a
// participle after it, perhaps after a form of "be" ("10 people killed",
// "12 people were injured").
func (p *qparser) fateOf(start, next int) string {
	if k := start - 1; k >= 0 && p.toks[k].kind == tokWord {
		w := strings.ToLower(p.word(k))
		if f := fates[w]; f != "" {
			return f
		}
		if w == "of" && k > 0 && p.toks[k-1].kind == tokWord && strings.EqualFold(p.word(k-1), "deaths") {
			return "killed" // "the shooting deaths of two co-workers"
		}
	}
	passive := false
	for k, seen := next, 0; k < len(p.toks) && seen < 3 && p.toks[k].kind == tokWord && p.toks[k].gap != gapLine; k, seen = k+1, seen+1 {
		w := strings.ToLower(p.word(k))
		if f := fates[w]; f != "" && !strings.HasSuffix(w, "ing") {
			return f
		}
		if acts[w] && !passive {
			if p.fightForLife(k) {
				return "" // "two people fighting for their lives": the hurt, not those taking part
			}
			return "acted" // not "were attacked": those harmed
		}
		switch w {
		case "were", "was", "are", "is", "been", "be":
			passive = true
			continue
		case "have", "had", "has", "reported", "later", "who", "then":
			continue
		}
		return ""
	}
	return ""
}

// acts are the verbs, after a count, of those who take part in what the
// story tells: "about 100 youths hurled petrol bombs", "more than 100
// people joined a vigil". Such a count ("acted") is of those taking
// part, never of those the event harmed ("100 people were injured"): the
// two are different figures however near.
var acts = wordSet(`join joins joined joining gather gathers gathered gathering march marches marched
	marching rally rallies rallied rallying protest protests protested protesting riot riots rioted rioting
	clash clashes clashed clashing hurl hurls hurled hurling throw throws threw throwing attack attacks
	attacked attacking storm storms stormed storming attend attends attended attending demonstrate
	demonstrated demonstrating battle battled battling fight fights fought fighting converge converged
	converging assemble assembled assembling chant chanted chanting loot looted looting smash smashed
	smashing surround surrounded surrounding occupy occupied occupying ransack ransacked ransacking
	vandalize vandalized vandalise vandalised pelt pelted pelting rampage rampaged rampaging`)

// fightForLife reports whether the word at token k is a form of "fight"
// or "battle" that opens the casualty idiom "fighting for their lives"
// ("for his life", "for life"): those counted are gravely hurt, not
// taking part in a fight.
func (p *qparser) fightForLife(k int) bool {
	if !lifeFights[strings.ToLower(p.word(k))] {
		return false
	}
	j := k + 1
	if j >= len(p.toks) || p.toks[j].kind != tokWord || !strings.EqualFold(p.word(j), "for") {
		return false
	}
	for j++; j < len(p.toks) && j <= k+3 && p.toks[j].kind == tokWord; j++ {
		switch strings.ToLower(p.word(j)) {
		case "life", "lives":
			return true
		case "their", "his", "her", "its", "my", "our", "your":
			continue
		}
		return false
	}
	return false
}

// lifeFights are the forms of acts that "for their lives" makes a
// casualty's.
var lifeFights = wordSet(`fight fights fought fighting battle battles battled battling`)

// fates map the verbs of killing and wounding, in their forms before a
// count and as participles after it, to what befell those counted.
var fates = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(`kill kills killed killing murdered murdering slew slain dead died`) {
		m[w] = "killed"
	}
	for _, w := range strings.Fields(`shot shoot shoots shooting wounded wounding wounds injured injuring injures
		hurt hurting stabbed stabbing`) {
		m[w] = "hurt"
	}
	return m
}()
