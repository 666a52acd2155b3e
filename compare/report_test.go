package compare

import (
	"encoding/json"
	"fmt"
	"testing"
)

// TestEmptyListsAreEmptyNotNull holds the JSON contract: every list is
// written, as [] when it is empty, so a reader never has to tell a missing
// list from an empty one. Two unrelated one-sentence articles leave almost
// every list empty.
func TestEmptyListsAreEmptyNotNull(t *testing.T) {
	for _, texts := range [][]string{
		{"The harbor board approved the terminal lease on Monday.", "Snow closed three mountain passes overnight."},
		{"Untitled|The harbor board approved the terminal lease on Monday.", "Snow closed three mountain passes overnight, police said."},
	} {
		r := Compare(docs(texts...), Options{})
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		for _, path := range nullLists(v, "report") {
			t.Errorf("%s is null, want [] (or {})", path)
		}
	}
}

// nullLists returns the paths of the null values in v. The report has no
// optional scalar that is written as null: a pointer that may be absent,
// such as a sentence's group, is omitted or holds a value.
func nullLists(v any, path string) []string {
	switch x := v.(type) {
	case nil:
		return []string{path}
	case map[string]any:
		var out []string
		for k, e := range x {
			if e == nil && nullable[k] {
				continue
			}
			out = append(out, nullLists(e, path+"."+k)...)
		}
		return out
	case []any:
		var out []string
		for i, e := range x {
			out = append(out, nullLists(e, fmt.Sprintf("%s[%d]", path, i))...)
		}
		return out
	}
	return nil
}

// nullable are the report's fields that are null by design: not lists.
var nullable = map[string]bool{"group": true}
