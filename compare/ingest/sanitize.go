package ingest

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Sanitize makes s safe to print on a terminal and returns it in Unicode NFC.
// Article text is untrusted: an ESC, a C1 CSI (U+009B) or a bidi override
// in a headline could otherwise move the cursor, clear the screen, set the
// clipboard (OSC 52), plant a hyperlink (OSC 8) or reorder what the reader
// sees. The scheme, applied rune by rune:
//
//   - '\n' and '\t' are kept as they are.
//   - Other C0 controls U+0000–U+001F become their Control Pictures glyph
//     U+2400+c (ESC → '␛', CR → '␍', NUL → '␀'); DEL U+007F becomes '␡'.
//   - C1 controls U+0080–U+009F, the bidi marks, embeddings, overrides and
//     isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the
//     deprecated format controls U+206A–U+206F, the interlinear annotation
//     controls U+FFF9–U+FFFB and the line and paragraph separators U+2028,
//     U+2029 become the notation "⟨U+XXXX⟩" (U+27E8, U+27E9 brackets, four or
//     more upper-case hex digits), so a reader can see that something was there.
//   - Invisible characters that carry no prose are removed: zero-width space,
//     non-joiner and joiner U+200B–U+200D, word joiner and invisible operators
//     U+2060–U+2064, U+FEFF, U+180E, the soft hyphen U+00AD and the tag
//     characters U+E0000–U+E007F (used to smuggle hidden text). Removing ZWJ
//     splits emoji sequences into their parts, which terminals measure more
//     consistently anyway.
//   - Each byte of invalid UTF-8 (a raw 0x9B among them) becomes U+FFFD.
//
// Parse runs every string of a Document through Sanitize; other code should
// run labels and file names through it before drawing them.
func Sanitize(s string) string {
	if isPlainASCII(s) {
		return s
	}
	start := firstChange(s)
	if start < 0 {
		return norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	b.WriteString(s[:start])
	for i := start; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			continue
		}
		switch classify(r) {
		case keep:
			b.WriteRune(r)
		case picture:
			if r == 0x7F {
				b.WriteRune('\u2421')
			} else {
				b.WriteRune(0x2400 + r)
			}
		case notation:
			writeNotation(&b, r)
		case drop:
		}
	}
	// NFC last: HTML and Markdown entities can spell decomposed sequences,
	// and normalising never introduces a control character.
	return norm.NFC.String(b.String())
}

// isPlainASCII reports whether s is printable ASCII plus '\n' and '\t', the
// common case that needs no copy.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\n' && c != '\t') || c >= 0x7F {
			return false
		}
	}
	return true
}

// firstChange returns the index of the first rune Sanitize must replace or
// drop, or -1: most non-ASCII text (curly quotes, accents) needs no copy.
func firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || classify(r) != keep {
			return i
		}
		i += size
	}
	return -1
}

// treatment is what Sanitize does with one rune.
type treatment int

const (
	keep     treatment = iota
	picture            // a Control Pictures glyph
	notation           // ⟨U+XXXX⟩
	drop               // removed
)

// classify decides the treatment of r; see Sanitize for the scheme.
func classify(r rune) treatment {
	switch {
	case r == '\n' || r == '\t':
		return keep
	case r < 0x20 || r == 0x7F:
		return picture
	case r < 0x80:
		return keep
	case r <= 0x9F:
		return notation
	case r == 0x00AD, r == 0x180E, r >= 0x200B && r <= 0x200D,
		r >= 0x2060 && r <= 0x2064, r == 0xFEFF, r >= 0xE0000 && r <= 0xE007F:
		return drop
	case r == 0x061C, r == 0x200E, r == 0x200F, r == 0x2028, r == 0x2029,
		r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x206F,
		r >= 0xFFF9 && r <= 0xFFFB:
		return notation
	}
	return keep
}

// writeNotation writes r as "⟨U+XXXX⟩".
func writeNotation(b *strings.Builder, r rune) {
	const hex = "0123456789ABCDEF"
	b.WriteString("⟨U+")
	digits := 4
	if r > 0xFFFF {
		digits = 6
	}
	for shift := (digits - 1) * 4; shift >= 0; shift -= 4 {
		b.WriteByte(hex[(r>>shift)&0xF])
	}
	b.WriteString("⟩")
}

// oneLine sanitises s and folds every run of whitespace, line breaks
// included, into one space: metadata fields are drawn on a single line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(Sanitize(s)), " ")
}
