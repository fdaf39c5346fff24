package state

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// TestLayersReadLikeTheTrie commits random blocks (updates, deletions,
// storage wipes and re-creations, unchanged blocks) and checks that every
// recent version, read through the in-memory layers and the flat state on
// disk, answers exactly what the trie answers for every account, slot and
// code; for an archive and for a store that keeps the last versions, with
// checkpoints.
func TestLayersReadLikeTheTrie(t *testing.T) {
	// A memory limit of a few blocks' nodes makes the store write old
	// versions out and trim the newest every few blocks.
	for _, opts := range []Options{{Archive: true}, {Archive: true, WriteBehind: true}, {Retain: 24, FlushEvery: 8},
		{Retain: 24, FlushEvery: 8, MemoryLimit: 8_000}, {Archive: true, WriteBehind: true, MemoryLimit: 8_000}} {
		rng := rand.New(rand.NewPCG(7, 8))
		store := NewStoreWith(rawdb.NewMemoryDatabase(), opts)
		u := newUniverse()
		root := types.EmptyRootHash
		var roots []common.Hash
		for block := uint64(1); block <= 60; block++ {
			var err error
			if root, err = store.Commit(root, block, u.randomBlock(rng)); err != nil {
				t.Fatal(err)
			}
			roots = append(roots, root)
			for _, r := range roots[max(0, len(roots)-DefaultMemoryVersions-2):] {
				u.checkReads(t, store, r)
			}
		}
		// The newest version reads the flat state for what its layers
		// did not change.
		if r, _ := store.Reader(root); !readsFlat(r) {
			t.Fatalf("%+v: the newest version does not read the flat state: %T", opts, r)
		}
		if err := store.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// readsFlat reports whether r reads the flat state on disk.
func readsFlat(r Reader) bool {
	if l, ok := r.(*layerReader); ok {
		r = l.base
	}
	_, ok := r.(*flatReader)
	return ok
}

// universe is the accounts and slots random blocks write.
type universe struct {
	addrs []common.Address
	slots []common.Hash
}

func newUniverse() *universe {
	u := &universe{slots: []common.Hash{common.HexToHash("0x1"), common.HexToHash("0x2"), common.HexToHash("0x3")}}
	for i := range 12 {
		u.addrs = append(u.addrs, common.BigToAddress(uint256.NewInt(uint64(500+i)).ToBig()))
	}
	return u
}

// randomBlock updates, deletes, wipes and re-creates a few accounts; some
// blocks change nothing.
func (u *universe) randomBlock(rng *rand.Rand) WriteSet {
	ws := WriteSet{}
	if rng.IntN(8) == 0 {
		return ws
	}
	for range 1 + rng.IntN(5) {
		addr := u.addrs[rng.IntN(len(u.addrs))]
		ch := &AccountChange{Account: &Account{Nonce: rng.Uint64N(9), Balance: uint256.NewInt(rng.Uint64N(1000)), CodeHash: types.EmptyCodeHash}}
		switch rng.IntN(5) {
		case 0:
			ch = &AccountChange{Destructed: true}
		case 1:
			ch.Destructed = true
			fallthrough
		case 2:
			code := []byte{0x60, byte(rng.IntN(256))}
			ch.Code, ch.Account.CodeHash = code, crypto.Keccak256Hash(code)
			ch.Storage = map[common.Hash]common.Hash{}
			for _, s := range u.slots {
				if rng.IntN(2) == 0 {
					v := common.Hash{}
					if rng.IntN(3) > 0 {
						v = common.BigToHash(uint256.NewInt(1 + rng.Uint64N(99)).ToBig())
					}
					ch.Storage[s] = v
				}
			}
		}
		ws[addr] = ch
	}
	return ws
}

// checkReads compares what store.Reader and the trie answer at version r.
func (u *universe) checkReads(t *testing.T, store *Store, r common.Hash) {
	t.Helper()
	layered, err := store.Reader(r)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := store.trieReader(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, addr := range u.addrs {
		a, err1 := layered.Account(addr)
		b, err2 := plain.Account(addr)
		if err1 != nil || err2 != nil || (a == nil) != (b == nil) || a != nil && (a.Nonce != b.Nonce || a.Balance.Cmp(b.Balance) != 0 || a.CodeHash != b.CodeHash) {
			t.Fatalf("version %s, %s: %T %+v (%v), trie %+v (%v)", r, addr, layered, a, err1, b, err2)
		}
		for _, s := range u.slots {
			x, err1 := layered.Storage(addr, s)
			y, err2 := plain.Storage(addr, s)
			if x != y || err1 != nil || err2 != nil {
				t.Fatalf("version %s, %s slot %s: %T %s (%v), trie %s (%v)", r, addr, s, layered, x, err1, y, err2)
			}
		}
		if a != nil && a.CodeHash != types.EmptyCodeHash {
			c1, err1 := layered.Code(addr, a.CodeHash)
			c2, err2 := plain.Code(addr, a.CodeHash)
			if err1 != nil || err2 != nil || string(c1) != string(c2) {
				t.Fatalf("code of %s differs", addr)
			}
		}
	}
	if f, ok := layered.(Forker); ok {
		if _, err := f.Fork(); err != nil {
			t.Fatal(err)
		}
	}
}
