package fact

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// nameOf returns the name mention whose Text is text.
func nameOf(t *testing.T, text, name string) Mention {
	t.Helper()
	return findText(t, Names(text), name)
}

func TestNamesKinds(t *testing.T) {
	tests := []struct {
		in, text, kind, unit string
		aliases              []string
	}{
		{"Alibaba chairman Jack Ma met with President-elect Donald Trump Monday.", "Jack Ma", "person", "Jack Ma", []string{"Ma"}},
		{"Alibaba chairman Jack Ma met with President-elect Donald Trump Monday.", "President-elect Donald Trump", "person", "Donald Trump", []string{"President-elect Donald Trump", "Trump"}},
		{"Alibaba chairman Jack Ma met with President-elect Donald Trump Monday.", "Alibaba", "org", "Alibaba", nil},
		{"Jack Ma, founder of Alibaba Group, met reporters.", "Alibaba Group", "org", "Alibaba Group", []string{"Alibaba"}},
		{"Jack Ma, founder of Alibaba Group, met reporters.", "Jack Ma", "person", "Jack Ma", []string{"Ma"}},
		{"It came after the Office of the U.S. Trade Representative acted.", "Office of the U.S. Trade Representative", "org", "Office of the U.S. Trade Representative", []string{"OUSTR"}},
		{"\"Our results speak,\" Alibaba Group President Michael Evans said.", "President Michael Evans", "person", "Michael Evans", []string{"President Michael Evans", "Evans"}},
		{"\"Our results speak,\" Alibaba Group President Michael Evans said.", "Alibaba Group", "org", "Alibaba Group", []string{"Alibaba"}},
		{"He met SoftBank Group chief executive officer Masayoshi Son.", "Masayoshi Son", "person", "Masayoshi Son", []string{"Son"}},
		{"Trump said in the lobby of the Trump Tower in New York.", "Trump Tower", "place", "Trump Tower", nil},
		{"Trump said in the lobby of the Trump Tower in New York.", "New York", "place", "New York", nil},
		{"It sells Pacific Northwest cherries and Washington State apples.", "Pacific Northwest", "place", "Pacific Northwest", nil},
		{"It sells Pacific Northwest cherries and Washington State apples.", "Washington State", "place", "Washington State", nil},
		{"It invested in a warehouse in Southern California.", "Southern California", "place", "Southern California", nil},
		{"It invested in Ruritania.", "Ruritania", "place", "Ruritania", nil},
		{"Several other companies -- from IBM to Ford -- have plans.", "IBM", "org", "IBM", nil},
		{"Sen. Elizabeth Warren met Mr. Smith.", "Sen. Elizabeth Warren", "person", "Elizabeth Warren", []string{"Sen. Elizabeth Warren", "Warren"}},
		{"Sen. Elizabeth Warren met Mr. Smith.", "Mr. Smith", "person", "Smith", []string{"Mr. Smith"}},
		{"A photo by Drew Angerer/Getty Images.", "Getty Images", "org", "Getty Images", []string{"GI"}},
		{"He works for the Federal Bureau of Investigation, the FBI.", "FBI", "org", "Federal Bureau of Investigation", []string{"FBI"}},
		{"AT&T would buy it.", "AT&T", "name", "AT&T", nil},
		{"George W. Bush spoke.", "George W. Bush", "person", "George W. Bush", []string{"Bush"}},
		{"the list of \"Notorious Markets\" that", "Notorious Markets", "name", "Notorious Markets", nil},
	}
	for _, tt := range tests {
		m := nameOf(t, tt.in, tt.text)
		if m.Kind != tt.kind || m.Unit != tt.unit || !slices.Equal(m.Aliases, tt.aliases) {
			t.Errorf("%q: %q = %s %q %q; want %s %q %q", tt.in, tt.text, m.Kind, m.Unit, m.Aliases, tt.kind, tt.unit, tt.aliases)
		}
	}
}

// TestNamesResolve: short forms take the canonical name found elsewhere in
// the same text, and an ambiguous surname stays as written.
func TestNamesResolve(t *testing.T) {
	in := "Alibaba Group's Jack Ma met Trump. Donald Trump praised Ma. Alibaba said the USTR, " +
		"the Office of the U.S. Trade Representative, was wrong."
	for text, unit := range map[string]string{"Ma": "Jack Ma", "Trump": "Donald Trump", "Alibaba": "Alibaba Group",
		"USTR": "Office of the U.S. Trade Representative"} {
		if m := nameOf(t, in, text); m.Unit != unit || !slices.Contains(m.Aliases, text) {
			t.Errorf("%q resolved to %q (aliases %q); want %q", text, m.Unit, m.Aliases, unit)
		}
	}
	if m := nameOf(t, "Ivanka Trump and Donald Trump arrived. Later Trump spoke.", "Trump"); m.Unit != "Trump" {
		t.Errorf("ambiguous Trump resolved to %q", m.Unit)
	}
}

// TestNamesSkipsOrdinaryWords: capitals that open a sentence, demonyms,
// weekdays and months are not names.
func TestNamesSkipsOrdinaryWords(t *testing.T) {
	in := "The meeting ended. Still, Trump spoke. In recent years, Chinese consumers bought more. " +
		"Unfortunately, it rained. \"Providing Chinese consumers with goods matters,\" he said. " +
		"Higher tariffs hurt. Given the mood, Trump left Monday in January. Follow me on Twitter. " +
		"What else? Jobs. That's created a cloud. Jack and I are going. American jobs and Alaskan seafood."
	got := texts(Names(in))
	want := []string{"Trump", "Trump", "Twitter"}
	if !slices.Equal(got, want) {
		t.Errorf("Names = %q; want %q", got, want)
	}
}

// A campaign named for the office it runs for keeps the office; a name
// never ends on "for" or "of".
func TestNamesCampaignForOffice(t *testing.T) {
	for in, want := range map[string]string{
		"Subpoenas went to the Halvorsen for Governor campaign and the party.": "Halvorsen for Governor",
		"Donors gave to Friends of Ana Ruiz for Senate last year.":             "Friends of Ana Ruiz for Senate",
		"A spokesman for Governor Tom Halvorsen said no.":                      "Governor Tom Halvorsen",
	} {
		got := texts(Names(in))
		if !slices.Contains(got, want) {
			t.Errorf("Names(%q) = %q; want %q among them", in, got, want)
		}
		for _, g := range got {
			if strings.HasSuffix(g, " for") || strings.HasSuffix(g, " of") {
				t.Errorf("Names(%q): %q ends on a connector", in, g)
			}
		}
	}
}

func TestNamesOffsets(t *testing.T) {
	in := "Reporters saw Trump speak with Alibaba’s Jack Ma — and Ma’s plans."
	for _, m := range Names(in) {
		if in[m.Start:m.End] != m.Text || strings.Contains(m.Text, "’") {
			t.Errorf("mention %q at [%d, %d): text %q", m.Text, m.Start, m.End, in[m.Start:m.End])
		}
	}
	if got := strings.Join(texts(Names(in)), "|"); got != "Trump|Alibaba|Jack Ma|Ma" {
		t.Errorf("Names = %s", got)
	}
}

// Scan, which tokenizes once, finds what Quantities and Names find.
func TestScanIsQuantitiesAndNames(t *testing.T) {
	text := "Alibaba Group President Michael Evans said on Monday that shares rose 0.9 per cent to $94.74, " +
		"about 480 people in New York. The U.S. Trade Representative, Robert Lighthizer, said 2,100 jobs would go."
	pub := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	q, n := Scan(text, pub)
	if !reflect.DeepEqual(q, Quantities(text, pub)) || !reflect.DeepEqual(n, Names(text)) {
		t.Errorf("Scan differs:\n%+v\n%+v", q, n)
	}
	if len(q) < 4 || len(n) < 4 {
		t.Errorf("found %d quantities and %d names in a text with more", len(q), len(n))
	}
}
