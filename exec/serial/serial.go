// Package serial is the reference executor: it runs a block's transactions
// one after another on a single overlay state.
//
// Concurrency: an Executor has no state of its own and is safe for
// concurrent use; each Execute call works on its own overlay.
package serial

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/overlay"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

var _ exec.Executor = (*Executor)(nil)

// Executor executes transactions serially.
type Executor struct{}

// New returns a serial executor.
func New() *Executor { return &Executor{} }

// Execute implements exec.Executor.
func (e *Executor) Execute(ctx context.Context, blk *exec.Block, txs []*types.Transaction, pre state.Reader) (*exec.Result, error) {
	st := overlay.New(pre)
	evm := vm.NewEVM(blk.Config, blk.Header, blk.GetHash, st, gethvm.Config{})
	signer := types.MakeSigner(blk.Config, blk.Header.Number, blk.Header.Time)
	gp := core.NewGasPool(blk.Header.GasLimit)
	res := &exec.Result{}
	for i, tx := range txs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		receipt, _, err := exec.ApplyTx(evm, st, gp, blk, signer, tx, len(res.Included))
		if err != nil {
			if stErr := st.Err(); stErr != nil {
				return nil, stErr
			}
			if errors.Is(err, context.Canceled) {
				return nil, err
			}
			res.Rejected = append(res.Rejected, exec.Rejected{Index: i, Tx: tx, Err: err})
			continue
		}
		res.Included = append(res.Included, tx)
		res.Receipts = append(res.Receipts, receipt)
	}
	res.GasUsed = gp.CumulativeUsed()
	res.WriteSet = st.WriteSet()
	return res, nil
}
