package blockstm

import (
	"fmt"
	"runtime"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/metis-go/metis/state"
)

// readKind says how a read is validated.
type readKind uint8

const (
	readVersion      readKind = iota // valid while the same version is the latest below the reader
	readFeeRecipient                 // the fee recipient's account, valid while its value is the same
)

// read is one entry of a transaction's read set.
type read struct {
	loc   location
	tx    int32
	inc   int32
	kind  readKind
	found bool           // a lower transaction's write was read (else the pre-state)
	cell  *cell          // the location's cell when the read found one
	value *accountRecord // readFeeRecipient only
}

// blocked aborts an execution that read an ESTIMATE of a lower transaction.
type blocked struct{ on int }

// txReader is the state.Reader one execution of one transaction sees: the
// pre-state overlaid with the writes of lower transactions. It records the
// read set, and panics with blocked when a read meets an ESTIMATE.
type txReader struct {
	run      *run
	pre      state.Reader // this worker's own reader of the pre-state
	base     *workerCache // what this worker has read from pre
	tx       int
	reads    []read
	accounts seenAccounts // records this execution saw
	slab     *slab[read]
	acct     state.Account // what Account returns, valid until its next call
}

// seenAccounts maps the accounts one execution read to their records: a
// short list searched in order, cheaper than a map for the few accounts a
// transaction touches, with a map taking over past seenListMax.
type seenAccounts struct {
	list []seenAccount
	m    map[common.Address]*accountRecord
}

type seenAccount struct {
	addr common.Address
	rec  *accountRecord
}

const seenListMax = 16

func (s *seenAccounts) get(addr common.Address) (*accountRecord, bool) {
	if s.m != nil {
		rec, ok := s.m[addr]
		return rec, ok
	}
	for i := range s.list {
		if s.list[i].addr == addr {
			return s.list[i].rec, true
		}
	}
	return nil, false
}

func (s *seenAccounts) put(addr common.Address, rec *accountRecord) {
	if s.m == nil && len(s.list) < seenListMax {
		s.list = append(s.list, seenAccount{addr, rec})
		return
	}
	if s.m == nil {
		s.m = make(map[common.Address]*accountRecord, 2*seenListMax)
		for _, a := range s.list {
			s.m[a.addr] = a.rec
		}
	}
	s.m[addr] = rec
}

func (s *seenAccounts) reset() {
	s.list, s.m = s.list[:0], nil
}

var _ state.Reader = (*txReader)(nil)

func (r *txReader) reset(tx int) {
	r.tx = tx
	r.reads = r.slab.slice(readsRoom)
	r.accounts.reset()
}

// Account implements state.Reader.
func (r *txReader) Account(addr common.Address) (*state.Account, error) {
	rec, err := r.account(addr)
	if err != nil || !rec.live {
		return nil, err
	}
	// Its only caller, the overlay, copies the fields at once: one
	// account value per reader is enough.
	r.acct = state.Account{Nonce: rec.nonce, Balance: &rec.balance, CodeHash: rec.codeHash}
	return &r.acct, nil
}

func (r *txReader) account(addr common.Address) (*accountRecord, error) {
	if rec, ok := r.accounts.get(addr); ok {
		return rec, nil
	}
	loc := location{addr: addr}
	var (
		rec *accountRecord
		err error
	)
	if r.run.deferFees && addr == r.run.coinbase {
		rec, err = r.run.feeRecipientAt(r.pre, r.tx)
		if err != nil {
			return nil, err
		}
		r.reads = append(r.reads, read{kind: readFeeRecipient, loc: loc, value: rec})
	} else {
		sender := addr == r.run.senders[r.tx]
		var known *cell
		if sender {
			known = r.run.senderCells[r.tx]
		}
		res := r.run.readSettled(loc, known, addr, r.tx)
		switch {
		case res.found:
			rec = res.account
		case sender && r.run.senderRead[r.tx]:
			rec = &r.run.senderBase[r.tx]
		case addr == r.run.callee[r.tx] && r.run.calleeBase[r.tx] != nil:
			rec = r.run.calleeBase[r.tx]
		default:
			if rec, err = r.base.account(r.pre, addr); err != nil {
				return nil, err
			}
		}
		r.reads = append(r.reads, read{loc: loc, cell: res.cell, found: res.found, tx: int32(res.tx), inc: int32(res.inc)})
	}
	r.accounts.put(addr, rec)
	return rec, nil
}

// Storage implements state.Reader.
func (r *txReader) Storage(addr common.Address, slot common.Hash) (common.Hash, error) {
	rec, err := r.account(addr)
	if err != nil {
		return common.Hash{}, err
	}
	loc := location{addr: addr, slot: slot, isSlot: true}
	res := r.run.readSettled(loc, nil, addr, r.tx)
	r.reads = append(r.reads, read{loc: loc, cell: res.cell, found: res.found, tx: int32(res.tx), inc: int32(res.inc)})
	switch {
	case res.found && res.tx >= rec.wipedBy: // a wiping transaction's own writes follow its wipe
		return res.slot, nil
	case rec.wipedBy >= 0:
		return common.Hash{}, nil
	default:
		return r.base.storage(r.pre, addr, slot)
	}
}

// Code implements state.Reader. Code is addressed by its hash, so it needs
// no versioning: code deployed by an earlier transaction of the block is
// found in the block's code table.
func (r *txReader) Code(addr common.Address, codeHash common.Hash) ([]byte, error) {
	if code, ok := r.base.code[codeHash]; ok {
		return code, nil
	}
	if code, ok := r.run.codes.Load(codeHash); ok {
		return code.([]byte), nil
	}
	code, err := r.pre.Code(addr, codeHash)
	if err == nil {
		r.base.code[codeHash] = code
	}
	return code, err
}

// workerCache memoises one worker's reads of the pre-state for the block,
// without locks: hot accounts (a token, a pool) are read from the trie once
// per worker, not once per transaction.
type workerCache struct {
	records  slab[accountRecord] // the records of accounts read
	accounts map[common.Address]*accountRecord
	slots    map[location]common.Hash
	// readSlots has a bit set for every slot read (and others that hash
	// alike): a slot is cached on its second read, so that the many slots
	// read once (the balances of a token's senders and recipients) cost
	// no map insert.
	readSlots []uint64
	code      map[common.Hash][]byte
}

func newWorkerCache() workerCache {
	return workerCache{
		accounts:  make(map[common.Address]*accountRecord),
		slots:     make(map[location]common.Hash),
		readSlots: make([]uint64, readSlotBits/64),
		code:      make(map[common.Hash][]byte),
	}
}

// reset forgets what was read: the next block reads another pre-state.
func (c *workerCache) reset() {
	c.records.reset()
	clear(c.accounts)
	clear(c.slots)
	clear(c.readSlots)
	clear(c.code)
}

func (c *workerCache) account(pre state.Reader, addr common.Address) (*accountRecord, error) {
	if rec, ok := c.accounts[addr]; ok {
		return rec, nil
	}
	rec := c.records.new()
	err := readBase(pre, addr, rec)
	if err == nil && rec.codeHash != types.EmptyCodeHash {
		// Contracts are what many transactions read; an account without
		// code is mostly read once (its own transaction), so caching it
		// would only cost a map insert.
		c.accounts[addr] = rec
	}
	return rec, err
}

func (c *workerCache) storage(pre state.Reader, addr common.Address, slot common.Hash) (common.Hash, error) {
	loc := location{addr: addr, slot: slot, isSlot: true}
	if v, ok := c.slots[loc]; ok {
		return v, nil
	}
	v, err := pre.Storage(addr, slot)
	if err != nil {
		return common.Hash{}, fmt.Errorf("read slot %s of %s: %w", slot, addr, err)
	}
	bit := tagOf(&loc) % readSlotBits
	if w := &c.readSlots[bit/64]; *w&(1<<(bit%64)) == 0 {
		*w |= 1 << (bit % 64)
	} else {
		c.slots[loc] = v
	}
	return v, nil
}

const readSlotBits = 1 << 16

// baseAccount reads an account of the pre-state.
func baseAccount(pre state.Reader, addr common.Address) (*accountRecord, error) {
	rec := new(accountRecord)
	if err := readBase(pre, addr, rec); err != nil {
		return nil, err
	}
	return rec, nil
}

// readBase reads an account of the pre-state into rec.
func readBase(pre state.Reader, addr common.Address, rec *accountRecord) error {
	acc, err := pre.Account(addr)
	if err != nil {
		return fmt.Errorf("read account %s: %w", addr, err)
	}
	*rec = accountRecord{wipedBy: -1}
	if acc != nil {
		rec.live, rec.nonce, rec.codeHash = true, acc.Nonce, acc.CodeHash
		if acc.Balance != nil {
			rec.balance = *acc.Balance
		}
		if rec.codeHash == (common.Hash{}) {
			rec.codeHash = types.EmptyCodeHash
		}
	}
	return nil
}

// feeRecipientAt returns the fee recipient's account as transaction tx
// sees it: the last full write below tx (or the pre-state) plus the fees
// of the transactions between. Fees not yet known count as zero; a read
// made too early fails validation, by value, once they are.
func (r *run) feeRecipientAt(pre state.Reader, tx int) (*accountRecord, error) {
	loc := location{addr: r.coinbase}
	res := r.mem.read(loc, tx)
	if res.estimate {
		panic(blocked{on: res.tx})
	}
	from, base := -1, (*accountRecord)(nil)
	if res.found {
		from, base = res.tx, res.account
	} else {
		var err error
		if base, err = baseAccount(pre, r.coinbase); err != nil {
			return nil, err
		}
	}
	rec := *base
	for i := from + 1; i < tx; i++ {
		if fee := r.sched.txs[i].fee.Load(); fee != nil && !fee.IsZero() {
			rec.balance.Add(&rec.balance, fee)
			if !rec.live {
				rec.live, rec.nonce, rec.codeHash = true, 0, types.EmptyCodeHash
			}
		}
	}
	return &rec, nil
}

// sameRecord reports whether two account records are equal.
func sameRecord(a, b *accountRecord) bool {
	return a.live == b.live && a.nonce == b.nonce && a.balance.Eq(&b.balance) && a.codeHash == b.codeHash &&
		a.codeChanged == b.codeChanged && a.wipedBy == b.wipedBy
}

// likelyWriterWindow bounds how far below a reader waitForLikelyWriter
// looks for a transaction that has not run yet.
const likelyWriterWindow = 16

// waitForLikelyWriter makes a read of a contended location wait, instead of
// running on a value that is probably stale, when a transaction between
// the version read and the reader has not executed yet and calls the
// location's account directly (a swap in the same pool, a call of the same
// counter). It returns the nearest such transaction, or -1.
func (r *run) waitForLikelyWriter(res *readResult, addr common.Address, tx int) int {
	if !res.hot {
		return -1
	}
	from := -1
	if res.found {
		from = res.tx
	}
	return r.pendingCaller(addr, from, tx)
}

// readSettled reads loc (whose cell is c, if known) for an execution of
// tx. When the read meets an ESTIMATE, or a likely writer that has not run
// (waitForLikelyWriter), of a transaction another worker is executing right
// now, it waits in place for that execution to finish and reads again: the
// work this execution did before the read is kept, which is what lets a
// chain of calls of one hot contract overlap the parts of neighbouring
// transactions that do not touch it. Otherwise it panics with blocked, and
// the execution is abandoned until the blocker has run.
func (r *run) readSettled(loc location, c *cell, addr common.Address, tx int) readResult {
	for {
		if c == nil {
			c = r.mem.find(loc) // nil while nothing was written there
		}
		res := c.read(tx)
		m := -1
		if res.estimate {
			m = res.tx
		} else {
			m = r.waitForLikelyWriter(&res, addr, tx)
		}
		if m < 0 {
			if !res.hot {
				return res
			}
			// The likely writer may have finished between the read and
			// the look at its status: read again, and settle once two
			// reads agree, so that its write is not missed.
			again := c.read(tx)
			if again.found == res.found && again.tx == res.tx && again.inc == res.inc && !again.estimate {
				return res
			}
			continue
		}
		r.sched.noteContention()
		if !r.stall(m) {
			panic(blocked{on: m})
		}
	}
}

// stallSpins bounds an in-place wait: the first stallYields spins yield
// the processor, the later ones sleep a microsecond or more.
const (
	stallSpins  = 40_000
	stallYields = 512
)

// stall waits while transaction m is being executed by another worker. It
// reports false when m is not executing and does not start soon
// (startsSoon: nothing would end the wait but this worker), or when the
// block has failed or the wait has run too long; the caller then abandons
// its execution. Waits only ever go to lower transactions, so they cannot
// form a cycle, and the lowest executing transaction never waits on an
// executing one.
func (r *run) stall(m int) bool {
	st := &r.sched.txs[m]
	if !st.running.Load() && !r.startsSoon(m) {
		return false
	}
	for i := 0; i < stallSpins; i++ {
		if !st.running.Load() {
			return true
		}
		if r.failed.Load() {
			return false
		}
		// A transaction takes microseconds; a sleep takes tens of them
		// to wake from, so spin first.
		if i < stallYields {
			runtime.Gosched()
		} else {
			time.Sleep(time.Microsecond)
		}
	}
	return false
}

// pendingCaller returns the nearest transaction between from and tx
// (exclusive, at most likelyWriterWindow below tx) that calls addr, if it
// has not executed yet; otherwise -1.
func (r *run) pendingCaller(addr common.Address, from, tx int) int {
	for m := tx - 1; m > from && m >= tx-likelyWriterWindow; m-- {
		if r.callee[m] != addr {
			continue
		}
		// Only the nearest call matters: if it has run, its write is what
		// the reader will see; if an earlier call runs again and changes
		// things, the nearest one is invalidated and so is the reader.
		st := &r.sched.txs[m]
		st.mu.Lock()
		pending := st.status != executed && st.status != committed
		st.mu.Unlock()
		if pending {
			return m
		}
		return -1
	}
	return -1
}

// ownCell returns the cell of loc among writes, if one of them wrote it.
func ownCell(writes []write, loc *location) *cell {
	for i := range writes {
		if w := &writes[i]; w.cell != nil && w.loc == *loc {
			return w.cell
		}
	}
	return nil
}

// valid reports whether every read of out's read set would still return
// the same thing for transaction tx. A stale location is marked contended.
func (r *run) valid(pre state.Reader, tx int, out *outcome) (ok bool) {
	reads := out.reads
	defer func() {
		if rec := recover(); rec != nil {
			if _, isBlocked := rec.(blocked); !isBlocked {
				panic(rec)
			}
			ok = false
		}
	}()
	for i := range reads {
		rd := &reads[i]
		if rd.kind == readFeeRecipient {
			now, err := r.feeRecipientAt(pre, tx)
			if err != nil || !sameRecord(now, rd.value) {
				return false
			}
			continue
		}
		c := rd.cell
		if c == nil {
			// Written since the read? Most often by this transaction
			// itself (a new recipient, a token balance), whose writes
			// know their cells; else look it up.
			if c = ownCell(out.writes, &rd.loc); c == nil {
				c = r.mem.find(rd.loc)
			}
		}
		res := c.read(tx)
		if res.estimate || res.found != rd.found || (res.found && (int32(res.tx) != rd.tx || int32(res.inc) != rd.inc)) {
			if c != nil {
				r.mem.markContended(c)
				r.sched.noteContention()
			}
			return false
		}
	}
	return true
}
