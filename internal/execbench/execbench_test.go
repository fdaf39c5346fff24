package execbench

import (
	"testing"

	"github.com/metis-go/metis/exec/blockstm"
	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/internal/workload"
	"github.com/metis-go/metis/vm"
)

// TestSameRootAsGeth checks that every workload, run through go-ethereum's
// path and through our serial executor, uses the same gas and reaches the
// same state root: the benchmark compares equal work.
func TestSameRootAsGeth(t *testing.T) {
	cfg := vm.ChainConfig(vm.DefaultChainID)
	for _, kind := range workload.Kinds() {
		t.Run(kind, func(t *testing.T) {
			w, err := workload.Generate(kind, 3_000_000, cfg.ChainID, 1)
			if err != nil {
				t.Fatal(err)
			}
			g, err := NewGeth(cfg, w)
			if err != nil {
				t.Fatal(err)
			}
			o, err := NewOurs(cfg, w, serial.New())
			if err != nil {
				t.Fatal(err)
			}
			if g.root != o.root {
				t.Fatalf("genesis roots differ: geth %s, ours %s", g.root, o.root)
			}
			gr, err := g.Run(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			or, err := o.Run(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if gr.Root != or.Root || gr.Gas != or.Gas || gr.Txs != or.Txs || or.Txs == 0 {
				t.Fatalf("geth %+v, ours %+v", gr, or)
			}
			if or.Root == o.root {
				t.Fatal("the block changed nothing")
			}
		})
	}
}

// BenchmarkBlock reports Mgas/s of go-ethereum's path and of our serial and
// parallel executors on the same 30M-gas blocks (execution and root).
func BenchmarkBlock(b *testing.B) {
	cfg := vm.ChainConfig(vm.DefaultChainID)
	for _, kind := range workload.Kinds() {
		w, err := workload.Generate(kind, 30_000_000, cfg.ChainID, 1)
		if err != nil {
			b.Fatal(err)
		}
		WarmSenders(cfg, w)
		g, err := NewGeth(cfg, w)
		if err != nil {
			b.Fatal(err)
		}
		o, err := NewOurs(cfg, w, serial.New())
		if err != nil {
			b.Fatal(err)
		}
		p, err := NewOurs(cfg, w, blockstm.New(0))
		if err != nil {
			b.Fatal(err)
		}
		for _, path := range []struct {
			name string
			run  func() (*Result, error)
		}{
			{"geth", func() (*Result, error) { return g.Run(b.Context()) }},
			{"serial", func() (*Result, error) { return o.Run(b.Context()) }},
			{"parallel", func() (*Result, error) { return p.Run(b.Context()) }},
		} {
			b.Run(kind+"/"+path.name, func(b *testing.B) {
				var gas uint64
				for b.Loop() {
					r, err := path.run()
					if err != nil {
						b.Fatal(err)
					}
					gas += r.Gas
				}
				b.ReportMetric(float64(gas)/1e6/b.Elapsed().Seconds(), "Mgas/s")
			})
		}
	}
}
