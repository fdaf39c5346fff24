package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"time"

	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/internal/loadgen"
	"github.com/metis-go/metis/internal/nodeproc"
)

// benchRun is one measurement of one node.
type benchRun struct {
	Node   string          `json:"node"`
	Round  int             `json:"round"`
	Result *loadgen.Result `json:"result"`
}

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "exec" {
		return runBenchExec(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "x402" {
		return runBenchX402(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "state" {
		return runBenchState(ctx, args[1:], stdout, stderr)
	}
	if len(args) == 0 || args[0] != "load" {
		return errors.New("usage: metis bench load|exec|x402|state [flags] (see metis bench <name> -h)")
	}
	fs := flag.NewFlagSet("metis bench load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		rpcURL    = fs.String("rpc", "", "JSON-RPC URL of a running node to load; empty starts `metis dev --ephemeral` itself")
		anvil     = fs.String("anvil", "", "path to an anvil binary: also run the same load against anvil and print the ratio")
		kind      = fs.String("kind", "transfer", "transactions to send: transfer (ETH) or erc20 (BenchToken transfers)")
		txs       = fs.Int("txs", 40000, "transactions to send")
		senders   = fs.Int("senders", 200, "distinct senders")
		blockTime = fs.Duration("block-time", time.Second, "block time of the nodes this command starts")
		gasLimit  = fs.Uint64("gas-limit", 1_000_000_000, "block gas limit of the nodes this command starts (the same for both)")
		rounds    = fs.Int("rounds", 1, "measure each node this many times, alternating, on fresh nodes; the ratio is of the medians")
		asJSON    = fs.Bool("json", false, "print results as JSON")
	)
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	if *rounds < 1 {
		return errors.New("--rounds must be at least 1")
	}
	accs, err := devkeys.Derive(devkeys.TestMnemonic, 1)
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	gas := strconv.FormatUint(*gasLimit, 10)
	type target struct {
		name string
		bin  string
		argv func(port int) []string
	}
	var targets []target
	if *rpcURL == "" {
		targets = append(targets, target{"metis", self, func(port int) []string {
			return []string{"dev", "--ephemeral", "--http.port", strconv.Itoa(port), "--block-time", blockTime.String(), "--gas-limit", gas, "--log.level", "warn"}
		}})
	}
	if *anvil != "" {
		secs := strconv.FormatFloat(blockTime.Seconds(), 'f', -1, 64)
		targets = append(targets, target{"anvil", *anvil, func(port int) []string {
			return []string{"--port", strconv.Itoa(port), "--block-time", secs, "--chain-id", "31337", "--gas-limit", gas, "--silent"}
		}})
	}
	cfg := loadgen.Config{Kind: *kind, Txs: *txs, Senders: *senders, Funder: accs[0].Key}
	measure := func(name, url string) (*loadgen.Result, error) {
		cfg.RPC = url
		fmt.Fprintf(stderr, "== %s at %s\n", name, url)
		r, err := loadgen.Run(ctx, cfg, stderr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return r, nil
	}
	var runs []benchRun
	for round := 1; round <= *rounds; round++ {
		if *rpcURL != "" {
			r, err := measure("target", *rpcURL)
			if err != nil {
				return err
			}
			runs = append(runs, benchRun{"target", round, r})
		}
		for _, tg := range targets {
			p, err := nodeproc.Start(ctx, tg.bin, tg.argv, stderr, 30*time.Second)
			if err != nil {
				return err
			}
			r, err := measure(tg.name, p.URL)
			p.Kill()
			if err != nil {
				return err
			}
			runs = append(runs, benchRun{tg.name, round, r})
		}
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(runs)
	}
	fmt.Fprintf(stdout, "\n%-6s %-8s %8s %9s %10s %10s %10s %7s\n", "round", "node", "sent", "included", "tx/s", "p50", "p99", "blocks")
	for _, run := range runs {
		r := run.Result
		fmt.Fprintf(stdout, "%-6d %-8s %8d %9d %10.1f %10s %10s %7d\n", run.Round, run.Node, r.Sent, r.Included, r.TPS, r.P50.Round(time.Millisecond), r.P99.Round(time.Millisecond), r.Blocks)
	}
	metis, anvilTPS := medianTPS(runs, "metis"), medianTPS(runs, "anvil")
	if metis > 0 && anvilTPS > 0 {
		fmt.Fprintf(stdout, "\nmedian tx/s: metis %.1f, anvil %.1f\nmetis/anvil sustained included tx/s: %.2fx\n", metis, anvilTPS, metis/anvilTPS)
	}
	return nil
}

// medianTPS returns the median included tx/s of a node's runs, or 0.
func medianTPS(runs []benchRun, node string) float64 {
	var tps []float64
	for _, r := range runs {
		if r.Node == node {
			tps = append(tps, r.Result.TPS)
		}
	}
	if len(tps) == 0 {
		return 0
	}
	slices.Sort(tps)
	if len(tps)%2 == 1 {
		return tps[len(tps)/2]
	}
	return (tps[len(tps)/2-1] + tps[len(tps)/2]) / 2
}
