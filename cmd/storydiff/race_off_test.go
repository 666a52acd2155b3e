//go:build !race

package main

// slowdown scales the generous time budgets of the tests that guard
// against quadratic paths; it is 1 without the race detector.
const slowdown = 1
