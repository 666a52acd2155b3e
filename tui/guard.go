package tui

import (
	"fmt"
	"reflect"
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
)

// Commands run on goroutines of bubbletea's own. It recovers a panic there
// too, but reports it from that goroutine while Run is already returning,
// so its stack may reach the terminal after the command has put stderr
// back (see cmd/storydiff/crash.go). guardCmd therefore catches a panic
// inside every command the interface hands bubbletea, and Update raises it
// again on the event loop, where bubbletea recovers it in step with Run:
// the terminal is restored and the panic, with the command's stack,
// becomes the one crash report.

// panicMsg is a panic recovered inside a command, with the stack of the
// goroutine it happened on.
type panicMsg struct {
	value any
	stack []byte
}

// raise panics again with the command's panic and its stack.
func (p panicMsg) raise() {
	panic(fmt.Sprintf("%v\n\nin a command, on the goroutine:\n%s", p.value, p.stack))
}

// guardCmd is cmd with any panic inside it returned as a panicMsg, and the
// commands of a batch or sequence it returns guarded in turn (bubbletea
// runs each of those on a goroutine of its own).
func guardCmd(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{value: r, stack: debug.Stack()}
			}
		}()
		return guardCmds(cmd())
	}
}

// cmdSlice is the type of a batch's commands; a sequence's message, whose
// type bubbletea does not export, has the same shape.
var cmdSlice = reflect.TypeFor[tea.Cmd]()

// guardCmds guards the commands inside a batch's or a sequence's message;
// any other message is returned as it is.
func guardCmds(msg tea.Msg) tea.Msg {
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != cmdSlice {
		return msg
	}
	out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	for i := range v.Len() {
		c, _ := v.Index(i).Interface().(tea.Cmd)
		out.Index(i).Set(reflect.ValueOf(guardCmd(c)))
	}
	return out.Interface()
}
