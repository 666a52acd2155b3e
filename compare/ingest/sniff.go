package ingest

import (
	"bytes"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// magics are the signatures of the binary formats people most often hand
// a text tool by mistake. Most are refused anyway for a NUL byte, but not
// all of them have one early (a PDF's header is text, a JPEG's first 8 KB
// can be free of NULs), and a named format is a better error.
var magics = []struct {
	off  int
	sig  string
	kind string
}{
	{0, "%PDF-", "a PDF document"},
	{0, "\xFF\xD8\xFF", "a JPEG image"},
	{0, "\x89PNG\r\n\x1A\n", "a PNG image"},
	{0, "GIF87a", "a GIF image"},
	{0, "GIF89a", "a GIF image"},
	{0, "II*\x00", "a TIFF image"},
	{0, "MM\x00*", "a TIFF image"},
	{8, "WEBP", "a WebP image"},
	{4, "ftyp", "an MP4 or QuickTime file"},
	{0, "PK\x03\x04", "a ZIP archive (or a document packed as one: docx, odt, epub)"},
	{0, "PK\x05\x06", "a ZIP archive"},
	{0, "\x1F\x8B", "a gzip archive"},
	{4, "1AY&SY", "a bzip2 archive"}, // after "BZh" and a block size digit
	{0, "\xFD7zXZ\x00", "an xz archive"},
	{0, "(\xB5/\xFD", "a zstd archive"},
	{0, "7z\xBC\xAF\x27\x1C", "a 7-Zip archive"},
	{0, "Rar!\x1A\x07", "a RAR archive"},
	{0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Microsoft Office document"},
	{0, "SQLite format 3\x00", "an SQLite database"},
	{0, "\x7FELF", "an executable"},
	{0, "\xCF\xFA\xED\xFE", "an executable"},
	{0, "\x00asm", "a WebAssembly module"},
	{0, "OggS", "an Ogg audio or video file"},
	{0, "fLaC", "a FLAC audio file"},
	{0, "ID3\x03\x00", "an MP3 audio file"},
	{0, "ID3\x04\x00", "an MP3 audio file"},
	{0, "\x1A\x45\xDF\xA3", "a Matroska or WebM video"},
	{0, "wOFF", "a web font"},
	{0, "wOF2", "a web font"},
}

// magicKind names the binary format data starts with, or "".
func magicKind(data []byte) string {
	for _, m := range magics {
		if len(data) >= m.off+len(m.sig) && string(data[m.off:m.off+len(m.sig)]) == m.sig {
			if (m.off == 8 && string(data[:4]) != "RIFF") || (m.off == 4 && m.sig[0] == '1' && string(data[:3]) != "BZh") ||
				(m.sig == "ftyp" && data[0] != 0) {
				continue
			}
			return m.kind
		}
	}
	return ""
}

// bomlessUTF16 recognises UTF-16 text without a byte order mark by its
// NUL bytes: in Latin-script text every other byte is NUL, all on one side
// of each pair (the high byte), and almost never on the other. It returns
// nil for anything else, binary data included.
func bomlessUTF16(head []byte) encoding.Encoding {
	pairs := len(head) / 2
	if pairs < 2 || bytes.IndexByte(head, 0) < 0 {
		return nil
	}
	var even, odd int // NULs at even and odd offsets
	for i := 0; i+1 < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	// One side mostly NUL, the other (almost) never: a NUL code unit is
	// U+0000, which no text holds.
	switch {
	case odd*10 >= pairs*6 && even <= pairs/100:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case even*10 >= pairs*6 && odd <= pairs/100:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}
