// Package e2e drives a running node with real Ethereum clients from npm:
// Foundry's cast and forge, ethers v6 and viem (see *.test.mjs, run by
// node's built-in test runner).
//
// The node under test is chosen by E2E_NODE: "metis" (the default) builds
// and runs this repository's binary; "anvil" runs Foundry's anvil from
// node_modules, to check the tests themselves:
//
//	(cd e2e && npm ci) && E2E_NODE=anvil go test ./e2e/ -run . -v
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/metis-go/metis/internal/nodeproc"
)

const (
	startTimeout = 60 * time.Second // until the node answers eth_chainId
	runTimeout   = 8 * time.Minute  // the whole node --test run
)

// requireClients skips the test when the npm clients are not installed, or
// fails it under CI (where .ci/run installs them).
func requireClients(t *testing.T) {
	t.Helper()
	missing := ""
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node is not on PATH"
	}
	for _, p := range []string{"node_modules/.bin/cast", "node_modules/.bin/forge", "node_modules/.bin/anvil", "node_modules/solc", "node_modules/ethers", "node_modules/viem"} {
		if _, err := os.Stat(p); err != nil && missing == "" {
			missing = "e2e/" + p + " is missing"
		}
	}
	if missing == "" {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s: .ci/run must run `npm ci` in e2e/", missing)
	}
	t.Skipf("%s: run `npm ci` in e2e/ to run the client end-to-end tests", missing)
}

// startNode starts the node under test on a free loopback port and returns
// its HTTP endpoint; the node is killed when the test ends.
func startNode(t *testing.T) string {
	t.Helper()
	var (
		bin  string
		argv func(port int) []string
	)
	switch node := os.Getenv("E2E_NODE"); node {
	case "", "metis":
		bin = filepath.Join(t.TempDir(), "metis")
		build := exec.CommandContext(t.Context(), "go", "build", "-o", bin, "./cmd/metis")
		build.Dir = ".."
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("go build ./cmd/metis: %v\n%s", err, out)
		}
		argv = func(port int) []string {
			return []string{"dev", "--ephemeral", "--http.port", fmt.Sprint(port), "--block-time", "1s", "--log.level", "warn", "--facilitator.addr", "127.0.0.1:0", "--bang.addr", "127.0.0.1:0", "--validators.addr", "127.0.0.1:0"}
		}
	case "anvil":
		bin = "node_modules/.bin/anvil"
		argv = func(port int) []string {
			return []string{"--port", fmt.Sprint(port), "--block-time", "1", "--chain-id", "31337", "--silent"}
		}
	default:
		t.Fatalf("unknown E2E_NODE %q: want metis or anvil", node)
	}
	logw := newLineLogger(t, "node: ")
	p, err := nodeproc.Start(t.Context(), bin, argv, logw, startTimeout)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		p.Kill()
		logw.Flush()
	})
	t.Logf("node under test: %s at %s", filepath.Base(bin), p.URL)
	return p.URL
}

func TestClients(t *testing.T) {
	requireClients(t)
	here, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("*.test.mjs")
	if err != nil || len(files) == 0 {
		t.Fatalf("no *.test.mjs in e2e/ (%v)", err)
	}
	url := startNode(t)

	ctx, cancel := context.WithTimeout(t.Context(), runTimeout)
	defer cancel()
	args := append([]string{"--test", "--test-concurrency=3", "--test-reporter=spec"}, files...)
	cmd := exec.CommandContext(ctx, "node", args...)
	cmd.Env = append(os.Environ(),
		"RPC_URL="+url,
		"WS_URL=ws"+strings.TrimPrefix(url, "http"),
		"PATH="+filepath.Join(here, "bin")+string(os.PathListSeparator)+filepath.Join(here, "node_modules", ".bin")+string(os.PathListSeparator)+os.Getenv("PATH"),
		"NO_COLOR=1", "FORCE_COLOR=0",
	)
	// node --test runs each file in a child process: on timeout, kill the
	// whole group, and do not wait on pipes held by a straggler.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 10 * time.Second
	logw := newLineLogger(t, "")
	cmd.Stdout, cmd.Stderr = logw, logw

	start := time.Now()
	err = cmd.Run()
	logw.Flush()
	t.Logf("node --test %s: %v", strings.Join(files, " "), time.Since(start).Round(time.Millisecond))
	if ctx.Err() != nil {
		t.Fatalf("client tests did not finish within %v", runTimeout)
	}
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			t.Fatalf("client tests failed (node --test exit code %d): see the log above", exit.ExitCode())
		}
		t.Fatalf("client tests: %v", err)
	}
}

// lineLogger is an io.Writer that passes whole lines to t.Log as they come.
type lineLogger struct {
	t      *testing.T
	prefix string
	mu     sync.Mutex
	buf    bytes.Buffer
}

var _ io.Writer = (*lineLogger)(nil)

func newLineLogger(t *testing.T, prefix string) *lineLogger {
	return &lineLogger{t: t, prefix: prefix}
}

func (l *lineLogger) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf.Write(p)
	r := bufio.NewReader(bytes.NewReader(l.buf.Bytes()))
	consumed := 0
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			break
		}
		consumed += len(line)
		l.t.Log(l.prefix + strings.TrimRight(line, "\r\n"))
	}
	l.buf.Next(consumed)
	return len(p), nil
}

// Flush logs what is left of an unfinished last line.
func (l *lineLogger) Flush() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.buf.Len() > 0 {
		l.t.Log(l.prefix + l.buf.String())
		l.buf.Reset()
	}
}
