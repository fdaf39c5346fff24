package state

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/hashdb"
)

// ErrMissingState is returned when a version's root is not in the store.
var ErrMissingState = errors.New("state: missing state for root")

// Store keeps every committed version of the state in a Merkle-Patricia trie
// database on top of a key-value store.
type Store struct {
	disk ethdb.Database
	tdb  *triedb.Database
	sdb  state.Database
}

// NewStore opens a state store on disk. The caller owns disk and closes it
// after Close.
func NewStore(disk ethdb.Database) *Store {
	tdb := triedb.NewDatabase(disk, &triedb.Config{HashDB: &hashdb.Config{CleanCacheSize: 64 << 20}})
	return &Store{disk: disk, tdb: tdb, sdb: state.NewDatabase(tdb, state.NewCodeDB(disk))}
}

// Reader returns a reader of the version whose state root is root.
func (s *Store) Reader(root common.Hash) (Reader, error) {
	if !s.Has(root) {
		return nil, fmt.Errorf("%w %s", ErrMissingState, root)
	}
	r, err := s.sdb.Reader(root)
	if err != nil {
		return nil, fmt.Errorf("state: open reader at %s: %w", root, err)
	}
	return &trieReader{r: r, store: s, root: root}, nil
}

// Has reports whether the version with the given root is stored.
func (s *Store) Has(root common.Hash) bool {
	if root == types.EmptyRootHash {
		return true
	}
	_, err := s.sdb.OpenTrie(root)
	return err == nil
}

// Commit applies ws on top of the version parent, persists the result to
// disk and returns its root. Every trie node of the new version is written
// before Commit returns, so a block that references the root can be stored
// afterwards without a window in which the head points at missing state.
//
// REQUIRES: calls are serialised.
func (s *Store) Commit(parent common.Hash, block uint64, ws WriteSet) (common.Hash, error) {
	st, err := state.New(parent, s.sdb)
	if err != nil {
		return common.Hash{}, fmt.Errorf("state: open parent %s: %w", parent, err)
	}
	root, err := apply(st, block, ws)
	if err != nil {
		return common.Hash{}, err
	}
	if err := s.tdb.Commit(root, false); err != nil {
		return common.Hash{}, fmt.Errorf("state: flush root %s: %w", root, err)
	}
	return root, nil
}

// Root computes the root that Commit would produce, without writing.
func (s *Store) Root(parent common.Hash, ws WriteSet) (common.Hash, error) {
	st, err := state.New(parent, s.sdb)
	if err != nil {
		return common.Hash{}, fmt.Errorf("state: open parent %s: %w", parent, err)
	}
	applyChanges(st, ws)
	return st.IntermediateRoot(commitRules), nil
}

// Close releases the trie database. It does not close the disk.
func (s *Store) Close() error { return s.tdb.Close() }

// commitRules are the rules for applying write sets. EIP-158 empty-account
// deletion is off: execution already decided which accounts to delete and
// says so in the write set, and a genesis alloc may declare empty accounts.
var commitRules = params.Rules{IsByzantium: true}

func apply(st *state.StateDB, block uint64, ws WriteSet) (common.Hash, error) {
	applyChanges(st, ws)
	root, err := st.Commit(commitRules, block)
	if err != nil {
		return common.Hash{}, fmt.Errorf("state: commit block %d: %w", block, err)
	}
	return root, nil
}

func applyChanges(st *state.StateDB, ws WriteSet) {
	addrs := ws.Addresses()
	destructed := false
	for _, addr := range addrs {
		if ch := ws[addr]; ch.Destructed && st.Exist(addr) {
			st.SelfDestruct(addr)
			destructed = true
		}
	}
	if destructed {
		st.Finalise(commitRules)
	}
	for _, addr := range addrs {
		ch := ws[addr]
		if ch.Account == nil {
			continue
		}
		if !st.Exist(addr) {
			st.CreateAccount(addr)
		}
		st.SetNonce(addr, ch.Account.Nonce, tracing.NonceChangeUnspecified)
		st.SetBalance(addr, ch.Account.Balance, tracing.BalanceChangeUnspecified)
		if ch.Code != nil {
			st.SetCode(addr, ch.Code, tracing.CodeChangeUnspecified)
		}
		for slot, val := range ch.Storage {
			st.SetState(addr, slot, val)
		}
	}
	st.Finalise(commitRules)
}

// trieReader adapts go-ethereum's state reader to Reader. It serialises
// reads internally; Fork gives a parallel reader its own.
type trieReader struct {
	r     state.Reader
	store *Store
	root  common.Hash
}

// Fork implements Forker.
func (t *trieReader) Fork() (Reader, error) { return t.store.Reader(t.root) }

func (t *trieReader) Account(addr common.Address) (*Account, error) {
	acc, err := t.r.Account(addr)
	if err != nil || acc == nil {
		return nil, err
	}
	return &Account{Nonce: acc.Nonce, Balance: acc.Balance, CodeHash: common.BytesToHash(acc.CodeHash)}, nil
}

func (t *trieReader) Storage(addr common.Address, slot common.Hash) (common.Hash, error) {
	return t.r.Storage(addr, slot)
}

func (t *trieReader) Code(addr common.Address, codeHash common.Hash) ([]byte, error) {
	if codeHash == types.EmptyCodeHash || codeHash == (common.Hash{}) {
		return nil, nil
	}
	code := t.r.Code(addr, codeHash)
	if code == nil {
		return nil, fmt.Errorf("state: missing code %s of %s", codeHash, addr)
	}
	return code, nil
}
