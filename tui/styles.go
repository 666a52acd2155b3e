package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// textStyle names a style of article text. The order is the priority when
// spans overlap: a later style wins.
type textStyle int

const (
	tsPlain       textStyle = iota
	tsDim                   // captions and boilerplate
	tsUnique                // a sentence no other article carries
	tsHeadline              // headlines
	tsQuote                 // quoted words, shared by other articles
	tsQuoteStrong           // quoted words that are unique or a variant
	tsDiffDel               // words of the reference missing from a counterpart
	tsDiffIns               // words a counterpart adds to the reference
	// Framing markers of the focused group, by kind; each kind's second
	// style marks a word that frames the fact differently (Marker.Differs).
	tsFrame // a marker of a kind this version does not know
	tsFrameAttribution
	tsFrameAttributionDistinct
	tsFrameHedge
	tsFrameHedgeDistinct
	tsFrameIntensifier
	tsFrameIntensifierDistinct
	tsFrameLoaded
	tsFrameLoadedDistinct
	tsFrameNegation
	tsFrameNegationDistinct
	tsQuoteAt  // the current item's quoted words, when the item is a quote
	tsConflict // a fact that disagrees with another article
	tsSearch   // a search hit
	tsSearchAt // the current search hit, the one n and N moved to
	numTextStyles
)

// Styles is every style the interface draws with. Only foreground,
// background, bold and reverse are used: underline and strikethrough are
// written per character and bloat every frame.
type Styles struct {
	Text [numTextStyles]lipgloss.Style

	// Gutter marks: the meaning of a sentence without colour.
	MarkShared, MarkRelated, MarkUnique, MarkOther lipgloss.Style
	MarkQuote, MarkQuoteStrong, MarkConflict       lipgloss.Style
	FocusBar                                       lipgloss.Style
	// Review marks.
	MarkReviewed, MarkFlagged, MarkNote lipgloss.Style
	MarkCorrected                       lipgloss.Style // a sentence the editor's correction moved

	Separator lipgloss.Style // between panes
	Label     lipgloss.Style // an article's label in its pane header
	LabelOn   lipgloss.Style // the focused pane's label
	Title     lipgloss.Style
	Byline    lipgloss.Style
	Rule      lipgloss.Style

	Status       lipgloss.Style // the status bar
	StatusAccent lipgloss.Style // the view and item kind in it
	Heading      lipgloss.Style // section headings in the inspector, overview, help
	Subtle       lipgloss.Style
	Selected     lipgloss.Style // the cursor row of the overview
	Error        lipgloss.Style
	Spinner      lipgloss.Style

	Help help.Styles
}

// DefaultStyles returns the styles for a dark or a light background.
func DefaultStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) lipgloss.Style {
		return lipgloss.NewStyle().Foreground(ld(lipgloss.Color(light), lipgloss.Color(dark)))
	}
	shared := c("#005F87", "#5FAFD7")
	related := c("#5F00AF", "#AF87D7")
	unique := c("#875F00", "#D7AF5F")
	quote := c("#005F00", "#87D787")
	conflict := c("#AF0000", "#FF5F5F")
	dim := c("#8A8A8A", "#6C6C6C")

	var s Styles
	s.Text[tsPlain] = lipgloss.NewStyle()
	s.Text[tsDim] = dim
	s.Text[tsUnique] = unique
	s.Text[tsHeadline] = lipgloss.NewStyle().Bold(true)
	s.Text[tsQuote] = quote
	s.Text[tsQuoteStrong] = quote.Bold(true)
	s.Text[tsDiffDel] = c("#870000", "#FF8787").Bold(true)
	s.Text[tsDiffIns] = c("#005F5F", "#87D7AF").Bold(true)
	// Framing markers: bold in a colour per kind; reversed for a word that
	// frames the fact differently, so that framing stands out most.
	s.Text[tsFrame] = lipgloss.NewStyle().Bold(true)
	for i, fc := range [...][2]string{
		{"#005FD7", "#87AFFF"}, // attribution
		{"#5F5F00", "#D7D75F"}, // hedge
		{"#870087", "#FF87FF"}, // intensifier
		{"#AF5F00", "#FFAF5F"}, // loaded
		{"#005F87", "#5FD7D7"}, // negation
	} {
		ts := tsFrameAttribution + textStyle(2*i)
		s.Text[ts] = c(fc[0], fc[1]).Bold(true)
		s.Text[ts+1] = s.Text[ts].Reverse(true)
	}
	s.Text[tsConflict] = conflict.Bold(true).Reverse(true)
	// The current quote among the row's others: its words reversed, so n
	// from one quote to the next on a row shows where it went.
	s.Text[tsQuoteAt] = quote.Bold(true).Reverse(true)
	// Reverse and italic, never bold: without colour, framing words are
	// bold (reversed when they differ) and must look different.
	s.Text[tsSearch] = lipgloss.NewStyle().Reverse(true).Italic(true)
	// The current hit reversed on the focus bar's colour; without colour
	// the focus bar beside its sentence tells it from the others.
	s.Text[tsSearchAt] = c("#AF5F00", "#FFAF00").Reverse(true).Italic(true)

	s.MarkShared = shared
	s.MarkRelated = related
	s.MarkUnique = unique.Bold(true)
	s.MarkOther = dim
	s.MarkQuote = quote
	s.MarkQuoteStrong = quote.Bold(true)
	s.MarkConflict = conflict.Bold(true)
	s.FocusBar = c("#AF5F00", "#FFAF00").Bold(true)
	s.MarkReviewed = c("#005F00", "#87D787")
	s.MarkFlagged = c("#AF0000", "#FF5F5F").Bold(true)
	s.MarkNote = c("#005FD7", "#87AFFF").Bold(true)
	s.MarkCorrected = c("#AF5F00", "#FFAF00").Bold(true)

	s.Separator = dim
	s.Label = lipgloss.NewStyle().Bold(true)
	s.LabelOn = lipgloss.NewStyle().Bold(true).Reverse(true)
	s.Title = lipgloss.NewStyle()
	s.Byline = dim
	s.Rule = dim

	s.Status = lipgloss.NewStyle().Reverse(true)
	s.StatusAccent = lipgloss.NewStyle().Reverse(true).Bold(true)
	s.Heading = lipgloss.NewStyle().Bold(true)
	s.Subtle = dim
	s.Selected = lipgloss.NewStyle().Reverse(true)
	s.Error = conflict.Bold(true)
	s.Spinner = s.FocusBar
	s.Help = help.DefaultStyles(isDark)
	return s
}

// renderText draws s in a text style; plain text is returned as it is.
func (s *Styles) renderText(ts textStyle, text string) string {
	if ts <= tsPlain || ts >= numTextStyles {
		return text
	}
	return s.Text[ts].Render(text)
}
