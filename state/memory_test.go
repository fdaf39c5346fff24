package state

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
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

// forkableChain commits 40 random blocks into a store that keeps 4
// versions, writes a checkpoint every 4 blocks and more versions beyond a
// small memory limit, and does not prune by itself: versions on disk but
// no longer held to fork from. It returns the blocks' roots.
func forkableChain(t *testing.T, disk ethdb.Database, seed uint64) (*Store, *rand.Rand, []common.Hash) {
	t.Helper()
	store := NewStoreWith(disk, Options{Retain: 4, FlushEvery: 4, PruneAfter: 100, MemoryLimit: 20_000})
	rng := rand.New(rand.NewPCG(seed, 10))
	root := types.EmptyRootHash
	var roots []common.Hash
	for block := uint64(1); block <= 40; block++ {
		var err error
		if root, err = store.Commit(root, block, randomWrites(rng, block)); err != nil {
			t.Fatal(err)
		}
		roots = append(roots, root)
	}
	return store, rng, roots
}

// TestCommitOnAVersionNotHeld builds on versions that are on disk but no
// longer held (forks below the window: old checkpoints, versions written
// beyond the memory limit), each followed by a prune: every fork's version
// stays complete through the prune and a restart.
func TestCommitOnAVersionNotHeld(t *testing.T) {
	disk := rawdb.NewMemoryDatabase()
	store, rng, roots := forkableChain(t, disk, 9)
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

// TestCommitOnAVersionNotHeldDuringAPrune forks below the window while a
// prune runs: the commit waits for the prune, then either fails (the
// prune took the parent) or yields a version that is whole on disk once
// written.
func TestCommitOnAVersionNotHeldDuringAPrune(t *testing.T) {
	for seed := range uint64(4) {
		disk := rawdb.NewMemoryDatabase()
		store, rng, roots := forkableChain(t, disk, seed)
		var parent common.Hash
		for _, r := range roots[:len(roots)-5] {
			if store.Has(r) && !store.isLive(r) {
				parent = r
			}
		}
		if parent == (common.Hash{}) {
			t.Fatal("no version on disk below the window to fork from")
		}
		store.startPrune()
		fork, err := store.Commit(parent, 41, randomWrites(rng, 41))
		store.waitPrune(false)
		if err != nil {
			continue // refused: the prune took the parent
		}
		if err := store.Flush(); err != nil {
			t.Fatal(err)
		}
		walkAll(t, NewStoreWith(disk, Options{PruneAfter: -1}), fork, "fork committed during a prune")
	}
}

// TestRestartFromAWrittenHeadKeepsTheFlatState crashes a store whose
// newest version was written to disk beyond the memory limit (no
// checkpoint in between) and replays the blocks after it, as chain.Open
// does: the flat state followed that version, so it is not rebuilt.
func TestRestartFromAWrittenHeadKeepsTheFlatState(t *testing.T) {
	disk := rawdb.NewMemoryDatabase()
	opts := Options{Retain: 64, FlushEvery: 1000, MemoryLimit: 200_000}
	store := NewStoreWith(disk, opts)
	rng := rand.New(rand.NewPCG(21, 22))
	root := types.EmptyRootHash
	var roots []common.Hash
	var blocks []WriteSet
	// Blocks until the limit is reached twice, and a few more: the crash
	// comes while the flat state would otherwise still be below the
	// version written.
	for block, after := uint64(1), -1; after < 3; block++ {
		ws := randomWrites(rng, block)
		var err error
		if root, err = store.Commit(root, block, ws); err != nil {
			t.Fatal(err)
		}
		roots, blocks = append(roots, root), append(blocks, ws)
		if after >= 0 {
			after++
		} else if store.Stats().Trims == 2 {
			after = 0
		}
		if block > 10_000 {
			t.Fatal("the limit was never reached")
		}
	}
	// Crash: no Close. Restart from the newest version on disk.
	restarted := NewStoreWith(disk, opts)
	from := -1
	for i := len(roots) - 1; i >= 0; i-- {
		if restarted.Has(roots[i]) {
			from = i
			break
		}
	}
	if from < 0 || from == len(roots)-1 {
		t.Fatalf("restart point %d of %d", from, len(roots))
	}
	root = roots[from]
	fr, fb, _ := restarted.flat.version()
	t.Logf("restart from block %d; flat state at block %d (%s); trims %d", from+1, fb, fr, store.Stats().Trims)
	for i := from + 1; i < len(roots); i++ {
		var err error
		if root, err = restarted.Commit(root, uint64(i+1), blocks[i]); err != nil {
			t.Fatal(err)
		}
		if root != roots[i] {
			t.Fatalf("block %d replayed to another root", i+1)
		}
	}
	for i := 0; i < 2*DefaultMemoryVersions; i++ { // push the replayed layers out to the flat state
		var err error
		if root, err = restarted.Commit(root, uint64(len(roots)+i+1), randomWrites(rng, uint64(len(roots)+i+1))); err != nil {
			t.Fatal(err)
		}
	}
	if root, _, _ := restarted.flat.version(); root == (common.Hash{}) {
		t.Fatal("no flat state")
	}
	if n := restarted.Stats().FlatRebuilds; n != 0 {
		t.Fatalf("the flat state was rebuilt %d times after the restart", n)
	}
}
