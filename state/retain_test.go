package state

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/holiman/uint256"
)

// randomWrites changes a few accounts and slots, some of them the same
// every block, so that versions share and drop nodes.
func randomWrites(rng *rand.Rand, block uint64) WriteSet {
	ws := WriteSet{}
	for range 5 {
		addr := common.BigToAddress(uint256.NewInt(uint64(rng.IntN(40) + 1)).ToBig())
		ch := &AccountChange{Account: &Account{Nonce: block, Balance: uint256.NewInt(rng.Uint64() % 1000), CodeHash: types.EmptyCodeHash}}
		if rng.IntN(2) == 0 {
			ch.Storage = map[common.Hash]common.Hash{common.BigToHash(uint256.NewInt(uint64(rng.IntN(8))).ToBig()): common.BigToHash(uint256.NewInt(block + 1).ToBig())}
		}
		ws[addr] = ch
	}
	return ws
}

// TestRetention checks which versions a non-archive store keeps: the last
// Retain, every checkpoint, and (after Close) the newest on disk; and that
// an archive keeps all.
func TestRetention(t *testing.T) {
	for _, archive := range []bool{false, true} {
		disk := rawdb.NewMemoryDatabase()
		store := NewStoreWith(disk, Options{Archive: archive, WriteBehind: archive, Retain: 4, FlushEvery: 8})
		rng := rand.New(rand.NewPCG(1, 2))
		roots := []common.Hash{}
		root := types.EmptyRootHash
		var err error
		for block := uint64(0); block <= 21; block++ {
			if root, err = store.Commit(root, block, randomWrites(rng, block)); err != nil {
				t.Fatal(err)
			}
			roots = append(roots, root)
			// Every retained version stays readable while newer ones commit.
			for back := 0; back < 4 && back <= int(block); back++ {
				if !store.Has(roots[int(block)-back]) {
					t.Fatalf("archive=%v: at block %d, version %d is gone", archive, block, int(block)-back)
				}
			}
		}
		for block, root := range roots {
			want := archive || block >= len(roots)-4 || block%8 == 0
			if got := store.Has(root); got != want {
				t.Errorf("archive=%v: version %d kept = %v, want %v", archive, block, got, want)
			}
		}
		if !archive {
			// Readers of a dropped version get ErrMissingState (the flat
			// layers hold the last 16 versions, so look further back).
			store.recent = &layers{max: DefaultMemoryVersions, byRoot: map[common.Hash]*diffLayer{}}
			if _, err := store.Reader(roots[5]); !errors.Is(err, ErrMissingState) {
				t.Fatalf("reader of a dropped version: %v", err)
			}
		}
		// A crash keeps only what reached the disk: checkpoints (and, in
		// an archive, what the writer has written: after Flush, all).
		if archive {
			if err := store.Flush(); err != nil {
				t.Fatal(err)
			}
		}
		crashed := NewStoreWith(disk, Options{Retain: 4, FlushEvery: 8})
		if got, want := crashed.Has(roots[21]), archive; got != want {
			t.Fatalf("archive=%v: newest version on disk before Close = %v", archive, got)
		}
		if archive {
			for block, root := range roots {
				if !crashed.Has(root) {
					t.Fatalf("archive: version %d not on disk after Flush", block)
				}
			}
		}
		if !crashed.Has(roots[16]) {
			t.Fatal("checkpoint 16 not on disk")
		}
		if err := store.Close(); err != nil {
			t.Fatal(err)
		}
		if !NewStoreWith(disk, Options{}).Has(roots[21]) {
			t.Fatalf("archive=%v: newest version not on disk after Close", archive)
		}
	}
}

// TestReaderOutlivesLayerBase: blocks that change nothing keep versions
// but add no in-memory layers, so a layer chain's base can leave the
// retained window while the head still reads through it; the head must
// stay readable (found in review: the sequencer stopped on an idle chain).
func TestReaderOutlivesLayerBase(t *testing.T) {
	store := NewStoreWith(rawdb.NewMemoryDatabase(), Options{Retain: 4, FlushEvery: 1000})
	rng := rand.New(rand.NewPCG(3, 4))
	root := types.EmptyRootHash
	var err error
	var last WriteSet
	block := uint64(0)
	for ; block < 20; block++ {
		last = randomWrites(rng, block)
		if root, err = store.Commit(root, block, last); err != nil {
			t.Fatal(err)
		}
	}
	for end := block + 10; block < end; block++ { // empty blocks
		if root, err = store.Commit(root, block, WriteSet{}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := store.Reader(root)
	if err != nil {
		t.Fatalf("the head is unreadable: %v", err)
	}
	for addr, ch := range last {
		acc, err := r.Account(addr)
		if err != nil || acc == nil || acc.Nonce != ch.Account.Nonce {
			t.Fatalf("account %s: %+v %v", addr, acc, err)
		}
	}
}

// failingDB fails the batch writes of trie nodes (32-byte keys).
type failingDB struct{ ethdb.Database }

func (f failingDB) NewBatch() ethdb.Batch { return &failingBatch{Batch: f.Database.NewBatch()} }

type failingBatch struct {
	ethdb.Batch
	nodes bool
}

func (b *failingBatch) Put(key, value []byte) error {
	b.nodes = b.nodes || len(key) == 32
	return b.Batch.Put(key, value)
}

func (b *failingBatch) Write() error {
	if b.nodes {
		return errors.New("disk full")
	}
	return b.Batch.Write()
}

// TestWriterFailureStopsWrites: after a failed write the writer writes
// nothing more (no root may land above nodes that did not), what was
// submitted stays readable, and commits report the failure.
func TestWriterFailureStopsWrites(t *testing.T) {
	disk := failingDB{rawdb.NewMemoryDatabase()}
	store := NewStoreWith(disk, Options{Archive: true, WriteBehind: true})
	rng := rand.New(rand.NewPCG(5, 6))
	root, err := store.Commit(types.EmptyRootHash, 0, randomWrites(rng, 0))
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Flush(); err == nil {
		t.Fatal("a failed write was not reported")
	}
	if _, err := store.Reader(root); err != nil {
		t.Fatalf("a submitted version became unreadable: %v", err)
	}
	if _, err := store.Commit(root, 1, randomWrites(rng, 1)); err == nil {
		t.Fatal("a commit after a failed write succeeded")
	}
	if err := store.Close(); err == nil {
		t.Fatal("Close hid the write failure")
	}
	if err := store.Close(); err != nil {
		t.Fatalf("a second Close: %v", err)
	}
}
