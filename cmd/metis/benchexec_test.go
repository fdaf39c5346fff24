package main

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"
)

// TestBenchExecJSON runs `metis bench exec` on a small mixed block and
// checks that the three paths ran the same block (the command fails
// otherwise) and that the JSON report has every path with its ratios.
func TestBenchExecJSON(t *testing.T) {
	var out bytes.Buffer
	err := runBenchExec(t.Context(), []string{"--workload", "mix", "--gas", "3m", "--rounds", "1", "--workers", "3", "--json"}, &out, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var report struct {
		Workload string             `json:"workload"`
		Txs      int                `json:"txs"`
		Workers  int                `json:"workers"`
		Results  []execRow          `json:"results"`
		Speedup  map[string]float64 `json:"parallel_vs_serial"`
	}
	if err := json.Unmarshal(out.Bytes(), &report); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if report.Workload != "mix" || report.Txs == 0 || report.Workers != 3 || len(report.Results) != 3 {
		t.Fatalf("report %+v", report)
	}
	for i, want := range []string{"geth-serial", "metis-serial", "metis-parallel"} {
		r := report.Results[i]
		if r.Path != want || r.ExecMgasPerS <= 0 || r.TotalMgasPerS <= 0 || r.ExecVsGeth <= 0 {
			t.Fatalf("result %d: %+v", i, r)
		}
	}
	if report.Speedup["exec"] <= 0 || report.Speedup["total"] <= 0 {
		t.Fatalf("speedup %v", report.Speedup)
	}
	if err := runBenchExec(t.Context(), []string{"--workload", "nope"}, io.Discard, io.Discard); err == nil {
		t.Fatal("unknown workload accepted")
	}
}
