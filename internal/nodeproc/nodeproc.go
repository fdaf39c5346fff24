// Package nodeproc starts Ethereum JSON-RPC node processes (metis, anvil)
// on free loopback ports and waits until they answer, for benchmarks and
// end-to-end tests.
package nodeproc

import (
	"context"
	"fmt"
	"io"
	"net"
	"os/exec"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// FreePort returns a loopback TCP port that was free a moment ago.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("nodeproc: find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Process is a running node.
type Process struct {
	URL string // http:// endpoint
	cmd *exec.Cmd
}

// Start runs bin with the arguments argv returns for a free port, sends its
// output to out (nil discards it), and waits up to timeout until it answers
// eth_chainId.
func Start(ctx context.Context, bin string, argv func(port int) []string, out io.Writer, timeout time.Duration) (*Process, error) {
	port, err := FreePort()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, argv(port)...)
	cmd.Stdout, cmd.Stderr = out, out
	// Its own process group, so Kill also reaches children: npm's anvil is
	// a node wrapper that runs the real binary as a child.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("nodeproc: start %s: %w", bin, err)
	}
	p := &Process{URL: "http://127.0.0.1:" + strconv.Itoa(port), cmd: cmd}
	if err := WaitReady(ctx, p.URL, timeout); err != nil {
		p.Kill()
		return nil, fmt.Errorf("nodeproc: %s: %w", bin, err)
	}
	return p, nil
}

// WaitReady polls url until eth_chainId answers or timeout passes.
func WaitReady(ctx context.Context, url string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		if c, err := rpc.DialContext(ctx, url); err == nil {
			var id string
			err = c.CallContext(ctx, &id, "eth_chainId")
			c.Close()
			if err == nil {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("no answer from %s: %w", url, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Kill stops the process and its children with SIGKILL and reaps it.
func (p *Process) Kill() {
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	_ = p.cmd.Wait()
}
