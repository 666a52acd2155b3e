package main

import (
	"bufio"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// pwned is what a hostile server or file name tries to send: set the
// terminal's title, and the clipboard.
const pwned = "\x1b]2;PWNED\x07\x1b]52;c;cHduZWQ=\x07"

// pwnedShown is how it must reach the terminal instead: as visible text.
const pwnedShown = "␛]2;PWNED␇␛]52;c;cHduZWQ=␇"

// hostileStatusServer answers every request with a status line holding
// escapes, which net/http will not write, so it speaks HTTP by hand.
func hostileStatusServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				_ = c.SetDeadline(time.Now().Add(30 * time.Second))
				r := bufio.NewReader(c)
				for { // the request's head
					line, err := r.ReadString('\n')
					if err != nil || line == "\r\n" {
						break
					}
				}
				fmt.Fprintf(c, "HTTP/1.1 404 Not %s Found\u202Egnp\u0085\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", pwned)
			}()
		}
	}()
	return "http://" + ln.Addr().String() + "/story"
}

// hostileCertServer serves TLS with a self-signed certificate whose DNS
// names hold escapes; it is reached as localhost, which they do not name,
// so the x509 error lists them.
func hostileCertServer(t *testing.T) string {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "x" + pwned},
		DNSNames:  []string{"evil" + pwned + ".example", "b\x1b[2J.example"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatalf("creating the certificate: %v", err)
	}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articleA)
	}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake is expected
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}}
	srv.StartTLS()
	t.Cleanup(srv.Close)
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	return "https://localhost:" + port + "/story"
}

// hostileRedirectServer redirects to a host whose name holds a C1 control
// and a bidi override, which the resolver's error names.
func hostileRedirectServer(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "http://evil\u202Egnp\u0085\u009b2J.invalid/")
		w.WriteHeader(http.StatusFound)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/story"
}

// errorLineCases are commands whose one error line quotes something
// hostile: a server's status line, a certificate's names, a redirect's
// host, file names. want is a visible rendering the line must hold.
func errorLineCases(t *testing.T) []struct {
	name string
	args []string
	want string
} {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte(articleA))
	other := writeFile(t, dir, "other.txt", []byte(articleB))
	hostileName := filepath.Join(dir, "a"+pwned+"\u202Etxt.exe")
	sessDir := filepath.Join(dir, "s"+pwned+".json")
	if err := os.Mkdir(sessDir, 0o755); err != nil {
		t.Fatal(err)
	}
	return []struct {
		name string
		args []string
		want string
	}{
		{"status line", []string{good, hostileStatusServer(t)}, "HTTP 404 Not " + pwnedShown + " Found⟨U+202E⟩gnp"},
		{"certificate names", []string{good, hostileCertServer(t)}, "evil" + pwnedShown + ".example"},
		{"redirect host", []string{good, hostileRedirectServer(t)}, "evil⟨U+202E⟩gnp"},
		{"missing file", []string{good, hostileName}, "a" + pwnedShown + "⟨U+202E⟩txt.exe"},
		{"one article", []string{hostileName}, "a" + pwnedShown},
		{"-o in a missing directory", []string{"-o", filepath.Join(dir, "no"+pwned, "out"), good, other}, "no" + pwnedShown},
		{"--session a directory", []string{"--session", sessDir, good, other}, "s" + pwnedShown + ".json"},
	}
}

// TestErrorLinesReachNoTerminal: every line the command prints on
// standard error goes through the sanitiser article text does, in the
// text and JSON modes alike.
func TestErrorLinesReachNoTerminal(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		for _, c := range errorLineCases(t) {
			t.Run(format+"/"+c.name, func(t *testing.T) {
				args := append([]string{"--format", format, "--timeout", "10s"}, c.args...)
				if format == "text" && c.name == "--session a directory" {
					args[1] = "json" // --session does not go with text
				}
				code, _, errs := runCmd(t, "", args...)
				if code == exitOK {
					t.Fatalf("exit 0; stderr %q", errs)
				}
				assertSafe(t, "stderr", errs)
				if !strings.Contains(errs, c.want) {
					t.Errorf("stderr %q lacks %q", errs, c.want)
				}
			})
		}
	}
}

// TestErrorLinesInTheInterface runs the interface in tmux on each hostile
// error (the interface loads, then gives the terminal back and prints the
// line): a calibration step first proves this tmux obeys OSC 2 and OSC 52,
// then the pane title and the paste buffers must stay untouched and the
// escapes show as text.
func TestErrorLinesInTheInterface(t *testing.T) {
	bin := command(t)
	for _, c := range errorLineCases(t) {
		if strings.HasPrefix(c.name, "-o") {
			continue // the interface takes no -o
		}
		t.Run(c.name, func(t *testing.T) {
			script := fmt.Sprintf(`read go; printf '\033]2;calibrated\007\033]52;c;Y2FsaWJyYXRlZA==\007'; read go; %s; echo "[exit $?]"; sleep 60`,
				shellLine(append([]string{bin, "--format", "tui", "--timeout", "10s"}, c.args...)...))
			s := newTmux(t, script)
			s.run("set-option", "-g", "set-clipboard", "on")
			title := func() string { return strings.TrimSpace(s.run("display-message", "-p", "-t", "t", "#{pane_title}")) }
			s.keys("Enter")
			deadline := time.Now().Add(5 * time.Second)
			for title() != "calibrated" || !strings.Contains(s.run("list-buffers"), "calibrated") {
				if time.Now().After(deadline) {
					t.Skipf("tmux here does not act on OSC 2 or OSC 52 (title %q): nothing to check", title())
				}
				time.Sleep(20 * time.Millisecond)
			}
			s.run("delete-buffer")
			s.keys("Enter")
			sc := s.wait("the exit", has("[exit 2]"))
			if !strings.Contains(strings.ReplaceAll(sc, "\n", ""), c.want) {
				t.Errorf("the error line does not show the escape as text:\n%s", sc)
			}
			if got := title(); got != "calibrated" && got != "storydiff" && got != "" {
				t.Errorf("the pane title became %q", got)
			}
			if bufs := strings.TrimSpace(s.run("list-buffers")); bufs != "" {
				t.Errorf("the error line wrote tmux's paste buffer: %s", bufs)
			}
		})
	}
}
