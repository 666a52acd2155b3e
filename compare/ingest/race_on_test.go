//go:build race

package ingest

// slowdown scales the generous time budgets of the tests that guard
// against quadratic paths: the race detector makes code 5–20× slower, and
// a budget is a ceiling for a normal build.
const slowdown = 20
