package workload_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/internal/execbench"
	"github.com/metis-go/metis/internal/workload"
	"github.com/metis-go/metis/vm"
)

// TestEveryTransactionSucceeds runs each workload serially and checks that
// every transaction is included and succeeds: a benchmark of reverting
// transactions would measure nothing useful.
func TestEveryTransactionSucceeds(t *testing.T) {
	cfg := vm.ChainConfig(vm.DefaultChainID)
	for _, kind := range workload.Kinds() {
		t.Run(kind, func(t *testing.T) {
			w, err := workload.Generate(kind, 5_000_000, cfg.ChainID, 3)
			if err != nil {
				t.Fatal(err)
			}
			store, root, err := execbench.Genesis(w)
			if err != nil {
				t.Fatal(err)
			}
			pre, err := store.Reader(root)
			if err != nil {
				t.Fatal(err)
			}
			res, err := serial.New().Execute(context.Background(), execbench.Block(cfg, w), w.Txs, pre)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rejected) > 0 {
				t.Fatalf("tx %d rejected: %v", res.Rejected[0].Index, res.Rejected[0].Err)
			}
			logs := 0
			for i, r := range res.Receipts {
				if r.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("tx %d failed (gas used %d of %d)", i, r.GasUsed, w.Txs[i].Gas())
				}
				logs += len(r.Logs)
			}
			if kind == "uniswap" && logs != 4*len(res.Receipts) { // Transfer, Transfer, Swap, Sync
				t.Fatalf("%d logs for %d swaps", logs, len(res.Receipts))
			}
			t.Logf("%d txs, %d gas used of %d", len(res.Receipts), res.GasUsed, w.GasLimit)
		})
	}
}
