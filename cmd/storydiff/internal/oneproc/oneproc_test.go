package oneproc

import (
	"runtime"
	"testing"
)

// TestRestoreKeepsTheEnvironmentsGOMAXPROCS checks that Restore gives back
// what GOMAXPROCS in the environment asked for, not the runtime's default,
// and the default when the environment says nothing.
func TestRestoreKeepsTheEnvironmentsGOMAXPROCS(t *testing.T) {
	if startProcs == 0 || runtime.GOMAXPROCS(0) != 1 {
		t.Fatalf("after init GOMAXPROCS is %d (was %d), want 1", runtime.GOMAXPROCS(0), startProcs)
	}
	was := startProcs
	defer func() { startProcs = was; runtime.GOMAXPROCS(1) }()

	startProcs = 3 // as if the environment had said GOMAXPROCS=3
	Restore(func(string) string { return "3" })
	if n := runtime.GOMAXPROCS(0); n != 3 {
		t.Errorf("with GOMAXPROCS=3 in the environment, Restore gives %d", n)
	}

	runtime.SetDefaultGOMAXPROCS()
	def := runtime.GOMAXPROCS(1)
	Restore(func(string) string { return "" })
	if n := runtime.GOMAXPROCS(0); n != def {
		t.Errorf("with no GOMAXPROCS in the environment, Restore gives %d, want the default %d", n, def)
	}
}
