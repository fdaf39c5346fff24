// Package e2e drives the real metis binary with real Ethereum clients from
// npm: Foundry's cast and forge, ethers v6 and viem (see *.test.mjs).
package e2e

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/metis-go/metis/internal/nodeproc"
)

// startNode starts the node under test, chosen by E2E_NODE: "metis" (the
// default) builds and runs this repository's binary; "anvil" runs Foundry's
// anvil, to check that the tests themselves are right.
func startNode(t *testing.T) string {
	t.Helper()
	var (
		bin  string
		argv func(port int) []string
	)
	switch node := os.Getenv("E2E_NODE"); node {
	case "", "metis":
		bin = filepath.Join(t.TempDir(), "metis")
		build := exec.Command("go", "build", "-o", bin, "./cmd/metis")
		build.Dir = ".."
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
		argv = func(port int) []string {
			return []string{"dev", "--ephemeral", "--http.port", fmt.Sprint(port), "--block-time", "1s", "--log.level", "warn"}
		}
	case "anvil":
		bin = "node_modules/.bin/anvil"
		argv = func(port int) []string {
			return []string{"--port", fmt.Sprint(port), "--block-time", "1", "--chain-id", "31337", "--silent"}
		}
	default:
		t.Fatalf("unknown E2E_NODE %q", node)
	}
	p, err := nodeproc.Start(t.Context(), bin, argv, os.Stderr, 60*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Kill)
	return p.URL
}

func TestClients(t *testing.T) {
	if _, err := os.Stat("node_modules/.bin/cast"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("e2e/node_modules missing: .ci/run must run npm ci in e2e/")
		}
		t.Skip("e2e/node_modules missing: run `npm ci` in e2e/ to run the client interop tests")
	}
	url := startNode(t)
	cmd := exec.CommandContext(t.Context(), "node", "--test", "--test-concurrency=3",
		"ethers.test.mjs", "viem.test.mjs", "foundry.test.mjs")
	cmd.Env = append(os.Environ(), "RPC_URL="+url)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		t.Log(sc.Text())
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("client tests failed: %v", err)
	}
}
