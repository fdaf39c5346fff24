package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/internal/execbench"
	"github.com/metis-go/metis/internal/workload"
	"github.com/metis-go/metis/vm"
)

// execRow is one path's median over the rounds.
type execRow struct {
	Path      string  `json:"path"`
	MgasPerS  float64 `json:"mgas_per_s"`
	TxPerS    float64 `json:"tx_per_s"`
	MedianSec float64 `json:"median_seconds"`
	Ratio     float64 `json:"ratio_vs_geth"`
}

// parseGas reads a gas amount with an optional k, m or g suffix.
func parseGas(s string) (uint64, error) {
	mult := uint64(1)
	switch {
	case strings.HasSuffix(strings.ToLower(s), "g"):
		mult, s = 1_000_000_000, s[:len(s)-1]
	case strings.HasSuffix(strings.ToLower(s), "m"):
		mult, s = 1_000_000, s[:len(s)-1]
	case strings.HasSuffix(strings.ToLower(s), "k"):
		mult, s = 1_000, s[:len(s)-1]
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || n == 0 {
		return 0, fmt.Errorf("bad gas amount %q", s)
	}
	return n * mult, nil
}

func runBenchExec(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("metis bench exec", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		kind   = fs.String("workload", "transfer", "block contents: "+strings.Join(workload.Kinds(), ", "))
		gasStr = fs.String("gas", "100m", "block gas (k, m, g suffixes)")
		rounds = fs.Int("rounds", 5, "runs of each path, alternating; medians are reported")
		asJSON = fs.Bool("json", false, "print results as JSON")
	)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	gas, err := parseGas(*gasStr)
	if err != nil {
		return fmt.Errorf("--gas: %w", err)
	}
	if *rounds < 1 {
		return errors.New("--rounds must be at least 1")
	}
	cfg := vm.ChainConfig(vm.DefaultChainID)
	fmt.Fprintf(stderr, "generating a %s block of %d gas\n", *kind, gas)
	w, err := workload.Generate(*kind, gas, cfg.ChainID, 1)
	if err != nil {
		return err
	}
	execbench.WarmSenders(cfg, w)
	geth, err := execbench.NewGeth(cfg, w)
	if err != nil {
		return err
	}
	ours, err := execbench.NewOurs(cfg, w, serial.New())
	if err != nil {
		return err
	}
	paths := []struct {
		name string
		run  func(context.Context) (*execbench.Result, error)
	}{{"geth-serial", geth.Run}, {"metis-serial", ours.Run}}
	times := make([][]time.Duration, len(paths))
	var last []*execbench.Result
	for round := 1; round <= *rounds; round++ {
		last = last[:0]
		for i, p := range paths {
			r, err := p.run(ctx)
			if err != nil {
				return fmt.Errorf("%s: %w", p.name, err)
			}
			times[i] = append(times[i], r.Elapsed)
			last = append(last, r)
			fmt.Fprintf(stderr, "round %d %-13s %8.1f Mgas/s\n", round, p.name, r.MgasPerSec())
		}
		if last[0].Root != last[1].Root || last[0].Gas != last[1].Gas {
			return fmt.Errorf("paths disagree: geth root %s gas %d, metis root %s gas %d", last[0].Root, last[0].Gas, last[1].Root, last[1].Gas)
		}
	}
	rows := make([]execRow, len(paths))
	for i, p := range paths {
		slices.Sort(times[i])
		med := times[i][len(times[i])/2].Seconds()
		rows[i] = execRow{Path: p.name, MgasPerS: float64(last[i].Gas) / 1e6 / med, TxPerS: float64(last[i].Txs) / med, MedianSec: med}
		rows[i].Ratio = rows[0].MedianSec / med
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"workload": *kind, "gas": last[0].Gas, "txs": last[0].Txs, "rounds": *rounds, "results": rows})
	}
	fmt.Fprintf(stdout, "\nworkload %s: %d txs, %d gas used, execution + state root, median of %d\n", *kind, last[0].Txs, last[0].Gas, *rounds)
	fmt.Fprintf(stdout, "%-13s %10s %10s %10s %8s\n", "path", "Mgas/s", "tx/s", "seconds", "vs geth")
	for _, r := range rows {
		fmt.Fprintf(stdout, "%-13s %10.1f %10.0f %10.3f %7.2fx\n", r.Path, r.MgasPerS, r.TxPerS, r.MedianSec, r.Ratio)
	}
	return nil
}
