package txsend

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// watcher delivers receipts of a Sender's transactions.
// While any transaction is awaited it polls the head and reads each new
// block's receipts once (eth_getBlockReceipts), so the cost does not grow
// with the number of settlements in flight.
type watcher struct {
	client   *ethclient.Client
	interval time.Duration
	log      *slog.Logger

	mu      sync.Mutex
	waiting map[common.Hash]chan *types.Receipt
	scanned uint64 // last block whose receipts were read
	fresh   bool   // scanned must be re-read before the next scan
	wake    chan struct{}
}

func newWatcher(client *ethclient.Client, interval time.Duration, log *slog.Logger) *watcher {
	return &watcher{client: client, interval: interval, log: log, waiting: make(map[common.Hash]chan *types.Receipt), fresh: true, wake: make(chan struct{}, 1)}
}

// expect registers interest in a transaction before it is sent; the channel
// receives its receipt once.
func (w *watcher) expect(ctx context.Context, hash common.Hash) (<-chan *types.Receipt, error) {
	w.mu.Lock()
	fresh := w.fresh && len(w.waiting) == 0
	w.mu.Unlock()
	if fresh {
		// Start scanning from the current head: the transaction, sent after
		// this, lands in a later block.
		bctx, cancel := context.WithTimeout(ctx, callTimeout)
		head, err := w.client.BlockNumber(bctx)
		cancel()
		if err != nil {
			return nil, err
		}
		w.mu.Lock()
		if w.fresh && len(w.waiting) == 0 {
			w.scanned, w.fresh = head, false
		}
		w.mu.Unlock()
	}
	ch := make(chan *types.Receipt, 1)
	w.mu.Lock()
	w.waiting[hash] = ch
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
	return ch, nil
}

// forget drops interest in a transaction (it was not sent, or its waiter
// gave up).
func (w *watcher) forget(hash common.Hash) {
	w.mu.Lock()
	delete(w.waiting, hash)
	if len(w.waiting) == 0 {
		w.fresh = true
	}
	w.mu.Unlock()
}

func (w *watcher) run(ctx context.Context) {
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-w.wake:
			continue // the ticker paces the polls
		}
		w.mu.Lock()
		idle := len(w.waiting) == 0
		from := w.scanned + 1
		w.mu.Unlock()
		if idle {
			continue
		}
		head, err := w.client.BlockNumber(ctx)
		if err != nil {
			w.log.Warn("receipt watcher: head", "err", err)
			continue
		}
		for n := from; n <= head; n++ {
			if err := w.scan(ctx, n); err != nil {
				w.log.Warn("receipt watcher: block receipts", "block", n, "err", err)
				break
			}
		}
	}
}

// scan reads block n's receipts and delivers the awaited ones.
func (w *watcher) scan(ctx context.Context, n uint64) error {
	var receipts []*types.Receipt
	if err := w.client.Client().CallContext(ctx, &receipts, "eth_getBlockReceipts", rpc.BlockNumber(new(big.Int).SetUint64(n).Int64())); err != nil {
		return err
	}
	if receipts == nil {
		// null: the node does not have the block (yet); an empty block
		// answers []. Try again rather than skip it.
		return fmt.Errorf("block %d not available", n)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, r := range receipts {
		if ch, ok := w.waiting[r.TxHash]; ok {
			ch <- r
			delete(w.waiting, r.TxHash)
		}
	}
	if n > w.scanned {
		w.scanned = n
	}
	if len(w.waiting) == 0 {
		w.fresh = true
	}
	return nil
}
