package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// commandName is what the test binary is called, through a symlink, to
// run storydiff's main instead of the tests: exit statuses, file limits,
// crashes and terminals need a real process.
const commandName = "storydiff"

func TestMain(m *testing.M) {
	if filepath.Base(os.Args[0]) == commandName {
		main()
	}
	os.Exit(m.Run())
}

// command returns a path that runs storydiff: a symlink to the test binary.
func command(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), commandName)
	if err := os.Symlink(exe, link); err != nil {
		t.Fatal(err)
	}
	return link
}

// result is how a storydiff process ended.
type result struct {
	code           int
	stdout, stderr string
	took           time.Duration
}

// runProcess runs cmd, which runs storydiff, with crash reports kept in a
// temporary cache directory.
func runProcess(t *testing.T, cmd *exec.Cmd) result {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if cmd.Env == nil {
		cmd.Env = os.Environ()
	}
	cmd.Env = append(cmd.Env, "XDG_CACHE_HOME="+t.TempDir())
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running %v: %v", cmd.Args, err)
		}
		code = ee.ExitCode()
	}
	return result{code, out.String(), errb.String(), took}
}
