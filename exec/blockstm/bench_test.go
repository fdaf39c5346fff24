package blockstm_test

import (
	"context"
	"testing"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/blockstm"
	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/internal/execbench"
	"github.com/metis-go/metis/internal/workload"
	"github.com/metis-go/metis/vm"
)

// BenchmarkExecute times execution alone (no state root) of 30M-gas
// workload blocks, serially and with Block-STM.
func BenchmarkExecute(b *testing.B) {
	cfg := vm.ChainConfig(vm.DefaultChainID)
	for _, kind := range workload.Kinds() {
		w, err := workload.Generate(kind, benchGas, cfg.ChainID, 1)
		if err != nil {
			b.Fatal(err)
		}
		store, root, err := execbench.Genesis(w)
		if err != nil {
			b.Fatal(err)
		}
		blk := execbench.Block(cfg, w)
		for _, ex := range []struct {
			name string
			ex   exec.Executor
		}{{"serial", serial.New()}, {"parallel1", blockstm.New(1)}, {"parallel", blockstm.New(0)}} {
			b.Run(kind+"/"+ex.name, func(b *testing.B) {
				var gas uint64
				for b.Loop() {
					pre, err := store.Reader(root)
					if err != nil {
						b.Fatal(err)
					}
					res, err := ex.ex.Execute(context.Background(), blk, w.Txs, pre)
					if err != nil {
						b.Fatal(err)
					}
					gas += res.GasUsed
				}
				b.ReportMetric(float64(gas)/1e6/b.Elapsed().Seconds(), "Mgas/s")
				if p, ok := ex.ex.(*blockstm.Executor); ok {
					st := p.Stats()
					b.ReportMetric(float64(st.Executions)/float64(st.Transactions), "runs/tx")
					b.ReportMetric(float64(st.Idle)/float64(st.Blocks), "idle/block")
					b.ReportMetric(float64(st.Waits)/float64(st.Transactions), "waits/tx")
					b.ReportMetric(float64(st.Aborts)/float64(st.Transactions), "aborts/tx")
				}
			})
		}
	}
}

// benchGas is the block size of BenchmarkExecute.
const benchGas = 30_000_000
