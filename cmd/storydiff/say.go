package main

import (
	"io"

	"github.com/storydiff/storydiff/compare/ingest"
)

// saneWriter passes everything the command prints on standard error
// (errors, warnings, usage) through ingest.Sanitize, as article text is:
// those lines quote what a web server, a certificate, a resolver or a file
// name said, and none of that may reach the terminal as a control. It is
// the one place this happens; run and main wrap standard error in it.
type saneWriter struct{ w io.Writer }

// sane wraps w, once.
func sane(w io.Writer) io.Writer {
	if _, ok := w.(saneWriter); ok {
		return w
	}
	return saneWriter{w}
}

// Write sanitises p, which the command always writes as whole lines or
// strings, so no UTF-8 sequence is split between two calls.
func (s saneWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(s.w, ingest.Sanitize(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
