package facilitator

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/metis-go/metis/x402"
)

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
	key := ck.payment.Key(ck.asset.Address)
	hash := ck.payloadHash()
	f.mu.Lock()
	s, dup := f.settlements[key]
	if !dup {
		s = &settlement{payload: hash, done: make(chan struct{})}
		f.settlements[key] = s
	}
	f.mu.Unlock()
	if dup && s.payload != hash {
		return f.failure(ck, x402.ReasonNonceUsed, "another payload with authorization nonce %x of %s is being settled", ck.auth.Nonce, ck.auth.From.Hex())
	}
	if !dup {
		// The settlement runs to its end even if this caller goes away, so
		// that a transaction sent is always followed to its receipt.
		f.wg.Add(1)
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
	if b := c.batchers[ck.asset.Address]; b != nil {
		tx, outcomes, err = b.submit(ck, gas)
	} else {
		tx, receipts, err = c.sender.Send(ctx, ck.asset.Address, ck.transferCall(), gas)
	}
	if err != nil {
		return f.failure(ck, x402.ReasonUnexpectedSettleError, "%v", err), false
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
		// Nothing moved: a later settle may try again.
		return x402.SettleResponse{ErrorReason: x402.ReasonTransactionFailed, ErrorMessage: o.reason, Payer: ck.payer(), Transaction: tx.Hex(), Network: ck.network()}, false
	case r := <-receipts:
		if r.Status != types.ReceiptStatusSuccessful {
			return x402.SettleResponse{ErrorReason: x402.ReasonTransactionFailed, ErrorMessage: "the transfer reverted", Payer: ck.payer(), Transaction: tx.Hex(), Network: ck.network()}, true
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

// findTransfer looks for the transaction in which this authorization was
// used, by its AuthorizationUsed event, and checks that transaction carried
// the same transfer.
func (f *Facilitator) findTransfer(ctx context.Context, ck *check) (common.Hash, bool) {
	c := ck.chain
	logs, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{
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
