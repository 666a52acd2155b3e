// Package work carries a panic on one of the engine's worker goroutines
// back to the goroutine that started the work, with the worker's stack.
// compare and compare/align share it, so a panic deep in alignment reaches
// Compare's caller as the one PanicError type the caller recovers.
package work

import (
	"fmt"
	"runtime/debug"
	"sync"
)

// PanicError is a panic raised on a worker goroutine and raised again, as
// this value, on the goroutine that waited for the work. A panic nobody
// recovers ends the program on the spot, so without this an engine bug
// would leave an interactive caller's terminal in raw mode; with it, the
// caller's recover sees the panic and the worker's stack.
type PanicError struct {
	Value any    // what the worker panicked with
	Stack []byte // the worker's stack when it panicked
}

func (p *PanicError) Error() string { return fmt.Sprint(p.Value) }

// Unwrap returns the value the worker panicked with, when it is an error.
func (p *PanicError) Unwrap() error {
	err, _ := p.Value.(error)
	return err
}

// Slot keeps the first panic among a set of goroutines. Each defers Catch;
// the goroutine that waits for them calls Rethrow once they are all done.
type Slot struct {
	mu sync.Mutex
	p  *PanicError
}

// Catch recovers a panic of the calling goroutine and keeps it, unless a
// panic is kept already. It must be deferred directly.
func (s *Slot) Catch() {
	r := recover()
	if r == nil {
		return
	}
	pe, ok := r.(*PanicError) // already caught further down: keep its stack
	if !ok {
		pe = &PanicError{Value: r, Stack: debug.Stack()}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.p == nil {
		s.p = pe
	}
}

// Rethrow raises the kept panic, if any, on the calling goroutine.
func (s *Slot) Rethrow() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.p != nil {
		panic(s.p)
	}
}
