// Package predeploy places contracts in a genesis allocation by running their
// constructors in the EVM before the chain starts, so a chain begins with
// them deployed: their code, their storage as the constructor left it, and
// nonce 1, at the address a CREATE by the deployer would have given them.
//
// Constructors run over an empty world; they may write only their own
// storage (balances minted to holders live in the token's storage, so that
// is fine) and must not send ether.
package predeploy

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/exec/overlay"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

// Deployer is the account whose CREATEs the predeploys are; no key is known
// for it and it is not part of the allocation.
var Deployer = common.HexToAddress("0x000000000000000000000000000000006d657469") // "meti"

// constructorGas bounds each constructor.
const constructorGas = 100_000_000

// Contract is one contract to deploy.
type Contract struct {
	Name     string // for errors and listings
	InitCode []byte // creation code with its ABI-encoded constructor arguments
}

// Address returns where the i-th contract of a Deploy call is placed.
func Address(i int) common.Address {
	return crypto.CreateAddress(Deployer, uint64(i))
}

// Deploy runs the constructors in order and returns the allocation of the
// deployed contracts and their addresses (in the order given).
func Deploy(cfg *params.ChainConfig, contracts []Contract) (types.GenesisAlloc, []common.Address, error) {
	st := overlay.New(emptyWorld{})
	header := &types.Header{Number: new(big.Int), GasLimit: constructorGas, BaseFee: new(big.Int), Difficulty: new(big.Int)}
	evm := vm.NewEVM(cfg, header, func(uint64) common.Hash { return common.Hash{} }, st, gethvm.Config{})
	rules := vm.Rules(cfg, header)
	addrs := make([]common.Address, len(contracts))
	for i, c := range contracts {
		st.Prepare(rules, Deployer, header.Coinbase, nil, nil, nil)
		_, addr, _, err := evm.Create(Deployer, c.InitCode, gethvm.NewGasBudget(constructorGas, 0), new(uint256.Int))
		if err != nil {
			return nil, nil, fmt.Errorf("predeploy: constructor of %s: %w", c.Name, err)
		}
		if want := Address(i); addr != want {
			return nil, nil, fmt.Errorf("predeploy: %s landed at %s, not %s", c.Name, addr, want)
		}
		st.Finalise(rules)
		addrs[i] = addr
	}
	if err := st.Err(); err != nil {
		return nil, nil, fmt.Errorf("predeploy: %w", err)
	}
	alloc := make(types.GenesisAlloc, len(contracts))
	var bad error
	st.Changes(func(addr common.Address, ch *overlay.Change) {
		if addr == Deployer {
			return
		}
		if !slices.Contains(addrs, addr) || !ch.Live {
			bad = fmt.Errorf("predeploy: a constructor changed account %s, which is not a predeploy", addr)
			return
		}
		storage := make(map[common.Hash]common.Hash, len(ch.Storage))
		for k, v := range ch.Storage {
			if v != (common.Hash{}) {
				storage[k] = v
			}
		}
		alloc[addr] = types.Account{
			Code:    slices.Clone(ch.Code),
			Storage: storage,
			Balance: ch.Account.Balance.ToBig(),
			Nonce:   ch.Account.Nonce,
		}
	})
	if bad != nil {
		return nil, nil, bad
	}
	return alloc, addrs, nil
}

// emptyWorld is the state before genesis: no accounts.
type emptyWorld struct{}

func (emptyWorld) Account(common.Address) (*state.Account, error) { return nil, nil }
func (emptyWorld) Storage(common.Address, common.Hash) (common.Hash, error) {
	return common.Hash{}, nil
}
func (emptyWorld) Code(common.Address, common.Hash) ([]byte, error) { return nil, nil }
