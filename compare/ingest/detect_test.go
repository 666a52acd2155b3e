package ingest

import "testing"

func TestDetectFormat(t *testing.T) {
	const prose = "The council met on Tuesday.\n\nIt voted to close the bridge.\n"
	tests := []struct {
		name, source, data, want string
	}{
		{"txt is text", "story.txt", prose, FormatText},
		{"md extension", "story.md", prose, FormatMarkdown},
		{"markdown extension, any case", "STORY.Markdown", prose, FormatMarkdown},
		{"html extension", "story.html", "<p>Hi</p>", FormatHTML},
		{"htm extension", "story.htm", "<p>Hi</p>", FormatHTML},
		{"html saved as txt", "story.txt", "\n  <!DOCTYPE html>\n<html><body><p>Hi</p></body></html>", FormatHTML},
		{"html tag without doctype", "story.txt", "<html lang=en><body>Hi</body></html>", FormatHTML},
		{"browser save comment first", "-", "<!-- saved from url=(0014)about:internet -->\r\n<html><body>Hi</body></html>", FormatHTML},
		{"xml declaration first", "-", "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"><html></html>", FormatHTML},
		{"html behind md extension", "story.md", "<!doctype html><html><body>Hi</body></html>", FormatHTML},
		{"header tag is not head", "-", "<header>Hi</header>", FormatText},
		{"url extension, query ignored", "https://news.example/a/story.html?utm=1#top", "<p>Hi</p>", FormatHTML},
		{"url without extension sniffed", "https://news.example/a/story", "# Bridge closes\n\nText.", FormatMarkdown},
		{"stdin with heading first", "-", "# Bridge to close\n\nThe council met.", FormatMarkdown},
		{"stdin with two headings", "-", "Intro line.\n\n## One\n\nText.\n\n## Two\n\nMore.", FormatMarkdown},
		{"heading plus link", "-", "Intro.\n\n## Detours\n\nSee [the map](https://x.example).", FormatMarkdown},
		{"two links", "-", "Read [this](https://a.example) and [that](https://b.example).", FormatMarkdown},
		{"fenced code", "-", "Intro.\n\n```\ncode\n```\n", FormatMarkdown},
		{"plain stdin prose", "-", prose, FormatText},
		{"stray hash and star stay text", "-", "Route #1 was closed.\n\nThe *only* detour\n# of cars rose.\n* not a list", FormatText},
		{"one heading mid-text stays text", "-", "The council met.\n\n# The vote\n\nIt passed.", FormatText},
		{"hashtag is not a heading", "-", "#BridgeClosure trended.\n\n#Harbour too.", FormatText},
		{"txt with markdown stays text", "notes.txt", "# Title\n\n## Section\n\nBody.", FormatText},
		{"empty", "-", "", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectFormat(tt.source, []byte(tt.data)); got != tt.want {
				t.Errorf("detectFormat(%q, %q) = %q, want %q", tt.source, tt.data, got, tt.want)
			}
		})
	}
}

// TestParseDetectsHTMLAfterBOM: the sniff runs after the byte order mark
// is handled, so UTF-8 and UTF-16 pages saved as .txt are read as HTML.
func TestParseDetectsHTMLAfterBOM(t *testing.T) {
	const page = "\n<!DOCTYPE html><html><head><meta charset=\"utf-16\"></head><body><p>Grüße aus Kiel.</p></body></html>"
	for name, data := range map[string][]byte{
		"utf-8 BOM": append([]byte{0xEF, 0xBB, 0xBF}, page...),
		"utf-16 LE": utf16Bytes(page, false),
		"utf-16 BE": utf16Bytes(page, true),
	} {
		doc, err := Parse("page.txt", data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if doc.Format != FormatHTML || len(doc.Paragraphs) != 1 || doc.Paragraphs[0].Text != "Grüße aus Kiel." {
			t.Errorf("%s: format %q paragraphs %q", name, doc.Format, texts(doc))
		}
	}
}
