// Package x402bench measures x402 facilitators over their HTTP API: verify
// throughput and latency, and sustained settlements, for any facilitator
// (ours, or the official TypeScript one served by
// e2e/x402/ts-facilitator.mjs), with the same pre-signed payments.
package x402bench

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/payer"
)

// Result is one measured run.
type Result struct {
	Facilitator string  `json:"facilitator"`
	Operation   string  `json:"operation"` // verify or settle
	Requests    int     `json:"requests"`
	OK          int     `json:"ok"` // valid verifies, successful settlements
	Seconds     float64 `json:"seconds"`
	PerSecond   float64 `json:"perSecond"` // OK per second
	P50Ms       float64 `json:"p50Ms"`
	P99Ms       float64 `json:"p99Ms"`
	FirstError  string  `json:"firstError,omitempty"`
}

// Bodies returns n facilitator request bodies (v2) paying req, signed by
// the keys in turn, each with a fresh nonce.
func Bodies(keys []*ecdsa.PrivateKey, req x402.Requirements, n int) ([][]byte, error) {
	reqRaw, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, n)
	for i := range out {
		pl, err := payer.PayloadV2(keys[i%len(keys)], &req, nil, payer.Options{})
		if err != nil {
			return nil, err
		}
		raw, err := json.Marshal(pl)
		if err != nil {
			return nil, err
		}
		out[i], err = json.Marshal(x402.FacilitatorRequest{X402Version: 2, PaymentPayload: raw, PaymentRequirements: reqRaw})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Run posts every body to url+"/"+op with the given concurrency and
// measures. progress, if set, is called as requests complete.
func Run(ctx context.Context, name, url, op string, bodies [][]byte, concurrency int, progress func(done int)) Result {
	client := &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: concurrency, MaxConnsPerHost: concurrency}}
	defer client.CloseIdleConnections()
	lat := make([]time.Duration, len(bodies))
	var next, ok, done atomic.Int64
	var firstErr atomic.Value
	var wg sync.WaitGroup
	start := time.Now()
	for range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(bodies) || ctx.Err() != nil {
					return
				}
				t0 := time.Now()
				good, err := post(ctx, client, url+"/"+op, op, bodies[i])
				lat[i] = time.Since(t0)
				if good {
					ok.Add(1)
				} else if err != nil {
					firstErr.CompareAndSwap(nil, err.Error())
				}
				if progress != nil {
					progress(int(done.Add(1)))
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(lat)
	r := Result{Facilitator: name, Operation: op, Requests: len(bodies), OK: int(ok.Load()), Seconds: elapsed.Seconds()}
	r.PerSecond = float64(r.OK) / elapsed.Seconds()
	if len(lat) > 0 {
		r.P50Ms = ms(lat[len(lat)/2])
		r.P99Ms = ms(lat[min(len(lat)-1, len(lat)*99/100)])
	}
	if e, _ := firstErr.Load().(string); e != "" {
		r.FirstError = e
	}
	return r
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// post sends one request and reports whether the facilitator said yes.
func post(ctx context.Context, client *http.Client, url, op string, body []byte) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return false, err
	}
	var ans struct {
		IsValid       bool   `json:"isValid"`
		Success       bool   `json:"success"`
		InvalidReason string `json:"invalidReason"`
		ErrorReason   string `json:"errorReason"`
		ErrorMessage  string `json:"errorMessage"`
		Error         string `json:"error"`
	}
	if err := json.Unmarshal(raw, &ans); err != nil {
		return false, fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, raw)
	}
	if op == "verify" && ans.IsValid || op == "settle" && ans.Success {
		return true, nil
	}
	return false, fmt.Errorf("HTTP %d: %s%s %s%s", resp.StatusCode, ans.InvalidReason, ans.ErrorReason, ans.ErrorMessage, ans.Error)
}

// Script is a running node script that serves HTTP.
type Script struct {
	URL string
	cmd *exec.Cmd
}

// StartScript runs `node script` with env and waits for it to print
// "listening <port>".
func StartScript(ctx context.Context, script string, env []string, log io.Writer) (*Script, error) {
	abs, err := filepath.Abs(script)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(abs); err != nil {
		return nil, fmt.Errorf("x402bench: %w", err)
	}
	cmd := exec.Command("node", abs)
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Stderr = log
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("x402bench: node %s: %w", script, err)
	}
	s := &Script{cmd: cmd}
	port := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if p, ok := strings.CutPrefix(sc.Text(), "listening "); ok {
				port <- p
			}
			fmt.Fprintln(log, sc.Text())
		}
	}()
	select {
	case p := <-port:
		s.URL = "http://127.0.0.1:" + p
		return s, nil
	case <-time.After(30 * time.Second):
	case <-ctx.Done():
	}
	s.Stop()
	return nil, fmt.Errorf("x402bench: %s did not start listening", script)
}

// Stop kills the script and its children.
func (s *Script) Stop() {
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
	_ = s.cmd.Wait()
}
