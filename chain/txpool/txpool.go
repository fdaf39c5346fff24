package txpool

import (
	"container/heap"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	gethpool "github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// StateReader is the pool's view of the head state. Implementations must
// be safe for concurrent use.
type StateReader interface {
	Nonce(addr common.Address) uint64
	Balance(addr common.Address) *uint256.Int
}

// Clock tells time.
type Clock interface{ Now() time.Time }

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// Config configures a Pool. Zero fields take the defaults given.
type Config struct {
	ChainConfig  *params.ChainConfig // required
	GlobalSlots  int                 // pending transactions in all; default 8192
	GlobalQueue  int                 // queued transactions in all; default 2048
	AccountSlots int                 // pending transactions per sender; default 1024
	AccountQueue int                 // queued transactions per sender; default 128
	PriceBump    uint64              // minimum replacement fee bump in percent; default 10
	Lifetime     time.Duration       // queued transactions older than this are dropped; default 3h
	MaxTxSize    uint64              // largest encoded transaction; default 128 KiB
	Clock        Clock               // default: system clock
	Logger       *slog.Logger        // default: discard
}

func (c *Config) setDefaults() {
	if c.GlobalSlots == 0 {
		c.GlobalSlots = 8192
	}
	if c.GlobalQueue == 0 {
		c.GlobalQueue = 2048
	}
	if c.AccountSlots == 0 {
		c.AccountSlots = 1024
	}
	if c.AccountQueue == 0 {
		c.AccountQueue = 128
	}
	if c.PriceBump == 0 {
		c.PriceBump = 10
	}
	if c.Lifetime == 0 {
		c.Lifetime = 3 * time.Hour
	}
	if c.MaxTxSize == 0 {
		c.MaxTxSize = 128 << 10
	}
	if c.Clock == nil {
		c.Clock = systemClock{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// entry is a pooled transaction.
type entry struct {
	tx   *types.Transaction
	from common.Address
	seen time.Time
	seq  uint64 // arrival order, for deterministic tie-breaks
}

// account holds one sender's transactions, by nonce.
type account struct {
	txs  map[uint64]*entry
	cost *big.Int // sum of cost() over txs
}

// headAccount is a sender's nonce and balance at the head.
type headAccount struct {
	nonce   uint64
	balance *big.Int
}

// headOf returns addr's state at the head, reading it once per head.
// REQUIRES: p.mu held.
func (p *Pool) headOf(addr common.Address) headAccount {
	if h, ok := p.heads[addr]; ok {
		return h
	}
	h := headAccount{nonce: p.state.Nonce(addr), balance: p.state.Balance(addr).ToBig()}
	p.heads[addr] = h
	return h
}

// Pool is the transaction pool. See the package doc.
type Pool struct {
	cfg    Config
	signer types.Signer

	mu      sync.Mutex
	head    *types.Header
	state   StateReader
	byHash  map[common.Hash]*entry
	senders map[common.Address]*account
	seq     uint64
	// heads caches the head state of senders; Reset clears it.
	heads map[common.Address]headAccount

	feed event.Feed
}

// New returns a pool validating against state at head.
func New(cfg Config, state StateReader, head *types.Header) (*Pool, error) {
	if cfg.ChainConfig == nil {
		return nil, errors.New("txpool: ChainConfig is required")
	}
	if state == nil || head == nil {
		return nil, errors.New("txpool: state and head are required")
	}
	cfg.setDefaults()
	return &Pool{
		cfg:     cfg,
		signer:  types.LatestSigner(cfg.ChainConfig),
		head:    head,
		state:   state,
		byHash:  make(map[common.Hash]*entry),
		senders: make(map[common.Address]*account),
		heads:   make(map[common.Address]headAccount),
	}, nil
}

// SubscribeNewTxs delivers transactions as they become executable.
func (p *Pool) SubscribeNewTxs(ch chan<- []*types.Transaction) event.Subscription {
	return p.feed.Subscribe(ch)
}

// validate checks tx statelessly and against the head; it returns the sender.
// REQUIRES: p.mu held.
func (p *Pool) validate(tx *types.Transaction) (common.Address, error) {
	if tx.Size() > p.cfg.MaxTxSize {
		return common.Address{}, fmt.Errorf("%w: transaction size %d, limit %d", gethpool.ErrOversizedData, tx.Size(), p.cfg.MaxTxSize)
	}
	switch tx.Type() {
	case types.LegacyTxType, types.AccessListTxType, types.DynamicFeeTxType, types.SetCodeTxType:
	default:
		return common.Address{}, fmt.Errorf("%w: type %d", core.ErrTxTypeNotSupported, tx.Type())
	}
	if tx.Type() != types.LegacyTxType || tx.Protected() {
		if tx.ChainId().Cmp(p.cfg.ChainConfig.ChainID) != 0 {
			return common.Address{}, fmt.Errorf("%w: have %d want %d", types.ErrInvalidChainId, tx.ChainId(), p.cfg.ChainConfig.ChainID)
		}
	}
	if tx.Value().Sign() < 0 {
		return common.Address{}, gethpool.ErrNegativeValue
	}
	if tx.GasFeeCap().BitLen() > 256 {
		return common.Address{}, core.ErrFeeCapVeryHigh
	}
	if tx.GasTipCap().BitLen() > 256 {
		return common.Address{}, core.ErrTipVeryHigh
	}
	if tx.GasFeeCapIntCmp(tx.GasTipCap()) < 0 {
		return common.Address{}, core.ErrTipAboveFeeCap
	}
	if tx.Gas() > p.head.GasLimit {
		return common.Address{}, fmt.Errorf("%w: gas %d, block gas limit %d", gethpool.ErrGasLimit, tx.Gas(), p.head.GasLimit)
	}
	from, err := types.Sender(p.signer, tx)
	if err != nil {
		if errors.Is(err, types.ErrInvalidChainId) {
			return common.Address{}, err
		}
		return common.Address{}, fmt.Errorf("%w: %v", gethpool.ErrInvalidSender, err)
	}
	if tx.Type() == types.SetCodeTxType && len(tx.SetCodeAuthorizations()) == 0 {
		return common.Address{}, core.ErrEmptyAuthList
	}
	if tx.Type() == types.SetCodeTxType && tx.To() == nil {
		return common.Address{}, core.ErrSetCodeTxCreate
	}
	rules := p.cfg.ChainConfig.Rules(p.head.Number, true, p.head.Time)
	value, _ := uint256.FromBig(tx.Value())
	intrinsic, err := core.IntrinsicGas(tx.Data(), tx.AccessList(), tx.SetCodeAuthorizations(), from, tx.To(), value, rules)
	if err != nil {
		return common.Address{}, err
	}
	if tx.Gas() < intrinsic {
		return common.Address{}, fmt.Errorf("%w: gas %d, minimum needed %d", core.ErrIntrinsicGas, tx.Gas(), intrinsic)
	}
	if rules.IsPrague {
		floor, err := core.FloorDataGas(rules, from, tx.To(), value, tx.Data(), tx.AccessList())
		if err != nil {
			return common.Address{}, err
		}
		if tx.Gas() < floor {
			return common.Address{}, fmt.Errorf("%w: gas %d, minimum needed %d", core.ErrFloorDataGas, tx.Gas(), floor)
		}
	}
	if nonce := p.headOf(from).nonce; tx.Nonce() < nonce {
		return common.Address{}, fmt.Errorf("%w: next nonce %d, tx nonce %d", core.ErrNonceTooLow, nonce, tx.Nonce())
	}
	return from, nil
}

// cost is what tx can take from its sender at most.
func cost(tx *types.Transaction) *big.Int { return tx.Cost() }

// Add validates tx and inserts it.
func (p *Pool) Add(tx *types.Transaction) error {
	promoted, err := p.add(tx)
	if len(promoted) > 0 {
		p.feed.Send(promoted)
	}
	return err
}

func (p *Pool) add(tx *types.Transaction) ([]*types.Transaction, error) {
	// Recover the sender before taking the lock: it is the costly part of
	// validation, and the transaction caches it for validate below.
	_, _ = types.Sender(p.signer, tx)
	p.mu.Lock()
	defer p.mu.Unlock()
	hash := tx.Hash()
	if _, ok := p.byHash[hash]; ok {
		return nil, gethpool.ErrAlreadyKnown
	}
	from, err := p.validate(tx)
	if err != nil {
		return nil, err
	}
	acc := p.senders[from]
	var old *entry
	if acc != nil {
		old = acc.txs[tx.Nonce()]
	}
	if old != nil {
		if !bumped(old.tx, tx, p.cfg.PriceBump) {
			return nil, gethpool.ErrReplaceUnderpriced
		}
	}
	// The sender must afford all of its pooled transactions with this one
	// (replacing any at the same nonce).
	stateNonce := p.headOf(from).nonce
	total := new(big.Int).Set(cost(tx))
	if acc != nil {
		total.Add(total, acc.cost)
		if old != nil {
			total.Sub(total, cost(old.tx))
		}
	}
	if balance := p.headOf(from).balance; balance.Cmp(total) < 0 {
		return nil, fmt.Errorf("%w: balance %v, tx cost %v, overshot %v", core.ErrInsufficientFunds, balance, total, new(big.Int).Sub(total, balance))
	}
	if old == nil {
		if err := p.makeRoom(from, tx, stateNonce); err != nil {
			return nil, err
		}
	}
	if acc == nil {
		acc = &account{txs: make(map[uint64]*entry), cost: new(big.Int)}
		p.senders[from] = acc
	}
	if old != nil {
		delete(p.byHash, old.tx.Hash())
		acc.cost.Sub(acc.cost, cost(old.tx))
	}
	acc.cost.Add(acc.cost, cost(tx))
	p.seq++
	e := &entry{tx: tx, from: from, seen: p.cfg.Clock.Now(), seq: p.seq}
	acc.txs[tx.Nonce()] = e
	p.byHash[hash] = e
	// Announce what became executable: a replacement only if it is pending;
	// a new pending transaction together with the queued ones it unblocked.
	var promoted []*types.Transaction
	if p.isPending(from, tx.Nonce(), stateNonce) {
		promoted = append(promoted, tx)
		for n := tx.Nonce() + 1; old == nil; n++ {
			next, ok := acc.txs[n]
			if !ok {
				break
			}
			promoted = append(promoted, next.tx)
		}
	}
	return promoted, nil
}

// isPending reports whether nonce is reachable contiguously from stateNonce.
// REQUIRES: p.mu held.
func (p *Pool) isPending(from common.Address, nonce, stateNonce uint64) bool {
	acc := p.senders[from]
	if acc == nil || nonce < stateNonce {
		return false
	}
	for n := stateNonce; n < nonce; n++ {
		if _, ok := acc.txs[n]; !ok {
			return false
		}
	}
	_, ok := acc.txs[nonce]
	return ok
}

func bumped(old, tx *types.Transaction, bump uint64) bool {
	threshold := func(v *big.Int) *big.Int {
		t := new(big.Int).Mul(v, big.NewInt(int64(100+bump)))
		return t.Div(t, big.NewInt(100))
	}
	return tx.GasFeeCap().Cmp(threshold(old.GasFeeCap())) >= 0 && tx.GasTipCap().Cmp(threshold(old.GasTipCap())) >= 0
}

// counts returns the numbers of pending and queued transactions, and the
// pending/queued split of one sender.
// REQUIRES: p.mu held.
func (p *Pool) split(from common.Address, acc *account) (pending, queued []*entry) {
	stateNonce := p.headOf(from).nonce
	nonces := make([]uint64, 0, len(acc.txs))
	for n := range acc.txs {
		nonces = append(nonces, n)
	}
	slices.Sort(nonces)
	next := stateNonce
	for _, n := range nonces {
		if n == next {
			pending = append(pending, acc.txs[n])
			next++
		} else if n > next {
			queued = append(queued, acc.txs[n])
		}
	}
	return pending, queued
}

// makeRoom enforces the per-account and global limits for a new tx.
// REQUIRES: p.mu held.
func (p *Pool) makeRoom(from common.Address, tx *types.Transaction, stateNonce uint64) error {
	// Count the sender's pending run without sorting: Reset keeps no
	// nonce below the state nonce, so the rest of its txs are queued.
	var pending, queued int
	if acc := p.senders[from]; acc != nil {
		for n := stateNonce; ; n++ {
			if _, ok := acc.txs[n]; !ok {
				break
			}
			pending++
		}
		queued = len(acc.txs) - pending
	}
	willQueue := tx.Nonce() != stateNonce+uint64(pending)
	if willQueue && queued >= p.cfg.AccountQueue {
		return fmt.Errorf("%w: %d queued transactions", gethpool.ErrAccountLimitExceeded, queued)
	}
	if !willQueue && pending >= p.cfg.AccountSlots {
		return fmt.Errorf("%w: %d pending transactions", gethpool.ErrAccountLimitExceeded, pending)
	}
	if len(p.byHash) < p.cfg.GlobalSlots+p.cfg.GlobalQueue {
		return nil
	}
	// Full: evict the cheapest evictable transaction of another sender, a
	// queued one if any, else the last pending one of its sender (so no gap
	// is left in what remains executable).
	victim := p.cheapestEvictable(from)
	if victim == nil || victim.tx.GasTipCapCmp(tx) >= 0 && victim.tx.GasFeeCapCmp(tx) >= 0 {
		return fmt.Errorf("%w: pool is full", gethpool.ErrUnderpriced)
	}
	p.remove(victim)
	p.cfg.Logger.Debug("evicted transaction", "hash", victim.tx.Hash(), "from", victim.from)
	return nil
}

// REQUIRES: p.mu held.
func (p *Pool) cheapestEvictable(except common.Address) *entry {
	var best *entry
	better := func(a, b *entry) bool { // a cheaper than b
		if c := a.tx.GasFeeCapCmp(b.tx); c != 0 {
			return c < 0
		}
		if c := a.tx.GasTipCapCmp(b.tx); c != 0 {
			return c < 0
		}
		return a.seq > b.seq
	}
	var bestQueued *entry
	for from, acc := range p.senders {
		if from == except {
			continue
		}
		pend, queued := p.split(from, acc)
		for _, e := range queued {
			if bestQueued == nil || better(e, bestQueued) {
				bestQueued = e
			}
		}
		if len(pend) > 0 {
			last := pend[len(pend)-1]
			if best == nil || better(last, best) {
				best = last
			}
		}
	}
	if bestQueued != nil {
		return bestQueued
	}
	return best
}

// REQUIRES: p.mu held.
func (p *Pool) remove(e *entry) {
	delete(p.byHash, e.tx.Hash())
	if acc := p.senders[e.from]; acc != nil {
		delete(acc.txs, e.tx.Nonce())
		acc.cost.Sub(acc.cost, cost(e.tx))
		if len(acc.txs) == 0 {
			delete(p.senders, e.from)
		}
	}
}

// Remove drops a transaction (and nothing else) from the pool.
func (p *Pool) Remove(hash common.Hash) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if e, ok := p.byHash[hash]; ok {
		p.remove(e)
	}
}

// Reset moves the pool to a new head: transactions whose nonce is below the
// sender's new nonce are dropped, so are those the sender can no longer
// afford, those over the gas limit, and queued ones older than Lifetime.
// Transactions that became executable are announced.
func (p *Pool) Reset(head *types.Header, state StateReader) {
	p.mu.Lock()
	before := p.pendingSet()
	p.head, p.state = head, state
	clear(p.heads)
	now := p.cfg.Clock.Now()
	for from, acc := range p.senders {
		h := p.headOf(from)
		stateNonce, balance := h.nonce, h.balance
		for n, e := range acc.txs {
			if n < stateNonce || e.tx.Gas() > head.GasLimit {
				p.remove(e)
			}
		}
		// Drop pending transactions the balance no longer covers, and all
		// after them (they would be stuck behind a gap).
		pend, queued := p.split(from, acc)
		spent := new(big.Int)
		for i, e := range pend {
			spent.Add(spent, cost(e.tx))
			if spent.Cmp(balance) > 0 {
				for _, d := range pend[i:] {
					p.remove(d)
				}
				break
			}
		}
		for _, e := range queued {
			if now.Sub(e.seen) > p.cfg.Lifetime {
				p.remove(e)
			}
		}
	}
	after := p.pendingSet()
	var promoted []*types.Transaction
	for hash, e := range after {
		if _, ok := before[hash]; !ok {
			promoted = append(promoted, e.tx)
		}
	}
	p.mu.Unlock()
	if len(promoted) > 0 {
		slices.SortFunc(promoted, func(a, b *types.Transaction) int { return int(int64(a.Nonce()) - int64(b.Nonce())) })
		p.feed.Send(promoted)
	}
}

// REQUIRES: p.mu held.
func (p *Pool) pendingSet() map[common.Hash]*entry {
	out := make(map[common.Hash]*entry)
	for from, acc := range p.senders {
		pend, _ := p.split(from, acc)
		for _, e := range pend {
			out[e.tx.Hash()] = e
		}
	}
	return out
}

// EvictStale drops queued transactions older than Lifetime.
func (p *Pool) EvictStale() {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.cfg.Clock.Now()
	for from, acc := range p.senders {
		_, queued := p.split(from, acc)
		for _, e := range queued {
			if now.Sub(e.seen) > p.cfg.Lifetime {
				p.remove(e)
			}
		}
	}
}

func (p *Pool) collect(pendingPart bool) map[common.Address][]*types.Transaction {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[common.Address][]*types.Transaction)
	for from, acc := range p.senders {
		pend, queued := p.split(from, acc)
		list := queued
		if pendingPart {
			list = pend
		}
		for _, e := range list {
			out[from] = append(out[from], e.tx)
		}
	}
	return out
}

// Pending returns the executable transactions per sender, in nonce order.
func (p *Pool) Pending() map[common.Address][]*types.Transaction { return p.collect(true) }

// Queued returns the future transactions per sender, in nonce order.
func (p *Pool) Queued() map[common.Address][]*types.Transaction { return p.collect(false) }

// PendingNonce returns the nonce the sender's next transaction should use.
func (p *Pool) PendingNonce(addr common.Address) uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	nonce := p.headOf(addr).nonce
	if acc := p.senders[addr]; acc != nil {
		for {
			if _, ok := acc.txs[nonce]; !ok {
				break
			}
			nonce++
		}
	}
	return nonce
}

// Get returns a pooled transaction, or nil.
func (p *Pool) Get(hash common.Hash) *types.Transaction {
	p.mu.Lock()
	defer p.mu.Unlock()
	if e, ok := p.byHash[hash]; ok {
		return e.tx
	}
	return nil
}

// Has reports whether a transaction is pooled.
func (p *Pool) Has(hash common.Hash) bool { return p.Get(hash) != nil }

// Stats returns the numbers of pending and queued transactions.
func (p *Pool) Stats() (pending, queued int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for from, acc := range p.senders {
		pend, q := p.split(from, acc)
		pending += len(pend)
		queued += len(q)
	}
	return pending, queued
}

// Executable returns the pending transactions ordered for block building:
// highest effective tip at baseFee first, each sender's in nonce order.
func (p *Pool) Executable(baseFee *big.Int) *Ordered {
	p.mu.Lock()
	defer p.mu.Unlock()
	o := &Ordered{baseFee: baseFee, rest: make(map[common.Address][]*entry)}
	for from, acc := range p.senders {
		pend, _ := p.split(from, acc)
		if len(pend) == 0 {
			continue
		}
		o.heads = append(o.heads, o.head(pend[0]))
		o.rest[from] = pend[1:]
	}
	heap.Init(o)
	return o
}

// Ordered iterates executable transactions by price and nonce. It is a
// snapshot: later pool changes do not affect it. Not safe for concurrent use.
type Ordered struct {
	baseFee *big.Int
	heads   []orderedHead
	rest    map[common.Address][]*entry
}

// orderedHead is a sender's next transaction with its effective tip,
// computed once.
type orderedHead struct {
	*entry
	tip *big.Int
}

func (o *Ordered) head(e *entry) orderedHead {
	if o.baseFee == nil {
		return orderedHead{e, e.tx.GasTipCap()}
	}
	tip, err := e.tx.EffectiveGasTip(o.baseFee)
	if err != nil {
		tip = new(big.Int).Sub(e.tx.GasFeeCap(), o.baseFee) // negative: below base fee
	}
	return orderedHead{e, tip}
}

// Len, Less, Swap, Push and Pop implement heap.Interface; use Peek, Shift
// and Pop instead.
func (o *Ordered) Len() int { return len(o.heads) }

// Less orders by effective tip, then arrival, then hash.
func (o *Ordered) Less(i, j int) bool {
	if c := o.heads[i].tip.Cmp(o.heads[j].tip); c != 0 {
		return c > 0
	}
	if o.heads[i].seq != o.heads[j].seq {
		return o.heads[i].seq < o.heads[j].seq
	}
	return o.heads[i].tx.Hash().Cmp(o.heads[j].tx.Hash()) < 0
}

// Swap implements heap.Interface.
func (o *Ordered) Swap(i, j int) { o.heads[i], o.heads[j] = o.heads[j], o.heads[i] }

// Push implements heap.Interface.
func (o *Ordered) Push(x any) { o.heads = append(o.heads, x.(orderedHead)) }

// Pop drops the peeked transaction's sender entirely (heap.Interface too:
// called by container/heap with the element moved last).
func (o *Ordered) Pop() any {
	n := len(o.heads) - 1
	e := o.heads[n]
	o.heads = o.heads[:n]
	return e
}

// Peek returns the best transaction, or nil when none is left.
func (o *Ordered) Peek() *types.Transaction {
	if len(o.heads) == 0 {
		return nil
	}
	return o.heads[0].tx
}

// Shift takes the peeked transaction and moves to its sender's next one.
func (o *Ordered) Shift() {
	if len(o.heads) == 0 {
		return
	}
	from := o.heads[0].from
	if rest := o.rest[from]; len(rest) > 0 {
		o.heads[0] = o.head(rest[0])
		o.rest[from] = rest[1:]
		heap.Fix(o, 0)
		return
	}
	heap.Pop(o)
}

// Drop discards the peeked transaction's sender (for example, its
// transaction failed or does not fit): none of its transactions follow.
func (o *Ordered) Drop() {
	if len(o.heads) == 0 {
		return
	}
	delete(o.rest, o.heads[0].from)
	heap.Pop(o)
}
