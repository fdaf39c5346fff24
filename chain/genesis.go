package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/metis-go/metis/state"
)

// Genesis describes the first block of a chain.
type Genesis struct {
	Alloc     types.GenesisAlloc // initial accounts, in go-ethereum's genesis format
	GasLimit  uint64             // block gas limit; must be non-zero
	BaseFee   *big.Int           // base fee of the genesis block; default params.InitialBaseFee
	Timestamp uint64
	ExtraData []byte
	Coinbase  common.Address
}

// WriteSet returns the state of the genesis alloc as a write set.
func (g *Genesis) WriteSet() (state.WriteSet, error) {
	ws, err := state.FromAlloc(g.Alloc)
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	return ws, nil
}

// header returns the genesis header for the given state root.
func (g *Genesis) header(root common.Hash) *types.Header {
	baseFee := g.BaseFee
	if baseFee == nil {
		baseFee = big.NewInt(params.InitialBaseFee)
	}
	zero := uint64(0)
	return &types.Header{
		ParentHash:       common.Hash{},
		UncleHash:        types.EmptyUncleHash,
		Coinbase:         g.Coinbase,
		Root:             root,
		Difficulty:       new(big.Int),
		Number:           new(big.Int),
		GasLimit:         g.GasLimit,
		Time:             g.Timestamp,
		Extra:            common.CopyBytes(g.ExtraData),
		BaseFee:          new(big.Int).Set(baseFee),
		WithdrawalsHash:  &types.EmptyWithdrawalsHash,
		BlobGasUsed:      &zero,
		ExcessBlobGas:    &zero,
		ParentBeaconRoot: &common.Hash{},
		RequestsHash:     &types.EmptyRequestsHash,
	}
}

// block commits the genesis state into store and returns the genesis block.
func (g *Genesis) block(store *state.Store) (*types.Block, error) {
	if g.GasLimit == 0 {
		return nil, fmt.Errorf("genesis: gas limit must be non-zero")
	}
	ws, err := g.WriteSet()
	if err != nil {
		return nil, err
	}
	root, err := store.Commit(types.EmptyRootHash, 0, ws)
	if err != nil {
		return nil, fmt.Errorf("genesis: commit state: %w", err)
	}
	body := &types.Body{Withdrawals: []*types.Withdrawal{}}
	return types.NewBlock(g.header(root), body, nil, trie.NewStackTrie(nil)), nil
}
