//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package textsim

import (
	"testing"
	"time"
)

func cpuTime() time.Duration                      { return 0 }
func reportCPU(b *testing.B, start time.Duration) {}
