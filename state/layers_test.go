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
// version, read through the in-memory layers, answers exactly what the
// trie answers for every account, slot and code.
func TestLayersReadLikeTheTrie(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	store := NewStore(rawdb.NewMemoryDatabase())
	addrs := make([]common.Address, 12)
	for i := range addrs {
		addrs[i] = common.BigToAddress(uint256.NewInt(uint64(500 + i)).ToBig())
	}
	slots := []common.Hash{common.HexToHash("0x1"), common.HexToHash("0x2"), common.HexToHash("0x3")}
	root := types.EmptyRootHash
	var roots []common.Hash
	for block := uint64(1); block <= 40; block++ {
		ws := WriteSet{}
		if rng.IntN(8) > 0 { // some blocks change nothing
			for range 1 + rng.IntN(5) {
				addr := addrs[rng.IntN(len(addrs))]
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
					for _, s := range slots {
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
		}
		var err error
		if root, err = store.Commit(root, block, ws); err != nil {
			t.Fatal(err)
		}
		roots = append(roots, root)
		for _, r := range roots[max(0, len(roots)-DefaultMemoryVersions-2):] {
			layered, err := store.Reader(r)
			if err != nil {
				t.Fatal(err)
			}
			plain, err := store.trieReader(r)
			if err != nil {
				t.Fatal(err)
			}
			for _, addr := range addrs {
				a, err1 := layered.Account(addr)
				b, err2 := plain.Account(addr)
				if err1 != nil || err2 != nil || (a == nil) != (b == nil) || a != nil && (a.Nonce != b.Nonce || a.Balance.Cmp(b.Balance) != 0 || a.CodeHash != b.CodeHash) {
					t.Fatalf("block %d, version %s, %s: layers %+v (%v), trie %+v (%v)", block, r, addr, a, err1, b, err2)
				}
				for _, s := range slots {
					x, _ := layered.Storage(addr, s)
					y, _ := plain.Storage(addr, s)
					if x != y {
						t.Fatalf("block %d, version %s, %s slot %s: layers %s, trie %s", block, r, addr, s, x, y)
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
	}
}
