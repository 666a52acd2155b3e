package compare

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// Field is a top-level member written after the report's own, such as the
// JSON memo's "review".
type Field struct {
	Name  string
	Value any
}

// WriteJSON writes r to w as the JSON document of docs/report.md, followed
// by any extra top-level fields. It encodes one article, group, quote or
// fact at a time, so memory holds one element's encoding, never the whole
// document (tens of megabytes with a hundred articles). Indented output is
// for a person reading a terminal; compact is for everything else. HTML
// characters are written as they are: the report is data, not a web page.
func (r *Report) WriteJSON(w io.Writer, indent bool, extra ...Field) error {
	jw := jsonWriter{w: bufio.NewWriterSize(w, 64<<10), indent: indent}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	if indent {
		jw.enc.SetIndent("    ", "  ")
	}
	jw.raw("{")
	jw.field("version", true)
	jw.value(r.Version)
	jw.field("articles", false)
	writeArray(&jw, r.Articles)
	jw.field("groups", false)
	writeArray(&jw, r.Groups)
	jw.field("quotes", false)
	writeArray(&jw, r.Quotes)
	jw.field("facts", false)
	writeArray(&jw, r.Facts)
	for _, f := range extra {
		jw.field(f.Name, false)
		if indent {
			jw.enc.SetIndent("  ", "  ")
		}
		jw.value(f.Value)
	}
	jw.newline("")
	jw.raw("}\n")
	if jw.err == nil {
		jw.err = jw.w.Flush()
	}
	return jw.err
}

// jsonWriter writes a JSON object piece by piece, keeping the first error.
type jsonWriter struct {
	w      *bufio.Writer
	buf    bytes.Buffer
	fast   []byte // the compact appenders' buffer, reused
	enc    *json.Encoder
	indent bool
	err    error
}

func (jw *jsonWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = jw.w.WriteString(s)
	}
}

func (jw *jsonWriter) newline(prefix string) {
	if jw.indent {
		jw.raw("\n" + prefix)
	}
}

// field starts a top-level member.
func (jw *jsonWriter) field(name string, first bool) {
	if !first {
		jw.raw(",")
	}
	jw.newline("  ")
	jw.raw(`"` + name + `":`)
	if jw.indent {
		jw.raw(" ")
	}
}

// value encodes v through the reused buffer, without the encoder's
// trailing newline.
func (jw *jsonWriter) value(v any) {
	if jw.err != nil {
		return
	}
	jw.buf.Reset()
	if err := jw.enc.Encode(v); err != nil {
		jw.err = err
		return
	}
	b := bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n"))
	if jw.indent {
		b = numbersOnALine(b)
	}
	_, jw.err = jw.w.Write(b)
}

// element writes one element of a top-level array: compact, by the
// appenders of fastjson.go, which write what encoding/json would, faster;
// indented, or a value they leave to it, by encoding/json.
func (jw *jsonWriter) element(v any) {
	if !jw.indent && jw.err == nil {
		if b, ok := appendElement(jw.fast[:0], v); ok {
			jw.fast = b
			_, jw.err = jw.w.Write(b)
			return
		}
	}
	jw.value(v)
}

// numbersOnALine puts each array of numbers alone, such as a nearest
// triple [1, 5, 0.351] or a member's sentences, on one line of indented
// JSON, where the encoder gives every number a line of its own.
func numbersOnALine(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '"': // a string, copied as it is
			j := i + 1
			for j < len(b) && b[j] != '"' {
				if b[j] == '\\' {
					j++
				}
				j++
			}
			out = append(out, b[i:min(j+1, len(b))]...)
			i = j
		case '[':
			if nums, end, ok := numberArray(b, i); ok {
				out = append(out, '[')
				for k, n := range nums {
					if k > 0 {
						out = append(out, ", "...)
					}
					out = append(out, n...)
				}
				out = append(out, ']')
				i = end
				continue
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}

// numberArray reads the array opening at b[i] when it holds nothing but
// numbers, and returns them and the index of its closing bracket.
func numberArray(b []byte, i int) (nums [][]byte, end int, ok bool) {
	j := i + 1
	for {
		for j < len(b) && (b[j] == ' ' || b[j] == '\n' || b[j] == '\t' || b[j] == '\r') {
			j++
		}
		if j < len(b) && b[j] == ']' && len(nums) == 0 {
			return nil, 0, false // empty: already one line
		}
		start := j
		for j < len(b) && (b[j] >= '0' && b[j] <= '9' || b[j] == '-' || b[j] == '+' || b[j] == '.' || b[j] == 'e' || b[j] == 'E') {
			j++
		}
		if j == start {
			return nil, 0, false
		}
		nums = append(nums, b[start:j])
		for j < len(b) && (b[j] == ' ' || b[j] == '\n' || b[j] == '\t' || b[j] == '\r') {
			j++
		}
		switch {
		case j < len(b) && b[j] == ',':
			j++
		case j < len(b) && b[j] == ']':
			return nums, j, true
		default:
			return nil, 0, false
		}
	}
}

// writeArray writes a top-level array one element at a time. Compact
// output still puts each element on its own line, so a reader can stream
// or grep it.
func writeArray[T any](jw *jsonWriter, xs []T) {
	jw.raw("[")
	for i := range xs {
		if i > 0 {
			jw.raw(",")
		}
		if jw.indent {
			jw.newline("    ")
		} else {
			jw.raw("\n")
		}
		jw.element(&xs[i])
	}
	if len(xs) > 0 {
		jw.newline("  ")
	}
	jw.raw("]")
}
