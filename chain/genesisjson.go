package chain

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/params"
)

// ParseGenesis reads a genesis in go-ethereum's JSON format (the file `geth
// init` takes; `metis state export` writes one). It returns the genesis and
// the chain id of its config. The fork schedule in the file is not used:
// Hyperion's rules (vm.ChainConfig) apply.
func ParseGenesis(raw []byte) (*Genesis, uint64, error) {
	var g core.Genesis
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, 0, fmt.Errorf("chain: genesis JSON: %w", err)
	}
	if g.Config == nil || g.Config.ChainID == nil || g.Config.ChainID.Sign() <= 0 || !g.Config.ChainID.IsUint64() {
		return nil, 0, errors.New("chain: genesis JSON lacks config.chainId")
	}
	out := &Genesis{Alloc: g.Alloc, GasLimit: g.GasLimit, BaseFee: g.BaseFee, Timestamp: g.Timestamp, ExtraData: g.ExtraData, Coinbase: g.Coinbase}
	if _, err := out.WriteSet(); err != nil {
		return nil, 0, err
	}
	return out, g.Config.ChainID.Uint64(), nil
}

// MarshalGenesis writes g in go-ethereum's genesis JSON format, with a
// config that names only the chain id.
func MarshalGenesis(g *Genesis, chainID uint64) ([]byte, error) {
	out := core.Genesis{
		Config:     &params.ChainConfig{ChainID: new(big.Int).SetUint64(chainID)},
		Alloc:      g.Alloc,
		GasLimit:   g.GasLimit,
		BaseFee:    g.BaseFee,
		Timestamp:  g.Timestamp,
		ExtraData:  g.ExtraData,
		Coinbase:   g.Coinbase,
		Difficulty: new(big.Int),
	}
	return json.MarshalIndent(&out, "", "  ")
}
