package blockstm

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/state"
)

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

// recentAccount is an entry of the run's cache of committed accounts: the
// write-set entry, and the committed storage once looked up.
type recentAccount struct {
	addr common.Address
	ch   *state.AccountChange
	st   *committedStorage
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
		ch.Account, ch.Code = nil, nil // and no storage: committedStorage.build
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

var errMissingCode = errors.New("blockstm: code of a changed account is missing")
