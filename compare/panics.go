package compare

import (
	"fmt"
	"runtime/debug"
	"sync"
)

// PanicError is a panic raised on one of the engine's own goroutines and
// raised again, as this value, on the goroutine that called Compare. A
// panic nobody recovers ends the program on the spot, so without this an
// engine bug would leave an interactive caller's terminal in raw mode; with
// it, the caller's recover sees the panic and the worker's stack.
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

// panicSlot keeps the first panic among a set of goroutines. Each defers
// catch; the caller calls rethrow once they are all done.
type panicSlot struct {
	mu sync.Mutex
	p  *PanicError
}

func (s *panicSlot) catch() {
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

func (s *panicSlot) rethrow() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.p != nil {
		panic(s.p)
	}
}
