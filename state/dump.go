package state

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// DumpedAccount is one account of a dumped version.
type DumpedAccount struct {
	Address common.Address
	Account types.StateAccount // as stored: nonce, balance, storage root, code hash
	Code    []byte
	Storage map[common.Hash]common.Hash // non-zero slots
}

// Alloc returns the account in go-ethereum's genesis format.
func (d *DumpedAccount) Alloc() types.Account {
	acc := types.Account{Nonce: d.Account.Nonce, Balance: d.Account.Balance.ToBig(), Code: d.Code}
	if len(d.Storage) > 0 {
		acc.Storage = d.Storage
	}
	return acc
}

// ErrMissingPreimage is returned by Dump for a key whose preimage was not
// recorded (state written before preimages were kept).
var ErrMissingPreimage = errors.New("state: missing preimage")

// Dump visits every account of the version with root, in the order of
// their hashed addresses, with its code and storage.
func (s *Store) Dump(root common.Hash, visit func(*DumpedAccount) error) error {
	if root == types.EmptyRootHash {
		return nil
	}
	accounts, err := trie.NewStateTrie(trie.StateTrieID(root), nodeDB{s})
	if err != nil {
		return fmt.Errorf("state: open %s: %w", root, err)
	}
	nodes, err := accounts.NodeIterator(nil)
	if err != nil {
		return fmt.Errorf("state: iterate %s: %w", root, err)
	}
	it := trie.NewIterator(nodes)
	for it.Next() {
		var acc types.StateAccount
		if err := rlp.DecodeBytes(it.Value, &acc); err != nil {
			return fmt.Errorf("state: decode account %x: %w", it.Key, err)
		}
		pre := accounts.GetKey(it.Key)
		if len(pre) != common.AddressLength {
			return fmt.Errorf("%w of account key %x", ErrMissingPreimage, it.Key)
		}
		d := &DumpedAccount{Address: common.BytesToAddress(pre), Account: acc, Storage: map[common.Hash]common.Hash{}}
		if ch := common.BytesToHash(acc.CodeHash); ch != types.EmptyCodeHash {
			if d.Code = rawdb.ReadCode(s.disk, ch); d.Code == nil {
				return fmt.Errorf("state: missing code %s of %s", ch, d.Address)
			}
		}
		if acc.Root != types.EmptyRootHash {
			if err := s.dumpStorage(root, it.Key, acc.Root, d); err != nil {
				return err
			}
		}
		if err := visit(d); err != nil {
			return err
		}
	}
	if it.Err != nil {
		return fmt.Errorf("state: iterate %s: %w", root, it.Err)
	}
	return nil
}

func (s *Store) dumpStorage(stateRoot common.Hash, addrHash []byte, root common.Hash, d *DumpedAccount) error {
	tr, err := trie.NewStateTrie(trie.StorageTrieID(stateRoot, common.BytesToHash(addrHash), root), nodeDB{s})
	if err != nil {
		return fmt.Errorf("state: open storage of %s: %w", d.Address, err)
	}
	nodes, err := tr.NodeIterator(nil)
	if err != nil {
		return fmt.Errorf("state: iterate storage of %s: %w", d.Address, err)
	}
	it := trie.NewIterator(nodes)
	for it.Next() {
		_, content, _, err := rlp.Split(it.Value)
		if err != nil {
			return fmt.Errorf("state: decode slot of %s: %w", d.Address, err)
		}
		pre := tr.GetKey(it.Key)
		if len(pre) != common.HashLength {
			return fmt.Errorf("%w of slot key %x of %s", ErrMissingPreimage, it.Key, d.Address)
		}
		d.Storage[common.BytesToHash(pre)] = common.BytesToHash(content)
	}
	if it.Err != nil {
		return fmt.Errorf("state: iterate storage of %s: %w", d.Address, it.Err)
	}
	return nil
}
