package segment

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// Furniture a browser paste brings along is no sentence of the story, and
// a sentence of the story that opens with the same words stays one. Each
// line is the second paragraph of an article, after its lede.
func TestPageFurniture(t *testing.T) {
	cases := []struct {
		line, role string
	}{
		// a meta line with a reading time
		{"Published 3 May 2019 · 6 min read", RoleBoilerplate},
		{"4 min read", RoleBoilerplate},
		{"Updated 9:12 AM | 5-minute read", RoleBoilerplate},
		{"Reading time: 4 minutes", RoleBoilerplate},
		{"Published reports said the port would close.", RoleBody},
		{"Published figures show exports fell 3% in May.", RoleBody},
		{"Read the rest in four minutes, the union told members.", RoleBody},
		// an editor's update note
		{"UPDATED 9:10 a.m. ET with police statement", RoleBoilerplate},
		{"Updated to include comment from the union", RoleBoilerplate},
		{"(Updates with closing prices)", RoleBoilerplate},
		{"(Adds comment from union in paragraph 4)", RoleBoilerplate},
		{"UPDATE:", RoleBoilerplate},
		{"Updated figures from the port show exports fell 3%.", RoleBody},
		{"Adds to the pressure on the board, the union said.", RoleBody},
		{"Update with the board was slow, the mayor said of the talks that ran until midnight on Monday.", RoleBody},
		// tags, section headings
		{"Tags: Port, Strike, Harbour", RoleBoilerplate},
		{"Topics: Shipping", RoleBoilerplate},
		{"More from Business:", RoleBoilerplate},
		{"Most read", RoleBoilerplate},
		{"Tags on the containers were checked by customs.", RoleBody},
		{"More from the minister later.", RoleBody},
		// links to videos
		{"Watch: The vote in full (2:05)", RoleBoilerplate},
		{"VIDEO: Dockworkers march on the port", RoleBoilerplate},
		{"Dockworkers march on the port (1:02:15)", RoleBoilerplate},
		{"[Video: Dockworkers march on the port (5/3/19) Watch on YouTube.]", RoleBoilerplate},
		{"Watch what happens when the cranes stop.", RoleBody},
		{"Watch: the union says it will strike again on Monday.", RoleBody},
		{"The strike began at 9:30 and ended at 11:45 (local time).", RoleBody},
		// an archive's section labels
		{"ABSTRACT.", RoleBoilerplate},
		{"FULL TEXT.", RoleBoilerplate},
		{"LETTERS:", RoleBoilerplate},
		{"HARBOUR STRIKE ENDS.", RoleBody},
		// a summary box's label
		{"Key points", RoleBoilerplate},
		{"Story highlights:", RoleBoilerplate},
		{"What we know so far", RoleBoilerplate},
		{"Key points of the deal were agreed on Monday.", RoleBody},
		{"What we know is that the port will close.", RoleBody},
		{"No.", RoleBody},
		// a site's navigation
		{"Site Mobile Navigation", RoleBoilerplate},
		{"Main menu", RoleBoilerplate},
		{"Toggle navigation", RoleBoilerplate},
		{"Skip to main content", RoleBoilerplate},
		{"Menu", RoleBoilerplate},
		{"Navigation systems failed on the ferry.", RoleBody},
		{"The menu changed on Monday.", RoleBody},
		{"Skip to the vote, the chairman said.", RoleBody},
		// a sign-off pointing to a web address
		{"Follow the strike on our live blog at live.harborherald.com/strike.", RoleBoilerplate},
		{"Follow harbour news at www.harborherald.co.uk", RoleBoilerplate},
		{"Follow the money at harborherald.com, the union told members.", RoleBody},
		{"Follow-up talks at harborherald.com were cancelled on Monday.", RoleBody},
		{"Follow the guidance at harborherald.com on ferry times, then check the board at the gate.", RoleBody},
		// share buttons
		{"Copy link", RoleBoilerplate},
		{"Copy the link was all she said.", RoleBody},
		{"Share: Facebook · Twitter · Copy link", RoleBoilerplate},
		{"Share: WhatsApp, LinkedIn, Email", RoleBoilerplate},
		{"Facebook Twitter Pinterest Email", RoleBoilerplate},
		{"Tweet · Share · Email", RoleBoilerplate},
		{"Share article", RoleBoilerplate},
		{"Share on Facebook Share on Twitter Share via Email", RoleBoilerplate},
		{"Share the link with your union branch.", RoleBody},
		{"Share", RoleBoilerplate},
		{"Shares in the port operator rose 5% on Monday.", RoleBody},
		{"Share prices fell after the strike.", RoleBody},
		{"Share the load, the union told members.", RoleBody},
		{"Facebook and Twitter removed the posts.", RoleBody},
		{"Facebook and Twitter", RoleBody},
		// an audio player
		{"Listen to this article", RoleBoilerplate},
		{"Listen to this story · 4 min", RoleBoilerplate},
		{"Listen (5:32)", RoleBoilerplate},
		{"Listen to this article 00:00 / 04:32", RoleBoilerplate},
		{"Listen · 4:32 min", RoleBoilerplate},
		{"Listen to this story: 4 min.", RoleBoilerplate},
		{"Listen, the port will reopen, he said.", RoleBody},
		{"Listen to this story, the union told members.", RoleBody},
		{"Listen to the families, the mayor said.", RoleBody},
		// a prompt to comment
		{"Have your say: tell us your views in the comments below.", RoleBoilerplate},
		{"Sound off in the comments below!", RoleBoilerplate},
		{"Tell us what you think in the comments.", RoleBoilerplate},
		{"Have your say", RoleBoilerplate},
		{"In the comments section of its site, readers debated the closure.", RoleBody},
		{"Readers left 300 comments below the article on the port's site.", RoleBody},
		{"The mayor repeated the comments to the council on Tuesday.", RoleBody},
		{"Have your say at the council's consultation before June 5.", RoleBody},
		{"In the comments, US officials said the port would reopen.", RoleBody},
		{"The mayor responded to the comments, saying you cannot close a library.", RoleBody},
		{"Let us know in the comments section.", RoleBoilerplate},
		{"\"Tell us in the comments below,\" the union wrote to members.", RoleBody},
		// news about comment sections: a subject of its own, reporting
		{"The council said it had shut the comments section below its consultation page after a wave of abuse.", RoleBody},
		{"Fans left thousands of replies in the comments below the striker's post, calling the transfer a betrayal.", RoleBody},
		{"It closed the comments below every article on Friday.", RoleBody},
		{"Head teachers discussed the comments below the consultation with parents.", RoleBody},
		{"Moderators removed 200 posts from the comments section below the video.", RoleBody},
		{"You can read what parents told us in the comments section, the head teacher wrote.", RoleBody},
		{"We told you in the comments below that the vote was on Tuesday, the paper said.", RoleBody},
		// prompts, addressed to the reader
		{"Leave your thoughts in the comments section below.", RoleBoilerplate},
		{"Weigh in with your views in the comments below.", RoleBoilerplate},
		{"Please share your views in the comments below.", RoleBoilerplate},
		{"Your thoughts in the comments below, please.", RoleBoilerplate},
		{"We want to hear from you in the comments below.", RoleBoilerplate},
		{"If you were affected, tell us in the comments.", RoleBoilerplate},
		// captions: a screen reader's marker, a credit at the line's end, a
		// credit alone, an agency in brackets
		{"Image caption The port's cranes stood idle", RoleCaption},
		{"Media caption Dockworkers explain why they walked out", RoleCaption},
		{"Harbour cranes idle on Monday Credit: Ines Moravec", RoleCaption},
		{"Harbour cranes idle on Monday Photo: Ines Moravec/Harbor Herald", RoleCaption},
		{"Moravec/Harbor Herald.", RoleCaption},
		{"Cranes stand idle on Monday. (Reuters)", RoleCaption},
		{"The board gave credit: the union had won the vote.", RoleBody},
		{"Police released the photo: Jane Doe, 34, is wanted.", RoleBody},
		{"He was joined by Jane Doe/John Roe at the talks.", RoleBody},
		{"The image caption was wrong, the paper said.", RoleBody},
		{"BEIJING (Reuters) - China said on Monday it would buy more grain.", RoleBody},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			doc := plain("The port closed on Monday after a strike.\n\n" + c.line + "\n\nThe union met on Tuesday.")
			if got := roleOf(t, doc, c.line); got != c.role {
				t.Errorf("role %s, want %s", got, c.role)
			}
		})
	}
}

// Furniture above the story does not take the lede from it: the first
// sentence of the story does.
func TestFurnitureIsNoLede(t *testing.T) {
	for _, above := range []string{
		"Published 3 May 2019 · 6 min read",
		"UPDATED 9:10 a.m. ET with police statement",
		"Share: Facebook · Twitter · Copy link",
		"Listen to this article",
		"Site Mobile Navigation",
	} {
		doc := plain("Port strike ends\n\n" + above + "\n\nDockworkers ended their strike on Monday.\n\nThe union met on Tuesday.")
		if got := roleOf(t, doc, "Dockworkers ended their strike on Monday."); got != RoleLede {
			t.Errorf("below %q: the story's first sentence is %s, want lede", above, got)
		}
	}
}

// Each item of a list is its own sentence, whatever the lengths of its
// lines; a dash that opens a wrapped line of prose opens no item.
func TestListItemsAreSentences(t *testing.T) {
	cases := []struct {
		para string
		want []string
	}{
		{"• Alibaba plans to add 1m small businesses\n• Trump praised Ma after the meeting\n• Shares rose 0.9%",
			[]string{"• Alibaba plans to add 1m small businesses", "• Trump praised Ma after the meeting", "• Shares rose 0.9%"}},
		{"- The port closes on Monday for good\n- Cranes stop\n- Union meets",
			[]string{"- The port closes on Monday for good", "- Cranes stop", "- Union meets"}},
		{"1. The port closes on Monday for good\n2. Cranes stop",
			[]string{"1. The port closes on Monday for good", "2. Cranes stop"}},
		{"The port, which the union had picketed since the first of May\n- as it said - closed.",
			[]string{"The port, which the union had picketed since the first of May\n- as it said - closed."}},
	}
	for _, c := range cases {
		got := texts(t, plain("The port closed.\n\n"+c.para))[1:]
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: sentences %q, want %q", c.para, got, c.want)
		}
	}
}

// A video story's headline under its label is the story's headline, in
// plain text and marked; the same line in the body is a link away.
func TestLabelledVideoHeadline(t *testing.T) {
	const head = "WATCH: Dockworkers march on the port"
	doc := plain(head + "\n\nDockworkers marched on the port on Monday.\n\n" + head + " (2:05)")
	if got := roleOf(t, doc, head); got != RoleHeadline {
		t.Errorf("plain text: the first line is %s, want headline", got)
	}
	if got := roleOf(t, doc, head+" (2:05)"); got != RoleBoilerplate {
		t.Errorf("the link below is %s, want boilerplate", got)
	}
	doc = plain(head + "\n\nDockworkers marched on the port on Monday.\n\nThe union met on Tuesday.")
	doc.Paragraphs[0].Kind = ingest.KindHeadline
	if got := roleOf(t, doc, head); got != RoleHeadline {
		t.Errorf("marked: the headline is %s, want headline", got)
	}
}
