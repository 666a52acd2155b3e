package main

import (
	"fmt"
	"os"
	"reflect"
	"syscall"
	"testing"
	"unsafe"

	"github.com/charmbracelet/x/term"
)

// openPTY opens a new pseudo-terminal and returns its terminal side.
func openPTY(t *testing.T) *os.File {
	t.Helper()
	ptm, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { ptm.Close() })
	var unlock int32
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptm.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("unlocking the pseudo-terminal: %v", e)
	}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptm.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("naming the pseudo-terminal: %v", e)
	}
	pts, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("opening the pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { pts.Close() })
	return pts
}

// TestKeepModesPutsTheTerminalBack leaves a terminal in raw mode, as a
// crashed interface could, and checks that runTUI's own restore gives the
// modes back as they were.
func TestKeepModesPutsTheTerminalBack(t *testing.T) {
	tty := openPTY(t)
	before, err := term.GetState(tty.Fd())
	if err != nil {
		t.Fatal(err)
	}
	restore := keepModes(tty)
	if _, err := term.MakeRaw(tty.Fd()); err != nil {
		t.Fatal(err)
	}
	raw, _ := term.GetState(tty.Fd())
	if reflect.DeepEqual(raw, before) {
		t.Fatal("raw mode changed nothing: the test would prove nothing")
	}
	restore()
	after, _ := term.GetState(tty.Fd())
	if !reflect.DeepEqual(after, before) {
		t.Errorf("the modes were not put back:\n got %+v\nwant %+v", after, before)
	}
}
