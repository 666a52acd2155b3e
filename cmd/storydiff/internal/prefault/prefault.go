// Package prefault maps the first megabytes of the Go heap in a few system
// calls, in huge pages where the kernel allows, instead of taking one page
// fault per 4 kB page as the heap is first written.
//
// A short run (two articles as JSON) writes about 2.5 MB of fresh heap:
// some 600 of its 1,100 page faults, each a trap into the kernel that costs
// several microseconds on a virtual machine, a tenth of the run. Importing
// the package maps the heap ahead of the package initialisers that follow
// it (the linker runs its init before the heavy ones of the HTML, Markdown
// and readability packages); Ahead, called once the garbage collector is
// held back, maps it ahead of the comparison. On the seed pair the run then
// takes about 650 faults, and 2 to 4 ms less CPU, for about 3 MB more
// resident memory.
//
// The runtime maps its heap in 4 MB chunks and hands out the lowest free
// pages first; the package finds where that is by having the runtime place
// blocks it never writes (see place). Where these assumptions fail, it does
// nothing harmful: the advice never changes memory contents, and errors (a
// kernel before 5.14, transparent huge pages turned off, a range not
// mapped) are ignored. It does nothing on systems other than Linux.
package prefault
