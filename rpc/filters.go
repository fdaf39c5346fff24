package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/metis-go/metis/chain"
)

// Limits of the log and filter machinery.
const (
	maxLogRange     = 100_000 // blocks scanned by one eth_getLogs
	maxLogResults   = 20_000  // logs returned by one eth_getLogs
	maxTopics       = 4
	maxFilterTopics = 1000            // alternatives in one topic position
	filterTimeout   = 5 * time.Minute // idle polling filters are removed
)

// FilterCriteria is the eth_getLogs / eth_newFilter / logs subscription query.
type FilterCriteria struct {
	BlockHash *common.Hash
	FromBlock *gethrpc.BlockNumber
	ToBlock   *gethrpc.BlockNumber
	Addresses []common.Address
	Topics    [][]common.Hash
}

// UnmarshalJSON accepts an address or a list of addresses, and topics as
// null, a hash, or a list of hashes per position.
func (c *FilterCriteria) UnmarshalJSON(data []byte) error {
	var raw struct {
		BlockHash *common.Hash         `json:"blockHash"`
		FromBlock *gethrpc.BlockNumber `json:"fromBlock"`
		ToBlock   *gethrpc.BlockNumber `json:"toBlock"`
		Address   json.RawMessage      `json:"address"`
		Topics    []json.RawMessage    `json:"topics"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	if raw.BlockHash != nil && (raw.FromBlock != nil || raw.ToBlock != nil) {
		return errors.New("cannot specify both BlockHash and FromBlock/ToBlock, choose one or the other")
	}
	c.BlockHash, c.FromBlock, c.ToBlock = raw.BlockHash, raw.FromBlock, raw.ToBlock
	if len(raw.Address) > 0 && string(raw.Address) != "null" {
		var one common.Address
		if err := json.Unmarshal(raw.Address, &one); err == nil {
			c.Addresses = []common.Address{one}
		} else if err := json.Unmarshal(raw.Address, &c.Addresses); err != nil {
			return fmt.Errorf("invalid address: %w", err)
		}
	}
	if len(raw.Topics) > maxTopics {
		return errors.New("too many topics")
	}
	for i, t := range raw.Topics {
		var alts []common.Hash
		switch {
		case len(t) == 0 || string(t) == "null":
		case t[0] == '[':
			var list []*common.Hash
			if err := json.Unmarshal(t, &list); err != nil {
				return fmt.Errorf("invalid topic %d: %w", i, err)
			}
			for _, h := range list {
				if h == nil { // null inside a list matches anything
					alts = nil
					break
				}
				alts = append(alts, *h)
			}
		default:
			var h common.Hash
			if err := json.Unmarshal(t, &h); err != nil {
				return fmt.Errorf("invalid topic %d: %w", i, err)
			}
			alts = []common.Hash{h}
		}
		if len(alts) > maxFilterTopics {
			return errors.New("too many topic alternatives")
		}
		c.Topics = append(c.Topics, alts)
	}
	return nil
}

// matches reports whether l satisfies the address and topic criteria.
func (c *FilterCriteria) matches(l *types.Log) bool {
	if len(c.Addresses) > 0 && !containsAddr(c.Addresses, l.Address) {
		return false
	}
	if len(c.Topics) > len(l.Topics) {
		return false
	}
	for i, alts := range c.Topics {
		if len(alts) == 0 {
			continue
		}
		found := false
		for _, t := range alts {
			if l.Topics[i] == t {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// bloomMatches reports whether a block with bloom may hold matching logs.
func (c *FilterCriteria) bloomMatches(bloom types.Bloom) bool {
	if len(c.Addresses) > 0 {
		ok := false
		for _, a := range c.Addresses {
			if types.BloomLookup(bloom, a) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for _, alts := range c.Topics {
		if len(alts) == 0 {
			continue
		}
		ok := false
		for _, t := range alts {
			if types.BloomLookup(bloom, t) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func containsAddr(list []common.Address, a common.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}

// blockLogs returns the logs of a block that match c.
func (b *backend) blockLogs(c *FilterCriteria, header *types.Header) []*types.Log {
	if !c.bloomMatches(header.Bloom) {
		return nil
	}
	var out []*types.Log
	for _, r := range b.chain.Receipts(header.Hash(), header.Number.Uint64()) {
		for _, l := range r.Logs {
			if c.matches(l) {
				out = append(out, l)
			}
		}
	}
	return out
}

func (b *backend) resolveRange(c *FilterCriteria) (from, to uint64, err error) {
	head := b.chain.Head().NumberU64()
	resolve := func(n *gethrpc.BlockNumber) (uint64, error) {
		if n == nil {
			return head, nil
		}
		h, err := b.headerByNumber(*n)
		if err != nil {
			return 0, err
		}
		if h == nil {
			return uint64(*n), nil
		}
		return h.Number.Uint64(), nil
	}
	if from, err = resolve(c.FromBlock); err != nil {
		return 0, 0, err
	}
	if to, err = resolve(c.ToBlock); err != nil {
		return 0, 0, err
	}
	to = min(to, head)
	if c.FromBlock != nil && c.ToBlock != nil && from > to && uint64(*c.ToBlock) == to {
		return 0, 0, invalidParams("invalid block range params")
	}
	return from, to, nil
}

// getLogs runs a log query against the chain.
func (b *backend) getLogs(ctx context.Context, c *FilterCriteria) ([]*types.Log, error) {
	out := []*types.Log{}
	if c.BlockHash != nil {
		h := b.chain.HeaderByHash(*c.BlockHash)
		if h == nil {
			return nil, errors.New("unknown block")
		}
		return append(out, b.blockLogs(c, h)...), nil
	}
	from, to, err := b.resolveRange(c)
	if err != nil {
		return nil, err
	}
	if to >= from && to-from >= maxLogRange {
		return nil, &serverError{err: fmt.Errorf("block range too large: %d blocks, the limit is %d", to-from+1, maxLogRange)}
	}
	for n := from; n <= to && from <= to; n++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		h := b.chain.HeaderByNumber(n)
		if h == nil {
			break
		}
		out = append(out, b.blockLogs(c, h)...)
		if len(out) > maxLogResults {
			return nil, &serverError{err: fmt.Errorf("query returned more than %d results", maxLogResults)}
		}
	}
	return out, nil
}

type filterKind int

const (
	logsFilter filterKind = iota
	blocksFilter
	pendingTxFilter
)

type filter struct {
	kind     filterKind
	crit     FilterCriteria
	hashes   []common.Hash
	logs     []*types.Log
	lastPoll time.Time
}

// FilterAPI serves polling filters, eth_getLogs and subscriptions in the
// eth namespace. Its event loop runs until Close.
type FilterAPI struct {
	b *backend

	mu      sync.Mutex
	filters map[gethrpc.ID]*filter

	heads  chan chain.HeadEvent
	txs    chan []*types.Transaction
	cancel context.CancelFunc
	done   chan struct{}
}

func newFilterAPI(b *backend) *FilterAPI {
	ctx, cancel := context.WithCancel(context.Background())
	api := &FilterAPI{
		b:       b,
		filters: make(map[gethrpc.ID]*filter),
		heads:   make(chan chain.HeadEvent, 64),
		txs:     make(chan []*types.Transaction, 256),
		cancel:  cancel,
		done:    make(chan struct{}),
	}
	headSub := b.chain.SubscribeHead(api.heads)
	txSub := b.pool.SubscribeNewTxs(api.txs)
	go api.loop(ctx, headSub.Unsubscribe, txSub.Unsubscribe)
	return api
}

// Close stops the event loop and waits for it.
func (api *FilterAPI) Close() {
	api.cancel()
	<-api.done
}

func (api *FilterAPI) loop(ctx context.Context, unsubs ...func()) {
	defer close(api.done)
	defer func() {
		for _, u := range unsubs {
			u()
		}
	}()
	expire := time.NewTicker(filterTimeout / 5)
	defer expire.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev := <-api.heads:
			api.onHead(ev)
		case txs := <-api.txs:
			api.onTxs(txs)
		case now := <-expire.C:
			api.mu.Lock()
			for id, f := range api.filters {
				if now.Sub(f.lastPoll) > filterTimeout {
					delete(api.filters, id)
				}
			}
			api.mu.Unlock()
		}
	}
}

func (api *FilterAPI) onHead(ev chain.HeadEvent) {
	api.mu.Lock()
	defer api.mu.Unlock()
	for _, f := range api.filters {
		switch f.kind {
		case blocksFilter:
			f.hashes = append(f.hashes, ev.Block.Hash())
		case logsFilter:
			for _, r := range ev.Receipts {
				for _, l := range r.Logs {
					if f.crit.matches(l) {
						f.logs = append(f.logs, l)
					}
				}
			}
		}
	}
}

func (api *FilterAPI) onTxs(txs []*types.Transaction) {
	api.mu.Lock()
	defer api.mu.Unlock()
	for _, f := range api.filters {
		if f.kind == pendingTxFilter {
			for _, tx := range txs {
				f.hashes = append(f.hashes, tx.Hash())
			}
		}
	}
}

func (api *FilterAPI) install(f *filter) gethrpc.ID {
	f.lastPoll = time.Now()
	id := gethrpc.NewID()
	api.mu.Lock()
	api.filters[id] = f
	api.mu.Unlock()
	return id
}

// GetLogs returns the logs matching crit.
func (api *FilterAPI) GetLogs(ctx context.Context, crit FilterCriteria) ([]*types.Log, error) {
	return api.b.getLogs(ctx, &crit)
}

// NewFilter installs a log filter; poll it with eth_getFilterChanges.
func (api *FilterAPI) NewFilter(crit FilterCriteria) (gethrpc.ID, error) {
	if crit.BlockHash != nil {
		return "", invalidParams("blockHash is not supported for filters")
	}
	return api.install(&filter{kind: logsFilter, crit: crit}), nil
}

// NewBlockFilter installs a filter of new block hashes.
func (api *FilterAPI) NewBlockFilter() gethrpc.ID {
	return api.install(&filter{kind: blocksFilter})
}

// NewPendingTransactionFilter installs a filter of new pool transaction hashes.
func (api *FilterAPI) NewPendingTransactionFilter() gethrpc.ID {
	return api.install(&filter{kind: pendingTxFilter})
}

var errFilterNotFound = errors.New("filter not found")

// GetFilterChanges returns what a filter collected since the last poll.
func (api *FilterAPI) GetFilterChanges(id gethrpc.ID) (any, error) {
	api.mu.Lock()
	defer api.mu.Unlock()
	f, ok := api.filters[id]
	if !ok {
		return nil, errFilterNotFound
	}
	f.lastPoll = time.Now()
	if f.kind == logsFilter {
		logs := f.logs
		f.logs = nil
		if logs == nil {
			logs = []*types.Log{}
		}
		return logs, nil
	}
	hashes := f.hashes
	f.hashes = nil
	if hashes == nil {
		hashes = []common.Hash{}
	}
	return hashes, nil
}

// GetFilterLogs returns every log matching a log filter's criteria.
func (api *FilterAPI) GetFilterLogs(ctx context.Context, id gethrpc.ID) ([]*types.Log, error) {
	api.mu.Lock()
	f, ok := api.filters[id]
	if ok {
		f.lastPoll = time.Now()
	}
	api.mu.Unlock()
	if !ok || f.kind != logsFilter {
		return nil, errFilterNotFound
	}
	crit := f.crit
	return api.b.getLogs(ctx, &crit)
}

// UninstallFilter removes a filter.
func (api *FilterAPI) UninstallFilter(id gethrpc.ID) bool {
	api.mu.Lock()
	defer api.mu.Unlock()
	_, ok := api.filters[id]
	delete(api.filters, id)
	return ok
}

// NewHeads streams every new head (eth_subscribe "newHeads").
func (api *FilterAPI) NewHeads(ctx context.Context) (*gethrpc.Subscription, error) {
	return api.subscribeHeads(ctx, func(n *gethrpc.Notifier, id gethrpc.ID, ev chain.HeadEvent) error {
		fields, err := marshalHeader(ev.Block.Header())
		if err != nil {
			return err
		}
		return n.Notify(id, fields)
	})
}

// Logs streams matching logs of new blocks (eth_subscribe "logs").
func (api *FilterAPI) Logs(ctx context.Context, crit FilterCriteria) (*gethrpc.Subscription, error) {
	if crit.BlockHash != nil {
		return nil, invalidParams("blockHash is not supported for subscriptions")
	}
	return api.subscribeHeads(ctx, func(n *gethrpc.Notifier, id gethrpc.ID, ev chain.HeadEvent) error {
		for _, r := range ev.Receipts {
			for _, l := range r.Logs {
				if crit.matches(l) {
					if err := n.Notify(id, l); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
}

func (api *FilterAPI) subscribeHeads(ctx context.Context, send func(*gethrpc.Notifier, gethrpc.ID, chain.HeadEvent) error) (*gethrpc.Subscription, error) {
	notifier, ok := gethrpc.NotifierFromContext(ctx)
	if !ok {
		return nil, gethrpc.ErrNotificationsUnsupported
	}
	sub := notifier.CreateSubscription()
	heads := make(chan chain.HeadEvent, 16)
	feedSub := api.b.chain.SubscribeHead(heads)
	go forward(heads, feedSub.Unsubscribe, sub.Err(), maxSubscriptionBacklog, func(ev chain.HeadEvent) error {
		return send(notifier, sub.ID, ev)
	})
	return sub, nil
}

// maxSubscriptionBacklog is how many events a subscription may fall behind
// before it is dropped.
const maxSubscriptionBacklog = 1024

// forward delivers events from in through deliver on a goroutine of its
// own, so that a client that reads slowly never holds up the feed (and with
// it block production or the pool). A subscriber more than backlog events
// behind is dropped. It returns when the client unsubscribes or goes away
// (done), when deliver fails, or on overflow; it always calls unsubscribe.
func forward[T any](in <-chan T, unsubscribe func(), done <-chan error, backlog int, deliver func(T) error) {
	queue := make(chan T, backlog)
	quit := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-quit:
				return
			case ev := <-queue:
				if deliver(ev) != nil {
					return
				}
			}
		}
	}()
	defer func() {
		unsubscribe()
		close(quit)
		<-stopped
	}()
	for {
		select {
		case ev := <-in:
			select {
			case queue <- ev:
			default:
				return // too far behind: drop the subscriber
			}
		case <-stopped:
			return
		case <-done:
			return
		}
	}
}

// NewPendingTransactions streams hashes (or, with fullTx, objects) of
// transactions entering the pool (eth_subscribe "newPendingTransactions").
func (api *FilterAPI) NewPendingTransactions(ctx context.Context, fullTx *bool) (*gethrpc.Subscription, error) {
	notifier, ok := gethrpc.NotifierFromContext(ctx)
	if !ok {
		return nil, gethrpc.ErrNotificationsUnsupported
	}
	sub := notifier.CreateSubscription()
	txs := make(chan []*types.Transaction, 16)
	feedSub := api.b.pool.SubscribeNewTxs(txs)
	full := fullTx != nil && *fullTx
	go forward(txs, feedSub.Unsubscribe, sub.Err(), maxSubscriptionBacklog, func(batch []*types.Transaction) error {
		for _, tx := range batch {
			var payload any = tx.Hash()
			if full {
				payload = newTransaction(tx, nil, 0, api.b.signer())
			}
			if err := notifier.Notify(sub.ID, payload); err != nil {
				return err
			}
		}
		return nil
	})
	return sub, nil
}
