package tui

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// raised is what Update panics with on msg, or "" when it does not.
func raised(m Model, msg tea.Msg) (value string) {
	defer func() {
		if r := recover(); r != nil {
			value = fmt.Sprint(r)
		}
	}()
	m.Update(msg)
	return ""
}

// A panic inside one of the interface's commands (here the session's
// save, which runs on a goroutine of bubbletea's) does not escape on that
// goroutine: it comes back to Update as a message, which raises it on the
// event loop, with the stack of the goroutine it happened on.
func TestPanicInACommandIsRaisedInUpdate(t *testing.T) {
	m := newReviewModel(t, loadFixture(t), Review{Save: func(uint64, []byte) error { panic("disk on fire") }})
	m = press(m, "n", "f")
	next, cmd := m.Update(autosaveMsg{})
	if cmd == nil {
		t.Fatal("no save after the delay")
	}
	var msg tea.Msg
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("the save's panic escaped its command: %v", r)
			}
		}()
		msg = cmd()
	}()
	if _, ok := msg.(panicMsg); !ok {
		t.Fatalf("the save's command returned %T, want the panic as a message", msg)
	}
	v := raised(next.(Model), msg)
	if !strings.Contains(v, "disk on fire") || !strings.Contains(v, "TestPanicInACommandIsRaisedInUpdate") {
		t.Errorf("Update raised %q, want the panic with the command's stack", v)
	}
}

// The commands inside a batch or a sequence run on goroutines of their
// own; each is guarded, and other messages pass through untouched.
func TestGuardCmdReachesIntoBatchesAndSequences(t *testing.T) {
	boom := func() tea.Msg { panic("boom") }
	fine := func() tea.Msg { return autosaveMsg{} }
	for name, cmd := range map[string]tea.Cmd{"batch": tea.Batch(fine, boom), "sequence": tea.Sequence(fine, boom)} {
		msg := guardCmd(cmd)()
		var inner []tea.Cmd
		switch c := msg.(type) {
		case tea.BatchMsg:
			inner = c
		default: // a sequence's message: its type is bubbletea's own
			inner = reflect.ValueOf(msg).Convert(reflect.TypeFor[[]tea.Cmd]()).Interface().([]tea.Cmd)
		}
		if len(inner) != 2 {
			t.Fatalf("%s: %d commands", name, len(inner))
		}
		if got := inner[0](); got != (autosaveMsg{}) {
			t.Errorf("%s: a command that does not panic returned %T", name, got)
		}
		if p, ok := inner[1]().(panicMsg); !ok || p.value != "boom" {
			t.Errorf("%s: the panicking command is not guarded", name)
		}
	}
	if guardCmd(nil) != nil {
		t.Error("a nil command is guarded into one")
	}
}

// A panic while the review session is attached, on the loading goroutine,
// is raised again in Update too, not turned into an error that reads like
// an unreadable article.
func TestPanicWhileLoadingIsRaised(t *testing.T) {
	load := func(context.Context, func(string)) (*compare.Report, error) { return loadFixture(t), nil }
	open := func(*compare.Report) (*review.Session, error) { panic("session on fire") }
	msg := runLoad(context.Background(), load, open, func(string) {})
	if _, ok := msg.(panicMsg); !ok {
		t.Fatalf("runLoad returned %T, want the panic as a message", msg)
	}
	if v := raised(New(load), msg); !strings.Contains(v, "session on fire") {
		t.Errorf("Update raised %q", v)
	}
}
