package quote

// A place written "City, State," holds its commas inside it: "president
// of the Kansas City, Mo., branch", "Lee, of Dunmore, Vt., said". Read as
// ends of phrases, they cut a role at the city ("president of the Kansas
// City") or make the state a role of its own.

// stateAbbreviation reports whether w, in lower case, is the AP style
// abbreviation of a U.S. state or the District of Columbia, as a dateline
// or a place after a city writes it (the Associated Press Stylebook,
// "state names"). Two-letter postal codes are left out: "IN", "OR", "ME"
// are words. (A switch, not a word list: the lists' table is generated,
// and this one is read only here.)
func stateAbbreviation(w string) bool {
	switch w {
	case "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "kans.",
		"ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.",
		"n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "tex.", "vt.",
		"va.", "wash.", "w.va.", "wis.", "wyo.", "d.c.":
		return true
	}
	return false
}

// placeComma reports whether the comma at token k stands between a city
// and its state's abbreviation that another comma closes: the first comma
// of "Kansas City, Mo., branch".
func (d *doc) placeComma(k int) bool {
	if d.punct(k) != "," || k < 1 || k+2 >= len(d.toks) {
		return false
	}
	city, state := d.toks[k-1], d.toks[k+1]
	return city.word && city.upper && !city.quoted && state.word && state.upper && !state.quoted &&
		stateAbbreviation(d.word(k+1)) && d.punct(k+2) == ","
}

// placeClose reports whether the comma at token k closes a "City, State"
// place: the second comma of "Kansas City, Mo., branch".
func (d *doc) placeClose(k int) bool {
	return d.punct(k) == "," && d.placeComma(k-2)
}
