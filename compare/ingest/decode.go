package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// binarySniffLen is how much of the input is searched for a NUL byte, the
// same window git and grep use to call a file binary.
const binarySniffLen = 8000

// unit is the input after byte-order-mark handling: bytes in an ASCII
// compatible encoding (UTF-8 unless an HTML page declares otherwise).
type unit struct {
	data []byte
	// wide is set when a UTF-16 or UTF-32 BOM was found and data has been
	// transcoded to UTF-8; NUL bytes in the original are then expected.
	wide bool
	// bom is set when any byte order mark was found: it settles the
	// encoding, so a page's meta charset must not override it.
	bom bool
}

// wideBOMs lists the byte order marks that announce a wide encoding. UTF-32
// comes first because its little-endian mark starts with UTF-16's.
var wideBOMs = []struct {
	mark []byte
	enc  encoding.Encoding
}{
	{[]byte{0xFF, 0xFE, 0x00, 0x00}, utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM)},
	{[]byte{0x00, 0x00, 0xFE, 0xFF}, utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM)},
	{[]byte{0xFF, 0xFE}, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)},
	{[]byte{0xFE, 0xFF}, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)},
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// unwrap handles a byte order mark and refuses binary input. Wide encodings
// are transcoded to UTF-8 here so that everything after sees one encoding;
// their decoders turn unpaired surrogates into U+FFFD.
func unwrap(data []byte) (unit, error) {
	for _, w := range wideBOMs {
		if bytes.HasPrefix(data, w.mark) {
			out, err := w.enc.NewDecoder().Bytes(data)
			if err != nil {
				return unit{}, fmt.Errorf("decoding utf-16/32 text: %w", err)
			}
			return unit{data: out, wide: true, bom: true}, nil
		}
	}
	if kind := magicKind(data); kind != "" {
		return unit{}, fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	head := data[:min(len(data), binarySniffLen)]
	if enc := bomlessUTF16(head); enc != nil {
		out, err := enc.NewDecoder().Bytes(data[:len(data)&^1])
		if err != nil {
			return unit{}, fmt.Errorf("decoding utf-16 text: %w", err)
		}
		return unit{data: out, wide: true, bom: true}, nil
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return unit{}, fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	if bytes.HasPrefix(data, utf8BOM) {
		return unit{data: data[len(utf8BOM):], bom: true}, nil
	}
	return unit{data: data}, nil
}

// validUTF8 returns data as UTF-8. Text with no valid multi-byte UTF-8
// sequence in it but bytes above 0x7F is in a legacy single-byte encoding,
// as an older editor or CMS saves it, and is read as Windows-1252 (whose
// printable characters include Latin-1's), so "caf\xe9" is "café", not
// "caf\uFFFD"; in UTF-8 text each byte not part of a valid sequence
// becomes U+FFFD.
func validUTF8(data []byte) string {
	if !utf8.Valid(data) && legacy(data) {
		if out, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
			return string(out)
		}
	}
	return replaceInvalid(data)
}

// replaceInvalid returns data as UTF-8, each byte not part of a valid
// sequence U+FFFD: for text a byte order mark or a declared charset says
// is UTF-8, which no guess overrides.
func replaceInvalid(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(data[i : i+size])
		}
		i += size
	}
	return b.String()
}

// normalizeNewlines turns CRLF and lone CR into LF, so a bare CR can never
// return the cursor over text already drawn, and the Unicode line and
// paragraph separators into one and two LFs, which is what they mean.
func normalizeNewlines(s string) string {
	if !strings.ContainsRune(s, '\r') && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case c == 0xE2 && strings.HasPrefix(s[i:], "\u2028"):
			b.WriteByte('\n')
			i += 2
		case c == 0xE2 && strings.HasPrefix(s[i:], "\u2029"):
			b.WriteString("\n\n")
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// legacy reports whether data, not valid UTF-8, holds no valid multi-byte
// UTF-8 sequence either: a single-byte encoding, not UTF-8 with a stray
// byte (which reading it as Windows-1252 would turn into "cafÃ©").
func legacy(data []byte) bool {
	for i := 0; i < len(data); {
		_, size := utf8.DecodeRune(data[i:])
		if size > 1 { // a valid sequence, U+FFFD's own included
			return false
		}
		i += size
	}
	return true
}
