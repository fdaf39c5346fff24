package state

import (
	"fmt"
	"maps"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// FromAlloc returns the write set that creates the accounts of a genesis
// allocation (go-ethereum's genesis "alloc" format) on an empty state.
func FromAlloc(alloc types.GenesisAlloc) (WriteSet, error) {
	ws := make(WriteSet, len(alloc))
	for addr, acc := range alloc {
		bal := new(uint256.Int)
		if acc.Balance != nil && (acc.Balance.Sign() < 0 || bal.SetFromBig(acc.Balance)) {
			return nil, fmt.Errorf("state: balance of %s out of range", addr)
		}
		ch := &AccountChange{Account: &Account{Nonce: acc.Nonce, Balance: bal, CodeHash: types.EmptyCodeHash}}
		if len(acc.Code) > 0 {
			ch.Code = common.CopyBytes(acc.Code)
			ch.Account.CodeHash = crypto.Keccak256Hash(acc.Code)
		}
		if len(acc.Storage) > 0 {
			ch.Storage = maps.Clone(acc.Storage)
		}
		ws[addr] = ch
	}
	return ws, nil
}
