package ingest

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ascii unchanged", "Plain text,\twith a tab\nand a line.", "Plain text,\twith a tab\nand a line."},
		{"accents unchanged", "Café São Paulo — “quoted”", "Café São Paulo — “quoted”"},
		{"NUL", "a\x00b", "a␀b"},
		{"bell", "a\x07b", "a␇b"},
		{"backspace", "a\bb", "a␈b"},
		{"vertical tab and form feed", "a\vb\fc", "a␋b␌c"},
		{"bare CR", "abc\rdef", "abc␍def"},
		{"ESC clear screen", "before\x1b[2Jafter", "before␛[2Jafter"},
		{"OSC 52 clipboard", "x\x1b]52;c;SGVsbG8=\x07y", "x␛]52;c;SGVsbG8=␇y"},
		{"OSC 8 hyperlink", "see \x1b]8;;http://evil.example\x1b\\here\x1b]8;;\x1b\\ now",
			"see ␛]8;;http://evil.example␛\\here␛]8;;␛\\ now"},
		{"unit separator", "a\x1fb", "a␟b"},
		{"DEL", "a\x7fb", "a␡b"},
		{"C1 CSI as a character", "a\u009b2Jb", "a⟨U+009B⟩2Jb"},
		{"C1 NEL and OSC", "a\u0085b\u009dc", "a⟨U+0085⟩b⟨U+009D⟩c"},
		{"C1 first and last", "\u0080\u009f", "⟨U+0080⟩⟨U+009F⟩"},
		{"raw 0x9B byte", "a\x9b2Jb", "a\uFFFD2Jb"},
		{"invalid UTF-8 per byte", "a\xff\xfeb", "a\uFFFD\uFFFDb"},
		{"right-to-left override", "file\u202Etxt.exe", "file⟨U+202E⟩txt.exe"},
		{"bidi embeddings", "\u202Aa\u202Bb\u202Cc\u202Dd", "⟨U+202A⟩a⟨U+202B⟩b⟨U+202C⟩c⟨U+202D⟩d"},
		{"bidi isolates", "\u2066a\u2067b\u2068c\u2069", "⟨U+2066⟩a⟨U+2067⟩b⟨U+2068⟩c⟨U+2069⟩"},
		{"bidi marks", "a\u200Eb\u200Fc\u061Cd", "a⟨U+200E⟩b⟨U+200F⟩c⟨U+061C⟩d"},
		{"line separator", "a\u2028b", "a⟨U+2028⟩b"},
		{"zero-width removed", "zero\u200Bwidth\u200C\u200D\u2060\uFEFFgone", "zerowidthgone"},
		{"soft hyphen removed", "news\u00ADpaper", "newspaper"},
		{"tag characters removed", "hi\U000E0041\U000E007Fdden", "hidden"},
		{"NFC", "Cafe\u0301", "Café"},
		{"replacement char kept", "a\uFFFDb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSanitizeEveryControl checks the whole control range rather than
// samples: nothing but '\n' and '\t' may come out.
func TestSanitizeEveryControl(t *testing.T) {
	var b strings.Builder
	for r := rune(0); r <= 0x9F; r++ {
		if r < 0x20 || r >= 0x7F {
			b.WriteString("x")
			b.WriteRune(r)
		}
	}
	for _, r := range []rune{0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069} {
		b.WriteRune(r)
	}
	out := Sanitize(b.String())
	if bad := firstUnsafe(out); bad >= 0 {
		t.Fatalf("Sanitize left %U in %q", bad, out)
	}
	if got, want := strings.Count(out, "x"), 0x20+0x21; got != want {
		t.Errorf("surrounding text: %d x's survived, want %d", got, want)
	}
}

func ExampleSanitize() {
	fmt.Println(Sanitize("Headline\x1b[2J with \u202Eoverride\u202C"))
	// Output: Headline␛[2J with ⟨U+202E⟩override⟨U+202C⟩
}

// firstUnsafe returns the first rune of s that must never reach a
// terminal, or -1. It mirrors the promise of Sanitize independently of its
// table, so a test using it fails if the table loses an entry.
func firstUnsafe(s string) rune {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return r
			}
		}
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20, r >= 0x7F && r <= 0x9F,
			r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069,
			r == 0x200E, r == 0x200F, r == 0x061C,
			r >= 0x200B && r <= 0x200D, r == 0x2060, r == 0xFEFF:
			return r
		}
	}
	return -1
}

func BenchmarkSanitize(b *testing.B) {
	ascii := strings.Repeat("The council voted on Tuesday to close the bridge. ", 120)
	mixed := strings.Repeat("Le conseil a voté « mardi » pour fermer le pont.\x1b ", 120)
	for _, c := range []struct{ name, s string }{{"ascii", ascii}, {"mixed", mixed}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			for b.Loop() {
				Sanitize(c.s)
			}
		})
	}
}
