package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/metis-go/metis/chain"
	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

// TestRestartAfterCrashRebuildsRecentState builds blocks on a chain that
// keeps recent state in memory, drops the chain without closing it (a
// crash: the versions after the last checkpoint never reached the disk),
// and reopens it: the head's state is rebuilt by re-executing the stored
// blocks, with the same roots and balances.
func TestRestartAfterCrashRebuildsRecentState(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	cfg := vm.ChainConfig(vm.DefaultChainID)
	db := rawdb.NewMemoryDatabase()
	ccfg := chain.Config{
		ChainConfig: cfg,
		Genesis:     &chain.Genesis{GasLimit: 30_000_000, Alloc: types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}}},
		Executor:    serial.New(),
		State:       state.Options{Retain: 4, FlushEvery: 8},
	}
	c, err := chain.Open(db, ccfg)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSigner(cfg)
	to := common.HexToAddress("0xbeef")
	for i := range 13 {
		tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: cfg.ChainID, Nonce: uint64(i), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei * 10), Gas: 21000, To: &to, Value: big.NewInt(int64(i + 1))})
		if _, err := c.BuildBlock(context.Background(), []*types.Transaction{tx}, c.Head().Time()+1, false); err != nil {
			t.Fatal(err)
		}
	}
	head := c.Head()
	if head.NumberU64() != 13 {
		t.Fatalf("head %d", head.NumberU64())
	}
	// Crash: no Close, so block 13's state (after checkpoint 8) is not on disk.
	if state.NewStoreWith(db, state.Options{}).Has(head.Root()) {
		t.Fatal("the head's state is on disk before any flush; the test does not test recovery")
	}
	again, err := chain.Open(db, ccfg)
	if err != nil {
		t.Fatal(err)
	}
	if again.Head().Hash() != head.Hash() {
		t.Fatalf("head after restart %d, want %d", again.Head().NumberU64(), head.NumberU64())
	}
	r, err := again.StateAt(head.Root())
	if err != nil {
		t.Fatal(err)
	}
	acc, err := r.Account(to)
	if err != nil || acc == nil || acc.Balance.Uint64() != 13*14/2 {
		t.Fatalf("recipient after rebuild: %+v, %v", acc, err)
	}
	// A clean Close writes the head's state: the next open replays nothing.
	if err := again.Close(); err != nil {
		t.Fatal(err)
	}
	if !state.NewStoreWith(db, state.Options{}).Has(head.Root()) {
		t.Fatal("head state not on disk after Close")
	}
}
