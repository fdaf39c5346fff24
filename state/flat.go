package state

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
)

// Keys of the flat state on disk. Addresses and slots are hashed as in the
// trie, so that the flat state can be rebuilt from any version's trie.
var (
	flatAccountPrefix = []byte("Mfa")              // + keccak(address) → encodeFlatAccount
	flatStoragePrefix = []byte("Mfs")              // + keccak(address) + keccak(slot) → value without leading zeros
	flatMarkerKey     = []byte("MetisFlatVersion") // → root (32 bytes) + block (8 bytes); a zero root: being rebuilt
)

// flatState is one version of the state kept flat on disk (key → value),
// so that a read of an account or slot is one lookup instead of a walk down
// the trie. It follows the versions that fall out of the in-memory layers:
// a reader of a recent version looks through its layers and then here. The
// data and the marker naming its version are written in one batch, so the
// flat state on disk is always exactly one version, also after a crash.
type flatState struct {
	disk ethdb.KeyValueStore

	mu    sync.Mutex
	root  common.Hash // the version held; zero while it changes or when unusable
	block int64       // its block; -1 for the empty state before any block
	gen   atomic.Uint64
}

// openFlat reads which version the flat state on disk holds. A database
// without a marker holds no flat data: it is the empty state.
func openFlat(disk ethdb.KeyValueStore) *flatState {
	f := &flatState{disk: disk, root: types.EmptyRootHash, block: -1}
	if v, err := disk.Get(flatMarkerKey); err == nil && len(v) == common.HashLength+8 {
		f.root = common.BytesToHash(v[:common.HashLength])
		f.block = int64(binary.BigEndian.Uint64(v[common.HashLength:]))
	}
	return f
}

// version returns the version the flat state holds (the zero hash if none
// now) and its generation, which changes whenever the data does.
func (f *flatState) version() (root common.Hash, block int64, gen uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.root, f.block, f.gen.Load()
}

// change runs write, during which the flat state is unusable: readers that
// began before notice the generation moved and read the trie instead.
func (f *flatState) change(write func() (root common.Hash, block int64, err error)) error {
	f.mu.Lock()
	f.gen.Add(1)
	f.root = common.Hash{}
	f.mu.Unlock()
	root, block, err := write()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.gen.Add(1)
	if err == nil {
		f.root, f.block = root, block
	}
	return err
}

func flatAccountKey(addrHash common.Hash) []byte {
	return append(bytes.Clone(flatAccountPrefix), addrHash[:]...)
}

func flatStorageKey(addrHash, slotHash common.Hash) []byte {
	k := make([]byte, 0, len(flatStoragePrefix)+2*common.HashLength)
	return append(append(append(k, flatStoragePrefix...), addrHash[:]...), slotHash[:]...)
}

func flatMarker(root common.Hash, block int64) []byte {
	return binary.BigEndian.AppendUint64(bytes.Clone(root[:]), uint64(block))
}

// prefixEnd is the first key after every key that starts with prefix.
func prefixEnd(prefix []byte) []byte {
	end := bytes.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i]++; end[i] != 0 {
			return end[:i+1]
		}
	}
	return nil
}

// encodeFlatAccount is nonce (8 bytes), balance (32) and, unless the
// account has no code, its code hash (32).
func encodeFlatAccount(a *Account) []byte {
	out := make([]byte, 8, 72)
	binary.BigEndian.PutUint64(out, a.Nonce)
	var bal [32]byte
	if a.Balance != nil {
		bal = a.Balance.Bytes32()
	}
	out = append(out, bal[:]...)
	if a.CodeHash != types.EmptyCodeHash {
		out = append(out, a.CodeHash[:]...)
	}
	return out
}

func decodeFlatAccount(v []byte) (*Account, error) {
	if len(v) != 40 && len(v) != 72 {
		return nil, fmt.Errorf("state: flat account of %d bytes", len(v))
	}
	a := &Account{Nonce: binary.BigEndian.Uint64(v), Balance: new(uint256.Int).SetBytes32(v[8:40]), CodeHash: types.EmptyCodeHash}
	if len(v) == 72 {
		a.CodeHash = common.BytesToHash(v[40:])
	}
	return a, nil
}

// deleteFlatStorage removes every flat slot of the account.
func deleteFlatStorage(b ethdb.Batch, addrHash common.Hash) error {
	prefix := append(bytes.Clone(flatStoragePrefix), addrHash[:]...)
	return b.DeleteRange(prefix, prefixEnd(prefix))
}

// flatBatch is one batch of layers written into the flat state. It
// remembers the accounts it wrote, which the disk cannot tell about yet.
type flatBatch struct {
	ethdb.Batch
	disk    ethdb.KeyValueReader
	written map[common.Hash]bool
}

// clearStorage removes an account's flat slots, if it can have any: it is
// in the flat state on disk or this batch wrote it. Slots only exist for
// accounts that exist, so for an account absent from both (an empty
// account that was touched and deleted, a contract created and destroyed
// in one transaction) the range deletion is skipped — on go-ethereum's
// memory database it scans the whole store.
func (fb *flatBatch) clearStorage(addrHash common.Hash) error {
	if !fb.written[addrHash] {
		has, err := fb.disk.Has(flatAccountKey(addrHash))
		if err != nil {
			return err
		}
		if !has {
			return nil
		}
	}
	return deleteFlatStorage(fb.Batch, addrHash)
}

// writeLayer adds what one layer changed to the batch.
func (fb *flatBatch) writeLayer(l *diffLayer) error {
	for addr := range l.wiped {
		if err := fb.clearStorage(crypto.Keccak256Hash(addr[:])); err != nil {
			return err
		}
	}
	for addr, acc := range l.accounts {
		h := crypto.Keccak256Hash(addr[:])
		if acc == nil {
			if err := fb.clearStorage(h); err != nil {
				return err
			}
			if err := fb.Delete(flatAccountKey(h)); err != nil {
				return err
			}
			continue
		}
		if err := fb.Put(flatAccountKey(h), encodeFlatAccount(acc)); err != nil {
			return err
		}
		fb.written[h] = true
	}
	for addr, slots := range l.storage {
		h := crypto.Keccak256Hash(addr[:])
		fb.written[h] = true
		for slot, v := range slots {
			k := flatStorageKey(h, crypto.Keccak256Hash(slot[:]))
			var err error
			if v == (common.Hash{}) {
				err = fb.Delete(k)
			} else {
				err = fb.Put(k, common.TrimLeftZeroes(v[:]))
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// apply moves the flat state forward over layers, oldest first, the first
// a child of the version it holds, in one batch.
func (f *flatState) apply(ls []*diffLayer) error {
	if len(ls) == 0 {
		return nil
	}
	return f.change(func() (common.Hash, int64, error) {
		b := &flatBatch{Batch: f.disk.NewBatch(), disk: f.disk, written: make(map[common.Hash]bool)}
		for _, l := range ls {
			if err := b.writeLayer(l); err != nil {
				return common.Hash{}, 0, err
			}
		}
		last := ls[len(ls)-1]
		if err := b.Put(flatMarkerKey, flatMarker(last.root, int64(last.block))); err != nil {
			return common.Hash{}, 0, err
		}
		if err := b.Write(); err != nil {
			return common.Hash{}, 0, fmt.Errorf("state: write flat state of block %d: %w", last.block, err)
		}
		return last.root, int64(last.block), nil
	})
}

// rebuild replaces the flat state with version root of block, read from
// its trie: every account and slot. It runs when the flat state on disk
// holds a version the chain did not reach again (a crash between writing
// the flat state and the block, a database from before the flat state).
func (f *flatState) rebuild(s *Store, root common.Hash, block uint64) error {
	log := s.log
	return f.change(func() (common.Hash, int64, error) {
		log.Info("Rebuilding the flat state from the trie", "block", block, "root", root)
		b := f.disk.NewBatch()
		if err := b.Put(flatMarkerKey, flatMarker(common.Hash{}, -1)); err != nil {
			return common.Hash{}, 0, err
		}
		for _, p := range [][]byte{flatAccountPrefix, flatStoragePrefix} {
			if err := b.DeleteRange(p, prefixEnd(p)); err != nil {
				return common.Hash{}, 0, err
			}
		}
		flush := func(force bool) error {
			if !force && b.ValueSize() < ethdb.IdealBatchSize {
				return nil
			}
			if err := b.Write(); err != nil {
				return fmt.Errorf("state: rebuild flat state: %w", err)
			}
			b.Reset()
			return nil
		}
		accounts, err := trie.NewStateTrie(trie.StateTrieID(root), nodeDB{s})
		if err != nil {
			return common.Hash{}, 0, fmt.Errorf("state: rebuild flat state at %s: %w", root, err)
		}
		nodes, err := accounts.NodeIterator(nil)
		if err != nil {
			return common.Hash{}, 0, err
		}
		it := trie.NewIterator(nodes)
		var count, slots int
		last := time.Now()
		for it.Next() {
			addrHash := common.BytesToHash(it.Key)
			var acc types.StateAccount
			if err := rlp.DecodeBytes(it.Value, &acc); err != nil {
				return common.Hash{}, 0, fmt.Errorf("state: account %s in the trie: %w", addrHash, err)
			}
			flat := &Account{Nonce: acc.Nonce, Balance: acc.Balance, CodeHash: common.BytesToHash(acc.CodeHash)}
			if err := b.Put(flatAccountKey(addrHash), encodeFlatAccount(flat)); err != nil {
				return common.Hash{}, 0, err
			}
			if acc.Root != types.EmptyRootHash {
				n, err := f.rebuildStorage(s, b, root, addrHash, acc.Root, flush)
				if err != nil {
					return common.Hash{}, 0, err
				}
				slots += n
			}
			if err := flush(false); err != nil {
				return common.Hash{}, 0, err
			}
			if count++; time.Since(last) > 8*time.Second {
				log.Info("Rebuilding the flat state", "accounts", count, "slots", slots)
				last = time.Now()
			}
		}
		if it.Err != nil {
			return common.Hash{}, 0, fmt.Errorf("state: iterate accounts at %s: %w", root, it.Err)
		}
		if err := b.Put(flatMarkerKey, flatMarker(root, int64(block))); err != nil {
			return common.Hash{}, 0, err
		}
		if err := flush(true); err != nil {
			return common.Hash{}, 0, err
		}
		log.Info("Rebuilt the flat state", "block", block, "accounts", count, "slots", slots)
		return root, int64(block), nil
	})
}

func (f *flatState) rebuildStorage(s *Store, b ethdb.Batch, stateRoot, addrHash, root common.Hash, flush func(bool) error) (int, error) {
	tr, err := trie.NewStateTrie(trie.StorageTrieID(stateRoot, addrHash, root), nodeDB{s})
	if err != nil {
		return 0, fmt.Errorf("state: storage of %s: %w", addrHash, err)
	}
	nodes, err := tr.NodeIterator(nil)
	if err != nil {
		return 0, err
	}
	it := trie.NewIterator(nodes)
	n := 0
	for it.Next() {
		_, value, _, err := rlp.Split(it.Value)
		if err != nil {
			return n, fmt.Errorf("state: slot of %s in the trie: %w", addrHash, err)
		}
		if err := b.Put(flatStorageKey(addrHash, common.BytesToHash(it.Key)), value); err != nil {
			return n, err
		}
		if err := flush(false); err != nil {
			return n, err
		}
		n++
	}
	return n, it.Err
}

// flatReader reads the version the flat state held when it was opened, for
// a reader of version want (the same, or one whose layers lead down to it:
// flatReader is asked only what they did not change). Once the flat state
// moves on, it reads want's trie instead.
type flatReader struct {
	store *Store
	root  common.Hash // the flat state's version
	want  common.Hash // the version read: its trie answers once the flat state moved on
	gen   uint64

	mu       sync.Mutex
	fallback Reader
}

// Fork implements Forker.
func (r *flatReader) Fork() (Reader, error) {
	return &flatReader{store: r.store, root: r.root, want: r.want, gen: r.gen}, nil
}

// get reads key from the flat state: ok is false if the flat state no
// longer holds this reader's version.
func (r *flatReader) get(key []byte) (value []byte, found, ok bool, err error) {
	f := r.store.flat
	if f.gen.Load() != r.gen {
		return nil, false, false, nil
	}
	value, gerr := f.disk.Get(key)
	if gerr != nil && !missingKey(gerr) {
		// Not found, or a failure: only a lookup can tell them apart.
		has, herr := f.disk.Has(key)
		if herr != nil || has {
			return nil, false, true, errors.Join(gerr, herr)
		}
	}
	if gerr != nil {
		value = nil
	}
	if f.gen.Load() != r.gen {
		return nil, false, false, nil
	}
	return value, gerr == nil, true, nil
}

// missingKey reports whether err is a key-value store's "not found"
// (Pebble's, LevelDB's, go-ethereum's memory database's and boltkv's all
// end so), sparing a second lookup; any other error is checked with Has.
func missingKey(err error) bool { return strings.HasSuffix(err.Error(), "not found") }

// trie returns the reader of the version's trie.
func (r *flatReader) trie() (Reader, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fallback == nil {
		tr, err := r.store.trieReader(r.want)
		if err != nil {
			return nil, err
		}
		r.fallback = tr
	}
	return r.fallback, nil
}

func (r *flatReader) Account(addr common.Address) (*Account, error) {
	v, found, ok, err := r.get(flatAccountKey(crypto.Keccak256Hash(addr[:])))
	switch {
	case err != nil:
		return nil, fmt.Errorf("state: flat account %s: %w", addr, err)
	case !ok:
		tr, err := r.trie()
		if err != nil {
			return nil, err
		}
		return tr.Account(addr)
	case !found:
		return nil, nil
	}
	return decodeFlatAccount(v)
}

func (r *flatReader) Storage(addr common.Address, slot common.Hash) (common.Hash, error) {
	v, _, ok, err := r.get(flatStorageKey(crypto.Keccak256Hash(addr[:]), crypto.Keccak256Hash(slot[:])))
	switch {
	case err != nil:
		return common.Hash{}, fmt.Errorf("state: flat slot %s of %s: %w", slot, addr, err)
	case !ok:
		tr, err := r.trie()
		if err != nil {
			return common.Hash{}, err
		}
		return tr.Storage(addr, slot)
	}
	return common.BytesToHash(v), nil
}

func (r *flatReader) Code(addr common.Address, codeHash common.Hash) ([]byte, error) {
	return r.store.code(addr, codeHash)
}
