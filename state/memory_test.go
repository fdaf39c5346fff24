package state

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/state/mpt"
)

// TestMemoryLimitBoundsTheNodesHeld grows the state by 50 new accounts per
// block for 1,500 blocks under a limit of 1 MiB: the nodes held in memory
// for the newest version stay bounded (without the limit they grow with the
// state), versions read what they wrote, and the roots do not change.
func TestMemoryLimitBoundsTheNodesHeld(t *testing.T) {
	const limit = 1 << 20
	run := func(limit int64) (*Store, common.Hash, int) {
		store := NewStoreWith(rawdb.NewMemoryDatabase(), Options{Retain: 8, FlushEvery: 64, MemoryLimit: limit})
		rng := rand.New(rand.NewPCG(5, 6))
		root := types.EmptyRootHash
		peak := 0
		for block := uint64(1); block <= 1500; block++ {
			ws := WriteSet{}
			for range 50 {
				var addr common.Address
				for i := range addr {
					addr[i] = byte(rng.Uint32())
				}
				ws[addr] = &AccountChange{Account: &Account{Nonce: block, Balance: uint256.NewInt(block), CodeHash: types.EmptyCodeHash}}
			}
			var err error
			if root, err = store.Commit(root, block, ws); err != nil {
				t.Fatal(err)
			}
			if block%100 == 0 {
				tree, err := store.tree(root)
				if err != nil {
					t.Fatal(err)
				}
				peak = max(peak, mpt.Resident(tree))
				for addr, ch := range ws {
					acc, err := store.trieReader(root)
					if err != nil {
						t.Fatal(err)
					}
					got, err := acc.Account(addr)
					if err != nil || got == nil || got.Nonce != ch.Account.Nonce {
						t.Fatalf("block %d: account %s: %+v, %v", block, addr, got, err)
					}
				}
			}
		}
		return store, root, peak
	}
	bounded, root, peak := run(limit)
	unbounded, same, unboundedPeak := run(0)
	if root != same {
		t.Fatal("the memory limit changed the roots")
	}
	t.Logf("nodes held for the newest version: %d with a limit of %d bytes, %d without", peak, limit, unboundedPeak)
	// A limit's worth of the smallest nodes, plus the top levels kept.
	if bound := limit/160 + 4096 + 256 + 16 + 1; peak > bound {
		t.Fatalf("%d nodes held under the limit, more than %d", peak, bound)
	}
	if bounded.Stats().Trims == 0 || unbounded.Stats().Trims != 0 {
		t.Fatalf("trims: %d under the limit, %d without", bounded.Stats().Trims, unbounded.Stats().Trims)
	}
	if peak >= unboundedPeak/2 {
		t.Fatalf("the limit did not reduce the nodes held: %d vs %d", peak, unboundedPeak)
	}
	for _, s := range []*Store{bounded, unbounded} {
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCommitOnAVersionNotHeld builds on versions that are on disk but no
// longer held (forks below the window: old checkpoints, versions written
// beyond the memory limit), each followed by a prune: every fork's version
// stays complete through the prune and a restart.
func TestCommitOnAVersionNotHeld(t *testing.T) {
	disk := rawdb.NewMemoryDatabase()
	store := NewStoreWith(disk, Options{Retain: 4, FlushEvery: 4, PruneAfter: 100, MemoryLimit: 20_000})
	rng := rand.New(rand.NewPCG(9, 10))
	root := types.EmptyRootHash
	var roots []common.Hash
	for block := uint64(1); block <= 40; block++ {
		var err error
		if root, err = store.Commit(root, block, randomWrites(rng, block)); err != nil {
			t.Fatal(err)
		}
		roots = append(roots, root)
	}
	forked := 0
	for i, parent := range roots[:len(roots)-5] {
		if !store.Has(parent) || store.isLive(parent) {
			continue
		}
		fork, err := store.Commit(parent, uint64(41+i), randomWrites(rng, uint64(41+i)))
		if err != nil {
			continue // gone meanwhile: refused, not corrupted
		}
		forked++
		store.startPrune()
		store.waitPrune(false)
		walkAll(t, store, fork, "fork after a prune")
	}
	if forked == 0 {
		t.Fatal("no version on disk below the window to fork from")
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	walkAll(t, NewStoreWith(disk, Options{PruneAfter: -1}), store.head, "fork after a restart")
}
