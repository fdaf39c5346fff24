package vm

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// DefaultChainID is the chain id of `metis dev`: 31337, the id local
// development tools (Hardhat, anvil, wallets' "localhost" presets) expect.
const DefaultChainID = 31337

// ChainConfig returns the rules of a Hyperion chain with the given id:
// every Ethereum fork up to and including Prague is active from genesis.
func ChainConfig(chainID uint64) *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID:                 new(big.Int).SetUint64(chainID),
		HomesteadBlock:          common.Big0,
		EIP150Block:             common.Big0,
		EIP155Block:             common.Big0,
		EIP158Block:             common.Big0,
		ByzantiumBlock:          common.Big0,
		ConstantinopleBlock:     common.Big0,
		PetersburgBlock:         common.Big0,
		IstanbulBlock:           common.Big0,
		MuirGlacierBlock:        common.Big0,
		BerlinBlock:             common.Big0,
		LondonBlock:             common.Big0,
		ArrowGlacierBlock:       common.Big0,
		GrayGlacierBlock:        common.Big0,
		MergeNetsplitBlock:      common.Big0,
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		PragueTime:              &zero,
		TerminalTotalDifficulty: common.Big0,
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}

// Signer returns the signer that accepts every transaction type of the chain.
func Signer(cfg *params.ChainConfig) types.Signer {
	return types.LatestSigner(cfg)
}

// BaseFee returns the EIP-1559 base fee of the child of parent.
func BaseFee(cfg *params.ChainConfig, parent *types.Header) *big.Int {
	return eip1559.CalcBaseFee(cfg, parent)
}

// BlockContext returns the EVM block context for header. getHash resolves
// BLOCKHASH for the 256 blocks before header.
func BlockContext(cfg *params.ChainConfig, header *types.Header, getHash gethvm.GetHashFunc) gethvm.BlockContext {
	random := header.MixDigest
	ctx := gethvm.BlockContext{
		CanTransfer: core.CanTransfer,
		Transfer:    core.Transfer,
		GetHash:     getHash,
		Coinbase:    header.Coinbase,
		GasLimit:    header.GasLimit,
		BlockNumber: new(big.Int).Set(header.Number),
		Time:        header.Time,
		Difficulty:  new(big.Int),
		BaseFee:     new(big.Int),
		BlobBaseFee: new(big.Int),
		Random:      &random,
	}
	if header.BaseFee != nil {
		ctx.BaseFee.Set(header.BaseFee)
	}
	if header.ExcessBlobGas != nil {
		ctx.BlobBaseFee = eip4844.CalcBlobFee(cfg, header)
	}
	return ctx
}

// NewEVM returns an EVM for one block over statedb.
func NewEVM(cfg *params.ChainConfig, header *types.Header, getHash gethvm.GetHashFunc, statedb gethvm.StateDB, vmCfg gethvm.Config) *gethvm.EVM {
	return gethvm.NewEVM(BlockContext(cfg, header, getHash), statedb, cfg, vmCfg)
}

// Rules returns the fork rules active at header.
func Rules(cfg *params.ChainConfig, header *types.Header) params.Rules {
	return cfg.Rules(header.Number, true, header.Time)
}
