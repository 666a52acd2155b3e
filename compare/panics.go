package compare

import "github.com/storydiff/storydiff/compare/internal/work"

// PanicError is a panic raised on one of the engine's own goroutines and
// raised again, as this value, on the goroutine that called Compare, with
// the worker's stack. A panic nobody recovers ends the program on the
// spot, so without this an engine bug would leave an interactive caller's
// terminal in raw mode.
type PanicError = work.PanicError
