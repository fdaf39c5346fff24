package blockstm_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/blockstm"
	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/internal/workload"
	"github.com/metis-go/metis/state"
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
		store := state.NewStore(rawdb.NewMemoryDatabase())
		ws, err := state.FromAlloc(w.Alloc)
		if err != nil {
			b.Fatal(err)
		}
		root, err := store.Commit(types.EmptyRootHash, 0, ws)
		if err != nil {
			b.Fatal(err)
		}
		header := &types.Header{Number: big.NewInt(1), Time: 1, GasLimit: w.GasLimit, BaseFee: big.NewInt(7), Coinbase: common.HexToAddress("0xc0ffee"), Difficulty: new(big.Int), ExcessBlobGas: new(uint64)}
		blk := &exec.Block{Config: cfg, Header: header, GetHash: func(uint64) common.Hash { return common.Hash{} }}
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
