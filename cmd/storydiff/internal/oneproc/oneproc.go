// Package oneproc starts the command on one processor. main imports it so
// that its init runs before nearly every other package's: the linker
// initialises, at each step, the first package by import path whose imports
// are initialised, and this one imports only the runtime.
//
// Why: a short run (two articles compared in about 40 ms of CPU, most of it
// start-up and package initialisation) paid about 2 ms more with the
// second processor than with one (GOMAXPROCS=1 in the environment: 3 ms
// and 80 to 100 page faults less). Each goroutine that starts wakes an idle
// thread for the idle processor, which spins looking for work and sleeps
// again, and work spread over two processors takes memory spans for each.
// Start-up has nothing to run in parallel, and a small comparison runs on
// one goroutine (compare.RunsAlone). Work that does run in parallel (a
// bigger comparison, the interface) calls Restore first.
package oneproc

import "runtime"

func init() {
	runtime.GOMAXPROCS(1)
}

// Restore gives the program its processors back: GOMAXPROCS from the
// environment, else the runtime's default.
func Restore() {
	runtime.SetDefaultGOMAXPROCS()
}
