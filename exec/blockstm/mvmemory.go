package blockstm

import (
	"encoding/binary"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// location is one versioned piece of state: an account record (slot unused,
// isSlot false) or one storage slot.
type location struct {
	addr   common.Address
	slot   common.Hash
	isSlot bool
}

// accountRecord is the value of an account location. Records are immutable
// once written to the memory.
type accountRecord struct {
	live     bool
	nonce    uint64
	balance  uint256.Int
	codeHash common.Hash

	// Block-level facts carried from record to record, so that the last
	// record of an account says what the whole block did to it.
	codeChanged bool // the code was set by some transaction of the block
	wipedBy     int  // the last transaction that removed the storage; -1 if none
}

// entry is one transaction's write to a location.
type entry struct {
	tx          int
	incarnation int
	estimate    bool // the writer was aborted; its next incarnation will likely write here again
	account     *accountRecord
	slot        common.Hash
}

// cell holds the writes to one location, ordered by transaction index.
type cell struct {
	loc        location
	lastSender int32 // 1 + the last transaction prepare saw sent from loc's account
	mu         sync.RWMutex
	entries    []entry
	inline     [1]entry // the first entry, so that most cells need no slice of their own

	// contended is set once a read of this location was found stale: later
	// readers wait for likely writers below them instead of guessing.
	contended atomic.Bool
	lowest    atomic.Int32 // 1 + the lowest writer's index; 0 while there is none
}

// find returns the position of tx in c.entries, or where it would go.
func (c *cell) find(tx int) (int, bool) {
	// Readers and writers are most often above every entry (the hot slot
	// of a block that calls one contract has as many entries as calls):
	// look at the end before searching.
	n := len(c.entries)
	switch {
	case n == 0 || c.entries[n-1].tx < tx:
		return n, false
	case c.entries[n-1].tx == tx:
		return n - 1, true
	}
	return slices.BinarySearchFunc(c.entries[:n-1], tx, func(e entry, t int) int { return e.tx - t })
}

// shardCount is the number of independently locked parts of the memory's
// overflow map; a power of two.
const shardCount = 256

// shardIndex spreads locations over shards.
func shardIndex(loc *location) uint {
	h := uint(loc.addr[19]) ^ uint(loc.addr[11])<<3
	if loc.isSlot {
		h ^= uint(loc.slot[31]) ^ uint(loc.slot[17])<<2
	}
	return h % shardCount
}

// shard is one part of a sharded map, padded to its own cache lines so that
// workers locking neighbouring shards do not contend.
type shard[V any] struct {
	mu sync.RWMutex
	m  map[location]V
	_  [64 - 24 - 8]byte
}

// shardedMap is a map from locations safe for concurrent use.
type shardedMap[V any] struct {
	shards [shardCount]shard[V]
}

func (sm *shardedMap[V]) load(loc *location) (V, bool) {
	sh := &sm.shards[shardIndex(loc)]
	sh.mu.RLock()
	v, ok := sh.m[*loc]
	sh.mu.RUnlock()
	return v, ok
}

// loadOrStore returns the value at loc, storing the one newValue returns if
// there is none. newValue runs under the lock of the shard it is given.
func (sm *shardedMap[V]) loadOrStore(loc *location, newValue func(shard uint) V) V {
	if v, ok := sm.load(loc); ok {
		return v
	}
	idx := shardIndex(loc)
	sh := &sm.shards[idx]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if v, ok := sh.m[*loc]; ok {
		return v
	}
	if sh.m == nil {
		sh.m = make(map[location]V)
	}
	v := newValue(idx)
	sh.m[*loc] = v
	return v
}

// memory is Block-STM's multi-version data structure: for every location,
// the value written by each transaction that wrote it. Cells are created on
// first write and never removed during a block.
type memory struct {
	cells cellTable
	// overflow holds the cells of locations whose probe window in the
	// table is full; overflowing is set once it holds any.
	overflow    shardedMap[*cell]
	overflowing atomic.Bool
	overSlabs   [shardCount]slab[cell] // each used under its shard's lock
	overDirty   bool                   // the last reset left overSlabs' chunks to clear

	hot []atomic.Uint64 // accounts with contended locations, by address hash
}

// reset empties the memory for a block that writes about locations
// locations, keeping what it allocated before.
func (m *memory) reset(locations int) {
	m.cells.reset(locations)
	if m.hot == nil {
		m.hot = make([]atomic.Uint64, hotBits/64)
	} else {
		clear(m.hot)
	}
	// The overflow's slabs are reset after a block that used them and
	// after the one following it, which clears what the first left dirty
	// (slabs clear chunks when they are handed out again).
	if over := m.overflowing.Load(); over || m.overDirty {
		for i := range m.overflow.shards {
			clear(m.overflow.shards[i].m)
			m.overSlabs[i].reset()
		}
		m.overflowing.Store(false)
		m.overDirty = over
	}
}

// find returns the cell of loc, or nil when no transaction wrote there.
func (m *memory) find(loc location) *cell {
	if c, ok := m.cells.find(&loc); ok || !m.overflowing.Load() {
		return c
	}
	c, _ := m.overflow.load(&loc)
	return c
}

// cell returns the cell of loc, creating it (from cells) if needed.
func (m *memory) cell(loc location, cells *slab[cell]) *cell {
	if c, ok := m.cells.findOrAdd(&loc, cells); ok {
		return c
	}
	// The location's probe window is full: every worker trying to add it
	// finds the same, so it lives in the overflow map.
	m.overflowing.Store(true)
	return m.overflow.loadOrStore(&loc, func(shard uint) *cell {
		return newCell(&m.overSlabs[shard], loc)
	})
}

// newCell returns an empty cell of loc, made from s.
func newCell(s *slab[cell], loc location) *cell {
	c := s.new()
	c.loc = loc
	c.entries = c.inline[:0]
	return c
}

// cellTable maps locations to cells without locks: open addressing with
// linear probing over an array sized for the block. An adder claims an
// empty slot by compare-and-swap of its tag (a hash of the location, never
// zero), then publishes the cell; a finder that meets the tag before the
// cell waits for it. Locations may share a tag: the cell's own location
// decides. Slots are never emptied during a block, so every goroutine
// looking for a location walks the same slots and meets the same first
// empty one; a location whose window of probeLimit slots is all taken by
// others is not in the table.
type cellTable struct {
	slots []tableSlot
	mask  uint64
}

type tableSlot struct {
	tag  atomic.Uint64
	cell atomic.Pointer[cell]
}

// probeLimit bounds a probe sequence.
const probeLimit = 64

// reset empties the table, with room for about locations cells at a load
// of at most one half.
func (t *cellTable) reset(locations int) {
	size := 1024
	for size < 2*locations {
		size *= 2
	}
	if size > len(t.slots) {
		t.slots = make([]tableSlot, size)
	} else {
		clear(t.slots[:size])
	}
	t.mask = uint64(size - 1)
}

// tagOf hashes loc: never zero.
func tagOf(loc *location) uint64 {
	h := binary.LittleEndian.Uint64(loc.addr[0:8]) ^ binary.LittleEndian.Uint64(loc.addr[8:16])*0x9e3779b97f4a7c15 ^
		uint64(binary.LittleEndian.Uint32(loc.addr[16:20]))*0xc2b2ae3d27d4eb4f
	if loc.isSlot {
		h ^= 0x165667b19e3779f9
		for i := 0; i < 32; i += 8 {
			h = (h ^ binary.LittleEndian.Uint64(loc.slot[i:i+8])) * 0xff51afd7ed558ccd
			h ^= h >> 29
		}
	}
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h | 1
}

// find returns the cell of loc. ok is false when loc may be in the
// overflow instead (its window is full).
func (t *cellTable) find(loc *location) (c *cell, ok bool) {
	tag := tagOf(loc)
	for i, at := 0, tag>>1; i < probeLimit; i, at = i+1, at+1 {
		s := &t.slots[at&t.mask]
		switch s.tag.Load() {
		case 0:
			return nil, true
		case tag:
			if c := s.waitCell(); c.loc == *loc {
				return c, true
			}
		}
	}
	return nil, false
}

// findOrAdd returns the cell of loc, adding one made from cells if there is
// none; ok is false when loc's window is full.
func (t *cellTable) findOrAdd(loc *location, cells *slab[cell]) (c *cell, ok bool) {
	tag := tagOf(loc)
	for i, at := 0, tag>>1; i < probeLimit; i, at = i+1, at+1 {
		s := &t.slots[at&t.mask]
		cur := s.tag.Load()
		if cur == 0 {
			if s.tag.CompareAndSwap(0, tag) {
				c := newCell(cells, *loc)
				s.cell.Store(c)
				return c, true
			}
			cur = s.tag.Load() // another adder took the slot: maybe for loc
		}
		if cur == tag {
			if c := s.waitCell(); c.loc == *loc {
				return c, true
			}
		}
	}
	return nil, false
}

// waitCell returns the slot's cell once its adder has published it: at
// most a few instructions after the tag.
func (s *tableSlot) waitCell() *cell {
	for {
		if c := s.cell.Load(); c != nil {
			return c
		}
		runtime.Gosched()
	}
}

// readResult is what a transaction sees at a location.
type readResult struct {
	found    bool  // some lower transaction wrote the location
	tx       int   // that transaction
	inc      int   // its incarnation
	estimate bool  // its write is an ESTIMATE: the reader must wait for tx
	hot      bool  // the location is contended
	cell     *cell // the location's cell; nil when none existed at the read
	account  *accountRecord
	slot     common.Hash
}

// read returns the write to loc by the highest transaction below tx.
func (m *memory) read(loc location, tx int) readResult {
	return m.find(loc).read(tx)
}

// read returns the write by the highest transaction below tx; c may be nil
// (nothing written).
func (c *cell) read(tx int) readResult {
	if c == nil {
		return readResult{}
	}
	hot := c.contended.Load()
	if low := c.lowest.Load(); low == 0 || int(low-1) >= tx {
		// Nothing below tx, without taking the lock: the common read of
		// a sender's own account. A write below tx that lands right after
		// is caught by validation, as if the read had come first.
		return readResult{hot: hot, cell: c}
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	i, _ := c.find(tx)
	if i == 0 {
		return readResult{hot: hot, cell: c}
	}
	e := &c.entries[i-1]
	return readResult{found: true, tx: e.tx, inc: e.incarnation, estimate: e.estimate, hot: hot, cell: c, account: e.account, slot: e.slot}
}

// write stores e, replacing the earlier entry of its transaction.
func (c *cell) write(e entry) {
	c.mu.Lock()
	if i, ok := c.find(e.tx); ok {
		c.entries[i] = e
	} else if i == len(c.entries) {
		c.entries = append(c.entries, e)
	} else {
		c.entries = slices.Insert(c.entries, i, e)
	}
	c.setLowest()
	c.mu.Unlock()
}

// setLowest publishes the lowest writer; c.mu must be held.
func (c *cell) setLowest() {
	low := int32(0)
	if len(c.entries) > 0 {
		low = int32(c.entries[0].tx + 1)
	}
	c.lowest.Store(low)
}

// markContended records that a read of c's location was found stale, and
// that its account is hot.
func (m *memory) markContended(c *cell) {
	if !c.contended.Load() {
		c.contended.Store(true)
	}
	bit := hotBit(c.loc.addr)
	if w := &m.hot[bit/64]; w.Load()&(1<<(bit%64)) == 0 {
		w.Or(1 << (bit % 64))
	}
}

// isHot reports whether some location of addr (or of an address that
// hashes alike) was found contended.
func (m *memory) isHot(addr common.Address) bool {
	bit := hotBit(addr)
	return m.hot[bit/64].Load()&(1<<(bit%64)) != 0
}

const hotBits = 1 << 14

func hotBit(addr common.Address) uint { return (uint(addr[19]) | uint(addr[18])<<8) % hotBits }

// markEstimate turns tx's write in c into an ESTIMATE, or seeds one when tx
// has not written there yet.
func (c *cell) markEstimate(tx int) {
	c.mu.Lock()
	if i, ok := c.find(tx); ok {
		c.entries[i].estimate = true
	} else {
		// A seeded estimate: the transaction is expected to write here.
		c.entries = slices.Insert(c.entries, i, entry{tx: tx, incarnation: -1, estimate: true})
		c.setLowest()
	}
	c.mu.Unlock()
}

// remove deletes tx's write in c.
func (c *cell) remove(tx int) {
	c.mu.Lock()
	if i, ok := c.find(tx); ok {
		c.entries = slices.Delete(c.entries, i, i+1)
		c.setLowest()
	}
	c.mu.Unlock()
}
