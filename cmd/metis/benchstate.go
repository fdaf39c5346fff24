package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/metis-go/metis/internal/statebench"
)

func runBenchState(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("metis bench state", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		population = fs.Int("population", 100_000, "accounts created before measuring")
		contracts  = fs.Int("contracts", 100, "contracts with storage")
		slots      = fs.Int("slots", 10_000, "slots per contract (half are set at setup)")
		blocks     = fs.Int("blocks", 50, "measured blocks")
		accounts   = fs.Int("accounts", 10_000, "account updates per block")
		writes     = fs.Int("writes", 10_000, "storage writes per block")
		reads      = fs.Int("reads", 10_000, "reads per read measurement")
		asJSON     = fs.Bool("json", false, "print results as JSON")
		profile    = fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
		engines    = fs.String("engines", strings.Join(statebench.DefaultEngines, ","), "engines to measure, the last being the reference: metis, metis-256m, metis-archive, metis-leveldb, metis-bbolt, geth-pathdb")
	)
	if err := parseCommand(fs, args, "Usage: metis bench state [flags]\n\nCommits the same blocks (account updates and storage writes) into our state store (default\nretention, and archive) and into go-ethereum's path-based trie database, both on Pebble, checks they reach the same roots, and\nprints commit time with root, hot and cold account reads, and disk bytes per block.\n\n"); err != nil {
		return err
	}
	useNodeGC()
	stopProfile, err := startCPUProfile(*profile, "--cpuprofile")
	if err != nil {
		return err
	}
	defer stopProfile()
	dir, err := os.MkdirTemp("", "metis-bench-state-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	res, err := statebench.Run(statebench.Config{
		Dir: dir, Population: *population, Contracts: *contracts, Slots: *slots, Blocks: *blocks,
		Accounts: *accounts, Writes: *writes, Reads: *reads, Seed: 1, Engines: strings.Split(*engines, ","),
		Progress: func(format string, a ...any) { fmt.Fprintf(stderr, format+"\n", a...) },
	})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"machine": machineDescription(), "results": res})
	}
	fmt.Fprintf(stdout, "\nstate engines, %d blocks of %d account updates + %d storage writes over %d accounts and %d contracts — %s\n\n",
		*blocks, *accounts, *writes, *population, *contracts, machineDescription())
	fmt.Fprintf(stdout, "%-12s %14s %14s %14s %14s %16s\n", "engine", "commit p50 ms", "commit mean ms", "hot read ns", "cold read µs", "disk B/block")
	for _, r := range res {
		fmt.Fprintf(stdout, "%-12s %14.1f %14.1f %14.0f %14.1f %16d\n", r.Engine, r.CommitMsP50, r.CommitMsMean, r.HotReadNsP50, r.ColdReadUsP50, r.DiskBytesPerBlock)
	}
	geth := res[len(res)-1]
	fmt.Fprintf(stdout, "\nspeed relative to %s (>1 is faster; same roots at every block):\n", geth.Engine)
	for _, ours := range res[:len(res)-1] {
		fmt.Fprintf(stdout, "  %-14s commit %.2fx, hot read %.2fx, cold read %.2fx; disk per block %.2fx\n",
			ours.Engine, geth.CommitMsMean/ours.CommitMsMean, geth.HotReadNsP50/ours.HotReadNsP50, geth.ColdReadUsP50/ours.ColdReadUsP50, float64(ours.DiskBytesPerBlock)/float64(geth.DiskBytesPerBlock))
	}
	return nil
}
