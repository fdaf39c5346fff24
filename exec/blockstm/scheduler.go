package blockstm

import (
	"sync"
	"sync/atomic"

	"github.com/holiman/uint256"
)

// status is where a transaction is in its life.
type status uint8

const (
	readyToExecute status = iota
	executing
	executed
	aborting  // its execution or validation failed; waits to be re-incarnated
	committed // final: it is never executed or aborted again
)

// txState is one transaction's scheduling state, guarded by mu, and its
// latest outcome. Each is padded to two cache lines: workers run
// neighbouring transactions, and must not contend on shared lines.
type txState struct {
	mu          sync.Mutex
	incarnation int
	status      status
	dependents  []int // transactions waiting for this one to finish executing

	outcome atomic.Pointer[outcome]     // the latest recorded incarnation's
	fee     atomic.Pointer[uint256.Int] // its deferred fee credit
	running atomic.Bool                 // status == executing, readable without mu (stall polls it)

	_ [128 - 72]byte
}

// taskKind says what a worker should do with a version.
type taskKind uint8

const (
	noTask taskKind = iota
	executionTask
	validationTask
)

// task is a version of a transaction (index and incarnation) to execute or
// validate.
type task struct {
	kind        taskKind
	tx          int
	incarnation int
}

// scheduler is Block-STM's collaborative scheduler: two indices walk the
// block, handing out execution and validation tasks in index order, and
// move back when an abort or a new write makes earlier work stale.
type scheduler struct {
	n             int
	executionIdx  atomic.Int64
	validationIdx atomic.Int64
	txs           []txState

	// contended is set once transactions of the block were found to
	// depend on each other (a stale read, a wait, a park): from then on
	// executions are handed out one at a time, in index order. Until
	// then a worker claims claimSize consecutive transactions at once,
	// so that what it prepares and writes for them stays in its core's
	// cache and the workers do not take turns on the index's cache line.
	contended atomic.Bool
}

// claimSize is how many consecutive transactions a worker claims at once
// while the block shows no dependencies.
const claimSize = 16

// claim is the range of transactions a worker claimed and has not yet
// started: [next, end).
type claim struct{ next, end int }

// newScheduler returns a scheduler for n transactions.
//
// Unlike the paper's, the validation index starts past the end, and a first
// incarnation does not move it back: the rolling commit validates every
// transaction once all lower ones are final, which is the check that counts.
// Validation tasks are only scheduled after an abort or a re-execution that
// wrote somewhere new, to find the transactions that ran on its stale
// writes early and re-execute them in parallel rather than one by one at
// commit. Without conflicts, each transaction is validated once, not twice.
//
// The transactions' states live in *states, reused (and grown) from block to
// block.
func newScheduler(n int, states *[]txState) *scheduler {
	if cap(*states) < n {
		*states = make([]txState, n)
	}
	txs := (*states)[:n]
	clear(txs)
	s := &scheduler{n: n, txs: txs}
	s.validationIdx.Store(int64(n))
	return s
}

func decreaseTo(idx *atomic.Int64, target int) {
	for {
		cur := idx.Load()
		if cur <= int64(target) || idx.CompareAndSwap(cur, int64(target)) {
			return
		}
	}
}

// noteContention records that transactions of the block depend on each
// other.
func (s *scheduler) noteContention() {
	if !s.contended.Load() {
		s.contended.Store(true)
	}
}

// nextTask returns the next execution or validation task for the worker
// whose claim is c, preferring validation of lower transactions; noTask
// when none is available now.
func (s *scheduler) nextTask(c *claim) task {
	if s.validationIdx.Load() < s.executionIdx.Load() {
		if t := s.nextValidation(); t.kind != noTask {
			return t
		}
	}
	if c.next < c.end && s.contended.Load() {
		// Give the rest of the claim back: with dependencies about, the
		// lowest transactions must run first, whichever worker is free.
		decreaseTo(&s.executionIdx, c.next)
		c.next = c.end
	}
	for {
		for c.next < c.end {
			i := c.next
			c.next++
			if t := s.tryIncarnate(i); t.kind != noTask {
				return t
			}
		}
		if !s.claimNext(c) {
			return task{}
		}
	}
}

func (s *scheduler) nextValidation() task {
	for {
		idx := s.validationIdx.Load()
		if idx >= int64(s.n) || idx >= s.executionIdx.Load() {
			return task{}
		}
		if !s.validationIdx.CompareAndSwap(idx, idx+1) {
			continue
		}
		st := &s.txs[idx]
		st.mu.Lock()
		inc, stat := st.incarnation, st.status
		st.mu.Unlock()
		if stat == executed {
			return task{kind: validationTask, tx: int(idx), incarnation: inc}
		}
	}
}

// claimNext claims the next transactions to execute into c: one, or
// claimSize while the block shows no dependencies. It reports false once
// the execution index has passed the end.
func (s *scheduler) claimNext(c *claim) bool {
	for {
		idx := s.executionIdx.Load()
		if idx >= int64(s.n) {
			return false
		}
		end := idx + 1
		if !s.contended.Load() {
			end = min(idx+claimSize, int64(s.n))
		}
		if s.executionIdx.CompareAndSwap(idx, end) {
			c.next, c.end = int(idx), int(end)
			return true
		}
	}
}

// tryIncarnate starts executing tx if it is ready to.
func (s *scheduler) tryIncarnate(tx int) task {
	st := &s.txs[tx]
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.status != readyToExecute {
		return task{}
	}
	st.status = executing
	st.running.Store(true)
	return task{kind: executionTask, tx: tx, incarnation: st.incarnation}
}

// addDependency parks tx until blocking has finished executing. It returns
// false when blocking already has, and tx should simply run again.
//
// REQUIRES: blocking < tx.
func (s *scheduler) addDependency(tx, blocking int) bool {
	b := &s.txs[blocking]
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.status == executed || b.status == committed {
		return false
	}
	t := &s.txs[tx]
	t.mu.Lock()
	t.status = aborting
	t.running.Store(false)
	t.mu.Unlock()
	b.dependents = append(b.dependents, tx)
	return true
}

// setReady makes the next incarnation of tx ready to execute.
func (s *scheduler) setReady(tx int) {
	st := &s.txs[tx]
	st.mu.Lock()
	st.incarnation++
	st.status = readyToExecute
	st.mu.Unlock()
}

// finishExecution records that a version has executed. rerun says an
// earlier incarnation had executed too (not merely started and waited);
// wroteNew says this one wrote a location the previous did not, so every
// higher transaction must be validated again. It may return the version's
// own validation as the next task.
func (s *scheduler) finishExecution(tx, incarnation int, rerun, wroteNew bool) task {
	st := &s.txs[tx]
	st.mu.Lock()
	st.status = executed
	st.running.Store(false)
	deps := st.dependents
	st.dependents = nil
	st.mu.Unlock()
	var next task
	if len(deps) > 0 {
		lowest := s.n
		for _, d := range deps {
			s.setReady(d)
			lowest = min(lowest, d)
		}
		// The lowest dependent runs next on this worker, where the data it
		// waited for is in cache; the others go back to the shared index.
		next = s.tryIncarnate(lowest)
		if len(deps) > 1 || next.kind == noTask {
			decreaseTo(&s.executionIdx, lowest)
		}
	}
	if rerun && s.validationIdx.Load() > int64(tx) {
		if !wroteNew && next.kind == noTask {
			return task{kind: validationTask, tx: tx, incarnation: incarnation}
		}
		decreaseTo(&s.validationIdx, tx)
	}
	return next
}

// tryAbort moves an executed version to aborting; false when that version
// is no longer the executed one (already aborted, re-executed or committed).
func (s *scheduler) tryAbort(tx, incarnation int) bool {
	st := &s.txs[tx]
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.incarnation != incarnation || st.status != executed {
		return false
	}
	st.status = aborting
	return true
}

// finishAbort schedules the re-execution of an aborted transaction and the
// re-validation of every higher one. It may return the re-execution as the
// next task.
func (s *scheduler) finishAbort(tx int) task {
	s.setReady(tx)
	decreaseTo(&s.validationIdx, tx+1)
	if s.executionIdx.Load() > int64(tx) {
		return s.tryIncarnate(tx)
	}
	return task{}
}

// revalidateAbove makes every transaction above tx be validated again.
func (s *scheduler) revalidateAbove(tx int) { decreaseTo(&s.validationIdx, tx+1) }
