package main

import (
	"strings"
	"testing"
)

// A file's size is only a hint: one that grew or shrank since it was
// stat'ed is read to its end, and the limit still holds.
func TestReadSizedTakesTheSizeAsAHint(t *testing.T) {
	text := strings.Repeat("The minister said. ", 100)
	for _, size := range []int64{0, 1, 10, int64(len(text)) - 1, int64(len(text)), int64(len(text)) + 1, 1 << 20} {
		got, err := readSized(strings.NewReader(text), size, 1<<20)
		if err != nil || string(got) != text {
			t.Errorf("size hint %d: read %d bytes, %v; want all %d", size, len(got), err, len(text))
		}
	}
	for _, size := range []int64{10, int64(len(text))} {
		if _, err := readSized(strings.NewReader(text), size, int64(len(text))-1); err == nil || !strings.Contains(err.Error(), "too large") {
			t.Errorf("size hint %d, one byte over the limit: %v, want too large", size, err)
		}
	}
	if got, err := readSized(strings.NewReader(text), 0, int64(len(text))); err != nil || string(got) != text {
		t.Errorf("exactly at the limit: %d bytes, %v", len(got), err)
	}
}
