package state

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestFlatRebuildWithFewVersionsRetained: a crash while the flat state is
// ahead, then different blocks, with fewer versions retained than layers
// held: the rebuild must read a version the store still holds (found in
// review: it read the evicted layer's, already dropped, and failed the
// block).
func TestFlatRebuildWithFewVersionsRetained(t *testing.T) {
	opts := Options{Retain: 8, FlushEvery: 32}
	u := newUniverse()
	disk := rawdb.NewMemoryDatabase()
	store := NewStoreWith(disk, opts)
	rng := rand.New(rand.NewPCG(1, 99))
	root := types.EmptyRootHash
	var roots []common.Hash
	for b := uint64(1); b <= 60; b++ {
		var err error
		if root, err = store.Commit(root, b, u.randomBlock(rng)); err != nil {
			t.Fatal(err)
		}
		roots = append(roots, root)
	}
	restarted := NewStoreWith(disk, opts)
	rng = rand.New(rand.NewPCG(2, 99))
	root = roots[31]
	for b := uint64(33); b <= 120; b++ {
		var err error
		if root, err = restarted.Commit(root, b, u.randomBlock(rng)); err != nil {
			t.Fatalf("block %d: %v", b, err)
		}
	}
	if r, _ := restarted.Reader(root); !readsFlat(r) {
		t.Fatalf("the head does not read the flat state: %T", r)
	}
	u.checkReads(t, restarted, root)
}

// TestFlatRebuildOnAnIdleChain: on a chain of mostly empty blocks the
// layers span more versions than are retained; a database from before the
// flat state must still get one (found in review).
func TestFlatRebuildOnAnIdleChain(t *testing.T) {
	opts := Options{Retain: 32, FlushEvery: 64}
	u := newUniverse()
	disk := rawdb.NewMemoryDatabase()
	store := NewStoreWith(disk, opts)
	rng := rand.New(rand.NewPCG(1, 99))
	root := types.EmptyRootHash
	b := uint64(1)
	for ; b <= 40; b++ {
		var err error
		if root, err = store.Commit(root, b, u.randomBlock(rng)); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	dropFlatState(t, disk) // a database from before the flat state
	old := NewStoreWith(disk, opts)
	for ; b <= 400; b++ {
		ws := WriteSet{}
		if b%5 == 0 {
			ws = u.randomBlock(rng)
		}
		var err error
		if root, err = old.Commit(root, b, ws); err != nil {
			t.Fatalf("block %d: %v", b, err)
		}
	}
	u.checkReads(t, old, root)
}

// TestFlatReaderOfAHeldVersionOutlivesTheFlatState: a reader of the head
// keeps answering after the flat state moved on, also when the flat
// state's old version is no longer held (found in review: it fell back to
// that version's trie, not its own).
func TestFlatReaderOfAHeldVersionOutlivesTheFlatState(t *testing.T) {
	for _, opts := range []Options{{Retain: 8, FlushEvery: 1000}, {Retain: 128, FlushEvery: 1000}} {
		u := newUniverse()
		store := NewStoreWith(rawdb.NewMemoryDatabase(), opts)
		rng := rand.New(rand.NewPCG(1, 99))
		root := types.EmptyRootHash
		b := uint64(1)
		commit := func(ws WriteSet) {
			var err error
			if root, err = store.Commit(root, b, ws); err != nil {
				t.Fatalf("block %d: %v", b, err)
			}
			b++
		}
		idle := opts.Retain == 128
		for i := 0; i < 300; i++ {
			ws := WriteSet{}
			if !idle || i%10 == 0 {
				for len(ws) == 0 {
					ws = u.randomBlock(rng)
				}
			}
			commit(ws)
		}
		head := root
		r, err := store.Reader(head)
		if err != nil {
			t.Fatal(err)
		}
		if !readsFlat(r) {
			t.Fatalf("%T", r)
		}
		n := 2
		if idle {
			n = 11
		}
		for i := 0; i < n; i++ {
			ws := WriteSet{}
			if !idle || i%10 == 0 {
				for len(ws) == 0 {
					ws = u.randomBlock(rng)
				}
			}
			commit(ws)
		}
		if !store.Has(head) {
			t.Fatal("head no longer retained")
		}
		for _, a := range append(u.addrs, common.HexToAddress("0x1234")) {
			if _, err := r.Account(a); err != nil {
				t.Errorf("%+v: reader of retained version %s: %v", opts, head, err)
				break
			}
		}
	}
}
