package fact

import "strings"

// bearings sets the Bearing of each distance followed by a compass
// direction and "of": "about 20 miles north of Orlin" is "north",
// "48km (30 miles) east of Velm" "east" (a restatement in brackets is
// passed over). The place after "of" is not read: outlets name one place
// many ways ("south of Velm", "south of the capital").
func bearings(text string, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != "count" || !isDistance(m.Unit) {
			continue
		}
		rest := text[m.End:]
		if t := strings.TrimLeft(rest, " "); strings.HasPrefix(t, "(") {
			if k := strings.IndexByte(t, ')'); k > 0 && k < 40 {
				rest = t[k+1:] // "48km (30 miles) south-east of"
			}
		}
		w := strings.Fields(rest)
		if len(w) < 3 || !strings.EqualFold(w[1], "of") {
			continue
		}
		if dir := strings.ReplaceAll(strings.ToLower(w[0]), "-", ""); compass[dir] {
			m.Bearing = dir
		}
	}
}

// bearingsApart reports whether two bearings share no point of the
// compass: "northwest" and "east" place two things; "north" and
// "northeast" may be one place told loosely.
func bearingsApart(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	for _, p := range []string{"north", "south", "east", "west"} {
		if strings.Contains(a, p) && strings.Contains(b, p) {
			return false
		}
	}
	return true
}

// isDistance reports whether a count's unit is a length.
func isDistance(unit string) bool {
	switch measure(unit) {
	case "mile", "kilometre", "metre", "foot", "yard":
		return true
	}
	return strings.HasSuffix(unit, "mile") // "nautical mile"
}

var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true}
