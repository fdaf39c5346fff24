// Package txsend submits one account's transactions on one chain over
// JSON-RPC: it allocates the account's nonces itself, so that many
// transactions can be in flight from concurrent callers without gaps or
// collisions, and delivers their receipts by reading each new block's
// receipts once, however many are awaited.
package txsend

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// callTimeout bounds each JSON-RPC call of a send, so that one hung
// connection cannot hold the sender's lock.
const callTimeout = 10 * time.Second

// feeRefresh is how long a read base fee is reused.
const feeRefresh = 2 * time.Second

// tipCap is the priority fee the facilitator offers.
var tipCap = big.NewInt(params.GWei)

// Sender submits transactions signed by one key on one chain. A nonce is
// taken and the transaction sent under one lock, so a failed send never
// leaves a gap, and nonces are re-read from the chain (pending) after any
// doubt.
type Sender struct {
	client  *ethclient.Client
	chainID *big.Int
	network string
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	watcher *watcher

	mu      sync.Mutex
	nonce   uint64
	synced  bool
	feeCap  *big.Int
	feeRead time.Time
}

// New returns a sender for key on the chain client is connected to, whose
// id is chainID. Run must be running for receipts to arrive.
func New(client *ethclient.Client, chainID uint64, key *ecdsa.PrivateKey, poll time.Duration, log *slog.Logger) *Sender {
	id := new(big.Int).SetUint64(chainID)
	if poll <= 0 {
		poll = 100 * time.Millisecond
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Sender{
		client: client, chainID: id, network: fmt.Sprintf("chain %d", chainID), key: key,
		from: crypto.PubkeyToAddress(key.PublicKey), signer: types.LatestSignerForChainID(id),
		watcher: newWatcher(client, poll, log),
	}
}

// Address is the sending account.
func (s *Sender) Address() common.Address { return s.from }

// Run delivers receipts until ctx is done.
func (s *Sender) Run(ctx context.Context) { s.watcher.run(ctx) }

// Forget stops waiting for a transaction's receipt.
func (s *Sender) Forget(hash common.Hash) { s.watcher.forget(hash) }

// Send signs and submits a call to `to` with the given gas limit. It
// returns the transaction's hash and a channel that receives its receipt
// once it is in a block. When the send timed out, the node may still have
// taken the transaction: Send then returns the hash and the channel along
// with the error.
func (s *Sender) Send(ctx context.Context, to common.Address, data []byte, gas uint64) (common.Hash, <-chan *types.Receipt, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		if err := s.prepare(ctx); err != nil {
			return common.Hash{}, nil, err
		}
		tx, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
			ChainID: s.chainID, Nonce: s.nonce, GasTipCap: tipCap, GasFeeCap: s.feeCap, Gas: gas, To: &to, Data: data,
		})
		if err != nil {
			return common.Hash{}, nil, fmt.Errorf("txsend: sign: %w", err)
		}
		receipt, err := s.watcher.expect(ctx, tx.Hash())
		if err != nil {
			return common.Hash{}, nil, fmt.Errorf("txsend: head of %s: %w", s.network, err)
		}
		sendCtx, cancel := context.WithTimeout(ctx, callTimeout)
		err = s.client.SendTransaction(sendCtx, tx)
		cancel()
		if err == nil || strings.Contains(strings.ToLower(err.Error()), "already known") {
			// "already known": this very transaction is in the pool (an
			// earlier attempt reached the node), so it is sent.
			s.nonce++
			return tx.Hash(), receipt, nil
		}
		if errors.Is(err, context.DeadlineExceeded) {
			// The node may have taken it: keep waiting for its receipt, and
			// read the nonce again before the next send.
			s.synced = false
			return tx.Hash(), receipt, fmt.Errorf("txsend: send on %s: %w (it may still land)", s.network, err)
		}
		s.watcher.forget(tx.Hash())
		// The nonce or fee was stale (another process used the account, or
		// the base fee rose): read both again and retry once.
		s.synced = false
		s.feeRead = time.Time{}
		msg := strings.ToLower(err.Error())
		stale := strings.Contains(msg, "nonce") || strings.Contains(msg, "already known") || strings.Contains(msg, "underpriced") || strings.Contains(msg, "fee cap")
		if !stale || attempt > 0 {
			return common.Hash{}, nil, fmt.Errorf("txsend: send on %s: %w", s.network, err)
		}
	}
}

// prepare reads the nonce and the base fee when they may be stale.
// REQUIRES: s.mu held.
func (s *Sender) prepare(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	if !s.synced {
		n, err := s.client.PendingNonceAt(ctx, s.from)
		if err != nil {
			return fmt.Errorf("txsend: nonce of %s on %s: %w", s.from, s.network, err)
		}
		s.nonce, s.synced = n, true
	}
	if time.Since(s.feeRead) > feeRefresh {
		h, err := s.client.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("txsend: head of %s: %w", s.network, err)
		}
		fee := new(big.Int).Set(tipCap)
		if h.BaseFee != nil {
			fee.Add(fee, new(big.Int).Mul(h.BaseFee, big.NewInt(2)))
		}
		s.feeCap, s.feeRead = fee, time.Now()
	}
	return nil
}
