package state

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	gstate "github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// TestCommitMatchesGethAndKeepsVersions applies write sets that create,
// update, destroy and re-create accounts, and checks every root against
// go-ethereum's core/state doing the same, and that old versions stay
// readable.
func TestCommitMatchesGethAndKeepsVersions(t *testing.T) {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	code := []byte{0x60, 0x00}
	slot1, slot2 := common.HexToHash("0x1"), common.HexToHash("0x2")
	acct := func(nonce, bal uint64, codeHash common.Hash) *Account {
		return &Account{Nonce: nonce, Balance: uint256.NewInt(bal), CodeHash: codeHash}
	}
	blocks := []WriteSet{
		{a: {Account: acct(1, 100, types.EmptyCodeHash)}, b: {Account: acct(0, 0, crypto.Keccak256Hash(code)), Code: code, Storage: map[common.Hash]common.Hash{slot1: common.HexToHash("0x11"), slot2: common.HexToHash("0x22")}}},
		{b: {Account: acct(0, 5, crypto.Keccak256Hash(code)), Storage: map[common.Hash]common.Hash{slot1: {}}}},
		{b: {Destructed: true}},
		{b: {Destructed: true, Account: acct(1, 7, types.EmptyCodeHash), Storage: map[common.Hash]common.Hash{slot2: common.HexToHash("0x33")}}},
	}
	store := NewStore(rawdb.NewMemoryDatabase())
	gdb := gstate.NewDatabaseForTesting()
	root, groot := types.EmptyRootHash, types.EmptyRootHash
	var roots []common.Hash
	for i, ws := range blocks {
		predicted, err := store.Root(root, ws)
		if err != nil {
			t.Fatal(err)
		}
		if root, err = store.Commit(root, uint64(i), ws); err != nil {
			t.Fatal(err)
		}
		if predicted != root {
			t.Fatalf("block %d: Root %s, Commit %s", i, predicted, root)
		}
		roots = append(roots, root)
		g, _ := gstate.New(groot, gdb)
		for _, addr := range ws.Addresses() {
			ch := ws[addr]
			if ch.Destructed {
				g.SelfDestruct(addr)
				g.Finalise(params.Rules{})
			}
			if ch.Account == nil {
				continue
			}
			if !g.Exist(addr) {
				g.CreateAccount(addr)
			}
			g.SetNonce(addr, ch.Account.Nonce, tracing.NonceChangeUnspecified)
			g.SetBalance(addr, ch.Account.Balance, tracing.BalanceChangeUnspecified)
			if ch.Code != nil {
				g.SetCode(addr, ch.Code, tracing.CodeChangeUnspecified)
			}
			for k, v := range ch.Storage {
				g.SetState(addr, k, v)
			}
		}
		if groot, err = g.Commit(params.Rules{}, uint64(i)); err != nil {
			t.Fatal(err)
		}
		if root != groot {
			t.Fatalf("block %d: root %s, geth %s", i, root, groot)
		}
	}
	// Version 0 still reads as it was; the re-created b has only slot 2.
	r0, err := store.Reader(roots[0])
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := r0.Storage(b, slot1); v != common.HexToHash("0x11") {
		t.Fatalf("slot 1 at version 0 = %s", v)
	}
	if c, _ := r0.Code(b, crypto.Keccak256Hash(code)); string(c) != string(code) {
		t.Fatalf("code at version 0 = %x", c)
	}
	r2, _ := store.Reader(roots[2])
	if acc, _ := r2.Account(b); acc != nil {
		t.Fatalf("destroyed account reads %+v", acc)
	}
	r3, _ := store.Reader(roots[3])
	if v, _ := r3.Storage(b, slot1); v != (common.Hash{}) {
		t.Fatalf("re-created account kept old slot 1 = %s", v)
	}
	if v, _ := r3.Storage(b, slot2); v != common.HexToHash("0x33") {
		t.Fatalf("re-created slot 2 = %s", v)
	}
	if _, err := store.Reader(common.HexToHash("0xdead")); err == nil {
		t.Fatal("reader at an unknown root")
	}
}
