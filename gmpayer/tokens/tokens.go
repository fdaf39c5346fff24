// Package tokens describes GMPayer's payment tokens on a dev chain (a
// USDC-style stablecoin and xMETIS, both EIP-3009, and the BANG
// proof-of-concept token), their creation code for a genesis allocation, and
// deploys them on running chains.
package tokens

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/metis-go/metis/chain/predeploy"
	"github.com/metis-go/metis/contracts"
)

// Token is an ERC-20 with the EIP-712 domain it signs authorizations under.
type Token struct {
	Symbol   string
	Address  common.Address
	Decimals uint8
	// Name and Version are the EIP-712 domain name and version (x402's
	// extra.name and extra.version); empty for tokens without EIP-3009.
	Name, Version string
}

// Set is the tokens of one chain, and the BatchSettler contract that
// settles many EIP-3009 payments in one transaction.
type Set struct {
	USDC         Token
	XMetis       Token
	Bang         Token
	BatchSettler common.Address
}

// Tokens returns the three tokens, stablecoin first.
func (s Set) Tokens() []Token { return []Token{s.USDC, s.XMetis, s.Bang} }

// DevConfig says who holds what at genesis.
type DevConfig struct {
	Admin        common.Address   // holds the admin and minter roles of every token
	Holders      []common.Address // each gets HolderUSDC and HolderXMetis
	HolderUSDC   *big.Int         // atomic units (6 decimals); default 1,000,000 USDC
	HolderXMetis *big.Int         // atomic units (18 decimals); default 1,000,000 xMETIS
	BangCap      *big.Int         // BANG mint cap in atomic units; default 250,000,000 BANG
}

// DefaultBangCap is the per-chain BANG mint cap: 250,000,000 BANG.
var DefaultBangCap = new(big.Int).Mul(big.NewInt(250_000_000), big.NewInt(params.Ether))

// Artifacts returns the creation code, with constructor arguments, of the
// three tokens and the BatchSettler, in Set order, for deploying them on any
// chain.
func Artifacts(dc DevConfig) ([]predeploy.Contract, error) {
	usdcEach := dc.HolderUSDC
	if usdcEach == nil {
		usdcEach = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1_000_000))
	}
	xmetisEach := dc.HolderXMetis
	if xmetisEach == nil {
		xmetisEach = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	}
	bangCap := dc.BangCap
	if bangCap == nil {
		bangCap = DefaultBangCap
	}
	holders := dc.Holders
	if holders == nil {
		holders = []common.Address{}
	}
	var list []predeploy.Contract
	for _, d := range []struct {
		artifact string
		args     []any
	}{
		{"USDCoin", []any{dc.Admin, holders, usdcEach}},
		{"XMetis", []any{dc.Admin, holders, xmetisEach}},
		{"Bang", []any{dc.Admin, bangCap}},
		{"BatchSettler", nil},
	} {
		a, err := contracts.Load(d.artifact)
		if err != nil {
			return nil, err
		}
		code, err := a.DeployData(d.args...)
		if err != nil {
			return nil, err
		}
		list = append(list, predeploy.Contract{Name: d.artifact, InitCode: code})
	}
	return list, nil
}

// At returns the Set of contracts deployed at the given addresses (Set
// order).
func At(usdc, xmetis, bang, batchSettler common.Address) Set {
	return Set{
		BatchSettler: batchSettler,
		USDC:         Token{Symbol: "USDC", Address: usdc, Decimals: 6, Name: "USD Coin", Version: "2"},
		XMetis:       Token{Symbol: "xMETIS", Address: xmetis, Decimals: 18, Name: "xMETIS", Version: "1"},
		Bang:         Token{Symbol: "BANG", Address: bang, Decimals: 18},
	}
}

// Dev returns the addresses a dev genesis places the tokens at (the first
// four predeploys; the same on every dev chain).
func Dev() Set {
	return At(predeploy.Address(0), predeploy.Address(1), predeploy.Address(2), predeploy.Address(3))
}

// Deploy deploys the tokens on a running chain with transactions from key,
// waiting for each, and returns where they landed. It is how a chain that
// did not start from a dev genesis (anvil, a testnet) gets the same tokens.
func Deploy(ctx context.Context, ec *ethclient.Client, key *ecdsa.PrivateKey, dc DevConfig) (Set, error) {
	list, err := Artifacts(dc)
	if err != nil {
		return Set{}, err
	}
	id, err := ec.ChainID(ctx)
	if err != nil {
		return Set{}, fmt.Errorf("tokens: chain id: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		return Set{}, fmt.Errorf("tokens: nonce: %w", err)
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return Set{}, fmt.Errorf("tokens: head: %w", err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei))
	signer := types.LatestSignerForChainID(id)
	addrs := make([]common.Address, len(list))
	var txs []*types.Transaction
	for i, c := range list {
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: id, Nonce: nonce + uint64(i), GasTipCap: big.NewInt(params.GWei), GasFeeCap: feeCap, Gas: 5_000_000, Data: c.InitCode})
		if err != nil {
			return Set{}, err
		}
		if err := ec.SendTransaction(ctx, tx); err != nil {
			return Set{}, fmt.Errorf("tokens: deploy %s: %w", c.Name, err)
		}
		txs = append(txs, tx)
		addrs[i] = crypto.CreateAddress(from, nonce+uint64(i))
	}
	for i, tx := range txs {
		for {
			r, err := ec.TransactionReceipt(ctx, tx.Hash())
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					return Set{}, fmt.Errorf("tokens: deploy %s reverted", list[i].Name)
				}
				break
			}
			select {
			case <-ctx.Done():
				return Set{}, fmt.Errorf("tokens: deploy %s: %w", list[i].Name, ctx.Err())
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
	return At(addrs[0], addrs[1], addrs[2], addrs[3]), nil
}
