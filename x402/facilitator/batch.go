package facilitator

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/metis-go/metis/contracts/bindings"
)

// batchOverhead is the gas of a BatchSettler call beyond its transfers'
// own estimates (which each include a transaction's 21,000 and calldata,
// so the sum already over-counts).
const batchOverhead = 60_000

var settler = bindings.NewBatchSettler()

// batcher gathers the settlements of one token on one chain for a short
// window (or until BatchMax) and sends them as one BatchSettler
// transaction: fewer transactions, so more settlements per block and less
// work per settlement for the node and the facilitator.
type batcher struct {
	f       *Facilitator
	c       *chain
	asset   common.Address
	settler common.Address
	in      chan *batchItem
}

type batchItem struct {
	ck   *check
	gas  uint64
	sent chan batchSent    // the batch's transaction, once sent
	done chan batchOutcome // whether this transfer moved funds
}

type batchSent struct {
	tx  common.Hash
	err error
}

type batchOutcome struct {
	moved   bool
	reason  string // why not, when the transfer reverted inside the batch
	pending bool   // no receipt before giving up or shutting down
}

// submit queues a checked settlement and returns once its batch is sent.
func (b *batcher) submit(ck *check, gas uint64) (common.Hash, <-chan batchOutcome, error) {
	it := &batchItem{ck: ck, gas: gas, sent: make(chan batchSent, 1), done: make(chan batchOutcome, 1)}
	select {
	case b.in <- it:
	case <-b.f.ctx.Done():
		return common.Hash{}, nil, errors.New("facilitator shutting down")
	}
	s := <-it.sent
	return s.tx, it.done, s.err
}

// run gathers batches until the facilitator closes. It is counted in f.wg,
// and so are the flushes it starts.
func (b *batcher) run() {
	defer b.f.wg.Done()
	var items []*batchItem
	var window <-chan time.Time
	flush := func() {
		b.f.wg.Add(1)
		go b.flush(items)
		items, window = nil, nil
	}
	for {
		select {
		case it := <-b.in:
			items = append(items, it)
			if len(items) == 1 {
				window = time.After(b.f.cfg.BatchWindow)
			}
			if len(items) >= b.f.cfg.BatchMax {
				flush()
			}
		case <-window:
			flush()
		case <-b.f.ctx.Done():
			for _, it := range items {
				it.sent <- batchSent{err: errors.New("facilitator shutting down")}
			}
			return
		}
	}
}

// flush sends one batch and reports each transfer's outcome.
func (b *batcher) flush(items []*batchItem) {
	defer b.f.wg.Done()
	ctx := b.f.ctx
	transfers := make([]bindings.BatchSettlerTransfer, len(items))
	gas, perTransfer := uint64(batchOverhead), uint64(0)
	for i, it := range items {
		a := &it.ck.auth
		sig := it.ck.payment.Signature
		if len(sig) == 65 && sig[64] < 27 {
			// The bytes form checks the signature as given: v must be 27/28.
			sig = append(append([]byte(nil), sig[:64]...), sig[64]+27)
		}
		transfers[i] = bindings.BatchSettlerTransfer{From: a.From, To: a.To, Value: a.Value, ValidAfter: a.ValidAfter, ValidBefore: a.ValidBefore, Nonce: a.Nonce, Signature: sig}
		gas += it.gas
		perTransfer = max(perTransfer, it.gas)
	}
	tx, receipts, err := b.c.sender.Send(ctx, b.settler, settler.PackSettle(b.asset, transfers, new(big.Int).SetUint64(perTransfer)), gas)
	if err != nil && receipts == nil {
		for _, it := range items {
			it.sent <- batchSent{err: err}
		}
		return
	}
	// Sent, or possibly sent (a timed-out send): follow its receipt.
	for _, it := range items {
		it.sent <- batchSent{tx: tx}
	}
	b.f.cfg.Logger.Debug("settlement batch sent", "network", b.c.network, "tx", tx, "transfers", len(items))
	var r *types.Receipt
	select {
	case r = <-receipts:
	case <-time.After(receiptGiveUp * b.f.cfg.ReceiptTimeout):
	case <-ctx.Done():
	}
	if r == nil {
		b.c.sender.Forget(tx)
		for _, it := range items {
			it.done <- batchOutcome{pending: true}
		}
		return
	}
	for _, it := range items {
		it.done <- outcomeIn(r, b.asset, it.ck)
	}
}

// outcomeIn reads one transfer's outcome from its batch's receipt.
func outcomeIn(r *types.Receipt, asset common.Address, ck *check) batchOutcome {
	if r.Status != types.ReceiptStatusSuccessful {
		return batchOutcome{reason: "the batch transaction reverted"}
	}
	from, nonce := common.BytesToHash(ck.auth.From[:]), common.Hash(ck.auth.Nonce)
	for _, l := range r.Logs {
		if l.Address == asset && len(l.Topics) == 3 && l.Topics[0] == authorizationUsed && l.Topics[1] == from && l.Topics[2] == nonce {
			return batchOutcome{moved: true}
		}
	}
	for _, l := range r.Logs {
		if ev, err := settler.UnpackTransferFailedEvent(l); err == nil && ev.From == ck.auth.From && ev.Nonce == ck.auth.Nonce {
			return batchOutcome{reason: fmt.Sprintf("the transfer reverted in the batch: %s", revertData(ev.Reason))}
		}
	}
	return batchOutcome{reason: "the transfer is not in its batch's receipt"}
}

// revertData names a revert by the token's custom error, if it is one.
func revertData(data []byte) string {
	if len(data) >= 4 {
		if e, err := tokenABI.ErrorByID([4]byte(data[:4])); err == nil {
			return e.Name
		}
	}
	return fmt.Sprintf("0x%x", data)
}
