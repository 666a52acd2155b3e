package ingest

import (
	"strings"
	"testing"
)

func TestParseText(t *testing.T) {
	in := "Harbour bridge to close for repairs\n\nBy Jane Doe, Staff Writer\n\n" +
		"The bridge will close in April,\nthe council said.\n\n\n  \t\n" +
		"Column\tone\tand two.   \n\nLast paragraph.\n"
	doc, err := Parse("bridge.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Paragraph{
		{"Harbour bridge to close for repairs", KindHeadline},
		{"By Jane Doe, Staff Writer", KindByline},
		{"The bridge will close in April,\nthe council said.", KindParagraph},
		{"Column\tone\tand two.", KindParagraph},
		{"Last paragraph.", KindParagraph},
	}
	if len(doc.Paragraphs) != len(want) {
		t.Fatalf("paragraphs = %q, want %d", doc.Paragraphs, len(want))
	}
	for i, p := range doc.Paragraphs {
		if p != want[i] {
			t.Errorf("paragraph %d = %+v, want %+v", i, p, want[i])
		}
	}
	if doc.Title != "Harbour bridge to close for repairs" || doc.Byline != "Jane Doe" {
		t.Errorf("title %q byline %q", doc.Title, doc.Byline)
	}
	if doc.Format != FormatText || doc.Source != "bridge.txt" {
		t.Errorf("format %q source %q", doc.Format, doc.Source)
	}
}

func TestParseTextTitle(t *testing.T) {
	tests := []struct {
		name, in string
		title    string
	}{
		{"short line then blank", "Bridge to close\n\nBody text.", "Bridge to close"},
		{"question headline", "Will the bridge close?\n\nBody text.", "Will the bridge close?"},
		{"sentence with period", "The bridge will close.\n\nBody text.", ""},
		{"two-line first paragraph", "Bridge to close\nfor six weeks\n\nBody.", ""},
		{"only paragraph", "Bridge to close", ""},
		{"ends with colon", "Update:\n\nBody text.", ""},
		{"too long", strings.Repeat("word ", 40) + "end\n\nBody.", ""},
		{"byline is not a title", "By Jane Doe\n\nBody text.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("a.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title {
				t.Errorf("title = %q, want %q", doc.Title, tt.title)
			}
			if isHead := doc.Paragraphs[0].Kind == KindHeadline; isHead != (tt.title != "") {
				t.Errorf("first paragraph kind = %s", doc.Paragraphs[0].Kind)
			}
		})
	}
}

func TestBylineName(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"By Jane Doe", "Jane Doe"},
		{"By Jane Doe, Staff Writer", "Jane Doe"},
		{"By Jane Doe and John Roe | The Harbour Herald", "Jane Doe and John Roe"},
		{"BY JANE DOE", "JANE DOE"},
		{"By: María José García", "María José García"},
		{"by Patrick O'Neil-Smith — Dublin", "Patrick O'Neil-Smith"},
		{"By Ludwig van Beethoven", "Ludwig van Beethoven"},
		{"Written by J. R. Hartley", "J. R. Hartley"},
		{"By Sam Lee Jr.", "Sam Lee Jr."},
		{"By Reuters", "Reuters"},
		{"By the time the council met, the vote was over.", ""},
		{"By Tuesday the bridge had closed", ""},
		{"By Jane Doe.\nSecond line", ""},
		{"By 2025 the bridge will be gone", ""},
		{"Bystanders Said Nothing", ""},
		{"By and large", ""},
		{"By Jane Doe, who has covered the harbour for the paper since the first bridge was built in the old days", ""},
		{"Byline", ""},
		{"By", ""},
		{"By ", ""},
	}
	for _, tt := range tests {
		got, ok := bylineName(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("bylineName(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// TestParseTextControls runs each control class through Parse: the text
// around it must survive and the control must become visible. A bare CR is
// a line break (the newline rule runs first), so it cannot rewind a line.
func TestParseTextControls(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ESC [ 2 J", "Mayor\x1b[2J resigns", "Mayor␛[2J resigns"},
		{"OSC 52", "copy\x1b]52;c;cm0gLXJm\x07 this", "copy␛]52;c;cm0gLXJm␇ this"},
		{"OSC 8", "a \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ b", "a ␛]8;;https://evil.example␛\\link␛]8;;␛\\ b"},
		{"bare CR", "Official figure: 10\rOfficial figure: 99", "Official figure: 10\nOfficial figure: 99"},
		{"C1 CSI character", "x\u009b31my", "x⟨U+009B⟩31my"},
		{"raw 0x9B byte", "é x\x9b31my", "é x\uFFFD31my"}, // in UTF-8 text; alone, Windows-1252 reads it as "›"
		{"DEL", "x\x7fy", "x␡y"},
		{"bidi override", "cost \u202E0001$\u202C today", "cost ⟨U+202E⟩0001$⟨U+202C⟩ today"},
		{"bidi isolate and marks", "\u2067a\u2069\u200Eb\u200F\u061C", "⟨U+2067⟩a⟨U+2069⟩⟨U+200E⟩b⟨U+200F⟩⟨U+061C⟩"},
		{"zero width removed", "in\u200Bvisible\uFEFF", "invisible"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("c.txt", []byte("Body first.\n\n"+tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Paragraphs[len(doc.Paragraphs)-1].Text; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseSanitisesSource(t *testing.T) {
	doc, err := Parse("evil\x1b[2J\nname.txt", []byte("Text."))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != "evil␛[2J␊name.txt" {
		t.Errorf("source = %q", doc.Source)
	}
}
