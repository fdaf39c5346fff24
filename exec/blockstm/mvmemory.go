package blockstm

import (
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
	mu      sync.RWMutex
	entries []entry
	inline  [1]entry // the first entry, so that most cells need no slice of their own

	// contended is set once a read of this location was found stale: later
	// readers wait for likely writers below them instead of guessing.
	contended atomic.Bool
}

// find returns the position of tx in c.entries, or where it would go.
func (c *cell) find(tx int) (int, bool) {
	return slices.BinarySearchFunc(c.entries, tx, func(e entry, t int) int { return e.tx - t })
}

// shardCount is the number of independently locked parts of the memory
// and the base cache; a power of two.
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

// presize gives every shard room for about n entries in all.
func (sm *shardedMap[V]) presize(n int) {
	per := n/shardCount + 1
	for i := range sm.shards {
		sm.shards[i].m = make(map[location]V, per)
	}
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
	return sm.store(loc, newValue)
}

// store is loadOrStore without the optimistic read-locked lookup, for keys
// that are most likely absent.
func (sm *shardedMap[V]) store(loc *location, newValue func(shard uint) V) V {
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
	cells shardedMap[*cell]
	// written has a bit set for every location that has a cell (and for
	// others that hash alike), so that reads of locations no transaction
	// wrote, the common case, skip the map. A bit is set before its cell is
	// published.
	written []atomic.Uint64
	hot     []atomic.Uint64 // accounts with contended locations, by address hash

	cellSlabs [shardCount]slab[cell] // each used under its shard's lock
}

const writtenBits = 1 << 20

// reset empties the memory for a block that writes about locations
// locations, keeping what it allocated before.
func (m *memory) reset(locations int) {
	if m.written == nil {
		m.written = make([]atomic.Uint64, writtenBits/64)
		m.hot = make([]atomic.Uint64, hotBits/64)
		m.cells.presize(locations)
		return
	}
	clear(m.written)
	clear(m.hot)
	for i := range m.cells.shards {
		clear(m.cells.shards[i].m)
		m.cellSlabs[i].reset()
	}
}

func writtenBit(loc *location) uint {
	h := uint(loc.addr[19]) | uint(loc.addr[18])<<8 | uint(loc.addr[17])<<16
	if loc.isSlot {
		h ^= uint(loc.slot[31]) | uint(loc.slot[30])<<8 | uint(loc.slot[29])<<16
		h ^= 0x5bd1e
	}
	return h % writtenBits
}

// cell returns the cell of loc, creating it when create is set.
func (m *memory) cell(loc location, create bool) *cell {
	bit := writtenBit(&loc)
	word := &m.written[bit/64]
	if !create {
		if word.Load()&(1<<(bit%64)) == 0 {
			return nil
		}
		c, _ := m.cells.load(&loc)
		return c
	}
	if word.Load()&(1<<(bit%64)) == 0 {
		// No cell can exist yet (its bit would be set): skip the lookup.
		word.Or(1 << (bit % 64))
		return m.cells.store(&loc, func(shard uint) *cell {
			c := m.cellSlabs[shard].new()
			c.entries = c.inline[:0]
			return c
		})
	}
	return m.cells.loadOrStore(&loc, func(shard uint) *cell {
		c := m.cellSlabs[shard].new()
		c.entries = c.inline[:0]
		return c
	})
}

// readResult is what a transaction sees at a location.
type readResult struct {
	found    bool // some lower transaction wrote the location
	tx       int  // that transaction
	inc      int  // its incarnation
	estimate bool // its write is an ESTIMATE: the reader must wait for tx
	hot      bool // the location is contended
	account  *accountRecord
	slot     common.Hash
}

// read returns the write to loc by the highest transaction below tx.
func (m *memory) read(loc location, tx int) readResult {
	c := m.cell(loc, false)
	if c == nil {
		return readResult{}
	}
	hot := c.contended.Load()
	c.mu.RLock()
	defer c.mu.RUnlock()
	i, _ := c.find(tx)
	if i == 0 {
		return readResult{hot: hot}
	}
	e := &c.entries[i-1]
	return readResult{found: true, tx: e.tx, inc: e.incarnation, estimate: e.estimate, hot: hot, account: e.account, slot: e.slot}
}

// write stores tx's value at loc, replacing any earlier one of tx.
func (m *memory) write(loc location, e entry) {
	c := m.cell(loc, true)
	c.mu.Lock()
	if i, ok := c.find(e.tx); ok {
		c.entries[i] = e
	} else if i == len(c.entries) {
		c.entries = append(c.entries, e)
	} else {
		c.entries = slices.Insert(c.entries, i, e)
	}
	c.mu.Unlock()
}

// markContended records that a read of loc was found stale, and that its
// account is hot.
func (m *memory) markContended(loc location) {
	if c := m.cell(loc, true); !c.contended.Load() {
		c.contended.Store(true)
	}
	bit := hotBit(loc.addr)
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

// markEstimate turns tx's write at loc into an ESTIMATE.
func (m *memory) markEstimate(loc location, tx int) {
	c := m.cell(loc, true)
	c.mu.Lock()
	if i, ok := c.find(tx); ok {
		c.entries[i].estimate = true
	} else {
		// A seeded estimate: the transaction is expected to write here.
		i, _ := c.find(tx)
		c.entries = slices.Insert(c.entries, i, entry{tx: tx, incarnation: -1, estimate: true})
	}
	c.mu.Unlock()
}

// remove deletes tx's write at loc.
func (m *memory) remove(loc location, tx int) {
	c := m.cell(loc, false)
	if c == nil {
		return
	}
	c.mu.Lock()
	if i, ok := c.find(tx); ok {
		c.entries = slices.Delete(c.entries, i, i+1)
	}
	c.mu.Unlock()
}
