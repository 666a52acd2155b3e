// Package ingest turns the bytes of an article (plain text, Markdown or a
// saved HTML page) into a Document: clean, safe paragraphs plus whatever
// metadata the format carries. It is pure: it never touches the file system
// or the network; callers hand it bytes.
package ingest

// Kind is what the structure of the source says about a paragraph. It is a
// hint: sentence roles are decided later, with more evidence.
type Kind string

const (
	KindParagraph Kind = "paragraph"
	KindHeadline  Kind = "headline" // a Markdown heading, an HTML title, a plain-text title line
	KindCaption   Kind = "caption"  // an HTML figcaption or similar
	KindByline    Kind = "byline"   // "By Jane Doe" and the like
	// KindLabel is the label of a list of links left out as furniture
	// ("Follow us on:", "You might also like:", "Related"): boilerplate.
	KindLabel Kind = "label"
)

// Paragraph is one block of text. Text never contains a control character
// other than '\n' (a line break inside the paragraph) and '\t'.
type Paragraph struct {
	Text string
	Kind Kind
}

// Document is an article after ingest.
type Document struct {
	Label  string // what the user sees as the article's name; set by the caller or from Site
	Source string // the path, URL or "-" it came from
	Format string // "text", "markdown" or "html"

	Title  string
	Byline string
	Site   string
	Date   string // as found on the page; empty when unknown

	Paragraphs []Paragraph

	// LeftOut counts the page furniture left out of Paragraphs, so that a
	// reader can say that something was.
	LeftOut LeftOut
}

// LeftOut counts what ingest left out of an article as page furniture
// rather than story. Only what had words is counted: an empty box is no
// material.
type LeftOut struct {
	// LinkLists are lists whose items are each only a link to a title
	// (related stories, social links), with their labels.
	LinkLists int
	// Asides are HTML <aside> elements and role="complementary" boxes
	// inside the article: fact boxes, pull-outs, promotions.
	Asides int
}

// Any reports whether anything was left out.
func (l LeftOut) Any() bool { return l.LinkLists > 0 || l.Asides > 0 }
