package rpc

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/metis-go/metis/chain"
	"github.com/metis-go/metis/chain/txpool"
	"github.com/metis-go/metis/state"
)

// Config configures the API.
type Config struct {
	// Chain and Pool are the node's chain and transaction pool; required.
	Chain *chain.Chain
	Pool  *txpool.Pool
	// Accounts are unlocked keys for eth_accounts, eth_sendTransaction and
	// eth_sign (the dev accounts).
	Accounts []Account
	// GasCap bounds the gas of eth_call and eth_estimateGas; default 50M or
	// the block gas limit if larger.
	GasCap uint64
	// ClientVersion is returned by web3_clientVersion.
	ClientVersion string
	// Logger defaults to a discarding logger.
	Logger *slog.Logger
	// Registerer receives the HTTP request metrics; nil registers nothing.
	Registerer prometheus.Registerer
}

// Account is an unlocked account.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// backend resolves blocks and state for all services.
type backend struct {
	cfg   Config
	chain *chain.Chain
	pool  *txpool.Pool
	log   *slog.Logger
}

func newBackend(cfg Config) (*backend, error) {
	if cfg.Chain == nil || cfg.Pool == nil {
		return nil, fmt.Errorf("rpc: Chain and Pool are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.ClientVersion == "" {
		cfg.ClientVersion = "metis"
	}
	return &backend{cfg: cfg, chain: cfg.Chain, pool: cfg.Pool, log: cfg.Logger}, nil
}

func (b *backend) gasCap() uint64 {
	limit := b.chain.Head().GasLimit()
	if b.cfg.GasCap != 0 {
		return b.cfg.GasCap
	}
	return max(50_000_000, limit)
}

// headerByNumber resolves a block number or tag. Every block of a
// single-node chain is final, so safe and finalized are the head; there is
// no separate pending block, so pending is the head too.
func (b *backend) headerByNumber(n gethrpc.BlockNumber) (*types.Header, error) {
	switch n {
	case gethrpc.LatestBlockNumber, gethrpc.PendingBlockNumber, gethrpc.SafeBlockNumber, gethrpc.FinalizedBlockNumber:
		return b.chain.Head().Header(), nil
	case gethrpc.EarliestBlockNumber:
		return b.chain.HeaderByNumber(0), nil
	}
	if n < 0 {
		return nil, invalidParams("invalid block number %d", n)
	}
	if h := b.chain.HeaderByNumber(uint64(n)); h != nil {
		return h, nil
	}
	return nil, nil
}

func (b *backend) blockByNumber(n gethrpc.BlockNumber) (*types.Block, error) {
	h, err := b.headerByNumber(n)
	if err != nil || h == nil {
		return nil, err
	}
	return b.chain.BlockByHash(h.Hash()), nil
}

// headerByNumberOrHash resolves EIP-1898 block parameters. A missing block
// is an error here: callers want state at it.
func (b *backend) headerByNumberOrHash(bnh gethrpc.BlockNumberOrHash) (*types.Header, error) {
	if hash, ok := bnh.Hash(); ok {
		h := b.chain.HeaderByHash(hash)
		if h == nil {
			return nil, fmt.Errorf("header for hash %s not found", hash)
		}
		if bnh.RequireCanonical && b.chain.HeaderByNumber(h.Number.Uint64()).Hash() != hash {
			return nil, fmt.Errorf("hash %s is not currently canonical", hash)
		}
		return h, nil
	}
	n, ok := bnh.Number()
	if !ok {
		return nil, invalidParams("invalid block number or hash")
	}
	h, err := b.headerByNumber(n)
	if err != nil {
		return nil, err
	}
	if h == nil {
		return nil, errBlockNotFound
	}
	return h, nil
}

// stateAt returns the state after the given block, and its header.
func (b *backend) stateAt(bnh gethrpc.BlockNumberOrHash) (state.Reader, *types.Header, error) {
	h, err := b.headerByNumberOrHash(bnh)
	if err != nil {
		return nil, nil, err
	}
	r, err := b.chain.StateAt(h.Root)
	if errors.Is(err, state.ErrMissingState) {
		return nil, nil, fmt.Errorf("historical state of block %d (root %s) is not available: this node keeps the recent blocks' state only (start it with --archive to keep all)", h.Number, h.Root)
	}
	if err != nil {
		return nil, nil, err
	}
	return r, h, nil
}

func (b *backend) account(addr common.Address) *Account {
	for i := range b.cfg.Accounts {
		if b.cfg.Accounts[i].Address == addr {
			return &b.cfg.Accounts[i]
		}
	}
	return nil
}

func (b *backend) signer() types.Signer { return types.LatestSigner(b.chain.Config()) }

func (b *backend) chainID() *big.Int { return b.chain.Config().ChainID }

func latest() gethrpc.BlockNumberOrHash {
	return gethrpc.BlockNumberOrHashWithNumber(gethrpc.LatestBlockNumber)
}
