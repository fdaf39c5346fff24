package blockstm

import (
	"context"
	"errors"
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
	applied      int              // r.included[:applied] are in the write set
	slotOnly     []common.Address // accounts whose first committed write was a slot
	recent       [16]recentAccount // accounts committed more than once, by their address's last byte
	storage      committedSlots
	workers      int // goroutines executing the block
}

// recentAccount is an entry of the run's cache of committed accounts: the
// write-set entry, and the committed storage once looked up.
type recentAccount struct {
	addr common.Address
	ch   *state.AccountChange
	st   *committedStorage
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

// tryCommit extends the committed prefix as far as it can, unless another
// worker is doing so. A transaction commits once every lower one has and
// its read set is valid: it then can never change again. The gas limit is
// enforced here, where the gas used by every earlier transaction is known.
// It may return a task for the caller: re-executing a stale transaction.
func (r *run) tryCommit(w *worker) task {
	if !r.commitMu.TryLock() {
		return task{}
	}
	defer r.commitMu.Unlock()
	for {
		i := int(r.commitIdx.Load())
		if i >= len(r.txs) || r.failed.Load() {
			return task{}
		}
		st := &r.sched.txs[i]
		st.mu.Lock()
		if st.status != executed {
			st.mu.Unlock()
			return task{}
		}
		out := r.sched.txs[i].outcome.Load()
		if !r.valid(w.reader.pre, i, out) {
			st.status = aborting
			st.mu.Unlock()
			return r.aborted(w, i, out)
		}
		if left := r.blk.Header.GasLimit - r.cumGas; r.txs[i].Gas() > left {
			// It does not fit: serially it would be rejected, either by the
			// gas pool or by a check before it. Every lower transaction has
			// committed, so running it again with the true pool gives exactly
			// that rejection, with no writes.
			exact, blockedOn, err := w.run(r, i, out.incarnation, left)
			if err != nil || blockedOn >= 0 || exact.err == nil {
				st.mu.Unlock()
				if err == nil {
					err = fmt.Errorf("blockstm: tx %d: over the gas limit but not rejected (blocked on %d)", i, blockedOn)
				}
				r.fail(err)
				return task{}
			}
			if len(out.writes) > 0 {
				r.sched.revalidateAbove(i)
			}
			r.record(w, i, exact)
			out = exact
		}
		st.status = committed
		st.mu.Unlock()
		if err := r.commit(i, out); err != nil {
			r.fail(err)
			return task{}
		}
		r.commitIdx.Store(int64(i + 1))
		if err := r.applyCommitted(false); err != nil {
			r.fail(err)
			return task{}
		}
	}
}

// commit adds a final outcome to the block; applyCommitted adds its
// writes to the write set.
func (r *run) commit(i int, out *outcome) error {
	if out.err != nil {
		r.rejected = append(r.rejected, i)
		return nil
	}
	rc := out.receipt
	r.cumGas += rc.GasUsed
	rc.CumulativeGasUsed = r.cumGas
	rc.TransactionIndex = uint(len(r.included))
	for _, l := range rc.Logs {
		l.TxIndex = rc.TransactionIndex
		l.Index = r.logIndex
		r.logIndex++
	}
	r.included = append(r.included, i)
	r.committedGas.Store(r.cumGas)
	return nil
}

// applyBatch is how many committed transactions apply adds to the write
// set at once.
const applyBatch = 256

// applyCommitted adds the writes of committed transactions to the write
// set: once applyBatch are waiting (it is called after every commit), or
// all of them when the block is done.
// The inserts into the write set's large maps miss the cache; in a burst,
// the processor overlaps the misses, where one insert after each commit
// would wait for every one, and evict what the worker's next execution
// needs each time.
func (r *run) applyCommitted(all bool) error {
	if !all && len(r.included)-r.applied < applyBatch {
		return nil
	}
	if r.failed.Load() {
		return nil // the block's result is discarded
	}
	for _, i := range r.included[r.applied:] {
		if err := r.apply(i, r.sched.txs[i].outcome.Load()); err != nil {
			return err
		}
	}
	r.applied = len(r.included)
	return nil
}

// apply adds the writes of included transaction i to the write set.
func (r *run) apply(i int, out *outcome) error {
	var (
		last   common.Address
		lastCh *state.AccountChange
		lastSt *committedStorage
	)
	for _, w := range out.writes {
		// An execution's writes come grouped by account: look each
		// account up once.
		ch, created := lastCh, false
		if ch == nil || w.loc.addr != last {
			ch, created = r.change(w.loc.addr)
			last, lastCh, lastSt = w.loc.addr, ch, nil
		}
		if created && w.loc.isSlot {
			r.slotOnly = append(r.slotOnly, w.loc.addr) // its account may come from the pre-state
		}
		if w.loc.isSlot {
			if lastSt == nil {
				lastSt = r.storageOf(w.loc.addr, ch)
			}
			lastSt.set(w.loc.slot, w.slot)
			continue
		}
		if w.account.wipedBy == i || !w.account.live {
			// Slots written before the wipe go; the tx's own slot writes follow.
			r.wipeStorage(w.loc.addr)
		}
		if err := r.setAccount(ch, w.account); err != nil {
			return err
		}
		if r.deferFees && w.loc.addr == r.coinbase {
			r.fee, r.feeTouched = *w.account, true
		}
	}
	switch {
	case !r.deferFees:
	case !out.fee.IsZero():
		r.fee.balance.Add(&r.fee.balance, &out.fee)
		if !r.fee.live {
			r.fee.live, r.fee.nonce, r.fee.codeHash = true, 0, types.EmptyCodeHash
		}
		r.feeTouched = true
	case !r.fee.live:
		// Serially, a zero credit to a missing recipient creates it and
		// EIP-158 deletes it again at the end of the transaction: the
		// state is the same, but the write set says the account was
		// deleted in the block. Records that later transactions write for
		// it do not know, having read it through feeRecipientAt.
		r.fee.wipedBy, r.feeWiped, r.feeTouched = i, true, true
		r.wipeStorage(r.coinbase)
	}
	return nil
}

// change returns the write-set entry of addr, creating it if needed.
// Accounts that are committed again (contracts that many transactions
// write) are remembered in a small cache in front of the write set.
func (r *run) change(addr common.Address) (ch *state.AccountChange, created bool) {
	c := &r.recent[addr[19]%uint8(len(r.recent))]
	if c.ch != nil && c.addr == addr {
		return c.ch, false
	}
	if ch = r.ws[addr]; ch == nil {
		ch = r.changes.new()
		r.ws[addr] = ch
		return ch, true // most are committed once: not cached
	}
	*c = recentAccount{addr: addr, ch: ch}
	return ch, false
}

// setAccount makes ch say what rec says: the account's fields and code, or
// its deletion. Records carry whether the block wiped the storage.
func (r *run) setAccount(ch *state.AccountChange, rec *accountRecord) error {
	ch.Destructed = rec.wipedBy >= 0
	if !rec.live {
		if !ch.Destructed {
			// The overlay only makes an account absent by deleting it.
			return fmt.Errorf("blockstm: account record neither live nor deleted")
		}
		ch.Account, ch.Code, ch.Storage = nil, nil, nil
		return nil
	}
	if ch.Account == nil {
		ch.Account = r.accounts.new()
		ch.Account.Balance = r.balances.new()
	}
	ch.Account.Nonce, ch.Account.CodeHash = rec.nonce, rec.codeHash
	ch.Account.Balance.Set(&rec.balance)
	ch.Code = nil
	if !rec.codeChanged {
		return nil
	}
	if rec.codeHash == types.EmptyCodeHash {
		ch.Code = []byte{}
		return nil
	}
	code, ok := r.codes.Load(rec.codeHash)
	if !ok {
		return fmt.Errorf("%w: %s", errMissingCode, rec.codeHash)
	}
	ch.Code = code.([]byte)
	return nil
}

// result assembles the block's result once every transaction committed.
func (r *run) result() (*exec.Result, error) {
	res := &exec.Result{
		GasUsed:  r.cumGas,
		Included: make([]*types.Transaction, 0, len(r.included)),
		Receipts: make([]*types.Receipt, 0, len(r.included)),
	}
	for _, i := range r.included {
		res.Included = append(res.Included, r.txs[i])
		res.Receipts = append(res.Receipts, r.sched.txs[i].outcome.Load().receipt)
	}
	for _, i := range r.rejected {
		res.Rejected = append(res.Rejected, exec.Rejected{Index: i, Tx: r.txs[i], Err: r.sched.txs[i].outcome.Load().err})
	}
	if err := r.applyCommitted(true); err != nil {
		return nil, err
	}
	ws, err := r.writeSet()
	if err != nil {
		return nil, err
	}
	res.WriteSet = ws
	return res, nil
}

// writeSet completes the write set applyCommitted built: the deferred
// fees, the accounts of contracts whose storage alone was written, and the
// storage maps.
func (r *run) writeSet() (state.WriteSet, error) {
	if r.deferFees && r.feeTouched {
		ch, _ := r.change(r.coinbase)
		fee := r.fee
		if err := r.setAccount(ch, &fee); err != nil {
			return nil, err
		}
		ch.Destructed = ch.Destructed || r.feeWiped
	}
	for _, addr := range r.slotOnly {
		ch := r.ws[addr]
		if ch.Account != nil || ch.Destructed {
			continue // a record was written too
		}
		rec, err := baseAccount(r.pre, addr)
		if err != nil {
			return nil, err
		}
		if !rec.live {
			return nil, fmt.Errorf("blockstm: storage of %s written but the account does not exist", addr)
		}
		if err := r.setAccount(ch, rec); err != nil {
			return nil, err
		}
	}
	r.storage.build(r.workers) // once every account is known
	return r.ws, nil
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

var errMissingCode = errors.New("blockstm: code of a changed account is missing")

// slab hands out values from chunks, so that many small allocations become
// a few large ones. Chunks start small and double up to slabChunk, so a
// slab that is barely used (one of the memory's many shards, in a small
// block) costs little; after reset they are handed out again. It is not
// safe for concurrent use.
type slab[T any] struct {
	cur    []T // the chunk values are handed out from: cur[pos:] are free
	pos    int
	chunk  int   // size of the last chunk made
	chunks [][]T // every chunk made; chunks[next:] are unused since reset
	next   int
	// chunks[:dirty] may hold values handed out before the last reset: a
	// dirty chunk is cleared when it is handed out again (by the worker
	// about to write it, while it is in cache), or at the next reset if it
	// was not, so that nothing is kept alive longer than one more block.
	dirty int
}

const (
	slabFirstChunk = 4
	slabChunk      = 256
)

// grow starts a chunk with room for at least n values: an unused one if
// there is one, else a new one.
func (s *slab[T]) grow(n int) {
	s.pos = 0
	for s.next < len(s.chunks) {
		c := s.chunks[s.next]
		s.next++
		if s.next <= s.dirty {
			clear(c) // also when skipped: chunks[:next] are dirty again at reset
		}
		if len(c) >= n {
			s.cur = c
			return
		}
	}
	s.chunk = min(max(2*s.chunk, slabFirstChunk), slabChunk)
	s.cur = make([]T, max(s.chunk, n))
	s.chunks = append(s.chunks, s.cur)
	s.next = len(s.chunks)
}

// reset makes every chunk unused again. Values handed out before must no
// longer be used.
func (s *slab[T]) reset() {
	for _, c := range s.chunks[s.next:max(s.next, s.dirty)] {
		clear(c) // dirty, and not handed out since the last reset
	}
	s.dirty = s.next
	s.cur, s.pos, s.next = nil, 0, 0
}

// new returns a pointer to a zero T.
func (s *slab[T]) new() *T {
	if s.pos == len(s.cur) {
		s.grow(1)
	}
	p := &s.cur[s.pos]
	s.pos++
	return p
}

// slice returns an empty slice with room for n values; appending beyond
// that allocates as usual.
func (s *slab[T]) slice(n int) []T {
	if len(s.cur)-s.pos < n {
		s.grow(n)
	}
	out := s.cur[s.pos : s.pos : s.pos+n]
	s.pos += n
	return out
}

// trim gives back the room that p, the slice the latest slice call
// returned, did not use, and returns p with no room left to grow into.
// Nothing is given back once p has grown out of the slab, or after
// another value was handed out.
func (s *slab[T]) trim(p []T) []T {
	n := cap(p)
	if n == 0 || s.pos < n || &p[:n][n-1] != &s.cur[s.pos-1] {
		return p
	}
	s.pos -= n - len(p)
	clear(s.cur[s.pos : s.pos+n-len(p)]) // new hands out zero values
	return p[:len(p):len(p)]
}
