package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/internal/loadgen"
	"github.com/metis-go/metis/internal/nodeproc"
)

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "load" {
		return errors.New("usage: metis bench load [flags] (see metis bench load -h)")
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
		asJSON    = fs.Bool("json", false, "print results as JSON")
	)
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	accs, err := devkeys.Derive(devkeys.TestMnemonic, 1)
	if err != nil {
		return err
	}
	cfg := loadgen.Config{Kind: *kind, Txs: *txs, Senders: *senders, Funder: accs[0].Key}
	results := map[string]*loadgen.Result{}
	order := []string{}
	measure := func(name, url string) error {
		cfg.RPC = url
		fmt.Fprintf(stderr, "== %s at %s\n", name, url)
		r, err := loadgen.Run(ctx, cfg, stderr)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		results[name] = r
		order = append(order, name)
		return nil
	}
	if *rpcURL != "" {
		if err := measure("target", *rpcURL); err != nil {
			return err
		}
	} else {
		self, err := os.Executable()
		if err != nil {
			return err
		}
		p, err := nodeproc.Start(ctx, self, func(port int) []string {
			return []string{"dev", "--ephemeral", "--http.port", strconv.Itoa(port), "--block-time", blockTime.String(), "--gas-limit", strconv.FormatUint(*gasLimit, 10), "--log.level", "warn"}
		}, stderr, 30*time.Second)
		if err != nil {
			return err
		}
		err = measure("metis", p.URL)
		p.Kill()
		if err != nil {
			return err
		}
	}
	if *anvil != "" {
		secs := strconv.FormatFloat(blockTime.Seconds(), 'f', -1, 64)
		p, err := nodeproc.Start(ctx, *anvil, func(port int) []string {
			return []string{"--port", strconv.Itoa(port), "--block-time", secs, "--chain-id", "31337", "--gas-limit", strconv.FormatUint(*gasLimit, 10), "--silent"}
		}, stderr, 30*time.Second)
		if err != nil {
			return err
		}
		err = measure("anvil", p.URL)
		p.Kill()
		if err != nil {
			return err
		}
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(results)
	}
	fmt.Fprintf(stdout, "\n%-8s %8s %9s %10s %10s %10s %7s\n", "node", "sent", "included", "tx/s", "p50", "p99", "blocks")
	for _, name := range order {
		r := results[name]
		fmt.Fprintf(stdout, "%-8s %8d %9d %10.1f %10s %10s %7d\n", name, r.Sent, r.Included, r.TPS, r.P50.Round(time.Millisecond), r.P99.Round(time.Millisecond), r.Blocks)
	}
	if m, a := results["metis"], results["anvil"]; m != nil && a != nil && a.TPS > 0 {
		fmt.Fprintf(stdout, "\nmetis/anvil sustained included tx/s: %.2fx\n", m.TPS/a.TPS)
	}
	return nil
}
