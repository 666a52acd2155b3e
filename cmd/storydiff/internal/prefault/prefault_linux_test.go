package prefault

import (
	"fmt"
	"os"
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// written is the fresh heap the tests write: a megabyte and a half (384
// pages of 4 kB).
const written = 3 << 19

// TestAheadMapsTheFreshHeap: after Ahead, writing fresh heap takes a
// fraction of the page faults, not one per 4 kB page (at most half of
// them: holes below the frontier and the test's own allocations take some).
func TestAheadMapsTheFreshHeap(t *testing.T) {
	if !populateWorks(t) {
		t.Skip("the kernel lacks MADV_POPULATE_WRITE (Linux 5.14)")
	}
	if got, most := childFaults(t, "ahead"), written/int(pageBytes)/2; got > most {
		t.Errorf("writing %d kB of fresh heap after Ahead took %d page faults, want at most %d",
			written>>10, got, most)
	}
}

// TestWithoutAheadEveryPageFaults keeps TestAheadMapsTheFreshHeap honest:
// without Ahead the same writes fault page by page (most of them: the
// initialiser mapped some of the holes they fill first).
func TestWithoutAheadEveryPageFaults(t *testing.T) {
	if b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err == nil &&
		strings.Contains(string(b), "[always]") {
		t.Skip("transparent huge pages are always on: the heap faults in 2 MB pages")
	}
	if got, least := childFaults(t, "none"), written/int(pageBytes)/4; got < least {
		t.Errorf("writing %d kB of unpopulated heap took %d page faults, want at least %d",
			written>>10, got, least)
	}
}

// childFaults runs TestChild in a fresh process, as the command starts:
// one test's collections and freed memory must not blur the next one's.
func childFaults(t *testing.T, mode string) int {
	if raceDetector {
		t.Skip("the race detector's shadow memory faults page by page")
	}
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "PREFAULT_CHILD="+mode)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	for line := range strings.Lines(string(out)) {
		if n, ok := strings.CutPrefix(strings.TrimSpace(line), "faults "); ok {
			got, err := strconv.Atoi(n)
			if err != nil {
				t.Fatal(err)
			}
			return got
		}
	}
	t.Fatalf("child printed no count:\n%s", out)
	return 0
}

// TestChild is run by childFaults; it holds the garbage collector back as
// the command does, then either calls Ahead or moves to a chunk of its own
// without it, and writes fresh heap.
func TestChild(t *testing.T) {
	mode := os.Getenv("PREFAULT_CHILD")
	if mode == "" {
		t.Skip("run by the tests above")
	}
	debug.SetGCPercent(-1)
	if mode == "ahead" {
		Ahead()
	} else {
		// A block larger than a chunk fits in no chunk already mapped.
		place(chunkBytes + runtimePageBytes)
	}
	blocks := make([][]byte, 0, written/(16<<10))
	before := minorFaults(t)
	for range cap(blocks) {
		b := make([]byte, 16<<10)
		for i := 0; i < len(b); i += int(pageBytes) {
			b[i] = 1
		}
		blocks = append(blocks, b)
	}
	fmt.Println("faults", minorFaults(t)-before)
}

// populateWorks reports whether this kernel knows MADV_POPULATE_WRITE.
func populateWorks(t *testing.T) bool {
	t.Helper()
	b, err := syscall.Mmap(-1, 0, int(pageBytes), syscall.PROT_READ|syscall.PROT_WRITE,
		syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(b)
	return syscall.Madvise(b, madvPopulateWrite) == nil
}

func minorFaults(t *testing.T) int64 {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return ru.Minflt
}
