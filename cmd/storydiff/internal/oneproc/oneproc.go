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

// startProcs is GOMAXPROCS as the program started, before init set it to
// 1: the environment's, else the runtime's default. It is set once, here.
var startProcs int

func init() {
	startProcs = runtime.GOMAXPROCS(1)
}

// Restore gives the program its processors back: GOMAXPROCS from the
// environment when getenv has it (the runtime's SetDefaultGOMAXPROCS
// would ignore it), else the runtime's default, which the runtime then
// keeps up to date as when nothing sets it. (oneproc takes getenv rather
// than importing os: any import but the runtime would move its init after
// that package's and its imports'.)
func Restore(getenv func(string) string) {
	if getenv("GOMAXPROCS") != "" {
		runtime.GOMAXPROCS(startProcs)
		return
	}
	runtime.SetDefaultGOMAXPROCS()
}
