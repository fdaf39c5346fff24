// Package x402test starts a GMPayer devnet for tests and reads token
// balances on it.
package x402test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/metis-go/metis/contracts/bindings"
	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/node"
)

// Env is a running devnet and a client of its chain.
type Env struct {
	T  testing.TB
	D  *devnet.Devnet
	EC *ethclient.Client
}

var erc20 = bindings.NewEIP3009Token()

// Start starts a devnet (ephemeral, on free ports) with the facilitator,
// and the BANG service when bang is set. blockTime -1 mines a block per
// transaction.
func Start(t testing.TB, blockTime time.Duration, bang bool) *Env {
	t.Helper()
	cfg := devnet.Config{
		Node:            node.Config{Ephemeral: true, HTTPAddr: "127.0.0.1:0", BlockTime: blockTime},
		FacilitatorAddr: "127.0.0.1:0",
	}
	if bang {
		cfg.BangAddr = "127.0.0.1:0"
	}
	return StartWith(t, cfg)
}

// StartWith starts a devnet with the given configuration.
func StartWith(t testing.TB, cfg devnet.Config) *Env {
	t.Helper()
	d, err := devnet.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.Close(); err != nil {
			t.Error(err)
		}
	})
	ec, err := ethclient.Dial(d.Node.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	return &Env{T: t, D: d, EC: ec}
}

// Balance returns who's balance of an ERC-20 token.
func (e *Env) Balance(token, who common.Address) *big.Int {
	e.T.Helper()
	raw, err := e.EC.CallContract(context.Background(), ethereum.CallMsg{To: &token, Data: erc20.PackBalanceOf(who)}, nil)
	if err != nil {
		e.T.Fatal(err)
	}
	v, err := erc20.UnpackBalanceOf(raw)
	if err != nil {
		e.T.Fatal(err)
	}
	return v
}

// Send runs a transaction from key (to nil creates a contract) and waits
// for it to succeed.
func (e *Env) Send(key *ecdsa.PrivateKey, to *common.Address, data []byte) *types.Receipt {
	e.T.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := e.EC.PendingNonceAt(ctx, from)
	if err != nil {
		e.T.Fatal(err)
	}
	id := e.D.Node.Chain().Config().ChainID
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, Gas: 3_000_000, GasFeeCap: big.NewInt(100e9), GasTipCap: big.NewInt(1), To: to, Data: data,
	})
	if err := e.EC.SendTransaction(ctx, tx); err != nil {
		e.T.Fatal(err)
	}
	for range 500 {
		if r, err := e.EC.TransactionReceipt(ctx, tx.Hash()); err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				e.T.Fatalf("transaction %s reverted", tx.Hash())
			}
			return r
		}
		time.Sleep(20 * time.Millisecond)
	}
	e.T.Fatalf("transaction %s not mined", tx.Hash())
	return nil
}
