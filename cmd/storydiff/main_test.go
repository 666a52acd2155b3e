package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

const (
	articleA = "Harbour deal signed\n\nThe port signed a deal with Blue Line on Monday. It will add 400 jobs, the mayor said.\n"
	articleB = "Blue Line wins port deal\n\nThe port and Blue Line signed a deal Monday. Officials said 400 jobs would follow.\n"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBadInputIsOneLineNamingTheFile(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte(articleA))
	binary := writeFile(t, dir, "photo.jpg", []byte("\xff\xd8\xff\x00\x10JFIF\x00"))
	big := writeFile(t, dir, "big.txt", bytes.Repeat([]byte("word "), 400))
	cases := []struct {
		name string
		args []string
		want []string // substrings of the one error line
	}{
		{"missing", []string{good, filepath.Join(dir, "nope.txt")}, []string{"nope.txt", "no such file"}},
		{"directory", []string{good, dir}, []string{dir, "directory"}},
		{"binary", []string{good, binary}, []string{"photo.jpg", "binary"}},
		{"too large", []string{"--max-size", "1K", good, big}, []string{"big.txt", "too large"}},
		{"one article", []string{good}, []string{"at least two"}},
		{"bad format", []string{"--format", "yaml", good, good}, []string{"yaml"}},
		{"bad size", []string{"--max-size", "lots", good, good}, []string{"lots"}},
		{"labels miscounted", []string{"--label", "A", good, good}, []string{"1 --label", "2 articles"}},
		{"two stdins", []string{"-", "-"}, []string{"standard input"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", c.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if out != "" {
				t.Errorf("wrote to stdout on error: %q", out)
			}
			first := strings.SplitN(errs, "\n", 2)[0]
			for _, w := range c.want {
				if !strings.Contains(first, w) {
					t.Errorf("error line %q does not mention %q", first, w)
				}
			}
			if strings.Contains(errs, "goroutine") || strings.Contains(errs, "panic") {
				t.Errorf("stack trace on bad input: %s", errs)
			}
		})
	}
}

func TestHelpExplainsEveryFlag(t *testing.T) {
	for _, arg := range []string{"--help", "-h"} {
		code, out, errs := runCmd(t, "", arg)
		if code != exitOK || errs != "" {
			t.Fatalf("%s exits %d with %q on stderr", arg, code, errs)
		}
		for _, f := range []string{"-format", "-o", "-label", "-max-size", "-version", "Exit status", "bundled demo"} {
			if !strings.Contains(out, f) {
				t.Errorf("%s does not mention %s on stdout", arg, f)
			}
		}
	}
}

func TestJSONReport(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	code, out, errs := runCmd(t, articleB, "--format", "json", "--label", "Herald", "--label", "Gazette", a, "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r compare.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if r.Version != compare.ReportVersion || len(r.Articles) != 2 {
		t.Fatalf("version %d with %d articles", r.Version, len(r.Articles))
	}
	if r.Articles[0].Label != "Herald" || r.Articles[1].Label != "Gazette" || r.Articles[1].Source != "-" {
		t.Errorf("labels %q, %q; source %q", r.Articles[0].Label, r.Articles[1].Label, r.Articles[1].Source)
	}
	// Not a terminal: compact, one article, group, quote or fact a line.
	if strings.Contains(out, "\n  ") || !strings.Contains(out, "\n{\"id\":") {
		t.Errorf("report to a pipe is not compact, one element a line:\n%.300s", out)
	}
	for _, k := range []string{`"quotes":[`, `"facts":[`, `"nearest"`, `"group"`, `"summary"`, `"framing"`} {
		if !strings.Contains(out, k) {
			t.Errorf("report lacks %s", k)
		}
	}
	if len(r.Groups) == 0 {
		t.Errorf("the two deal sentences did not group")
	}
	if len(r.Quotes) != 0 {
		t.Errorf("quotes found in articles without quotation marks: %+v", r.Quotes)
	}
	if !slices.ContainsFunc(r.Facts, func(f compare.Fact) bool { return f.Kind == "count" && f.Status == "shared" }) {
		t.Errorf("the 400 jobs both articles give are not a shared fact: %+v", r.Facts)
	}
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	dst := filepath.Join(dir, "report.txt")
	code, out, errs := runCmd(t, "", "-o", dst, a, b)
	if code != exitOK || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	data, err := os.ReadFile(dst)
	if err != nil || !strings.Contains(string(data), "a.txt") {
		t.Fatalf("report file: %v %q", err, data)
	}
	code, _, errs = runCmd(t, "", "-o", filepath.Join(dir, "no", "such", "dir.txt"), a, b)
	if code != exitFail || !strings.Contains(errs, "dir.txt") {
		t.Errorf("unwritable -o: exit %d, %q", code, errs)
	}
}

func TestDemoWithoutArguments(t *testing.T) {
	code, out, errs := runCmd(t, "")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "ARTICLES") || !strings.Contains(out, "[3]") {
		t.Errorf("the demo summary does not list three or more articles:\n%s", out)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"100": 100, "8M": 8 << 20, "8MiB": 8 << 20, "512k": 512 << 10, "1G": 1 << 30} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "-1", "0", "x", "1T"} {
		if _, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q) accepted", bad)
		}
	}
}
