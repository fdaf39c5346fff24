package main

import (
	"testing"

	"github.com/metis-go/metis/internal/loadgen"
)

func TestMedianTPS(t *testing.T) {
	runs := func(tps ...float64) []benchRun {
		var out []benchRun
		for i, v := range tps {
			out = append(out, benchRun{Node: "metis", Round: i + 1, Result: &loadgen.Result{TPS: v}}, benchRun{Node: "anvil", Result: &loadgen.Result{TPS: 1}})
		}
		return out
	}
	tests := []struct {
		name string
		in   []benchRun
		want float64
	}{
		{"none", nil, 0},
		{"one", runs(5), 5},
		{"odd", runs(9, 1, 5), 5},
		{"even", runs(4, 1, 3, 10), 3.5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := medianTPS(tc.in, "metis"); got != tc.want {
				t.Fatalf("median %v, want %v", got, tc.want)
			}
		})
	}
}
