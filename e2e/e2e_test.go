// Package e2e drives the real metis binary with real Ethereum clients from
// npm: Foundry's cast and forge, ethers v6 and viem (see *.test.mjs).
package e2e

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startNode starts the node under test, chosen by E2E_NODE: "metis" (the
// default) builds and runs this repository's binary; "anvil" runs Foundry's
// anvil, to check that the tests themselves are right.
func startNode(t *testing.T) string {
	t.Helper()
	port := freePort(t)
	var cmd *exec.Cmd
	switch node := os.Getenv("E2E_NODE"); node {
	case "", "metis":
		bin := filepath.Join(t.TempDir(), "metis")
		build := exec.Command("go", "build", "-o", bin, "./cmd/metis")
		build.Dir = ".."
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
		cmd = exec.Command(bin, "dev", "--ephemeral", "--http.port", fmt.Sprint(port), "--block-time", "1s", "--log.level", "warn")
	case "anvil":
		cmd = exec.Command("node_modules/.bin/anvil", "--port", fmt.Sprint(port), "--block-time", "1", "--chain-id", "31337", "--silent")
	default:
		t.Fatalf("unknown E2E_NODE %q", node)
	}
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	for {
		if c, err := ethclient.DialContext(ctx, url); err == nil {
			_, err = c.ChainID(ctx)
			c.Close()
			if err == nil {
				return url
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("node at %s did not come up", url)
		case <-time.After(100 * time.Millisecond):
		}
	}
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
