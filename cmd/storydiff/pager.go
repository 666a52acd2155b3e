package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
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
