// Command storydiff compares how several outlets cover the same story: it
// aligns the articles sentence by sentence and reports which facts they
// share, which they frame differently and what only one of them says.
//
// Usage:
//
//	storydiff [flags] ARTICLE ARTICLE [ARTICLE ...]
//	storydiff            (the bundled demo)
//
// Exit status: 0 on success, 2 on bad usage or unreadable input, 1 when the
// output cannot be written, 3 after a panic (see crash.go).
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/fetch"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // the output could not be written
	exitUsage = 2 // bad flags, or an article that cannot be read
)

const defaultMaxSize = 8 << 20

// softMemoryLimit is the heap size past which the garbage collector works
// harder rather than let the process grow (see runtime/debug.SetMemoryLimit).
// The engine allocates far more than it keeps: 8 MB of two-word sentences
// peaked at 2.0 GB resident without a limit and 1.06 GB with this one, in
// less time. A GOMEMLIMIT in the environment wins.
const softMemoryLimit = 1 << 30

// setMemoryLimit applies softMemoryLimit unless GOMEMLIMIT is set; it
// returns the limit in force.
func setMemoryLimit(getenv func(string) string) int64 {
	if getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1)
	}
	debug.SetMemoryLimit(softMemoryLimit)
	return softMemoryLimit
}

// setUpMemory applies the soft memory limit, then lazyFirstGC, which
// lowers the limit until the first collection and then puts it back: the
// other way round, the soft limit replaced the lazy start (no collection
// before 1 GiB) and was itself dropped after the first collection.
func setUpMemory(getenv func(string) string) {
	setMemoryLimit(getenv)
	lazyFirstGC()
}

func main() {
	setUpMemory(os.Getenv)
	stderr := sane(os.Stderr)
	os.Exit(guard(stderr, func() int { return run(os.Args[1:], os.Stdin, os.Stdout, stderr) }))
}

// config is the parsed command line.
type config struct {
	format  string
	output  string
	labels  []string
	maxSize int64
	timeout time.Duration
	paths   []string
	session string // --session: the review session file
	// retarget lets --session open a session saved for other articles.
	retarget bool
}

// run is the whole command, with its streams passed in so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	stderr = sane(stderr)
	cfg, err := parseArgs(args, stdout)
	if errors.Is(err, flag.ErrHelp) || errors.Is(err, errVersion) {
		return exitOK // parseArgs printed the usage or the version
	}
	if err == nil {
		compare.Prepare() // ready the engine's models before the articles are read
	}
	if err != nil {
		fmt.Fprintf(stderr, "storydiff: %s\n", flagError(err))
		fmt.Fprintln(stderr, "Run 'storydiff --help' for usage.")
		return exitUsage
	}
	if cfg.output != "" {
		if err := refuseOverwrite(cfg.output, cfg); err != nil {
			fmt.Fprintf(stderr, "storydiff: -o %v\n", err)
			return exitUsage
		}
	}
	if cfg.format == "" {
		cfg.format = "text"
		if cfg.output == "" && isTerminal(stdout) {
			cfg.format = "tui"
		}
	}
	if cfg.format == "tui" {
		return runInteractive(cfg, stdin, stdout, stderr)
	}
	if cfg.format == "markdown" || cfg.format == "html" || cfg.session != "" {
		return runMemo(cfg, stdin, stdout, stderr)
	}
	docs, err := loadAll(cfg, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "storydiff: %v\n", err)
		return exitUsage
	}
	if f, ok := stdout.(*os.File); ok && cfg.format == "text" && cfg.output == "" && isTerminal(stdout) {
		if p := pagerCommand(); p != "" {
			var buf bytes.Buffer
			err := writeReport(cfg, docs, &buf)
			text := buf.Bytes()
			if width, _, werr := term.GetSize(f.Fd()); werr == nil {
				text = wrapLines(text, width)
			}
			if err == nil && page(p, text, f, stderr) {
				return exitOK
			}
		}
	}
	if err := writeReport(cfg, docs, stdout); err != nil {
		fmt.Fprintf(stderr, "storydiff: %v\n", err)
		return exitFail
	}
	return exitOK
}

// runInteractive runs --format tui, which needs a terminal to draw on.
func runInteractive(cfg config, stdin io.Reader, stdout, stderr io.Writer) int {
	if cfg.output != "" || !isTerminal(stdout) {
		fmt.Fprintln(stderr, "storydiff: --format tui needs a terminal on standard output (and no -o)")
		return exitUsage
	}
	loadErr, runErr := runTUI(cfg, stdin, stdout.(*os.File))
	if code, crashed := reportCrash(stderr, loadErr, runErr); crashed {
		return code
	}
	switch {
	case loadErr != nil:
		fmt.Fprintf(stderr, "storydiff: %v\n", loadErr)
		return exitUsage
	case runErr != nil:
		fmt.Fprintf(stderr, "storydiff: %v\n", runErr)
		return exitFail
	}
	return exitOK
}

// labelList collects repeated --label flags.
type labelList []string

func (l *labelList) String() string     { return strings.Join(*l, ",") }
func (l *labelList) Set(s string) error { *l = append(*l, s); return nil }

// sizeValue parses sizes such as 8388608, 512K, 8M or 8MiB.
type sizeValue int64

func (v *sizeValue) String() string {
	n := int64(*v)
	for _, u := range []struct {
		suffix string
		size   int64
	}{{"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d%s", n/u.size, u.suffix)
		}
	}
	return fmt.Sprint(n)
}
func (v *sizeValue) Set(s string) error {
	n, err := parseSize(s)
	if err != nil {
		return err
	}
	*v = sizeValue(n)
	return nil
}

// errVersion is parseArgs's answer to --version, which it has printed.
var errVersion = errors.New("version printed")

// parseArgs parses the command line. Flags may come anywhere among the
// articles (storydiff A B --format json), as in git and most tools; after
// "--" everything is an article. --help and --version print to stdout; a
// bad flag is an error for run to print in one line.
func parseArgs(args []string, stdout io.Writer) (config, error) {
	cfg := config{}
	fs := flag.NewFlagSet("storydiff", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run prints the one error line
	showVersion := fs.Bool("version", false, "print the version and the report contract version, and exit")
	var labels labelList
	maxSize := sizeValue(defaultMaxSize)
	fs.StringVar(&cfg.format, "format", "", fmt.Sprintf("output `format`: tui (the interactive side-by-side view; the default when standard output is a terminal), text (a readable summary; the default otherwise), json (the full report, contract version %d; compact unless written to a terminal), markdown or html (the editor's memo: coverage, flagged items, conflicts, quotes, notes)", compare.ReportVersion))
	fs.StringVar(&cfg.output, "o", "", "write the output to `file` instead of standard output")
	fs.StringVar(&cfg.session, "session", "", "review session `file`: the interactive view creates or resumes it and keeps marks and notes there; --format markdown, json or html put them in the memo")
	fs.BoolVar(&cfg.retarget, "retarget", false, "let --session open a session saved for other articles and move it to these (its marks that match nothing are kept and listed as orphaned); without it such a session is refused")
	fs.Var(&labels, "label", "`name` shown for an article; repeat once per article, in order (default: the page's site name, else the URL's host or the file name)")
	fs.Var(&maxSize, "max-size", "refuse articles larger than `size` (bytes, or with a K, M or G suffix)")
	fs.DurationVar(&cfg.timeout, "timeout", fetch.DefaultTimeout, "give up fetching a URL, or reading a named pipe, after `duration` (e.g. 20s, 1m)")
	fs.Usage = func() {}
	usage := func() {
		fs.SetOutput(stdout)
		defer fs.SetOutput(io.Discard)
		fmt.Fprint(stdout, `storydiff compares how several outlets cover the same story.

It aligns the articles sentence by sentence (outlets reorder facts, so this is
not a line diff) and reports which facts they share, which they word
differently and which only one of them carries.

Usage:
  storydiff [flags] ARTICLE ARTICLE [ARTICLE ...]
  storydiff [flags]              compare the bundled demo articles

An ARTICLE is a path to plain text, Markdown or a saved HTML page (recognised
by content as well as extension), an http or https URL, or - for standard
input. Flags may come before, between or after the articles; after --,
every argument is an article.

On a terminal it opens the interactive view (press ? there for the keys);
otherwise, or with --format text or json, it writes a report.

Flags:
`)
		printFlags(stdout, fs)
		fmt.Fprint(stdout, `
Exit status: 0 on success, 2 on bad usage or an article that cannot be read,
1 when the output cannot be written, 3 after an internal error (a crash
report is written and its path printed).
`)
	}
	paths, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		usage()
		return cfg, err
	}
	if err != nil {
		return cfg, err
	}
	if *showVersion {
		fmt.Fprintf(stdout, "storydiff %s (report contract version %d)\n", version(), compare.ReportVersion)
		return cfg, errVersion
	}
	cfg.labels, cfg.maxSize, cfg.paths = labels, int64(maxSize), paths
	switch cfg.format {
	case "", "tui", "text", "json", "markdown", "html":
	default:
		return cfg, fmt.Errorf("unknown --format %q (want tui, text, json, markdown or html)", cfg.format)
	}
	if cfg.session != "" && cfg.format == "text" {
		return cfg, fmt.Errorf("--session works with --format tui, markdown, json or html, not text")
	}
	if cfg.retarget && cfg.session == "" {
		return cfg, fmt.Errorf("--retarget moves a session to other articles: it needs --session")
	}
	if len(cfg.paths) == 1 {
		return cfg, fmt.Errorf("need at least two articles to compare, got one (%s)", cfg.paths[0])
	}
	if len(cfg.labels) > 0 && len(cfg.paths) > 0 && len(cfg.labels) != len(cfg.paths) {
		return cfg, fmt.Errorf("got %d --label flags for %d articles", len(cfg.labels), len(cfg.paths))
	}
	if cfg.maxSize <= 0 {
		return cfg, fmt.Errorf("--max-size must be positive")
	}
	if cfg.timeout <= 0 {
		return cfg, fmt.Errorf("--timeout must be positive")
	}
	stdins := 0
	for _, p := range cfg.paths {
		if p == "-" {
			stdins++
		}
	}
	if stdins > 1 {
		return cfg, fmt.Errorf("standard input (-) can be given only once")
	}
	return cfg, nil
}

// parseInterleaved parses flags found anywhere in args and returns the
// other arguments, the articles, in order. "-" (standard input) is an
// article; "--" ends the flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(paths, rest...), nil
		}
		if len(rest) == 0 {
			return paths, nil
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

// version is the module version the binary was built from, or "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// printFlags lists the flags as the README and most tools write them:
// two dashes (one for a one-letter flag), the value's name, then the text
// wrapped beneath, with the default where there is one.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		value, usage := flag.UnquoteUsage(f)
		dashes := "--"
		if len(f.Name) == 1 {
			dashes = "-"
		}
		fmt.Fprintln(w, "  "+strings.TrimSpace(dashes+f.Name+" "+value))
		if f.DefValue != "" && f.DefValue != "false" {
			usage += " (default " + f.DefValue + ")"
		}
		line := "     "
		for _, word := range strings.Fields(usage) {
			if len(line)+1+len(word) > 79 && line != "     " {
				fmt.Fprintln(w, line)
				line = "     "
			}
			line += " " + word
		}
		fmt.Fprintln(w, line)
	})
}

// flagError words the flag package's errors as the help writes flags,
// with two dashes: "flag provided but not defined: -bogus" becomes
// "unknown flag --bogus".
func flagError(err error) string {
	msg := err.Error()
	dashed := func(name string) string {
		name = strings.TrimLeft(name, "-")
		if len(name) == 1 {
			return "-" + name
		}
		return "--" + name
	}
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "unknown flag " + dashed(name)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return dashed(name) + " needs a value"
	}
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		if value, flagPart, ok := strings.Cut(rest, " for flag "); ok {
			name, why, _ := strings.Cut(flagPart, ": ")
			return dashed(name) + ": invalid value " + value + " (" + why + ")"
		}
	}
	return msg
}
