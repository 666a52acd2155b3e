package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// pagerCommand is the pager the text report goes through on a terminal,
// as git and delta do: $PAGER when set (empty or "cat" for none), else
// "less -R" when less is installed, else none ("").
func pagerCommand() string {
	if p, ok := os.LookupEnv("PAGER"); ok {
		if p = strings.TrimSpace(p); p == "cat" {
			return ""
		}
		return strings.TrimSpace(p)
	}
	if _, err := exec.LookPath("less"); err == nil {
		return "less -R"
	}
	return ""
}

// page shows data through the pager command line, run by sh as git does.
// less gets LESS=FRX unless the editor set LESS: it quits at once when the
// report fits on one screen, keeps colours and leaves the text on screen.
// It reports whether the pager ran; when it could not start, the caller
// writes the report itself.
func page(cmdline string, data []byte, stdout *os.File, stderr io.Writer) bool {
	cmd := exec.Command("sh", "-c", cmdline)
	cmd.Stdin = bytes.NewReader(data)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.Env = os.Environ()
	if _, ok := os.LookupEnv("LESS"); !ok {
		cmd.Env = append(cmd.Env, "LESS=FRX")
	}
	if err := cmd.Start(); err != nil {
		return false
	}
	_ = cmd.Wait() // quitting the pager early is not an error
	return true
}

// wrapLines fits the text report to a terminal width cells wide, as a
// pager would not: less breaks a long line at the last cell, mid-word.
// A long line is broken between words, and its later lines are indented
// four cells past the line's own indent, so an entry still reads as one.
// A word wider than the line is left whole for the pager to break.
func wrapLines(data []byte, width int) []byte {
	if width < 20 {
		return data
	}
	var out bytes.Buffer
	out.Grow(len(data) + len(data)/16)
	for _, line := range strings.SplitAfter(string(data), "\n") {
		body := strings.TrimSuffix(line, "\n")
		if ansi.StringWidth(body) <= width {
			out.WriteString(line)
			continue
		}
		indent := len(body) - len(strings.TrimLeft(body, " "))
		cont := strings.Repeat(" ", min(indent+4, width/2))
		cur, curW, has := body[:indent], indent, false
		for _, word := range strings.Fields(body) {
			w := ansi.StringWidth(word)
			if has && curW+1+w > width {
				out.WriteString(cur + "\n")
				cur, curW, has = cont, len(cont), false
			}
			if has {
				cur += " "
				curW++
			}
			cur, curW, has = cur+word, curW+w, true
		}
		out.WriteString(cur)
		if strings.HasSuffix(line, "\n") {
			out.WriteByte('\n')
		}
	}
	return out.Bytes()
}
