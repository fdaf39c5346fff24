package state

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
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
