package ingest

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 with a byte order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	units := append([]uint16{0xFEFF}, utf16.Encode([]rune(s))...)
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestParseDecoding(t *testing.T) {
	const body = "Città council met.\n\nSecond paragraph."
	want := []string{"Città council met.", "Second paragraph."}
	tests := []struct {
		name string
		data []byte
		want []string
	}{
		{"utf-8", []byte(body), want},
		{"utf-8 BOM stripped", append([]byte{0xEF, 0xBB, 0xBF}, body...), want},
		{"utf-16 LE with BOM", utf16Bytes(body, false), want},
		{"utf-16 BE with BOM", utf16Bytes(body, true), want},
		{"utf-32 LE with BOM", []byte("\xff\xfe\x00\x00A\x00\x00\x00\xe9\x00\x00\x00"), []string{"Aé"}},
		{"CRLF", []byte("Città council met.\r\n\r\nSecond paragraph.\r\n"), want},
		{"CRLF inside a paragraph", []byte("one\r\ntwo\r\n\r\nthree"), []string{"one\ntwo", "three"}},
		{"lone CR is a line break", []byte("one\rtwo\r\rthree"), []string{"one\ntwo", "three"}},
		{"line and paragraph separators", []byte("one\u2028two\u2029three"), []string{"one\ntwo", "three"}},
		{"NFC", []byte("Citta\u0300 council met.\n\nSecond paragraph."), want},
		{"invalid bytes in utf-8 become U+FFFD", []byte("café \xff\xfe ok"), []string{"café \uFFFD\uFFFD ok"}},
		{"raw 0x9B never survives", []byte("€ a\x9b2Jb"), []string{"€ a\uFFFD2Jb"}},
		// Text saved in Latin-1 or Windows-1252 has no UTF-8 sequence:
		// its accents and curly quotes are read, not replaced.
		{"windows-1252", []byte("Caf\xe9 owner Jos\xe9 Mu\xf1oz said \x93no\x94 \x96 twice."), []string{"Café owner José Muñoz said “no” – twice."}},
		{"windows-1252 0x9B is a quotation mark", []byte("a\x9b2Jb"), []string{"a›2Jb"}},
		{"windows-1252 undefined byte is no control", []byte("caf\xe9 \x81ok"), []string{"café \uFFFDok"}},
		// A valid U+FFFD is a UTF-8 sequence, and a byte order mark says
		// UTF-8: a stray byte beside either is no Windows-1252.
		{"encoded U+FFFD keeps utf-8", []byte("\xef\xbf\xbd caf\xe9"), []string{"\uFFFD caf\uFFFD"}},
		{"utf-8 BOM keeps utf-8", []byte("\xef\xbb\xbfcaf\xe9 ok"), []string{"caf\uFFFD ok"}},
		{"unpaired surrogate in utf-16", []byte("\xff\xfeA\x00\x00\xd8B\x00"), []string{"A\uFFFDB"}},
		{"NUL after utf-16 BOM is not binary", utf16Bytes("ok\x00ok", false), []string{"ok␀ok"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("article.txt", tt.data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := texts(doc); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("paragraphs = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseHTMLDeclaredCharset(t *testing.T) {
	tests := []struct {
		name string
		page string
		want string
	}{
		{"windows-1252 meta charset", `<html><head><meta charset="windows-1252"></head><body><p>Caf` + "\xe9 \x93quoted\x94" + `</p></body></html>`,
			"Café “quoted”"},
		{"http-equiv iso-8859-1", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>Gr` + "\xfc\xdf" + `e</p></body></html>`,
			"Grüße"},
		{"undeclared legacy bytes are windows-1252, as browsers read them", `<html><body><p>Caf` + "\xe9" + `</p></body></html>`, "Café"},
		{"undeclared invalid bytes in utf-8 become U+FFFD", `<html><body><p>Café ` + "\xe9" + `</p></body></html>`, "Café \uFFFD"},
		{"declared utf-8 is never guessed windows-1252", `<html><head><meta charset="utf-8"></head><body><p>Caf` + "\xe9" + `</p></body></html>`, "Caf\uFFFD"},
		{"utf-16 label on an ascii page is read as utf-8", `<html><head><meta charset="utf-16"></head><body><p>Café</p></body></html>`, "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("page.html", []byte(tt.page))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := strings.Join(texts(doc), "|"); got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseRefusesBinary(t *testing.T) {
	data := []byte("PK\x03\x04 twelve b\x00tes and more")
	_, err := Parse("archive.txt", data)
	if !errors.Is(err, ErrBinary) {
		t.Fatalf("err = %v, want ErrBinary", err)
	}
	if got, want := err.Error(), "binary file (a ZIP archive (or a document packed as one: docx, odt, epub))"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}

	nul := []byte("twelve b\x00tes and more")
	if _, err := Parse("nul.txt", nul); err == nil || err.Error() != "binary file (NUL byte at offset 8)" {
		t.Errorf("NUL early: err = %v, want binary file (NUL byte at offset 8)", err)
	}

	late := append([]byte(strings.Repeat("a", binarySniffLen)), 0)
	if _, err := Parse("late.txt", late); err != nil {
		t.Errorf("NUL past the first %d bytes: %v, want it read as text", binarySniffLen, err)
	}
}

// TestParseRefusesKnownBinaryFormats: formats whose first 8 KB need not
// hold a NUL byte (a PDF's header is text; a JPEG's entropy-coded data can
// lack NULs) are refused by their signature, naming the format.
func TestParseRefusesKnownBinaryFormats(t *testing.T) {
	filler := strings.Repeat("stream of compressed-looking bytes \xe3\x81 ", 400) // > 8 KB, no NUL
	tests := []struct{ name, data, want string }{
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + filler, "a PDF document"},
		{"jpeg", "\xff\xd8\xff\xe0\x01\x10JFIF\x01" + filler, "a JPEG image"},
		{"png", "\x89PNG\r\n\x1a\n" + filler, "a PNG image"},
		{"zip", "PK\x03\x04" + filler, "a ZIP archive"},
		{"gzip", "\x1f\x8b\x08" + filler, "a gzip archive"},
		{"webp", "RIFF\x10\x10\x10\x10WEBPVP8 " + filler, "a WebP image"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("article.txt", []byte(tt.data))
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("err = %v, want ErrBinary", err)
			}
			if !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("message = %q, want one line naming %q", err.Error(), tt.want)
			}
		})
	}
	// Prose that merely starts like a signature's letters stays text.
	for _, text := range []string{"RIFF between the outlets widened.", "BZh is not a word.", "IDs were checked."} {
		if _, err := Parse("a.txt", []byte(text)); err != nil {
			t.Errorf("Parse(%q): %v", text, err)
		}
	}
}

// TestParseUTF16WithoutBOM: Notepad-style UTF-16 saved without a byte
// order mark is full of NUL bytes; it is text, and is read as such.
func TestParseUTF16WithoutBOM(t *testing.T) {
	const body = "Città council met.\n\nSecond paragraph."
	for _, be := range []bool{false, true} {
		data := utf16Bytes(body, be)[2:] // drop the BOM
		doc, err := Parse("article.txt", data)
		if err != nil {
			t.Fatalf("big-endian %v: %v", be, err)
		}
		if got := strings.Join(texts(doc), "|"); got != "Città council met.|Second paragraph." {
			t.Errorf("big-endian %v: text = %q", be, got)
		}
	}
	// Binary data with NULs scattered on both sides of each pair is
	// still binary.
	bin := []byte("ab\x00\x00cd\x00e\x00\x00fg\x00\x00h")
	if _, err := Parse("x.txt", bin); !errors.Is(err, ErrBinary) {
		t.Errorf("scattered NULs: err = %v, want ErrBinary", err)
	}
}

func TestParseRefusesEmpty(t *testing.T) {
	for _, in := range []string{
		"", "   \n\t\n", "\uFEFF", "\u200B\u200B",
		"<!doctype html><html><head><title>Only a title</title></head><body><nav>Home</nav></body></html>",
		// No letter or digit: a UTF-16 mark and half a character, which
		// decodes to U+FFFD; marks and symbols alone.
		"\xff\xfe\x00", "\uFFFD\uFFFD", "* * *\n\n---",
	} {
		_, err := Parse("empty.txt", []byte(in))
		if !errors.Is(err, ErrEmpty) {
			t.Errorf("Parse(%q) err = %v, want ErrEmpty", in, err)
			continue
		}
		if got := err.Error(); got != "no article text found" {
			t.Errorf("message = %q", got)
		}
	}
}

// texts returns the text of every paragraph of doc.
func texts(doc *Document) []string {
	var out []string
	for _, p := range doc.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}
