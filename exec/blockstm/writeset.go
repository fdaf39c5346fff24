package blockstm

import (
	"cmp"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/metis-go/metis/state"
)

// committedSlots gathers the storage writes of committed transactions,
// account by account, and turns them into the write set's storage maps
// once the block is done.
//
// Inserting every committed slot into a map as it commits cost more than
// the rest of the commit together: a contract that most transactions
// write (a token's balances) has a map of tens of thousands of slots,
// bigger than a core's cache, and each insert evicted some of what the
// committing worker's next execution needed. Appending to a list costs
// little, and the maps are then made once, at their final size, several
// at a time.
//
// It is used by the committer only (under the commit lock), then by build.
type committedSlots struct {
	accounts []*committedStorage
	byAddr   map[common.Address]*committedStorage // behind run.recent
}

// committedStorage is the committed storage of one account since its last
// wipe, in commit order: a slot rewritten soon after keeps its entry, one
// rewritten later gets another (see set).
type committedStorage struct {
	ch     *state.AccountChange
	writes []slotWrite
}

type slotWrite struct{ slot, value common.Hash }

// storageOf returns the committed storage of addr, whose write-set entry is
// ch, creating it if needed.
func (r *run) storageOf(addr common.Address, ch *state.AccountChange) *committedStorage {
	c := &r.recent[addr[19]%uint8(len(r.recent))]
	if c.st != nil && c.addr == addr {
		return c.st
	}
	s := &r.storage
	st := s.byAddr[addr]
	if st == nil {
		if s.byAddr == nil {
			s.byAddr = make(map[common.Address]*committedStorage)
		}
		st = &committedStorage{ch: ch}
		s.byAddr[addr] = st
		s.accounts = append(s.accounts, st)
	}
	if c.ch == ch { // change cached the account
		c.st = st
	}
	return st
}

// wipeStorage forgets the committed storage of addr: the account was
// deleted, or re-created over a live one.
func (r *run) wipeStorage(addr common.Address) {
	if st := r.storage.byAddr[addr]; st != nil {
		st.writes = st.writes[:0]
	}
}

// recentSlots is how many of an account's latest slot entries set looks
// at before it appends another.
const recentSlots = 4

// set records that slot of st's account now holds value. A slot written
// again soon after (a counter, a pool's reserves) keeps one entry; one
// written again later gets another, which the map built at the end
// overwrites in order. Looking for the slot among all entries instead
// would cost a lookup per write, the very cost the list avoids.
func (st *committedStorage) set(slot, value common.Hash) {
	for k := len(st.writes) - 1; k >= max(0, len(st.writes)-recentSlots); k-- {
		if st.writes[k].slot == slot {
			st.writes[k].value = value
			return
		}
	}
	st.writes = append(st.writes, slotWrite{slot: slot, value: value})
}

// parallelBuildMin is how many committed slots make build use more than
// one goroutine.
const parallelBuildMin = 4096

// build gives every account with committed storage its storage map, on up
// to workers goroutines: the largest accounts first, each to the goroutine
// with the least work so far.
func (s *committedSlots) build(workers int) {
	total := 0
	for _, st := range s.accounts {
		total += len(st.writes)
	}
	if workers < 2 || len(s.accounts) < 2 || total < parallelBuildMin {
		for _, st := range s.accounts {
			st.build()
		}
		return
	}
	slices.SortFunc(s.accounts, func(a, b *committedStorage) int { return cmp.Compare(len(b.writes), len(a.writes)) })
	workers = min(workers, len(s.accounts))
	shares := make([][]*committedStorage, workers)
	load := make([]int, workers)
	for _, st := range s.accounts {
		least := 0
		for g := range load {
			if load[g] < load[least] {
				least = g
			}
		}
		shares[least] = append(shares[least], st)
		load[least] += len(st.writes)
	}
	var wg sync.WaitGroup
	for _, share := range shares[1:] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, st := range share {
				st.build()
			}
		}()
	}
	for _, st := range shares[0] {
		st.build()
	}
	wg.Wait()
}

// build sets the account's storage map, sized for its entries (a few
// may be repeats). An account deleted at the end of the block keeps none.
func (st *committedStorage) build() {
	if len(st.writes) == 0 || st.ch.Account == nil {
		return
	}
	m := make(map[common.Hash]common.Hash, len(st.writes))
	for _, w := range st.writes {
		m[w.slot] = w.value
	}
	st.ch.Storage = m
}
