package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/metis-go/metis/chain/txpool"
	"github.com/metis-go/metis/state"
)

// Clock tells time; tests replace it.
type Clock interface{ Now() time.Time }

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// SequencerConfig configures a Sequencer.
type SequencerConfig struct {
	// BlockTime is the interval between blocks. Zero means automine: a block
	// is built for every transaction as soon as it is executable.
	BlockTime time.Duration
	// Clock defaults to the system clock.
	Clock Clock
	// Logger defaults to a discarding logger.
	Logger *slog.Logger
	// Registerer receives the sequencer's metrics; nil registers nothing.
	Registerer prometheus.Registerer
}

// Sequencer is the single-node block producer of `metis dev`: it takes
// executable transactions from the pool, builds blocks on the chain and
// resets the pool to each new head.
type Sequencer struct {
	chain   *Chain
	pool    *txpool.Pool
	cfg     SequencerConfig
	log     *slog.Logger
	metrics *sequencerMetrics
}

// NewSequencer returns a sequencer for chain and pool.
func NewSequencer(c *Chain, pool *txpool.Pool, cfg SequencerConfig) *Sequencer {
	if cfg.Clock == nil {
		cfg.Clock = systemClock{}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Sequencer{chain: c, pool: pool, cfg: cfg, log: cfg.Logger, metrics: newSequencerMetrics(cfg.Registerer)}
}

// PoolState adapts a state.Reader to the pool's view of accounts.
type PoolState struct{ R state.Reader }

// Nonce returns the nonce of addr, or 0 if it cannot be read.
func (p PoolState) Nonce(addr common.Address) uint64 {
	acc, err := p.R.Account(addr)
	if err != nil || acc == nil {
		return 0
	}
	return acc.Nonce
}

// Balance returns the balance of addr, or 0 if it cannot be read.
func (p PoolState) Balance(addr common.Address) *uint256.Int {
	acc, err := p.R.Account(addr)
	if err != nil || acc == nil || acc.Balance == nil {
		return new(uint256.Int)
	}
	return new(uint256.Int).Set(acc.Balance)
}

// Run produces blocks until ctx is canceled. It returns nil on
// cancellation and an error if a block cannot be committed.
func (s *Sequencer) Run(ctx context.Context) error {
	if s.cfg.BlockTime <= 0 {
		return s.automine(ctx)
	}
	ticker := time.NewTicker(s.cfg.BlockTime)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
			if _, err := s.Produce(ctx, 0); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
		}
	}
}

func (s *Sequencer) automine(ctx context.Context) error {
	newTxs := make(chan []*types.Transaction, 64)
	sub := s.pool.SubscribeNewTxs(newTxs)
	defer sub.Unsubscribe()
	for {
		// One transaction per block, until nothing is executable.
		for {
			built, err := s.Produce(ctx, 1)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
			if built == nil {
				break
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			if err != nil {
				return fmt.Errorf("sequencer: pool subscription: %w", err)
			}
			return nil
		case <-newTxs:
		}
	}
}

// Produce builds one block with up to maxTxs executable transactions from
// the pool (0 means as many as fit the gas limit). With maxTxs > 0 it
// builds no empty block: it returns nil when nothing could be included, and
// a Built without a Block when it dropped invalid transactions and should
// be called again.
func (s *Sequencer) Produce(ctx context.Context, maxTxs int) (*Built, error) {
	head := s.chain.Head().Header()
	next := s.chain.NextHeader(head, uint64(s.cfg.Clock.Now().Unix()))
	txs := s.selectTxs(next, maxTxs)
	if maxTxs > 0 && len(txs) == 0 {
		return nil, nil
	}
	started := time.Now()
	built, err := s.chain.BuildBlock(ctx, txs, next.Time, maxTxs == 0)
	if err != nil {
		return nil, err
	}
	s.metrics.observe(built, time.Since(started))
	dropped := 0
	for _, r := range built.Rejected {
		// Drop what can never be included; keep what may fit a later block.
		if !retryable(r.Err) {
			s.pool.Remove(r.Tx.Hash())
			dropped++
		}
		s.log.Debug("transaction left out", "hash", r.Tx.Hash(), "err", r.Err)
	}
	if built.Block == nil {
		// Nothing was included. If rejected transactions were dropped, others
		// may now be executable: ask to be called again. Otherwise wait.
		if dropped > 0 {
			return &Built{}, nil
		}
		return nil, nil
	}
	reader, err := s.chain.StateAt(built.Block.Root())
	if err != nil {
		return nil, fmt.Errorf("sequencer: state of new head: %w", err)
	}
	s.pool.Reset(built.Block.Header(), PoolState{R: reader})
	if len(built.Block.Transactions()) > 0 {
		s.log.Info("block", "number", built.Block.NumberU64(), "txs", len(built.Block.Transactions()), "gas", built.Block.GasUsed(), "hash", built.Block.Hash())
	}
	return built, nil
}

// retryable reports whether a transaction left out of a block may still be
// included in a later one.
func retryable(err error) bool {
	return errors.Is(err, core.ErrGasLimitReached) || errors.Is(err, core.ErrNonceTooHigh) ||
		errors.Is(err, core.ErrFeeCapTooLow) || errors.Is(err, core.ErrInsufficientFunds)
}

// overSelect is how much more declared gas than the block gas limit the
// sequencer hands the executor. Transactions use less gas than they declare,
// so packing by declared gas would leave blocks part empty; the executor
// stops including them when the block's gas pool runs dry (those left out
// stay in the pool for the next block).
const overSelect = 3

// selectTxs picks executable pool transactions, highest effective tip
// first, up to overSelect times the block's gas limit in declared gas.
func (s *Sequencer) selectTxs(next *types.Header, maxTxs int) []*types.Transaction {
	var (
		txs     []*types.Transaction
		gasLeft = next.GasLimit * overSelect
		ordered = s.pool.Executable(next.BaseFee)
	)
	for tx := ordered.Peek(); tx != nil; tx = ordered.Peek() {
		if maxTxs > 0 && len(txs) >= maxTxs {
			break
		}
		if tx.GasFeeCapIntCmp(next.BaseFee) < 0 || tx.Gas() > gasLeft || tx.Gas() > next.GasLimit {
			ordered.Drop()
			continue
		}
		gasLeft -= tx.Gas()
		txs = append(txs, tx)
		ordered.Shift()
	}
	return txs
}
