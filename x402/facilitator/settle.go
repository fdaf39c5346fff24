package facilitator

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/metis-go/metis/x402"
)

// findTransferBlocks is how far back findTransfer looks for the
// transaction that used an authorization (a day of 1 s blocks; authorizations
// are short-lived).
const findTransferBlocks = 100_000

// receiptGiveUp is how many ReceiptTimeouts a settlement follows its
// transaction before it stops watching (a later Settle finds the outcome).
const receiptGiveUp = 10

// gasMargin pads the estimated gas of a settlement (percent).
const gasMargin = 25

// settlement is one authorization being (or having been) settled.
type settlement struct {
	payload common.Hash   // which payload claimed the authorization
	done    chan struct{} // closed when resp is final
	resp    x402.SettleResponse
	tx      common.Hash // set once sent, under Facilitator.mu
	expires int64       // the authorization's validBefore: no use remembering it after
}

// sweepEvery is how many new settlements pass between sweeps of finished
// ones whose authorizations have expired.
const sweepEvery = 1024

// sweep forgets finished settlements whose authorizations expired: they
// can no longer be submitted, and a replay is refused by the time checks.
// REQUIRES: f.mu held.
func (f *Facilitator) sweep() {
	f.inserts++
	if f.inserts%sweepEvery != 0 {
		return
	}
	now := f.cfg.Now().Unix()
	for k, s := range f.settlements {
		select {
		case <-s.done:
			if s.expires < now {
				delete(f.settlements, k)
			}
		default:
		}
	}
}

// Settle verifies a payment again and transfers it on chain. Concurrent
// and repeated calls for one authorization share a single transfer and get
// the same answer. If the receipt does not arrive within ReceiptTimeout it
// answers settlement_pending with the transaction hash: the payment is
// submitted and will land, and a later Settle of it returns the outcome.
func (f *Facilitator) Settle(ctx context.Context, req *x402.FacilitatorRequest) x402.SettleResponse {
	start := time.Now()
	resp := f.settle(ctx, req)
	f.metrics.observeSettle(resp, time.Since(start))
	return resp
}

func (f *Facilitator) settle(ctx context.Context, req *x402.FacilitatorRequest) x402.SettleResponse {
	ck, bad := f.prepare(req)
	if bad != nil {
		network := ""
		if ck != nil && ck.chain != nil {
			network = ck.network()
		}
		return x402.SettleResponse{ErrorReason: bad.reason, ErrorMessage: bad.message, Payer: ck.payer(), Network: network}
	}
	// The key names the chain by its CAIP-2 id whatever the payload called
	// it, so that aliases ("metis", "eip155:1088") share one settlement.
	key := fmt.Sprintf("%s/%s/%s/%x", ck.chain.network, ck.asset.Address.Hex(), ck.auth.From.Hex(), ck.auth.Nonce)
	hash := ck.payloadHash()
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		return f.failure(ck, x402.ReasonUnexpectedSettleError, "facilitator is shutting down")
	}
	s, dup := f.settlements[key]
	if !dup {
		f.sweep()
		s = &settlement{payload: hash, done: make(chan struct{}), expires: ck.auth.ValidBefore.Int64()}
		f.settlements[key] = s
		f.wg.Add(1)
	}
	f.mu.Unlock()
	if dup && s.payload != hash {
		return f.failure(ck, x402.ReasonNonceUsed, "another payload with authorization nonce %x of %s is being settled", ck.auth.Nonce, ck.auth.From.Hex())
	}
	if !dup {
		// The settlement runs to its end even if this caller goes away, so
		// that a transaction sent is always followed to its receipt.
		go func() {
			defer f.wg.Done()
			resp, final := f.run(ck, s)
			f.mu.Lock()
			s.resp = resp
			if !final || !resp.Success {
				// Nothing moved (or it is unknown yet and the chain will tell):
				// a later Settle may try again, and will find the nonce used
				// if the transfer did land.
				delete(f.settlements, key)
			}
			f.mu.Unlock()
			close(s.done)
		}()
	}
	timer := time.NewTimer(f.cfg.ReceiptTimeout)
	defer timer.Stop()
	select {
	case <-s.done:
		return s.resp
	case <-timer.C:
	case <-ctx.Done():
	}
	f.mu.Lock()
	tx := s.tx
	f.mu.Unlock()
	return x402.SettleResponse{ErrorReason: x402.ReasonSettlementPending, ErrorMessage: "the transfer is submitted; its receipt has not arrived yet", Payer: ck.payer(), Transaction: txString(tx), Network: ck.network()}
}

func txString(h common.Hash) string {
	if h == (common.Hash{}) {
		return ""
	}
	return h.Hex()
}

func (f *Facilitator) failure(ck *check, reason, format string, args ...any) x402.SettleResponse {
	return x402.SettleResponse{ErrorReason: reason, ErrorMessage: fmt.Sprintf(format, args...), Payer: ck.payer(), Network: ck.network()}
}

// run settles one authorization: checks, sends, waits for the receipt. final
// reports whether the answer is the authorization's last word.
func (f *Facilitator) run(ck *check, s *settlement) (x402.SettleResponse, bool) {
	ctx := f.ctx
	c := ck.chain
	gas, bad, err := f.onChain(ctx, ck, true)
	if err != nil {
		return f.failure(ck, x402.ReasonUnexpectedSettleError, "%v", err), false
	}
	if bad != nil {
		if bad.reason == x402.ReasonNonceUsed {
			// Settled before (by us before a restart, or by anyone who saw the
			// signature): if this very authorization moved the funds, that is
			// the answer.
			if tx, ok := f.findTransfer(ctx, ck); ok {
				return x402.SettleResponse{Success: true, Payer: ck.payer(), Transaction: tx.Hex(), Network: ck.network(), Amount: ck.auth.Value.String()}, true
			}
		}
		return f.failure(ck, bad.reason, "%s", bad.message), false
	}
	gas += gas * gasMargin / 100
	var receipts <-chan *types.Receipt
	var outcomes <-chan batchOutcome
	var tx common.Hash
	// Contract-wallet payers settle alone: their signature checks run
	// arbitrary code, which a batch should not share its gas with.
	if b := c.batchers[ck.asset.Address]; b != nil && ck.eoaSigned {
		tx, outcomes, err = b.submit(ck, gas)
	} else {
		tx, receipts, err = c.sender.Send(ctx, ck.asset.Address, ck.transferCall(), gas)
	}
	if err != nil && (receipts == nil && outcomes == nil) {
		return f.failure(ck, x402.ReasonUnexpectedSettleError, "%v", err), false
	}
	if err != nil {
		// The send timed out but may have reached the node: follow it.
		f.cfg.Logger.Warn("settlement send uncertain; following it", "network", c.network, "tx", tx, "err", err)
	}
	f.mu.Lock()
	s.tx = tx
	f.mu.Unlock()
	f.cfg.Logger.Debug("settlement sent", "network", c.network, "tx", tx, "payer", ck.auth.From, "value", ck.auth.Value)
	success := x402.SettleResponse{Success: true, Payer: ck.payer(), Transaction: tx.Hex(), Network: ck.network(), Amount: ck.auth.Value.String()}
	pending := x402.SettleResponse{ErrorReason: x402.ReasonSettlementPending, ErrorMessage: "no receipt yet; ask again later", Payer: ck.payer(), Transaction: tx.Hex(), Network: ck.network()}
	select {
	case o := <-outcomes:
		switch {
		case o.moved:
			return success, true
		case o.pending:
			return pending, false
		}
		return f.reverted(ck, tx, o.reason), false
	case r := <-receipts:
		if r.Status != types.ReceiptStatusSuccessful {
			return f.reverted(ck, tx, "the transfer reverted"), false
		}
		return success, true
	case <-time.After(receiptGiveUp * f.cfg.ReceiptTimeout):
		c.sender.Forget(tx)
		return pending, false
	case <-ctx.Done():
		c.sender.Forget(tx)
		return x402.SettleResponse{ErrorReason: x402.ReasonSettlementPending, ErrorMessage: "facilitator shut down before the receipt arrived", Payer: ck.payer(), Transaction: tx.Hex(), Network: ck.network()}, false
	}
}

// reverted answers a settlement whose transaction did not move the funds:
// if an earlier transaction (ours before a retry or restart, or anyone's)
// used this very authorization, that one is the settlement; otherwise
// nothing moved and a later settle may try again.
func (f *Facilitator) reverted(ck *check, tx common.Hash, why string) x402.SettleResponse {
	if earlier, ok := f.findTransfer(f.ctx, ck); ok {
		return x402.SettleResponse{Success: true, Payer: ck.payer(), Transaction: earlier.Hex(), Network: ck.network(), Amount: ck.auth.Value.String()}
	}
	return x402.SettleResponse{ErrorReason: x402.ReasonTransactionFailed, ErrorMessage: why, Payer: ck.payer(), Transaction: tx.Hex(), Network: ck.network()}
}

// findTransfer looks for the transaction in which this authorization was
// used, by its AuthorizationUsed event, and checks that transaction carried
// the same transfer.
func (f *Facilitator) findTransfer(ctx context.Context, ck *check) (common.Hash, bool) {
	c := ck.chain
	head, err := c.client.BlockNumber(ctx)
	if err != nil {
		return common.Hash{}, false
	}
	from := uint64(0)
	if head > findTransferBlocks {
		from = head - findTransferBlocks
	}
	logs, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{ck.asset.Address},
		Topics:    [][]common.Hash{{authorizationUsed}, {common.BytesToHash(ck.auth.From[:])}, {common.Hash(ck.auth.Nonce)}},
	})
	if err != nil || len(logs) == 0 {
		return common.Hash{}, false
	}
	txHash := logs[0].TxHash
	r, err := c.client.TransactionReceipt(ctx, txHash)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		return common.Hash{}, false
	}
	// The same authorization moved value from From to To in that transaction.
	for _, l := range r.Logs {
		if l.Address == ck.asset.Address && len(l.Topics) == 3 && l.Topics[0] == transferEvent &&
			l.Topics[1] == common.BytesToHash(ck.auth.From[:]) && l.Topics[2] == common.BytesToHash(ck.auth.To[:]) &&
			common.BytesToHash(l.Data).Big().Cmp(ck.auth.Value) == 0 {
			return txHash, true
		}
	}
	return common.Hash{}, false
}

var (
	authorizationUsed = common.HexToHash("0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5")
	transferEvent     = common.HexToHash("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")
)
