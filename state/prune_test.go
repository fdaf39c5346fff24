package state

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
)

// trieNodesOnDisk counts the trie nodes (32-byte keys) on disk.
func trieNodesOnDisk(t *testing.T, disk ethdb.Iteratee) int {
	t.Helper()
	it := disk.NewIterator(nil, nil)
	defer it.Release()
	n := 0
	for it.Next() {
		if len(it.Key()) == common.HashLength {
			n++
		}
	}
	return n
}

// walkAll checks every node of version root (account and storage tries)
// can be read from the store: from memory, or from disk for a version (or
// the parts of one) not held there.
func walkAll(t *testing.T, s *Store, root common.Hash, what string) {
	t.Helper()
	tree, err := s.tree(root)
	if err == nil {
		err = markVersion(context.Background(), tree, s.accountsLoader(), map[common.Hash]struct{}{})
	}
	if err != nil {
		t.Fatalf("%s: version %s is incomplete: %v", what, root, err)
	}
}

// TestPruneKeepsRetainedVersions commits blocks into a store that prunes
// after every checkpoint while later blocks commit (prunes run beside
// commits), and checks: every retained version and the newest checkpoint
// stay complete, also after a crash and after a clean restart; older
// checkpoints are gone; the disk holds fewer trie nodes than a store that
// keeps its checkpoints.
//
// With a small memory limit, versions between checkpoints are written to
// disk too (and read from there); those that fell out of the window must
// go as well.
func TestPruneKeepsRetainedVersions(t *testing.T) {
	for _, limit := range []int64{0, 30_000} {
		t.Run(fmt.Sprintf("memory limit %d", limit), func(t *testing.T) { testPrune(t, limit) })
	}
}

func testPrune(t *testing.T, memoryLimit int64) {
	run := func(pruneAfter int) (*Store, ethdb.Database, []common.Hash) {
		disk := rawdb.NewMemoryDatabase()
		store := NewStoreWith(disk, Options{Retain: 6, FlushEvery: 8, PruneAfter: pruneAfter, MemoryLimit: memoryLimit})
		rng := rand.New(rand.NewPCG(11, 12))
		root := types.EmptyRootHash
		var roots []common.Hash
		for block := uint64(0); block <= 100; block++ {
			var err error
			if root, err = store.Commit(root, block, randomWrites(rng, block)); err != nil {
				t.Fatal(err)
			}
			roots = append(roots, root)
			if block%5 == 0 {
				for _, r := range roots[max(0, len(roots)-6):] {
					walkAll(t, store, r, "while pruning")
				}
			}
		}
		store.waitPrune(false)
		if pruneAfter > 0 {
			// Prunes skip checkpoints while one runs; one last prune from
			// the final versions makes the outcome independent of timing.
			store.startPrune()
			store.waitPrune(false)
		}
		return store, disk, roots
	}
	kept, keptDisk, roots := run(-1)
	pruned, disk, same := run(1)
	if roots[100] != same[100] {
		t.Fatal("pruning changed the roots")
	}
	for _, r := range roots[95:] {
		walkAll(t, pruned, r, "retained")
	}
	walkAll(t, pruned, roots[96], "newest checkpoint")
	if !kept.Has(roots[8]) {
		t.Fatal("a store that keeps checkpoints lost one")
	}
	for _, b := range []int{8, 16, 80} {
		if pruned.Has(roots[b]) {
			t.Errorf("checkpoint %d is still on disk", b)
		}
	}
	if memoryLimit > 0 {
		written := 0
		for b := 30; b < 90; b++ {
			if b%8 != 0 && kept.Has(roots[b]) {
				written++
			}
		}
		if written == 0 || kept.Stats().Trims == 0 {
			t.Fatalf("no version was written to disk beyond the memory limit (trims %d)", kept.Stats().Trims)
		}
		for b := 30; b < 90; b++ {
			if b%8 != 0 && pruned.Has(roots[b]) {
				t.Errorf("version %d, written beyond the memory limit, is still on disk", b)
			}
		}
	}
	if st := pruned.Stats(); st.Prunes == 0 || st.PrunedNodes == 0 || st.PruneFailures != 0 {
		t.Fatalf("stats after pruning: %+v", st)
	}
	if st := kept.Stats(); st.Prunes != 0 {
		t.Fatalf("a store that keeps checkpoints pruned: %+v", st)
	}
	before, after := trieNodesOnDisk(t, keptDisk), trieNodesOnDisk(t, disk)
	if after >= before {
		t.Fatalf("trie nodes on disk: %d pruned vs %d kept", after, before)
	}
	t.Logf("trie nodes on disk: %d pruned, %d without pruning", after, before)

	// Crash: the newest checkpoint is complete on disk.
	crashed := NewStoreWith(disk, Options{Retain: 6, FlushEvery: 8, PruneAfter: 1, MemoryLimit: memoryLimit})
	walkAll(t, crashed, roots[96], "checkpoint after a crash")
	// Clean shutdown: the head is complete on disk.
	if err := pruned.Close(); err != nil {
		t.Fatal(err)
	}
	walkAll(t, NewStoreWith(disk, Options{PruneAfter: -1}), roots[100], "head after Close")
	if err := kept.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestPruneStopsAtClose closes a store while a prune may be running: Close
// waits for it and the head stays complete.
func TestPruneStopsAtClose(t *testing.T) {
	disk := rawdb.NewMemoryDatabase()
	store := NewStoreWith(disk, Options{Retain: 2, FlushEvery: 2, PruneAfter: 1})
	rng := rand.New(rand.NewPCG(3, 4))
	root := types.EmptyRootHash
	for block := uint64(0); block <= 20; block++ {
		var err error
		if root, err = store.Commit(root, block, randomWrites(rng, block)); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	walkAll(t, NewStoreWith(disk, Options{PruneAfter: -1}), root, "head after Close")
}
