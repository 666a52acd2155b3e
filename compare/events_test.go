package compare

import (
	"testing"

	"github.com/storydiff/storydiff/compare/align"
)

// eventArticles are two articles on one event (a singer's stay in a
// clinic), led by headlines in different words, and two on a look-alike
// event (another singer, another clinic).
var eventArticles = []string{
	"Mara Quill checks into Lakeview clinic after exhaustion scare|The singer was admitted on Friday, her manager Tom Reyes said.|Quill cancelled three concerts in Denver last week.|Reyes asked fans to respect her privacy.",
	"Pop star Mara Quill seeks treatment, axes three Denver shows|Mara Quill was admitted to the Lakeview clinic on Friday, manager Tom Reyes said.|The singer had cancelled three concerts in Denver last week.|Reyes asked fans to respect her privacy.",
	"Lena Voss checks into Pinegrove clinic for a month|Voss, 41, will spend a month at a clinic in Pinegrove, her agent Sam Ortiz said on Tuesday.|She had pulled out of two shows in Austin.|Her next album is due in May.",
	"Rock veteran Voss quits tour to seek help|Lena Voss is being treated in Pinegrove, agent Sam Ortiz said Tuesday.|The 41-year-old dropped two Austin shows this month.|A new album is still planned for May.",
}

// TestLeadsOfOneEventGroup: the headlines of the two articles on Quill's
// stay share one name and name different places, too little to link on
// their own, but their articles report the same facts, so the headlines
// group. The look-alike event's first headline shares as much with
// Quill's ("checks into ... clinic"): it joined Quill's headlines when the
// rule was not limited to one event, and must not.
func TestLeadsOfOneEventGroup(t *testing.T) {
	r := Compare(docs(eventArticles...), Options{})
	quill := groupOf(r, 0, 0)
	if quill == "" || quill != groupOf(r, 1, 0) {
		t.Errorf("the headlines on Quill's stay are not one group: %q, %q", quill, groupOf(r, 1, 0))
	}
	for _, a := range []int{2, 3} {
		if g := groupOf(r, a, 0); g != "" && (g == groupOf(r, 0, 0) || g == groupOf(r, 1, 0)) {
			t.Errorf("article %d's headline, on another singer, is in group %s with Quill's", a, g)
		}
	}
	// Without the rule the two headlines stay apart: the case needs it.
	off := Compare(docs(eventArticles...), Options{align: align.Options{EventLeadMass: 1, LeadCover: 1, LeadMajority: 1}})
	if g := groupOf(off, 0, 0); g != "" && g == groupOf(off, 1, 0) {
		t.Errorf("the headlines group without the rule for leads of one event; the case tests nothing")
	}
}

// quakeArticles are two articles on an earthquake in Chile and two on a
// look-alike one in Peru; the first headline of each pair is worded the
// same but for the country.
var quakeArticles = []string{
	"Strong earthquake of magnitude 6.1 strikes northern Chile|A magnitude 6.1 earthquake shook the Atacama region of Chile on Sunday, the geological survey said.|Buildings swayed in Copiapo and power was cut to 20,000 homes.|No deaths were reported in Copiapo.",
	"Quake rattles Copiapo, cuts power|The Atacama region of Chile was hit by a 6.1 magnitude earthquake on Sunday, according to the geological survey.|Power was cut to 20,000 homes in Copiapo as buildings swayed.|Officials in Copiapo reported no deaths.",
	"Strong earthquake of magnitude 6.1 strikes southern Peru|Two colonial churches in Arequipa lost their bell towers on Thursday when the ground shook for forty seconds.|A landslide blocked the road to Chivay, the police said.|Three people were injured near Arequipa.",
	"Arequipa churches damaged as tremor hits Peru|Peru's geophysical institute put the Thursday tremor near Arequipa at 6.1.|Three people were hurt near Arequipa and the road to Chivay was cut by a landslide.|Two churches lost their bell towers.",
}

// TestLookAlikeHeadlinesStayApart: the two "Strong earthquake of magnitude
// 6.1 strikes ..." headlines differ only in the country, and the model
// calls them the same fact; their articles form two events, and across
// events a name conflict holds even against the model.
func TestLookAlikeHeadlinesStayApart(t *testing.T) {
	r := Compare(docs(quakeArticles...), Options{})
	if g := groupOf(r, 0, 0); g != "" && g == groupOf(r, 2, 0) {
		t.Errorf("the Chile and Peru headlines share group %s", g)
	}
	// Without the rule they group: the case needs it.
	off := Compare(docs(quakeArticles...), Options{align: align.Options{ApartConflict: -1}})
	if g := groupOf(off, 0, 0); g == "" || g != groupOf(off, 2, 0) {
		t.Errorf("without apartConflict the look-alike headlines stay apart; the case tests nothing")
	}
}
