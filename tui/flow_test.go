package tui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
)

// demoLoad reads and compares the bundled demo, as the command does. The
// flows assert what a reader sees, not the engine's exact grouping, which
// is still being tuned.
func demoLoad(t *testing.T) LoadFunc {
	paths, err := filepath.Glob("../testdata/demo/*.txt")
	if err != nil || len(paths) < 2 {
		t.Skipf("demo articles not found (%v)", err)
	}
	return func(context.Context, func(string)) (*compare.Report, error) {
		var docs []*ingest.Document
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			d, err := ingest.Parse(p, data)
			if err != nil {
				return nil, err
			}
			d.Label = filepath.Base(p)
			docs = append(docs, d)
		}
		return compare.Compare(docs, compare.Options{}), nil
	}
}

func waitFor(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
		teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}

// Open the demo, step to an item, inspect it, come back, open the overview
// and quit: the program ends cleanly with no error.
func TestFlowInspectAndOverview(t *testing.T) {
	tm := teatest.NewTestModel(t, New(demoLoad(t)), teatest.WithInitialTermSize(120, 40))
	waitFor(t, tm, "ALIGNED")
	tm.Send(keyPress("n"))
	tm.Send(keyPress("enter"))
	waitFor(t, tm, "reference:")
	tm.Send(keyPress("esc"))
	tm.Send(keyPress("o"))
	waitFor(t, tm, "OVERVIEW")
	tm.Send(keyPress("q")) // closes the overview
	tm.Send(keyPress("q")) // quits
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if m.Err() != nil {
		t.Fatal(m.Err())
	}
	if m.mode != modePanes || m.ix == nil || len(m.ix.rep.Articles) < 2 {
		t.Errorf("final model: mode %d, report %v", m.mode, m.ix != nil)
	}
}

// Shrinking below the minimum shows a message; growing again brings the
// panes back, with the current item kept.
func TestFlowResize(t *testing.T) {
	tm := teatest.NewTestModel(t, New(demoLoad(t)), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "ALIGNED")
	tm.Send(keyPress("n"))
	tm.Send(tea.WindowSizeMsg{Width: 30, Height: 8})
	waitFor(t, tm, "too small")
	tm.Send(tea.WindowSizeMsg{Width: 160, Height: 50})
	tm.Send(keyPress("?"))
	waitFor(t, tm, "Legend")
	tm.Send(keyPress("ctrl+c"))
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if m.cur < 0 || len(m.lay.panes) < 3 {
		t.Errorf("after growing to 160 columns: current item %d, %d panes", m.cur, len(m.lay.panes))
	}
}
