package blockstm

import (
	"slices"
	"sync"

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
}

// find returns the position of tx in c.entries, or where it would go.
func (c *cell) find(tx int) (int, bool) {
	return slices.BinarySearchFunc(c.entries, tx, func(e entry, t int) int { return e.tx - t })
}

const shardCount = 256

type shard struct {
	mu    sync.RWMutex
	cells map[location]*cell
}

// memory is Block-STM's multi-version data structure: for every location,
// the value written by each transaction that wrote it.
type memory struct {
	shards [shardCount]shard
}

func newMemory() *memory {
	m := &memory{}
	for i := range m.shards {
		m.shards[i].cells = make(map[location]*cell)
	}
	return m
}

func (m *memory) shardOf(loc location) *shard {
	h := uint(loc.addr[19]) ^ uint(loc.addr[7])<<1
	if loc.isSlot {
		h ^= uint(loc.slot[31]) ^ uint(loc.slot[13])<<2
	}
	return &m.shards[h%shardCount]
}

// cell returns the cell of loc, creating it when create is set.
func (m *memory) cell(loc location, create bool) *cell {
	sh := m.shardOf(loc)
	sh.mu.RLock()
	c := sh.cells[loc]
	sh.mu.RUnlock()
	if c != nil || !create {
		return c
	}
	sh.mu.Lock()
	if c = sh.cells[loc]; c == nil {
		c = &cell{}
		sh.cells[loc] = c
	}
	sh.mu.Unlock()
	return c
}

// readResult is what a transaction sees at a location.
type readResult struct {
	found    bool // some lower transaction wrote the location
	tx       int  // that transaction
	inc      int  // its incarnation
	estimate bool // its write is an ESTIMATE: the reader must wait for tx
	account  *accountRecord
	slot     common.Hash
}

// read returns the write to loc by the highest transaction below tx.
func (m *memory) read(loc location, tx int) readResult {
	c := m.cell(loc, false)
	if c == nil {
		return readResult{}
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	i, _ := c.find(tx)
	if i == 0 {
		return readResult{}
	}
	e := &c.entries[i-1]
	return readResult{found: true, tx: e.tx, inc: e.incarnation, estimate: e.estimate, account: e.account, slot: e.slot}
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

// latest calls fn for every location with its final write. It is only
// called once every transaction has committed, so nothing races with it.
func (m *memory) latest(fn func(loc location, e *entry)) {
	for i := range m.shards {
		for loc, c := range m.shards[i].cells {
			if n := len(c.entries); n > 0 {
				fn(loc, &c.entries[n-1])
			}
		}
	}
}
