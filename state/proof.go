package state

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/trie"
)

// Proof is an EIP-1186 proof of one account and some of its storage slots
// at one version: the trie nodes on the path from the state root to the
// account, and from the account's storage root to each slot. Absent
// accounts and slots are proven absent.
type Proof struct {
	Account      *Account    // nil when the account does not exist
	StorageRoot  common.Hash // zero when the account does not exist
	AccountProof [][]byte
	Storage      []SlotProof
}

// SlotProof proves the value of one storage slot.
type SlotProof struct {
	Key   common.Hash
	Value common.Hash
	Proof [][]byte
}

// nodeList collects proof nodes in the order the trie writes them: root
// first.
type nodeList [][]byte

func (n *nodeList) Put(_ []byte, value []byte) error {
	*n = append(*n, common.CopyBytes(value))
	return nil
}

func (n *nodeList) Delete([]byte) error { return nil }

// Proof returns the proof of addr and slots in the version whose state
// root is root.
func (s *Store) Proof(root common.Hash, addr common.Address, slots []common.Hash) (*Proof, error) {
	if !s.Has(root) {
		return nil, fmt.Errorf("%w %s", ErrMissingState, root)
	}
	accounts, err := trie.NewStateTrie(trie.StateTrieID(root), nodeDB{s})
	if err != nil {
		return nil, fmt.Errorf("state: open %s: %w", root, err)
	}
	acc, err := accounts.GetAccount(addr)
	if err != nil {
		return nil, fmt.Errorf("state: read account %s: %w", addr, err)
	}
	p := &Proof{Storage: make([]SlotProof, len(slots))}
	var accountProof nodeList
	if err := accounts.Prove(crypto.Keccak256(addr.Bytes()), &accountProof); err != nil {
		return nil, fmt.Errorf("state: prove account %s: %w", addr, err)
	}
	p.AccountProof = accountProof
	var storage *trie.StateTrie
	if acc != nil {
		p.Account = &Account{Nonce: acc.Nonce, Balance: acc.Balance, CodeHash: common.BytesToHash(acc.CodeHash)}
		p.StorageRoot = acc.Root
		if acc.Root != (common.Hash{}) && acc.Root != types.EmptyRootHash {
			if storage, err = trie.NewStateTrie(trie.StorageTrieID(root, crypto.Keccak256Hash(addr.Bytes()), acc.Root), nodeDB{s}); err != nil {
				return nil, fmt.Errorf("state: open storage of %s: %w", addr, err)
			}
		}
	}
	for i, slot := range slots {
		p.Storage[i] = SlotProof{Key: slot, Proof: [][]byte{}}
		if storage == nil {
			continue
		}
		enc, err := storage.GetStorage(addr, slot[:])
		if err != nil {
			return nil, fmt.Errorf("state: read slot %s of %s: %w", slot, addr, err)
		}
		p.Storage[i].Value = common.BytesToHash(enc)
		var proof nodeList
		if err := storage.Prove(crypto.Keccak256(slot[:]), &proof); err != nil {
			return nil, fmt.Errorf("state: prove slot %s of %s: %w", slot, addr, err)
		}
		p.Storage[i].Proof = proof
	}
	return p, nil
}
