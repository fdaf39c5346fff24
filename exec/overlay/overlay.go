package overlay

import (
	"encoding/binary"
	"fmt"
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	gstate "github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/types/bal"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/state"
)

var _ vm.StateDB = (*State)(nil)

// object is the overlay's view of one account.
type object struct {
	live     bool // the account exists
	nonce    uint64
	balance  uint256.Int
	codeHash common.Hash
	code     []byte
	codeOK   bool // code has been loaded or set

	// Storage layers, newest first: dirty (this transaction), pending
	// (earlier transactions of the block), base (the reader, unless cleared).
	dirty   map[common.Hash]common.Hash
	pending map[common.Hash]common.Hash
	base    map[common.Hash]common.Hash // cache of reader values
	cleared bool                        // base storage is empty: account is new or was deleted in this block

	selfDestructed bool // in the current transaction
	newContract    bool // created in the current transaction

	// Block-level bookkeeping for the write set.
	destructed  bool // the account was deleted (with its storage) at some point in the block
	modified    bool // account fields may differ from the reader
	codeChanged bool
}

// newObject returns an empty object; its storage maps are allocated on
// first write, or recycled from an earlier execution.
func (s *State) newObject() *object {
	if n := len(s.spare); n > 0 {
		o := s.spare[n-1]
		s.spare = s.spare[:n-1]
		dirty, pending, base := o.dirty, o.pending, o.base
		clear(dirty)
		clear(pending)
		clear(base)
		*o = object{dirty: dirty, pending: pending, base: base}
		return o
	}
	return &object{}
}

// set writes m[k] = v, allocating m if needed.
func set(m *map[common.Hash]common.Hash, k, v common.Hash) {
	if *m == nil {
		*m = make(map[common.Hash]common.Hash)
	}
	(*m)[k] = v
}

func (o *object) empty() bool {
	return !o.live || (o.nonce == 0 && o.balance.IsZero() && (o.codeHash == types.EmptyCodeHash || o.codeHash == common.Hash{}))
}

// undoKind says how a journal entry is undone.
type undoKind uint8

const (
	undoObject       undoKind = iota // objects[addr] = obj (the object replaced)
	undoNewContract                  // obj.newContract = false
	undoBalance                      // obj.balance, obj.modified = balance, flag
	undoTouch                        // nothing: the account was only touched
	undoFeeSum                       // feeSum = balance
	undoNonce                        // obj.nonce, obj.modified = n, flag
	undoCode                         // obj.code, codeHash, codeChanged, modified = code, key, flag2, flag
	undoRefund                       // refund = n
	undoStorage                      // obj.dirty[key] = value if flag, else deleted
	undoTransient                    // transient[addr][key] = value
	undoSelfDestruct                 // obj.selfDestructed = false
	undoAccess                       // addr leaves the access list
	undoAccessSlot                   // (addr, key) leaves the access list
	undoLog                          // the last log is dropped
)

// journalEntry undoes one change: a value, not a closure, so that
// recording a change allocates nothing. When dirty is set, addr is counted
// as dirtied by the current transaction until the entry is reverted.
type journalEntry struct {
	kind        undoKind
	dirty       bool
	flag, flag2 bool
	addr        common.Address
	obj         *object
	key, value  common.Hash
	balance     uint256.Int
	n           uint64
	code        []byte
}

// State is a vm.StateDB over a state.Reader. See the package doc.
type State struct {
	reader state.Reader
	err    error

	objects map[common.Address]*object
	spare   []*object // objects of earlier executions, for Reset to recycle

	change    Change // what Changes yields, reused
	journal   []journalEntry
	revisions []int // journal length at each snapshot id
	dirties   map[common.Address]int

	refund    uint64
	logs      []*types.Log // logs of the current transaction
	logIndex  uint         // index of the next log in the block
	txHash    common.Hash
	txIndex   int
	access    map[common.Address]map[common.Hash]struct{}
	warm      []common.Address // precompiles: in the access list for the whole transaction
	transient map[common.Address]map[common.Hash]common.Hash

	hooks *tracing.Hooks

	// Deferred fee credit: see DeferFeeCredit.
	feeTo  *common.Address
	feeSum uint256.Int
}

// New returns an empty overlay over r.
func New(r state.Reader) *State {
	return &State{
		reader:    r,
		objects:   make(map[common.Address]*object),
		dirties:   make(map[common.Address]int),
		access:    make(map[common.Address]map[common.Hash]struct{}),
		transient: make(map[common.Address]map[common.Hash]common.Hash),
	}
}

// DeferFeeCredit makes transaction-fee credits to addr (the block's fee
// recipient) accumulate in DeferredFee instead of changing the account, as
// long as the transaction has not otherwise read addr. A parallel executor
// applies the credits at commit, so that every transaction of a block does
// not conflict on the fee recipient's balance.
//
// The caller must apply the credit with the same effect as AddBalance: it
// is only equivalent when addr is not an existing empty account (which a
// zero credit would delete under EIP-158).
func (s *State) DeferFeeCredit(addr common.Address) { s.feeTo = &addr }

// DeferredFee returns the sum of the deferred fee credits.
func (s *State) DeferredFee() uint256.Int { return s.feeSum }

// Reset empties the overlay and points it at r, keeping its allocations,
// so that one overlay can serve many executions.
func (s *State) Reset(r state.Reader) {
	s.reader, s.err = r, nil
	for _, o := range s.objects {
		s.spare = append(s.spare, o)
	}
	clear(s.objects)
	clear(s.journal) // drop the entries' references
	s.journal, s.revisions = s.journal[:0], s.revisions[:0]
	clear(s.dirties)
	s.refund, s.logs, s.logIndex = 0, nil, 0
	s.txHash, s.txIndex = common.Hash{}, 0
	clear(s.access)
	s.warm = nil
	clear(s.transient)
	s.hooks, s.feeTo, s.feeSum = nil, nil, uint256.Int{}
}

// SetLogHooks makes AddLog report logs to hooks.OnLog, as go-ethereum's
// hooked state does for tracers. Pass nil to stop.
func (s *State) SetLogHooks(hooks *tracing.Hooks) { s.hooks = hooks }

// Err returns the first error the reader returned, if any.
func (s *State) Err() error { return s.err }

func (s *State) setErr(err error) {
	if s.err == nil {
		s.err = err
	}
}

// obj returns the overlay object for addr, loading it from the reader on
// first access. The result is never nil; check live for existence.
func (s *State) obj(addr common.Address) *object {
	if o, ok := s.objects[addr]; ok {
		return o
	}
	o := s.newObject()
	acc, err := s.reader.Account(addr)
	if err != nil {
		s.setErr(fmt.Errorf("read account %s: %w", addr, err))
	}
	if acc != nil {
		o.live = true
		o.nonce = acc.Nonce
		if acc.Balance != nil {
			o.balance = *acc.Balance
		}
		o.codeHash = acc.CodeHash
	} else {
		o.cleared = true
	}
	s.objects[addr] = o
	return o
}

// live returns the object at addr if the account exists, else nil.
func (s *State) live(addr common.Address) *object {
	if o := s.obj(addr); o.live {
		return o
	}
	return nil
}

// record journals a change to the account e.addr.
func (s *State) record(e journalEntry) {
	e.dirty = true
	s.journal = append(s.journal, e)
	s.dirties[e.addr]++
}

// recordNoDirty journals a change that dirties no account.
func (s *State) recordNoDirty(e journalEntry) { s.journal = append(s.journal, e) }

// undo reverts one journal entry.
func (s *State) undo(e *journalEntry) {
	o := e.obj
	switch e.kind {
	case undoObject:
		s.objects[e.addr] = o
	case undoNewContract:
		o.newContract = false
	case undoBalance:
		o.balance, o.modified = e.balance, e.flag
	case undoTouch:
	case undoFeeSum:
		s.feeSum = e.balance
	case undoNonce:
		o.nonce, o.modified = e.n, e.flag
	case undoCode:
		o.code, o.codeHash, o.codeChanged, o.modified = e.code, e.key, e.flag2, e.flag
	case undoRefund:
		s.refund = e.n
	case undoStorage:
		if e.flag {
			o.dirty[e.key] = e.value
		} else {
			delete(o.dirty, e.key)
		}
	case undoTransient:
		s.setTransient(e.addr, e.key, e.value)
	case undoSelfDestruct:
		o.selfDestructed = false
	case undoAccess:
		delete(s.access, e.addr)
	case undoAccessSlot:
		delete(s.access[e.addr], e.key)
	case undoLog:
		s.logs = s.logs[:len(s.logs)-1]
		s.logIndex--
	}
}

// create replaces the object at addr with a new, empty, live account whose
// storage is empty.
func (s *State) create(addr common.Address) *object {
	prev := s.obj(addr)
	o := s.newObject()
	o.live = true
	o.cleared = true
	o.codeHash = types.EmptyCodeHash
	o.codeOK = true
	o.modified = true
	// A re-created account keeps the block-level memory that its storage was
	// wiped, so the write set removes the old storage.
	o.destructed = prev.destructed || prev.live
	s.objects[addr] = o
	s.record(journalEntry{kind: undoObject, addr: addr, obj: prev})
	return o
}

func (s *State) getOrCreate(addr common.Address) *object {
	if o := s.live(addr); o != nil {
		return o
	}
	return s.create(addr)
}

// CreateAccount creates a new empty account at addr, replacing any account
// that was there.
func (s *State) CreateAccount(addr common.Address) { s.create(addr) }

// CreateContract marks the account at addr as created in this transaction
// (for EIP-6780).
func (s *State) CreateContract(addr common.Address) {
	o := s.getOrCreate(addr)
	if !o.newContract {
		o.newContract = true
		s.record(journalEntry{kind: undoNewContract, addr: addr, obj: o})
	}
}

func (s *State) setBalance(addr common.Address, o *object, v *uint256.Int) {
	s.record(journalEntry{kind: undoBalance, addr: addr, obj: o, balance: o.balance, flag: o.modified})
	o.balance = *v
	o.modified = true
}

// SubBalance subtracts amount from addr's balance and returns the previous balance.
func (s *State) SubBalance(addr common.Address, amount *uint256.Int, _ tracing.BalanceChangeReason) uint256.Int {
	o := s.getOrCreate(addr)
	prev := o.balance
	if amount.IsZero() {
		return prev
	}
	var next uint256.Int
	next.Sub(&prev, amount)
	s.setBalance(addr, o, &next)
	return prev
}

// AddBalance adds amount to addr's balance and returns the previous balance.
// Adding zero touches the account (EIP-158). A deferred fee credit (see
// DeferFeeCredit) returns the zero balance.
func (s *State) AddBalance(addr common.Address, amount *uint256.Int, reason tracing.BalanceChangeReason) uint256.Int {
	if s.feeTo != nil && addr == *s.feeTo && reason == tracing.BalanceIncreaseRewardTransactionFee {
		if _, loaded := s.objects[addr]; !loaded {
			s.recordNoDirty(journalEntry{kind: undoFeeSum, balance: s.feeSum})
			s.feeSum.Add(&s.feeSum, amount)
			return uint256.Int{}
		}
	}
	o := s.getOrCreate(addr)
	prev := o.balance
	if amount.IsZero() {
		if o.empty() {
			s.record(journalEntry{kind: undoTouch, addr: addr})
		}
		return prev
	}
	var next uint256.Int
	next.Add(&prev, amount)
	s.setBalance(addr, o, &next)
	return prev
}

// SetBalance sets addr's balance. It is not part of vm.StateDB; state
// overrides for eth_call use it.
func (s *State) SetBalance(addr common.Address, amount *uint256.Int) {
	s.setBalance(addr, s.getOrCreate(addr), amount)
}

// GetBalance returns addr's balance.
func (s *State) GetBalance(addr common.Address) *uint256.Int {
	if o := s.live(addr); o != nil {
		return new(uint256.Int).Set(&o.balance)
	}
	return new(uint256.Int)
}

// GetNonce returns addr's nonce.
func (s *State) GetNonce(addr common.Address) uint64 {
	if o := s.live(addr); o != nil {
		return o.nonce
	}
	return 0
}

// SetNonce sets addr's nonce.
func (s *State) SetNonce(addr common.Address, nonce uint64, _ tracing.NonceChangeReason) {
	o := s.getOrCreate(addr)
	s.record(journalEntry{kind: undoNonce, addr: addr, obj: o, n: o.nonce, flag: o.modified})
	o.nonce = nonce
	o.modified = true
}

// GetCodeHash returns the code hash of addr, or the zero hash if the account
// does not exist.
func (s *State) GetCodeHash(addr common.Address) common.Hash {
	if o := s.live(addr); o != nil {
		return o.codeHash
	}
	return common.Hash{}
}

func (s *State) loadCode(addr common.Address, o *object) []byte {
	if !o.codeOK {
		code, err := s.reader.Code(addr, o.codeHash)
		if err != nil {
			s.setErr(fmt.Errorf("read code of %s: %w", addr, err))
		}
		o.code, o.codeOK = code, true
	}
	return o.code
}

// GetCode returns addr's code.
func (s *State) GetCode(addr common.Address) []byte {
	if o := s.live(addr); o != nil {
		return s.loadCode(addr, o)
	}
	return nil
}

// GetCodeSize returns the size of addr's code.
func (s *State) GetCodeSize(addr common.Address) int { return len(s.GetCode(addr)) }

// SetCode sets addr's code and returns the previous code.
func (s *State) SetCode(addr common.Address, code []byte, _ tracing.CodeChangeReason) []byte {
	o := s.getOrCreate(addr)
	prevCode := s.loadCode(addr, o)
	s.record(journalEntry{kind: undoCode, addr: addr, obj: o, code: prevCode, key: o.codeHash, flag2: o.codeChanged, flag: o.modified})
	o.code = code
	o.codeHash = crypto.Keccak256Hash(code)
	o.codeChanged, o.modified = true, true
	return prevCode
}

// AddRefund adds gas to the refund counter.
func (s *State) AddRefund(gas uint64) {
	s.recordNoDirty(journalEntry{kind: undoRefund, n: s.refund})
	s.refund += gas
}

// SubRefund removes gas from the refund counter. It panics if the counter
// would go below zero, as go-ethereum does: that is an EVM invariant.
func (s *State) SubRefund(gas uint64) {
	if gas > s.refund {
		panic(fmt.Sprintf("overlay: refund counter below zero (gas: %d > refund: %d)", gas, s.refund))
	}
	s.recordNoDirty(journalEntry{kind: undoRefund, n: s.refund})
	s.refund -= gas
}

// GetRefund returns the refund counter.
func (s *State) GetRefund() uint64 { return s.refund }

// committed returns the value of a slot at the start of the transaction.
func (s *State) committed(addr common.Address, o *object, key common.Hash) common.Hash {
	if v, ok := o.pending[key]; ok {
		return v
	}
	if o.cleared {
		return common.Hash{}
	}
	if v, ok := o.base[key]; ok {
		return v
	}
	v, err := s.reader.Storage(addr, key)
	if err != nil {
		s.setErr(fmt.Errorf("read slot %s of %s: %w", key, addr, err))
	}
	set(&o.base, key, v)
	return v
}

// GetStateAndCommittedState returns the current value of a slot and its
// value at the start of the transaction.
func (s *State) GetStateAndCommittedState(addr common.Address, key common.Hash) (common.Hash, common.Hash) {
	o := s.live(addr)
	if o == nil {
		return common.Hash{}, common.Hash{}
	}
	orig := s.committed(addr, o, key)
	if v, ok := o.dirty[key]; ok {
		return v, orig
	}
	return orig, orig
}

// GetState returns the current value of a slot.
func (s *State) GetState(addr common.Address, key common.Hash) common.Hash {
	v, _ := s.GetStateAndCommittedState(addr, key)
	return v
}

// SetState sets a slot and returns its previous value.
func (s *State) SetState(addr common.Address, key, value common.Hash) common.Hash {
	o := s.getOrCreate(addr)
	prev, _ := s.GetStateAndCommittedState(addr, key)
	if prev == value {
		return prev
	}
	old, had := o.dirty[key]
	set(&o.dirty, key, value)
	s.record(journalEntry{kind: undoStorage, addr: addr, obj: o, key: key, value: old, flag: had})
	return prev
}

// SetStorage replaces the whole storage of addr; eth_call state overrides
// use it. It is not part of vm.StateDB.
func (s *State) SetStorage(addr common.Address, storage map[common.Hash]common.Hash) {
	o := s.getOrCreate(addr)
	o.cleared = true
	o.destructed = true
	o.base, o.dirty = nil, nil
	o.pending = maps.Clone(storage)
}

// GetTransientState returns an EIP-1153 transient slot.
func (s *State) GetTransientState(addr common.Address, key common.Hash) common.Hash {
	return s.transient[addr][key]
}

// SetTransientState sets an EIP-1153 transient slot.
func (s *State) SetTransientState(addr common.Address, key, value common.Hash) {
	prev := s.GetTransientState(addr, key)
	if prev == value {
		return
	}
	s.setTransient(addr, key, value)
	s.recordNoDirty(journalEntry{kind: undoTransient, addr: addr, key: key, value: prev})
}

func (s *State) setTransient(addr common.Address, key, value common.Hash) {
	m, ok := s.transient[addr]
	if !ok {
		m = make(map[common.Hash]common.Hash)
		s.transient[addr] = m
	}
	m[key] = value
}

// SelfDestruct marks addr as self-destructed; Finalise deletes it.
func (s *State) SelfDestruct(addr common.Address) {
	o := s.live(addr)
	if o == nil || o.selfDestructed {
		return
	}
	o.selfDestructed = true
	s.record(journalEntry{kind: undoSelfDestruct, addr: addr, obj: o})
}

// HasSelfDestructed reports whether addr self-destructed in this transaction.
func (s *State) HasSelfDestructed(addr common.Address) bool {
	if o := s.live(addr); o != nil {
		return o.selfDestructed
	}
	return false
}

// Exist reports whether addr exists (including self-destructed accounts
// until the end of the transaction).
func (s *State) Exist(addr common.Address) bool { return s.live(addr) != nil }

// Touch loads addr without changing it.
func (s *State) Touch(addr common.Address) { s.obj(addr) }

// IsNewContract reports whether addr was created in this transaction.
func (s *State) IsNewContract(addr common.Address) bool {
	if o := s.live(addr); o != nil {
		return o.newContract
	}
	return false
}

// Empty reports whether addr is empty per EIP-161.
func (s *State) Empty(addr common.Address) bool { return s.obj(addr).empty() }

// isWarmPrecompile reports whether addr is one of the precompiles Prepare
// warmed. Precompiles live at small addresses, so most addresses are
// rejected by their leading bytes without a scan.
func (s *State) isWarmPrecompile(addr common.Address) bool {
	if binary.BigEndian.Uint64(addr[0:8]) != 0 || binary.BigEndian.Uint64(addr[8:16]) != 0 || binary.BigEndian.Uint16(addr[16:18]) != 0 {
		return false
	}
	return slices.Contains(s.warm, addr)
}

// AddressInAccessList reports whether addr is in the access list.
func (s *State) AddressInAccessList(addr common.Address) bool {
	_, ok := s.access[addr]
	return ok || s.isWarmPrecompile(addr)
}

// SlotInAccessList reports whether addr and (addr, slot) are in the access list.
func (s *State) SlotInAccessList(addr common.Address, slot common.Hash) (bool, bool) {
	slots, ok := s.access[addr]
	if !ok {
		return s.isWarmPrecompile(addr), false
	}
	_, slotOK := slots[slot]
	return true, slotOK
}

// AddAddressToAccessList adds addr to the access list. Its slot set is
// allocated when its first slot is added.
func (s *State) AddAddressToAccessList(addr common.Address) {
	if _, ok := s.access[addr]; ok || s.isWarmPrecompile(addr) {
		return
	}
	s.access[addr] = nil
	s.recordNoDirty(journalEntry{kind: undoAccess, addr: addr})
}

// AddSlotToAccessList adds (addr, slot) to the access list.
func (s *State) AddSlotToAccessList(addr common.Address, slot common.Hash) {
	s.AddAddressToAccessList(addr)
	slots := s.access[addr]
	if slots == nil {
		slots = make(map[common.Hash]struct{})
		s.access[addr] = slots
	}
	if _, ok := slots[slot]; ok {
		return
	}
	slots[slot] = struct{}{}
	s.recordNoDirty(journalEntry{kind: undoAccessSlot, addr: addr, key: slot})
}

// Prepare resets the per-transaction access list and transient storage and
// warms the addresses and slots that EIP-2929, EIP-2930 and EIP-3651 require.
func (s *State) Prepare(rules params.Rules, sender, coinbase common.Address, dst *common.Address, precompiles []common.Address, list types.AccessList) {
	if rules.IsEIP2929 {
		// The maps are reused: nothing before Prepare can be reverted to
		// with a previous transaction's list still in place.
		clear(s.access)
		s.warm = precompiles
		s.AddAddressToAccessList(sender)
		if dst != nil {
			s.AddAddressToAccessList(*dst)
		}
		for _, el := range list {
			s.AddAddressToAccessList(el.Address)
			for _, key := range el.StorageKeys {
				s.AddSlotToAccessList(el.Address, key)
			}
		}
		if rules.IsShanghai {
			s.AddAddressToAccessList(coinbase)
		}
	}
	clear(s.transient)
}

// Snapshot returns an id to revert to.
func (s *State) Snapshot() int {
	s.revisions = append(s.revisions, len(s.journal))
	return len(s.revisions) - 1
}

// RevertToSnapshot undoes every change made since the snapshot id was taken.
func (s *State) RevertToSnapshot(id int) {
	if id < 0 || id >= len(s.revisions) {
		panic(fmt.Sprintf("overlay: revision id %d cannot be reverted", id))
	}
	to := s.revisions[id]
	for i := len(s.journal) - 1; i >= to; i-- {
		e := &s.journal[i]
		s.undo(e)
		if e.dirty {
			if s.dirties[e.addr]--; s.dirties[e.addr] == 0 {
				delete(s.dirties, e.addr)
			}
		}
		*e = journalEntry{} // drop its references
	}
	s.journal = s.journal[:to]
	s.revisions = s.revisions[:id]
}

// AddLog records a log of the current transaction.
func (s *State) AddLog(l *types.Log) {
	l.TxHash = s.txHash
	l.TxIndex = uint(s.txIndex)
	l.Index = s.logIndex
	s.logs = append(s.logs, l)
	s.logIndex++
	s.recordNoDirty(journalEntry{kind: undoLog})
	if s.hooks != nil && s.hooks.OnLog != nil {
		s.hooks.OnLog(l)
	}
}

// TxLogs returns the logs of the current transaction.
func (s *State) TxLogs() []*types.Log { return s.logs }

// AddPreimage is a no-op: preimages are not recorded.
func (s *State) AddPreimage(common.Hash, []byte) {}

// Witness returns nil: stateless witnesses are not built.
func (s *State) Witness() *stateless.Witness { return nil }

// AccessEvents returns nil: EIP-4762 is not active.
func (s *State) AccessEvents() *gstate.AccessEvents { return nil }

// SetTxContext sets the hash and index of the transaction about to run and
// starts its log list.
func (s *State) SetTxContext(thash common.Hash, ti int, _ uint32) {
	s.txHash, s.txIndex = thash, ti
	s.logs = nil
}

// Finalise ends a transaction: self-destructed accounts and (with EIP-158)
// touched empty accounts are deleted, and the transaction's storage writes
// become the block's pending state.
func (s *State) Finalise(rules params.Rules) *bal.ConstructionBlockAccessList {
	for addr := range s.dirties {
		o := s.objects[addr]
		if o == nil {
			continue
		}
		if o.live && (o.selfDestructed || (rules.IsEIP158 && o.empty())) {
			gone := s.newObject()
			gone.cleared, gone.destructed, gone.modified = true, true, true
			s.objects[addr] = gone
			s.spare = append(s.spare, o)
			continue
		}
		for k, v := range o.dirty {
			set(&o.pending, k, v)
		}
		clear(o.dirty)
		o.selfDestructed, o.newContract = false, false
	}
	clear(s.dirties)
	for i := range s.journal {
		// An object that a re-creation replaced is no longer reachable
		// once its undo entry goes: it is recycled.
		if e := &s.journal[i]; e.kind == undoObject && s.objects[e.addr] != e.obj {
			s.spare = append(s.spare, e.obj)
		}
	}
	clear(s.journal) // drop the entries' references
	s.journal = s.journal[:0]
	s.revisions = s.revisions[:0]
	s.refund = 0
	return nil
}

// Change is the net effect of the finalised transactions on one account.
type Change struct {
	Live        bool          // the account exists afterwards
	Account     state.Account // its fields, when Live
	Modified    bool          // the account fields were written (not only read)
	Wiped       bool          // its storage was removed (deleted, or re-created over a live account)
	CodeChanged bool
	Code        []byte                      // the new code, when CodeChanged
	Storage     map[common.Hash]common.Hash // slots written after the last wipe
}

// Changes calls yield for every account the finalised transactions wrote,
// in no particular order. The Change and its maps belong to the overlay:
// they must not be modified, and the Change (reused from call to call) not
// retained after yield returns, nor its maps after the next transaction.
//
// REQUIRES: Finalise was called after the last transaction.
func (s *State) Changes(yield func(common.Address, *Change)) {
	ch := &s.change
	for addr, o := range s.objects {
		if !o.modified && !o.destructed && len(o.pending) == 0 {
			continue
		}
		*ch = Change{Live: o.live, Modified: o.modified, Wiped: o.destructed, CodeChanged: o.codeChanged}
		if o.live {
			ch.Account = state.Account{Nonce: o.nonce, Balance: &o.balance, CodeHash: o.codeHash}
			ch.Code = o.code
			ch.Storage = o.pending
		}
		yield(addr, ch)
	}
	*ch = Change{}
}

// WriteSet returns the net effect of all finalised transactions.
//
// REQUIRES: Finalise was called after the last transaction.
func (s *State) WriteSet() state.WriteSet {
	ws := make(state.WriteSet)
	s.Changes(func(addr common.Address, c *Change) {
		ac := &state.AccountChange{Destructed: c.Wiped}
		if c.Live {
			ac.Account = &state.Account{Nonce: c.Account.Nonce, Balance: new(uint256.Int).Set(c.Account.Balance), CodeHash: c.Account.CodeHash}
			if c.CodeChanged {
				ac.Code = slices.Clone(c.Code)
				if ac.Code == nil {
					ac.Code = []byte{}
				}
			}
			if len(c.Storage) > 0 {
				ac.Storage = maps.Clone(c.Storage)
			}
		}
		ws[addr] = ac
	})
	return ws
}
