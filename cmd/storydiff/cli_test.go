package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// Flags are accepted anywhere among the articles, as in git; after "--"
// everything is an article.
func TestFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	for _, args := range [][]string{
		{a, b, "--format", "json"},
		{a, "--format", "json", b},
		{"--format", "json", a, b},
		{a, "--label", "Herald", b, "--label", "Gazette", "--format=json"},
	} {
		code, out, errs := runCmd(t, "", args...)
		if code != exitOK {
			t.Errorf("%q: exit %d: %s", args, code, errs)
			continue
		}
		var r compare.Report
		if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Articles) != 2 {
			t.Errorf("%q: not a report of two articles (%v)", args, err)
		}
	}
	// -o after the articles, as in the README's memo command.
	memo := filepath.Join(dir, "memo.md")
	if code, _, errs := runCmd(t, "", "--format", "markdown", a, b, "-o", memo); code != exitOK {
		t.Fatalf("-o after the articles: exit %d: %s", code, errs)
	}
	if data, err := os.ReadFile(memo); err != nil || len(data) == 0 {
		t.Errorf("no memo written at %s (%v)", memo, err)
	}
	// After "--", a name that looks like a flag is an article.
	code, _, errs := runCmd(t, "", a, "--", "--format")
	if code != exitUsage || !strings.Contains(errs, "--format") || !strings.Contains(errs, "no such file") {
		t.Errorf("after --: exit %d, %q", code, errs)
	}
}

// An unknown flag is one error line and a hint, not the usage.
func TestUnknownFlagIsOneLineAndAHint(t *testing.T) {
	code, out, errs := runCmd(t, "", "a.txt", "--colour", "b.txt")
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	if code != exitUsage || out != "" || len(lines) != 2 {
		t.Fatalf("exit %d, stdout %q, stderr %d lines:\n%s", code, out, len(lines), errs)
	}
	if !strings.Contains(lines[0], "-colour") || !strings.Contains(lines[1], "storydiff --help") {
		t.Errorf("stderr:\n%s", errs)
	}
}

func TestVersion(t *testing.T) {
	code, out, errs := runCmd(t, "", "--version")
	want := fmt.Sprintf("(report contract version %d)", compare.ReportVersion)
	if code != exitOK || errs != "" || !regexp.MustCompile(`^storydiff \S+ `).MatchString(out) || !strings.Contains(out, want) {
		t.Errorf("--version: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// storydiff A B --format json on a terminal writes the report: a flag
// after the articles is obeyed, not taken for a file.
func TestFormatAfterArticlesOnATerminal(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	s := newTmux(t, shellLine(command(t), a, b, "--format", "json")+"; echo \"[exit $?]\"; sleep 60")
	sc := s.wait("the exit", has("[exit "))
	if !strings.Contains(sc, "[exit 0]") || !strings.Contains(sc, "}\n[exit 0]") || strings.Contains(sc, "ALIGNED") {
		t.Errorf("want the JSON report and exit 0; the screen is:\n%s", sc)
	}
}

// --format text on a terminal goes through $PAGER; piped, it stays plain.
func TestTextGoesThroughThePager(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	line := shellLine(command(t), "--format", "text", a, b)
	s := newTmux(t, "PAGER='sed s/^/paged:/' "+line+"; echo \"[exit $?]\"; PAGER='sed s/^/paged:/' "+line+" | tail -n 2; echo \"[piped $?]\"; sleep 60")
	sc := s.wait("both runs", has("[piped "))
	before, after, _ := strings.Cut(sc, "[exit 0]")
	if !strings.Contains(before, "paged:") {
		t.Errorf("on a terminal the report did not go through $PAGER:\n%s", sc)
	}
	if strings.Contains(after, "paged:") {
		t.Errorf("piped, the report went through $PAGER:\n%s", sc)
	}
}

// Every storydiff command the README shows with the placeholder articles
// A, B and C runs as written: the memo commands write their file, the
// interactive ones open the panes and quit on q.
func TestREADMECommandsAsWritten(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Skip("README.md not found")
	}
	var cmds []string
	seen := map[string]bool{}
	for _, m := range regexp.MustCompile("(?m)`(storydiff [^`]*)`|^(storydiff [^\n#]*)").FindAllStringSubmatch(string(readme), -1) {
		c := strings.TrimSpace(m[1] + m[2])
		if !regexp.MustCompile(`(^| )A B( C)?( |$)`).MatchString(c) || seen[c] {
			continue // the usage line, URLs
		}
		seen[c] = true
		cmds = append(cmds, c)
	}
	if len(cmds) < 2 {
		t.Fatalf("found %d README commands with A B: %q", len(cmds), cmds)
	}
	bin := command(t)
	// In one directory and in the README's order, as a reader follows it:
	// the memo command reads the session the interactive one made.
	dir := t.TempDir()
	for _, name := range []string{"A", "B", "C"} {
		writeFile(t, dir, name, []byte(strings.ReplaceAll(articleA, "Monday", "Monday "+name)))
	}
	for i, c := range cmds {
		t.Run(fmt.Sprint("command", i+1), func(t *testing.T) {
			t.Log(c)
			line := shellQuote(bin) + strings.TrimPrefix(c, "storydiff")
			s := newTmux(t, "cd "+shellQuote(dir)+" && "+line+"; echo \"[exit $?]\"; sleep 60")
			interactive := !strings.Contains(c, "--format") && !strings.Contains(c, "-o ")
			if interactive {
				s.wait("the panes", has("ALIGNED"))
				s.keys("q")
			}
			sc := s.wait("the exit", has("[exit "))
			if !strings.Contains(sc, "[exit 0]") {
				t.Errorf("%s: the screen is:\n%s", c, sc)
			}
			if m := regexp.MustCompile(`-o (\S+)`).FindStringSubmatch(c); m != nil {
				if data, err := os.ReadFile(filepath.Join(dir, m[1])); err != nil || len(data) == 0 {
					t.Errorf("%s wrote no %s (%v)", c, m[1], err)
				}
			}
		})
	}
}

// The help writes flags as the README does (two dashes, sizes with a
// suffix), and a bad flag's one line names it the same way.
func TestHelpAndFlagErrorsUseTwoDashes(t *testing.T) {
	code, out, _ := runCmd(t, "", "--help")
	if code != exitOK {
		t.Fatalf("--help: exit %d", code)
	}
	for _, want := range []string{"\n  --format format\n", "\n  --max-size size\n", "(default 8M)", "\n  -o file\n", "\n  --version\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("--help lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\n  -format") {
		t.Errorf("--help writes a flag with one dash:\n%s", out)
	}
	for args, want := range map[string]string{
		"--bogus":       "storydiff: unknown flag --bogus\n",
		"--timeout xyz": "storydiff: --timeout: invalid value \"xyz\" (parse error)\n",
		"--session":     "storydiff: --session needs a value\n",
	} {
		_, _, errs := runCmd(t, "", strings.Fields(args)...)
		if first, _, _ := strings.Cut(errs, "Run 'storydiff"); first != want {
			t.Errorf("%s: %q, want %q", args, first, want)
		}
	}
}

// The same article named twice, or once more through a link, is refused
// with one line naming it: compared with itself it would be all shared.
// Two different files with the same text are two articles, and compared.
func TestSameFileTwiceIsRefused(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	text := "Port board approves terminal.\n\nThe board voted on Monday to approve the lease.\n"
	if err := os.WriteFile(a, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(a, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	copyOf := filepath.Join(dir, "copy.txt")
	if err := os.WriteFile(copyOf, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{a, a}, {a, link}} {
		code, out, errs := runCmd(t, "", append([]string{"--format", "json"}, args...)...)
		if code != exitUsage || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, args[1]) {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q", args, code, len(out), errs)
		}
	}
	if code, _, errs := runCmd(t, "", "--format", "json", a, copyOf); code != exitOK {
		t.Errorf("two files with one text: exit %d, stderr %q", code, errs)
	}
}

// --help names the report contract version the JSON carries.
func TestHelpNamesTheContractVersion(t *testing.T) {
	_, out, errs := runCmd(t, "", "--help")
	want := fmt.Sprintf("contract version %d;", compare.ReportVersion)
	if !strings.Contains(out+errs, want) {
		t.Errorf("--help does not say %q:\n%s%s", want, out, errs)
	}
}

// A report that cannot be written names the file asked for, not the
// hidden temporary file beside it.
func TestWriteErrorNamesTheOutput(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	for i, p := range []string{a, b} {
		text := fmt.Sprintf("Outlet %d reports the port vote.\n\nThe board voted on Monday.\n", i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "missing", "report.json")
	code, _, errs := runCmd(t, "", "--format", "json", "-o", out, a, b)
	if code == exitOK || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "writing "+out+": ") || strings.Contains(errs, ".report.json") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// Two articles on different stories: the text report says that no fact
// is shared, under its heading, rather than leaving the heading empty.
func TestTextSaysWhenNoFactIsShared(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "port.txt", []byte("Port board approves terminal\n\nThe harbour board voted on Monday to lease Pier 9 to a shipping line.\n"))
	b := writeFile(t, dir, "choir.txt", []byte("Choir wins regional prize\n\nThe youth choir from Elmsford took first place at the spring festival.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, after, _ := strings.Cut(out, "FACTS IN MORE THAN ONE ARTICLE")
	section, _, _ := strings.Cut(after, "\n\n")
	if !strings.Contains(section, "none found") {
		t.Errorf("no shared fact, but the section says:\n%s", section)
	}
}
