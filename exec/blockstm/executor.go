package blockstm

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/overlay"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

var _ exec.Executor = (*Executor)(nil)

// Executor executes a block's transactions in parallel with Block-STM. Its
// results equal the serial executor's exactly.
//
// Concurrency: an Executor is safe for concurrent use; each Execute call
// has its own workers and memory.
type Executor struct {
	workers int
	stats   counters
	// spare is a finished block's working memory, for the next block. One
	// is kept (not a sync.Pool, which garbage collections empty): a node
	// executes one block after another.
	spare atomic.Pointer[scratch]
}

// scratch is the working memory of one Execute call that does not outlive
// it: the multi-version memory, the scheduler's states, and each worker's
// slabs and caches. Kept from block to block, it saves allocating (and
// collecting) all of it for every block; only what the result holds (the
// write set, receipts) is allocated anew.
type scratch struct {
	mem     memory
	txs     []txState
	workers []*workerScratch
	perTx   perTx
}

// perTx holds what a block knows about each of its transactions before
// they run, indexed by transaction.
type perTx struct {
	senders     []common.Address
	callee      []common.Address // zero for creations
	seeded      []*cell          // where an estimate was placed before the first incarnation
	senderCells []*cell
	senderBase  []accountRecord
	senderRead  []bool           // senderBase holds the sender's account
	calleeBase  []*accountRecord // nil where not read
}

// reset sizes p for n transactions, all zero, reusing its arrays.
func (p *perTx) reset(n int) {
	p.senders = resize(p.senders, n)
	p.callee = resize(p.callee, n)
	p.seeded = resize(p.seeded, n)
	p.senderCells = resize(p.senderCells, n)
	p.senderBase = resize(p.senderBase, n)
	p.senderRead = resize(p.senderRead, n)
	p.calleeBase = resize(p.calleeBase, n)
}

// resize returns s with length n, all zero, reusing its array if it is
// large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// workerScratch is one worker's part of a scratch.
type workerScratch struct {
	cells    slab[cell]
	outcomes slab[outcome]
	writes   slab[write]
	records  slab[accountRecord]
	reads    slab[read]
	cache    workerCache
}

// reset makes ws ready for another block.
func (ws *workerScratch) reset() {
	ws.cells.reset()
	ws.outcomes.reset()
	ws.writes.reset()
	ws.records.reset()
	ws.reads.reset()
	ws.cache.reset()
}

// Stats are cumulative counts of an executor's work, for metrics and tuning.
type Stats struct {
	Blocks       uint64 // Execute calls that ran transactions
	Transactions uint64 // transactions executed (each once, however often re-run)
	Executions   uint64 // incarnations run, including re-executions
	Aborts       uint64 // versions whose validation failed
	Waits        uint64 // executions suspended on an ESTIMATE
	Idle         uint64 // times a worker found nothing to do
}

type counters struct {
	blocks, transactions, executions, aborts, waits, idle atomic.Uint64
}

// Stats returns the executor's counts so far.
func (e *Executor) Stats() Stats {
	c := &e.stats
	return Stats{
		Blocks: c.blocks.Load(), Transactions: c.transactions.Load(), Executions: c.executions.Load(),
		Aborts: c.aborts.Load(), Waits: c.waits.Load(), Idle: c.idle.Load(),
	}
}

// New returns an executor that runs workers goroutines per block; workers
// below 1 means runtime.GOMAXPROCS(0).
func New(workers int) *Executor {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	return &Executor{workers: workers}
}

// Workers returns the number of goroutines a block runs on.
func (e *Executor) Workers() int { return e.workers }

// write is one location an execution wrote.
type write struct {
	loc     location
	cell    *cell          // the location's cell in the memory, once known
	account *accountRecord // account locations
	slot    common.Hash    // slot locations
}

// outcome is what one incarnation of a transaction did.
type outcome struct {
	incarnation int
	reads       []read
	writes      []write
	receipt     *types.Receipt // nil when rejected
	err         error          // why the transaction was rejected
	fee         uint256.Int    // deferred credit to the fee recipient
}

// run is the execution of one block.
type run struct {
	ctx       context.Context
	blk       *exec.Block
	txs       []*types.Transaction
	signer    types.Signer
	coinbase  common.Address
	deferFees bool // fee credits are applied at commit (see overlay.DeferFeeCredit)

	mem   *memory
	pre   state.Reader
	codes sync.Map // code hash -> code deployed in this block
	sched *scheduler
	// perTx is filled by prepare: each transaction's sender and callee,
	// the sender's cell (every transaction writes its nonce), and the
	// sender's and callee's accounts in the pre-state.
	*perTx

	failed atomic.Bool
	errMu  sync.Mutex
	err    error

	// Commit state: the committed prefix of the block. Guarded by commitMu
	// except for the atomics, which executions read.
	commitMu     sync.Mutex
	commitIdx    atomic.Int64
	committedGas atomic.Uint64
	cumGas       uint64
	logIndex     uint
	included     []int
	rejected     []int
	fee          accountRecord // the fee recipient at the commit point
	feeTouched   bool
	feeWiped     bool           // a zero credit deleted the missing fee recipient (see apply)
	ws           state.WriteSet // the writes of included[:applied], storage maps made at the end
	changes      slab[state.AccountChange]
	accounts     slab[state.Account]
	balances     slab[uint256.Int]
	applied      int               // r.included[:applied] are in the write set
	slotOnly     []common.Address  // accounts whose first committed write was a slot
	recent       [16]recentAccount // accounts committed more than once, by their address's last byte
	storage      committedSlots
	workers      int // goroutines executing the block
}

// Execute implements exec.Executor.
func (e *Executor) Execute(ctx context.Context, blk *exec.Block, txs []*types.Transaction, pre state.Reader) (*exec.Result, error) {
	if len(txs) == 0 {
		return &exec.Result{WriteSet: state.WriteSet{}}, nil
	}
	e.stats.blocks.Add(1)
	e.stats.transactions.Add(uint64(len(txs)))
	sc := e.spare.Swap(nil)
	if sc == nil {
		sc = &scratch{} // the first block, or another one executing now
	}
	stopped := false // the scratch goes back only once every worker stopped
	defer func() {
		if stopped {
			e.spare.Store(sc) // after the result is built
		}
	}()
	sc.mem.reset(2 * len(txs))
	sc.perTx.reset(len(txs))
	r := &run{
		perTx:    &sc.perTx,
		ctx:      ctx,
		blk:      blk,
		txs:      txs,
		signer:   types.MakeSigner(blk.Config, blk.Header.Number, blk.Header.Time),
		coinbase: blk.Header.Coinbase,
		mem:      &sc.mem,
		pre:      pre,
		sched:    newScheduler(len(txs), &sc.txs),
		ws:       make(state.WriteSet, 2*len(txs)),
		workers:  min(e.workers, len(txs)),
	}
	workers := r.workers
	for len(sc.workers) < workers {
		sc.workers = append(sc.workers, &workerScratch{cache: newWorkerCache()})
	}
	ws := make([]*worker, 0, workers)
	defer func() {
		for _, w := range ws {
			w.evm.Release()
		}
	}()
	for i := range workers {
		w, err := r.newWorker(sc.workers[i]) // its scratch is reset by prepare
		if err != nil {
			stopped = true
			return nil, err
		}
		w.committer = i == 0
		ws = append(ws, w)
	}
	if err := r.prepare(ws); err != nil {
		stopped = true
		return nil, err
	}
	var wg sync.WaitGroup
	for _, w := range ws {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.work(w)
			e.stats.executions.Add(w.executions)
			e.stats.aborts.Add(w.aborts)
			e.stats.waits.Add(w.waits)
			e.stats.idle.Add(w.idle)
		}()
	}
	wg.Wait()
	stopped = true
	if r.err != nil {
		return nil, r.err
	}
	return r.result()
}

// prepare resets the workers' scratch, recovers the senders, makes their
// cells and reads the senders' and callees' accounts, all in parallel on
// the workers; decides whether fee credits can be deferred; and seeds
// ESTIMATEs so that a sender's later transactions wait for its earlier
// ones instead of running on a stale nonce.
func (r *run) prepare(ws []*worker) error {
	workers := len(ws)
	cb, err := baseAccount(r.pre, r.coinbase)
	if err != nil {
		return err
	}
	// A zero fee credit deletes an existing empty account (EIP-158); only
	// the full path does that, so such a recipient is not deferred.
	empty := cb.nonce == 0 && cb.balance.IsZero() && cb.codeHash == types.EmptyCodeHash
	r.deferFees = !(cb.live && empty)
	r.fee = *cb

	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ws[w].workerScratch.reset()
			r.prepareRange(ws[w], w*len(r.txs)/workers, (w+1)*len(r.txs)/workers)
		}()
	}
	wg.Wait()

	// A sender's transactions share its cell, which remembers the last
	// one seen: each one followed by another of its sender gets an estimate.
	for i, c := range r.senderCells {
		if k := int(c.lastSender) - 1; k >= 0 && r.seeded[k] == nil {
			c.markEstimate(k)
			r.seeded[k] = c
		}
		c.lastSender = int32(i + 1)
	}
	return nil
}

// prepareRange does prepare's part for transactions [start, end) on worker w:
// it recovers the senders, makes their cells, and reads the accounts of
// the senders and the callees, which every execution needs. Workers take
// contiguous ranges, so that they do not write to the same cache lines.
func (r *run) prepareRange(w *worker, start, end int) {
	for i := start; i < end; i++ {
		tx := r.txs[i]
		from, _ := types.Sender(r.signer, tx) // an invalid signature is rejected by execution
		r.senders[i] = from
		r.senderCells[i] = r.mem.cell(location{addr: from}, &w.cells)
		// A read that fails is left to the execution, which meets the
		// error only if it really reads the account (serially, a
		// transaction rejected before it runs never reads its callee).
		r.senderRead[i] = readBase(w.reader.pre, from, &r.senderBase[i]) == nil
		to := tx.To()
		if to == nil {
			continue
		}
		r.callee[i] = *to
		if *to == from || (r.deferFees && *to == r.coinbase) {
			continue // read as the sender, or as the fee recipient
		}
		if rec, err := w.reader.base.account(w.reader.pre, *to); err == nil {
			r.calleeBase[i] = rec
		}
	}
}

func (r *run) fail(err error) {
	r.errMu.Lock()
	if r.err == nil {
		r.err = err
	}
	r.errMu.Unlock()
	r.failed.Store(true)
}

func (r *run) done() bool {
	return r.failed.Load() || r.commitIdx.Load() >= int64(len(r.txs))
}

// worker is one goroutine's reusable execution context.
type worker struct {
	reader txReader
	state  *overlay.State
	evm    *gethvm.EVM

	// Per-worker allocation of what executions produce (a few large
	// allocations instead of many small ones), kept between blocks.
	*workerScratch

	// Counts, added to the executor's stats when the block is done.
	executions, aborts, waits, idle uint64

	committer bool         // this worker extends the committed prefix whenever it can
	gasPool   core.GasPool // the block gas pool an execution sees
	claim     claim        // transactions claimed and not yet started
}

// newWorker gives a worker its own pre-state reader where the reader can
// fork, so that workers do not queue on one reader's lock, and the scratch
// memory ws.
func (r *run) newWorker(ws *workerScratch) (*worker, error) {
	pre := r.pre
	if f, ok := pre.(state.Forker); ok {
		var err error
		if pre, err = f.Fork(); err != nil {
			return nil, fmt.Errorf("blockstm: fork pre-state reader: %w", err)
		}
	}
	w := &worker{workerScratch: ws, reader: txReader{run: r, pre: pre, base: &ws.cache, slab: &ws.reads}}
	w.state = overlay.New(&w.reader)
	w.evm = vm.NewEVM(r.blk.Config, r.blk.Header, r.blk.GetHash, w.state, gethvm.Config{})
	return w, nil
}

// work runs tasks until every transaction has committed.
func (r *run) work(w *worker) {
	var t task
	idle := 0 // consecutive rounds without work
	for spins := 0; !r.done(); spins++ {
		if spins%64 == 0 {
			select {
			case <-r.ctx.Done():
				r.fail(r.ctx.Err())
				return
			default:
			}
		}
		if t.kind == noTask {
			t = r.sched.nextTask(&w.claim)
		}
		switch t.kind {
		case executionTask:
			t = r.execute(w, t)
		case validationTask:
			t = r.validate(w, t)
		}
		// One worker commits while there are executions to hand out, so
		// that the write set and the commit's state stay in one core's
		// cache; any worker does once none are left.
		if t.kind == noTask && (w.committer || r.sched.executionIdx.Load() >= int64(len(r.txs))) {
			t = r.tryCommit(w)
		}
		if t.kind != noTask {
			idle = 0
			continue
		}
		if r.sched.executionIdx.Load() >= int64(len(r.txs)) {
			// Nothing to do until another worker finishes something. Back
			// off, so that a worker with nothing to do does not slow the
			// ones that have (shared cache lines, the commit lock).
			w.idle++
			idle++
			if idle < 16 {
				runtime.Gosched()
			} else {
				time.Sleep(time.Duration(min(idle, 64)) * time.Microsecond)
			}
		}
	}
}

// execute runs one incarnation and records its writes. A transaction that
// calls a hot account while an earlier call of it has not run yet waits for
// that one first, rather than run on what it would most likely see stale.
func (r *run) execute(w *worker, t task) task {
	if callee := r.callee[t.tx]; callee != (common.Address{}) && r.mem.isHot(callee) {
		// A call that another worker is running now is waited for at the
		// read (readSettled), after this transaction's own prologue.
		if m := r.pendingCaller(callee, -1, t.tx); m >= 0 && !r.startsSoon(m) && r.sched.addDependency(t.tx, m) {
			r.sched.noteContention()
			w.waits++
			return task{}
		}
	}
	for {
		out, blockedOn, err := w.run(r, t.tx, t.incarnation, r.blk.Header.GasLimit-r.committedGas.Load())
		if err != nil {
			r.fail(err)
			return task{}
		}
		w.executions++
		if blockedOn >= 0 {
			r.sched.noteContention()
			w.waits++
			if r.sched.addDependency(t.tx, blockedOn) {
				return task{}
			}
			continue
		}
		rerun := r.sched.txs[t.tx].outcome.Load() != nil
		wroteNew := r.record(w, t.tx, out)
		return r.sched.finishExecution(t.tx, t.incarnation, rerun, wroteNew)
	}
}

// startsSoon reports whether transaction m is being executed, or begins
// to be (or finishes) within a short wait. A transaction handed out just
// before another may not have started yet when the other looks: parking
// the higher one then would make every later caller of the same account
// park behind it too, and the block would run one transaction at a time.
func (r *run) startsSoon(m int) bool {
	st := &r.sched.txs[m]
	for range startSpins {
		if st.running.Load() {
			return true
		}
		st.mu.Lock()
		stat := st.status
		st.mu.Unlock()
		if stat == executed || stat == committed {
			return true
		}
		runtime.Gosched()
	}
	return false
}

// startSpins bounds startsSoon's wait.
const startSpins = 64

// run executes transaction tx once against the memory with gasLeft in the
// block gas pool. blockedOn is the lower transaction whose ESTIMATE it
// read, or -1.
func (w *worker) run(r *run, tx, incarnation int, gasLeft uint64) (out *outcome, blockedOn int, err error) {
	blockedOn = -1
	rd := &w.reader
	rd.reset(tx)
	st := w.state
	st.Reset(rd)
	if r.deferFees {
		st.DeferFeeCredit(r.coinbase)
	}
	defer func() {
		if rec := recover(); rec != nil {
			b, ok := rec.(blocked)
			if !ok {
				panic(rec)
			}
			rd.slab.trim(rd.reads[:0]) // the reads of an abandoned execution
			out, blockedOn, err = nil, b.on, nil
		}
	}()
	w.gasPool = *core.NewGasPool(gasLeft)
	receipt, _, txErr := exec.ApplyTx(w.evm, st, &w.gasPool, r.blk, r.signer, r.txs[tx], tx)
	if err := st.Err(); err != nil {
		return nil, -1, fmt.Errorf("blockstm: tx %d: %w", tx, err)
	}
	out = w.outcomes.new()
	*out = outcome{incarnation: incarnation, reads: rd.slab.trim(rd.reads), receipt: receipt, err: txErr}
	if txErr != nil {
		return out, -1, nil
	}
	out.fee = st.DeferredFee()
	out.writes = w.writes.slice(writesRoom)
	st.Changes(func(addr common.Address, c *overlay.Change) {
		if c.Modified || c.Wiped {
			prev, _ := rd.accounts.get(addr)
			if prev == nil {
				prev = &accountRecord{wipedBy: -1}
			}
			rec := w.records.new()
			*rec = accountRecord{live: c.Live, wipedBy: prev.wipedBy, codeChanged: prev.codeChanged || c.CodeChanged}
			if c.Live {
				rec.nonce, rec.codeHash = c.Account.Nonce, c.Account.CodeHash
				rec.balance.Set(c.Account.Balance)
			}
			if c.Wiped {
				rec.wipedBy = tx
			}
			if c.Live && c.CodeChanged {
				r.codes.LoadOrStore(c.Account.CodeHash, slices.Clone(c.Code))
			}
			wr := write{loc: location{addr: addr}, account: rec}
			if addr == r.senders[tx] {
				wr.cell = r.senderCells[tx]
			}
			out.writes = append(out.writes, wr)
		}
		for k, v := range c.Storage {
			out.writes = append(out.writes, write{loc: location{addr: addr, slot: k, isSlot: true}, slot: v})
		}
	})
	out.writes = w.writes.trim(out.writes)
	return out, -1, nil
}

// readsRoom and writesRoom are how many reads and writes an execution is
// given room for in its worker's slabs before it allocates; what it does
// not use is given back.
const (
	readsRoom  = 16
	writesRoom = 8
)

// record publishes an outcome: its writes go to the memory, the previous
// incarnation's writes that it did not repeat are removed. It reports
// whether the outcome wrote a location the previous incarnation did not.
func (r *run) record(wk *worker, tx int, out *outcome) bool {
	prev := r.sched.txs[tx].outcome.Load()
	wroteNew := false
	for i := range out.writes {
		w := &out.writes[i]
		if w.cell == nil {
			w.cell = r.mem.cell(w.loc, &wk.cells)
		}
		w.cell.write(entry{tx: tx, incarnation: out.incarnation, account: w.account, slot: w.slot})
		switch {
		case prev != nil:
			wroteNew = wroteNew || !wroteTo(prev.writes, w.cell)
		default:
			wroteNew = wroteNew || w.cell != r.seeded[tx]
		}
	}
	switch {
	case prev != nil:
		for _, w := range prev.writes {
			if !wroteTo(out.writes, w.cell) {
				w.cell.remove(tx)
			}
		}
	case r.seeded[tx] != nil && !wroteTo(out.writes, r.seeded[tx]):
		r.seeded[tx].remove(tx)
	}
	fee := &out.fee // outcomes are immutable once recorded
	if old := r.sched.txs[tx].fee.Swap(fee); (old == nil && !fee.IsZero()) || (old != nil && !old.Eq(fee)) {
		wroteNew = true
	}
	r.sched.txs[tx].outcome.Store(out)
	return wroteNew
}

// validate checks an executed version's read set and aborts it if stale.
func (r *run) validate(w *worker, t task) task {
	out := r.sched.txs[t.tx].outcome.Load()
	if out == nil || out.incarnation != t.incarnation || r.valid(w.reader.pre, t.tx, out) {
		return task{}
	}
	if !r.sched.tryAbort(t.tx, t.incarnation) {
		return task{}
	}
	return r.aborted(w, t.tx, out)
}

// aborted finishes the abort of tx, whose status is already aborting: its
// writes become ESTIMATEs and its next incarnation is scheduled (and may be
// returned as the caller's next task).
func (r *run) aborted(w *worker, tx int, out *outcome) task {
	w.aborts++
	for _, wr := range out.writes {
		wr.cell.markEstimate(tx)
	}
	return r.sched.finishAbort(tx)
}

// wroteTo reports whether writes include one to c.
func wroteTo(writes []write, c *cell) bool {
	for i := range writes {
		if writes[i].cell == c {
			return true
		}
	}
	return false
}
