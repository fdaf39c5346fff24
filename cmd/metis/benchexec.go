package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/metis-go/metis/exec/blockstm"
	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/internal/execbench"
	"github.com/metis-go/metis/internal/workload"
	"github.com/metis-go/metis/vm"
)

// execRow is one path's medians over the rounds.
type execRow struct {
	Path          string  `json:"path"`
	ExecMgasPerS  float64 `json:"exec_mgas_per_s"`
	ExecTxPerS    float64 `json:"exec_tx_per_s"`
	ExecSec       float64 `json:"exec_seconds"`
	TotalMgasPerS float64 `json:"total_mgas_per_s"`
	TotalSec      float64 `json:"total_seconds"`
	ExecVsGeth    float64 `json:"exec_ratio_vs_geth"`
	TotalVsGeth   float64 `json:"total_ratio_vs_geth"`
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
		kind    = fs.String("workload", "transfer", "block contents: "+strings.Join(workload.Kinds(), ", "))
		gasStr  = fs.String("gas", "100m", "block gas (k, m, g suffixes)")
		rounds  = fs.Int("rounds", 5, "runs of each path, alternating; medians are reported")
		asJSON  = fs.Bool("json", false, "print results as JSON")
		workers = fs.Int("workers", runtime.GOMAXPROCS(0), "parallel executor worker goroutines")
		profile = fs.String("cpuprofile", "", "write a CPU profile of the timed runs to this file")
	)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	useNodeGC()
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
	par := blockstm.New(*workers)
	parallel, err := execbench.NewOurs(cfg, w, par)
	if err != nil {
		return err
	}
	split, err := execbench.NewSplit(cfg, w, par.Workers())
	if err != nil {
		return err
	}
	// The ideal split comes last: it is a bound, not an execution of the
	// block, so its root is not compared.
	paths := []struct {
		name string
		run  func(context.Context) (*execbench.Result, error)
	}{{"geth-serial", geth.Run}, {"metis-serial", ours.Run}, {"metis-parallel", parallel.Run}, {"ideal-split", split.Run}}
	stopProfile, err := startCPUProfile(*profile, "--cpuprofile")
	if err != nil {
		return err
	}
	defer stopProfile()
	execTimes := make([][]time.Duration, len(paths))
	totalTimes := make([][]time.Duration, len(paths))
	var last []*execbench.Result
	for round := 1; round <= *rounds; round++ {
		last = last[:0]
		for i, p := range paths {
			runtime.GC() // start every path from a collected heap: no path pays for another's garbage
			r, err := p.run(ctx)
			if err != nil {
				return fmt.Errorf("%s: %w", p.name, err)
			}
			execTimes[i] = append(execTimes[i], r.Exec)
			totalTimes[i] = append(totalTimes[i], r.Elapsed)
			last = append(last, r)
			fmt.Fprintf(stderr, "round %d %-15s exec %8.1f Mgas/s, with root %8.1f Mgas/s\n", round, p.name, float64(r.Gas)/1e6/r.Exec.Seconds(), r.MgasPerSec())
		}
		for _, r := range last[1:3] {
			if r.Root != last[0].Root || r.Gas != last[0].Gas {
				return fmt.Errorf("paths disagree: geth root %s gas %d, metis root %s gas %d", last[0].Root, last[0].Gas, r.Root, r.Gas)
			}
		}
	}
	median := func(d []time.Duration) float64 { slices.Sort(d); return d[len(d)/2].Seconds() }
	rows := make([]execRow, len(paths))
	usedGas, txs := float64(last[0].Gas), float64(last[0].Txs)
	for i, p := range paths {
		e, t := median(execTimes[i]), median(totalTimes[i])
		rows[i] = execRow{Path: p.name, ExecMgasPerS: usedGas / 1e6 / e, ExecTxPerS: txs / e, ExecSec: e, TotalMgasPerS: usedGas / 1e6 / t, TotalSec: t}
		rows[i].ExecVsGeth, rows[i].TotalVsGeth = rows[0].ExecSec/e, rows[0].TotalSec/t
	}
	speedup := map[string]float64{"exec": rows[1].ExecSec / rows[2].ExecSec, "total": rows[1].TotalSec / rows[2].TotalSec}
	ideal := rows[3]
	rows = rows[:3]
	bound := map[string]float64{
		"exec_seconds": ideal.ExecSec, "serial_vs_split": rows[1].ExecSec / ideal.ExecSec,
		"parallel_share_of_bound": (rows[1].ExecSec / rows[2].ExecSec) / (rows[1].ExecSec / ideal.ExecSec),
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{
			"workload": *kind, "gas": last[0].Gas, "txs": last[0].Txs, "rounds": *rounds, "workers": par.Workers(),
			"cpus": runtime.NumCPU(), "results": rows, "parallel_vs_serial": speedup, "ideal_split": bound,
		})
	}
	fmt.Fprintf(stdout, "\nworkload %s: %d txs, %d gas used; median of %d rounds; parallel on %d workers (%d CPUs)\n",
		*kind, last[0].Txs, last[0].Gas, *rounds, par.Workers(), runtime.NumCPU())
	fmt.Fprintf(stdout, "%-15s %12s %10s %9s | %16s %9s | %9s %10s\n", "path", "exec Mgas/s", "exec tx/s", "exec s", "exec+root Mgas/s", "total s", "exec/geth", "total/geth")
	for _, r := range rows {
		fmt.Fprintf(stdout, "%-15s %12.1f %10.0f %9.3f | %16.1f %9.3f | %8.2fx %9.2fx\n",
			r.Path, r.ExecMgasPerS, r.ExecTxPerS, r.ExecSec, r.TotalMgasPerS, r.TotalSec, r.ExecVsGeth, r.TotalVsGeth)
	}
	fmt.Fprintf(stdout, "parallel vs serial: execution %.2fx, execution + root %.2fx\n", speedup["exec"], speedup["total"])
	fmt.Fprintf(stdout, "ideal split (the block cut in %d runs executed serially at once, no coordination; a bound, not an execution): %.3f s, %.2fx serial; parallel reaches %.0f%% of it\n",
		par.Workers(), ideal.ExecSec, bound["serial_vs_split"], 100*bound["parallel_share_of_bound"])
	return nil
}
