package rpc

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gstate "github.com/ethereum/go-ethereum/core/state"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/metis-go/metis/state"
)

// maxDumpAccounts bounds a debug_dumpBlock answer.
const maxDumpAccounts = 100_000

// DumpBlock returns the whole state at a block in go-ethereum's dump format
// (debug_dumpBlock): every account with its balance, nonce, code and
// storage. It is how `metis state export` reads a chain's state.
func (api *DebugAPI) DumpBlock(n gethrpc.BlockNumber) (*gstate.Dump, error) {
	h, err := api.b.headerByNumber(n)
	if err != nil {
		return nil, err
	}
	dump := &gstate.Dump{Root: fmt.Sprintf("%x", h.Root[:]), Accounts: map[string]gstate.DumpAccount{}}
	err = api.b.chain.Dump(h.Root, func(d *state.DumpedAccount) error {
		if len(dump.Accounts) >= maxDumpAccounts {
			return fmt.Errorf("state of block %d has more than %d accounts: too large to dump over RPC", h.Number, maxDumpAccounts)
		}
		addr := d.Address
		acc := gstate.DumpAccount{
			Balance:  d.Account.Balance.ToBig().String(),
			Nonce:    d.Account.Nonce,
			Root:     d.Account.Root[:],
			CodeHash: d.Account.CodeHash,
			Code:     hexutil.Bytes(d.Code),
			Address:  &addr,
		}
		if len(d.Storage) > 0 {
			acc.Storage = make(map[common.Hash]string, len(d.Storage))
			for k, v := range d.Storage {
				acc.Storage[k] = common.Bytes2Hex(common.TrimLeftZeroes(v[:]))
			}
		}
		dump.Accounts[addr.String()] = acc
		return nil
	})
	if err != nil {
		return nil, err
	}
	return dump, nil
}
