package compare

import (
	"errors"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// recovered runs f and returns what it panicked with on this goroutine.
func recovered(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

// A panic on a worker goroutine must reach the goroutine that called the
// engine, where a recover can restore the terminal; unrecovered it would
// kill the process first.
func TestWorkerPanicReachesTheCaller(t *testing.T) {
	r := recovered(func() {
		eachParallel(4, 8, func(i int) {
			if i == 5 {
				panic("worker five")
			}
		})
	})
	pe, ok := r.(*PanicError)
	if !ok {
		t.Fatalf("recovered %#v, want a *PanicError", r)
	}
	if pe.Error() != "worker five" || !strings.Contains(string(pe.Stack), "TestWorkerPanicReachesTheCaller") {
		t.Errorf("PanicError %q lacks the worker's stack:\n%s", pe.Error(), pe.Stack)
	}
}

func TestComparePanicReachesTheCaller(t *testing.T) {
	doc, err := ingest.Parse("a.txt", []byte("A headline\n\nThe port signed a deal on Monday."))
	if err != nil {
		t.Fatal(err)
	}
	// A nil document panics in buildArticle, on a worker.
	r := recovered(func() { Compare([]*ingest.Document{doc, nil}, Options{}) })
	pe, ok := r.(*PanicError)
	if !ok {
		t.Fatalf("recovered %#v, want a *PanicError", r)
	}
	var re interface{ RuntimeError() }
	if !errors.As(pe, &re) || !strings.Contains(string(pe.Stack), "buildArticle") {
		t.Errorf("want the nil dereference and its stack through buildArticle, got %v:\n%s", pe, pe.Stack)
	}
}
