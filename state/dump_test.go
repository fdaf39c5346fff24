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

// TestDumpReimportsToSameRoot writes random blocks (accounts, code,
// storage, deletions), dumps every version, and checks that committing the
// dump as a genesis allocation into an empty store gives the same root.
func TestDumpReimportsToSameRoot(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	store := NewStore(rawdb.NewMemoryDatabase())
	root := types.EmptyRootHash
	addrs := make([]common.Address, 30)
	for i := range addrs {
		addrs[i] = common.BigToAddress(uint256.NewInt(uint64(1000 + i)).ToBig())
	}
	for block := uint64(1); block <= 8; block++ {
		ws := WriteSet{}
		for range 12 {
			addr := addrs[rng.IntN(len(addrs))]
			ch := &AccountChange{Account: &Account{Nonce: rng.Uint64N(5), Balance: uint256.NewInt(rng.Uint64N(1e9)), CodeHash: types.EmptyCodeHash}}
			switch rng.IntN(4) {
			case 0:
				ch = &AccountChange{Destructed: true}
			case 1:
				code := []byte{0x60, byte(rng.IntN(256))}
				ch.Code, ch.Account.CodeHash = code, crypto.Keccak256Hash(code)
				fallthrough
			case 2:
				ch.Storage = map[common.Hash]common.Hash{}
				for range 1 + rng.IntN(5) {
					v := common.Hash{}
					if rng.IntN(4) > 0 {
						v = common.BigToHash(uint256.NewInt(rng.Uint64()).ToBig())
					}
					ch.Storage[common.BigToHash(uint256.NewInt(rng.Uint64N(8)).ToBig())] = v
				}
			}
			ws[addr] = ch
		}
		var err error
		if root, err = store.Commit(root, block, ws); err != nil {
			t.Fatal(err)
		}
		alloc := types.GenesisAlloc{}
		if err := store.Dump(root, func(d *DumpedAccount) error {
			alloc[d.Address] = d.Alloc()
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		ws2, err := FromAlloc(alloc)
		if err != nil {
			t.Fatal(err)
		}
		again, err := NewStore(rawdb.NewMemoryDatabase()).Commit(types.EmptyRootHash, 0, ws2)
		if err != nil {
			t.Fatal(err)
		}
		if again != root {
			t.Fatalf("block %d: dump of %s (%d accounts) re-imports to %s", block, root, len(alloc), again)
		}
	}
}
