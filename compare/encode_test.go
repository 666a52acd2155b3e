package compare

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// The streamed report is the same document json.Marshal gives, compact or
// indented, with any extra top-level fields after the report's own.
func TestWriteJSONIsTheReport(t *testing.T) {
	r := loadDemo(t).report
	want, err := json.Marshal(struct {
		*Report
		Review map[string]int `json:"review"`
	}{r, map[string]int{"reviewed": 2}})
	if err != nil {
		t.Fatal(err)
	}
	var wantDoc any
	if err := json.Unmarshal(want, &wantDoc); err != nil {
		t.Fatal(err)
	}
	for _, indent := range []bool{false, true} {
		var buf bytes.Buffer
		if err := r.WriteJSON(&buf, indent, Field{"review", map[string]int{"reviewed": 2}}); err != nil {
			t.Fatal(err)
		}
		var got any
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatalf("indent %v: not JSON: %v\n%.400s", indent, err, buf.String())
		}
		if !reflect.DeepEqual(got, wantDoc) {
			t.Errorf("indent %v: the streamed document differs from json.Marshal's", indent)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, buf.Bytes()); err != nil {
			t.Fatal(err)
		}
		indented := strings.Contains(buf.String(), "\n  \"articles\": [\n    {\n      \"label\"")
		if indented != indent || (!indent && buf.Len() > compact.Len()+len(r.Articles)+len(r.Groups)+len(r.Quotes)+len(r.Facts)+1) {
			t.Errorf("indent %v: %d bytes, %d compacted:\n%.300s", indent, buf.Len(), compact.Len(), buf.String())
		}
	}
}

// A failed write is reported, not lost in a buffer.
func TestWriteJSONReportsAWriteError(t *testing.T) {
	r := loadDemo(t).report
	if err := r.WriteJSON(fullDisk{}, false); !errors.Is(err, errFull) {
		t.Errorf("WriteJSON to a full disk returned %v", err)
	}
}

var errFull = errors.New("disk full")

type fullDisk struct{}

func (fullDisk) Write(p []byte) (int, error) { return 0, errFull }
