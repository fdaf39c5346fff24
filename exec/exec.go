package exec

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/metis-go/metis/exec/overlay"
	"github.com/metis-go/metis/state"
)

// Block is what an executor needs to know about the block being executed.
// Header.Root, Header.GasUsed, Header.Bloom and the hash are not yet known
// and are ignored.
type Block struct {
	Config  *params.ChainConfig
	Header  *types.Header
	GetHash gethvm.GetHashFunc // BLOCKHASH for the 256 previous blocks
}

// Rejected is a transaction that could not be included.
type Rejected struct {
	Index int // position in the input
	Tx    *types.Transaction
	Err   error
}

// Result is the outcome of executing a list of transactions.
type Result struct {
	Included []*types.Transaction // in order; the block's transactions
	Receipts []*types.Receipt     // one per included transaction
	Rejected []Rejected
	GasUsed  uint64
	WriteSet state.WriteSet
}

// Executor executes an ordered list of transactions on top of a state.
type Executor interface {
	// Execute runs txs in order against pre. A transaction that fails
	// validation is reported in Result.Rejected and has no effect; later
	// transactions still run. The returned error is reserved for failures
	// of the executor itself (state read errors, cancellation).
	Execute(ctx context.Context, blk *Block, txs []*types.Transaction, pre state.Reader) (*Result, error)
}

// ApplyTx runs tx as the index-th transaction of the block on evm, whose
// StateDB must be st, and returns its receipt. On a validation error the
// state and gas pool are left as they were and the error is returned.
// Receipt fields that depend on the block hash are left unset.
func ApplyTx(evm *gethvm.EVM, st *overlay.State, gp *core.GasPool, blk *Block, signer types.Signer, tx *types.Transaction, index int) (*types.Receipt, *core.ExecutionResult, error) {
	msg, err := core.TransactionToMessage(tx, signer, blk.Header.BaseFee)
	if err != nil {
		return nil, nil, fmt.Errorf("decode tx %s: %w", tx.Hash(), err)
	}
	st.SetTxContext(tx.Hash(), index, uint32(index+1))
	snap, gpSnap := st.Snapshot(), gp.Snapshot()
	if hooks := evm.Config.Tracer; hooks != nil && hooks.OnTxStart != nil {
		hooks.OnTxStart(evm.GetVMContext(), tx, msg.From)
	}
	result, err := core.ApplyMessage(evm, msg, gp)
	if err != nil {
		st.RevertToSnapshot(snap)
		gp.Set(gpSnap)
		return nil, nil, err
	}
	st.Finalise(evm.ChainConfig().Rules(blk.Header.Number, true, blk.Header.Time))
	if err := st.Err(); err != nil {
		return nil, nil, fmt.Errorf("state read during tx %s: %w", tx.Hash(), err)
	}
	receipt := &types.Receipt{
		Type:              tx.Type(),
		CumulativeGasUsed: gp.CumulativeUsed(),
		TxHash:            tx.Hash(),
		GasUsed:           result.UsedGas,
		Logs:              st.TxLogs(),
		BlockNumber:       blk.Header.Number,
		TransactionIndex:  uint(index),
		EffectiveGasPrice: msg.GasPrice.ToBig(),
	}
	if result.Failed() {
		receipt.Status = types.ReceiptStatusFailed
	} else {
		receipt.Status = types.ReceiptStatusSuccessful
	}
	if tx.To() == nil {
		receipt.ContractAddress = crypto.CreateAddress(msg.From, tx.Nonce())
	}
	if receipt.Logs == nil {
		receipt.Logs = []*types.Log{}
	}
	for _, l := range receipt.Logs {
		l.BlockNumber = blk.Header.Number.Uint64()
		l.BlockTimestamp = blk.Header.Time
	}
	receipt.Bloom = types.CreateBloom(receipt)
	if hooks := evm.Config.Tracer; hooks != nil && hooks.OnTxEnd != nil {
		hooks.OnTxEnd(receipt, nil)
	}
	return receipt, result, nil
}

// SealReceipts fills the fields of receipts and their logs that depend on
// the block hash, once the header is final.
func SealReceipts(receipts []*types.Receipt, blockHash common.Hash) {
	for _, r := range receipts {
		r.BlockHash = blockHash
		for _, l := range r.Logs {
			l.BlockHash = blockHash
		}
	}
}
