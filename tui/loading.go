package tui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// loading is the articles being read, fetched and compared before there is
// a report: the load function, the cancel that esc and q call, the channel
// its steps and its result come back on, and the step shown.
type loading struct {
	fn     LoadFunc
	ctx    context.Context
	cancel context.CancelFunc
	ch     chan tea.Msg
	step   string
}

func newLoading(fn LoadFunc) loading {
	ctx, cancel := context.WithCancel(context.Background())
	return loading{fn: fn, ctx: ctx, cancel: cancel, ch: make(chan tea.Msg)}
}

// handleProgress shows a step and waits for the next message.
func (m Model) handleProgress(msg progressMsg) (tea.Model, tea.Cmd) {
	m.loading.step = msg.step
	return m, listenCmd(m.loading.ctx, m.loading.ch)
}

// handleLoadingKey: esc cancels the loading and quits with ErrCancelled;
// q and ctrl+c cancel it and quit, as they do once the report is shown.
func (m Model) handleLoadingKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		m.loading.cancel()
		return m, tea.Quit
	case key.Matches(msg, m.keys.CancelLoad):
		m.loading.cancel()
		m.err = ErrCancelled
		return m, tea.Quit
	}
	return m, nil
}

// loadingView is the spinner and the step in progress, with how to stop.
func (m Model) loadingView() string {
	w := max(m.width, 1)
	step := saneLine(m.loading.step)
	if step == "" {
		step = "comparing the articles…"
	}
	line := truncate(m.spinner.View()+step, w) // the spinner's frames end in a space
	hint := truncate(m.help.ShortHelpView(m.keys.LoadingHelp()), w)
	return lipgloss.Place(w, max(m.height, 1), lipgloss.Center, lipgloss.Center, line+"\n\n"+hint)
}
