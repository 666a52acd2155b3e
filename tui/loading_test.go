package tui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/storydiff/storydiff/compare"
)

// staticLoad is a load that has its report at once.
func staticLoad(rep *compare.Report) LoadFunc {
	return func(context.Context, func(string)) (*compare.Report, error) { return rep, nil }
}

// A step of loading shows beside the spinner, with how to cancel, and the
// model goes on listening for the next.
func TestLoadingShowsProgress(t *testing.T) {
	m := send(New(staticLoad(nil)), tea.WindowSizeMsg{Width: 60, Height: 12})
	if sc := screen(m); !strings.Contains(sc, "comparing the articles") {
		t.Errorf("before any step the screen is:\n%s", sc)
	}
	next, cmd := m.Update(progressMsg{step: "fetching 1 of 2: 127.0.0.1/a…"})
	m = next.(Model)
	sc := screen(m)
	for _, want := range []string{"fetching 1 of 2: 127.0.0.1/a…", "esc cancel"} {
		if !strings.Contains(sc, want) {
			t.Errorf("the loading screen lacks %q:\n%s", want, sc)
		}
	}
	if cmd == nil {
		t.Error("after a step the model stopped listening for the next")
	}
}

// esc while loading cancels the load's context and quits with
// ErrCancelled; q cancels it too, and quits without an error.
func TestEscCancelsLoading(t *testing.T) {
	for _, c := range []struct {
		key  string
		want error
	}{{"esc", ErrCancelled}, {"q", nil}, {"ctrl+c", nil}} {
		m := send(New(staticLoad(nil)), tea.WindowSizeMsg{Width: 60, Height: 12})
		next, cmd := m.Update(keyPress(c.key))
		m = next.(Model)
		if m.loading.ctx.Err() == nil {
			t.Errorf("%s: the load's context is not cancelled", c.key)
		}
		if cmd == nil {
			t.Fatalf("%s: no command", c.key)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s: the command does not quit", c.key)
		}
		if !errors.Is(m.Err(), c.want) || (c.want == nil && m.Err() != nil) {
			t.Errorf("%s: Err() = %v, want %v", c.key, m.Err(), c.want)
		}
	}
}

// Through a running program: the load's steps reach the screen, esc
// reaches the load as a cancelled context, and the program ends.
func TestFlowCancelLoading(t *testing.T) {
	stopped := make(chan error, 1)
	load := func(ctx context.Context, progress func(string)) (*compare.Report, error) {
		progress("fetching 1 of 2: 127.0.0.1/slow…")
		<-ctx.Done()
		stopped <- ctx.Err()
		return nil, ctx.Err()
	}
	tm := teatest.NewTestModel(t, New(load), teatest.WithInitialTermSize(80, 20))
	waitFor(t, tm, "fetching 1 of 2")
	tm.Send(keyPress("esc"))
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if !errors.Is(m.Err(), ErrCancelled) {
		t.Errorf("Err() = %v, want ErrCancelled", m.Err())
	}
	select {
	case err := <-stopped:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("the load stopped with %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Error("the load was not told to stop")
	}
}
