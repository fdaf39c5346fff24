package state

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/triedb/database"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/state/mpt"
)

// readNode reads a trie node from disk (or, in an archive writing behind,
// from the nodes on their way there).
func (s *Store) readNode(hash common.Hash) ([]byte, error) {
	return s.nodes.Get(hash[:])
}

func (s *Store) accountsLoader() mpt.Loader { return mpt.Loader{Read: s.readNode, Accounts: true} }
func (s *Store) storageLoader() mpt.Loader  { return mpt.Loader{Read: s.readNode} }

// tree returns the account trie of version root: held in memory, or on
// disk (loaded as it is read).
func (s *Store) tree(root common.Hash) (mpt.Node, error) {
	if root == types.EmptyRootHash {
		return nil, nil
	}
	s.liveMu.RLock()
	n, ok := s.trees[root]
	s.liveMu.RUnlock()
	if ok {
		return n, nil
	}
	if has, err := s.nodes.Has(root[:]); err != nil || !has {
		return nil, fmt.Errorf("%w %s", ErrMissingState, root)
	}
	return mpt.Ref(root), nil
}

// update is the result of applying a write set to the tries.
type update struct {
	root      common.Hash
	tree      mpt.Node // the new version's account trie, hashed
	size      int64    // memory of the nodes the update created, roughly
	codes     map[common.Hash][]byte
	preimages map[common.Hash][]byte // hashed keys (addresses, slots) → keys
}

// update applies ws to version parent's tries and hashes the result. The
// tries of version parent are not changed (the new version shares their
// unchanged nodes), so readers of any version go on meanwhile. An
// account's storage trie is found at its leaf and only the written slots
// are touched; the storage tries are updated in parallel, then the account
// trie, hashed on every core.
func (s *Store) update(parent common.Hash, block uint64, ws WriteSet) (*update, error) {
	base, err := s.tree(parent)
	if err != nil {
		return nil, err
	}
	addrs := ws.Addresses()
	u := &update{codes: make(map[common.Hash][]byte), preimages: make(map[common.Hash][]byte, len(addrs))}
	keys := make([]common.Hash, len(addrs))
	found := make([]bool, len(addrs))
	subs := make([]mpt.Node, len(addrs)) // storage tries
	var withStorage []int
	accounts := s.accountsLoader()
	for i, addr := range addrs {
		keys[i] = crypto.Keccak256Hash(addr[:])
		u.preimages[keys[i]] = common.CopyBytes(addr[:])
		_, sub, ok, err := mpt.Get(base, keys[i], accounts)
		if err != nil {
			return nil, fmt.Errorf("state: read account %s: %w", addr, err)
		}
		ch := ws[addr]
		found[i] = ok
		if !ch.Destructed {
			subs[i] = sub
		}
		if ch.Account != nil && len(ch.Storage) > 0 {
			withStorage = append(withStorage, i)
		}
	}
	roots := make([]common.Hash, len(addrs))
	sizes := make([]int64, len(addrs))
	slotKeys := make([]map[common.Hash][]byte, len(addrs))
	errs := make([]error, len(addrs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(withStorage)) {
		wg.Go(func() {
			load := s.storageLoader()
			for j := int(next.Add(1) - 1); j < len(withStorage); j = int(next.Add(1) - 1) {
				i := withStorage[j]
				subs[i], sizes[i], slotKeys[i], errs[i] = updateStorage(subs[i], block, ws[addrs[i]].Storage, load)
				if errs[i] != nil {
					errs[i] = fmt.Errorf("state: storage of %s: %w", addrs[i], errs[i])
				}
			}
		})
	}
	wg.Wait()
	for i := range addrs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		for k, v := range slotKeys[i] {
			u.preimages[k] = v
		}
		roots[i] = mpt.Hash(subs[i])
		u.size += sizes[i]
	}
	batch := mpt.NewBatch(base, accounts)
	for i, addr := range addrs {
		ch := ws[addr]
		if ch.Account == nil {
			if found[i] {
				if err := batch.Delete(keys[i]); err != nil {
					return nil, fmt.Errorf("state: delete account %s: %w", addr, err)
				}
			}
			continue
		}
		if ch.Code != nil {
			u.codes[ch.Account.CodeHash] = ch.Code
		}
		balance := ch.Account.Balance
		if balance == nil {
			balance = new(uint256.Int)
		}
		enc, err := rlp.EncodeToBytes(&types.StateAccount{Nonce: ch.Account.Nonce, Balance: balance, Root: roots[i], CodeHash: ch.Account.CodeHash.Bytes()})
		if err != nil {
			return nil, fmt.Errorf("state: encode account %s: %w", addr, err)
		}
		if err := batch.Put(keys[i], enc, subs[i]); err != nil {
			return nil, fmt.Errorf("state: write account %s: %w", addr, err)
		}
	}
	u.tree = batch.Root()
	root, size := mpt.HashAt(u.tree, block)
	u.root, u.size = root, u.size+size
	return u, nil
}

// updateStorage writes slots into the storage trie sub and returns the new
// trie, hashed for version block, the memory its new nodes take, and the
// preimages of the slots' hashed keys.
func updateStorage(sub mpt.Node, block uint64, slots map[common.Hash]common.Hash, load mpt.Loader) (mpt.Node, int64, map[common.Hash][]byte, error) {
	batch := mpt.NewBatch(sub, load)
	pre := make(map[common.Hash][]byte, len(slots))
	for slot, value := range slots {
		key := crypto.Keccak256Hash(slot[:])
		pre[key] = common.CopyBytes(slot[:])
		var err error
		if value == (common.Hash{}) {
			err = batch.Delete(key)
		} else {
			enc, _ := rlp.EncodeToBytes(common.TrimLeftZeroes(value[:]))
			err = batch.Put(key, enc, nil)
		}
		if err != nil {
			return nil, 0, nil, fmt.Errorf("slot %s: %w", slot, err)
		}
	}
	root := batch.Root()
	_, size := mpt.HashAt(root, block)
	return root, size, pre, nil
}

// writeTree writes the nodes of a version's tries that are not on disk
// yet, children before parents and the account trie's root last, through
// write batches of disk; once they are written the nodes are marked
// stored.
func writeTree(disk ethdb.Batcher, tree mpt.Node) error {
	batch := disk.NewBatch()
	done, err := mpt.Unstored(tree, func(hash common.Hash, blob []byte) error {
		rawdb.WriteLegacyTrieNode(batch, hash, blob)
		if batch.ValueSize() < ethdb.IdealBatchSize {
			return nil
		}
		if err := batch.Write(); err != nil {
			return err
		}
		batch.Reset()
		return nil
	})
	if err != nil {
		return err
	}
	if err := batch.Write(); err != nil {
		return err
	}
	done()
	return nil
}

// treeReader reads one version from its tries (in memory, and loaded from
// disk where they are not). It holds no lock: versions never change.
type treeReader struct {
	store *Store
	tree  mpt.Node
}

func (t *treeReader) Account(addr common.Address) (*Account, error) {
	enc, _, found, err := mpt.Get(t.tree, crypto.Keccak256Hash(addr[:]), t.store.accountsLoader())
	if err != nil || !found {
		if err != nil {
			err = fmt.Errorf("state: read account %s: %w", addr, err)
		}
		return nil, err
	}
	var acc types.StateAccount
	if err := rlp.DecodeBytes(enc, &acc); err != nil {
		return nil, fmt.Errorf("state: decode account %s: %w", addr, err)
	}
	return &Account{Nonce: acc.Nonce, Balance: acc.Balance, CodeHash: common.BytesToHash(acc.CodeHash)}, nil
}

func (t *treeReader) Storage(addr common.Address, slot common.Hash) (common.Hash, error) {
	_, sub, found, err := mpt.Get(t.tree, crypto.Keccak256Hash(addr[:]), t.store.accountsLoader())
	if err != nil || !found || sub == nil {
		if err != nil {
			err = fmt.Errorf("state: read account %s: %w", addr, err)
		}
		return common.Hash{}, err
	}
	enc, _, found, err := mpt.Get(sub, crypto.Keccak256Hash(slot[:]), t.store.storageLoader())
	if err != nil || !found {
		if err != nil {
			err = fmt.Errorf("state: read slot %s of %s: %w", slot, addr, err)
		}
		return common.Hash{}, err
	}
	_, content, _, err := rlp.Split(enc)
	if err != nil {
		return common.Hash{}, fmt.Errorf("state: decode slot %s of %s: %w", slot, addr, err)
	}
	return common.BytesToHash(content), nil
}

func (t *treeReader) Code(addr common.Address, codeHash common.Hash) ([]byte, error) {
	return t.store.code(addr, codeHash)
}

// code reads the code with codeHash deployed at addr.
func (s *Store) code(addr common.Address, codeHash common.Hash) ([]byte, error) {
	if codeHash == types.EmptyCodeHash || codeHash == (common.Hash{}) {
		return nil, nil
	}
	if code := rawdb.ReadCode(s.disk, codeHash); len(code) > 0 {
		return code, nil
	}
	return nil, fmt.Errorf("state: missing code %s of %s", codeHash, addr)
}

// nodeDB serves the store's versions to go-ethereum's trie package (proofs,
// iteration for dumps and the flat state's rebuild): nodes held in memory
// are encoded, the rest read from disk; preimages come from the store.
type nodeDB struct{ s *Store }

// NodeReader implements database.NodeDatabase.
func (d nodeDB) NodeReader(stateRoot common.Hash) (database.NodeReader, error) {
	tree, err := d.s.tree(stateRoot)
	if err != nil {
		return nil, err
	}
	return &nodeReader{s: d.s, tree: tree}, nil
}

// Preimage returns the key whose hash is hash, if recorded.
func (d nodeDB) Preimage(hash common.Hash) []byte { return d.s.preimages.get(d.s.disk, hash) }

// InsertPreimage is not used: the store records preimages as it commits.
func (d nodeDB) InsertPreimage(map[common.Hash][]byte) {}

// PreimageEnabled reports that preimages are recorded.
func (d nodeDB) PreimageEnabled() bool { return true }

type nodeReader struct {
	s     *Store
	tree  mpt.Node
	mu    sync.Mutex
	owner common.Hash // the storage trie found last
	sub   mpt.Node
}

// Node implements database.NodeReader.
func (r *nodeReader) Node(owner common.Hash, path []byte, hash common.Hash) ([]byte, error) {
	t := r.tree
	if owner != (common.Hash{}) {
		r.mu.Lock()
		if r.owner != owner {
			_, sub, _, err := mpt.Get(r.tree, owner, r.s.accountsLoader())
			if err != nil {
				r.mu.Unlock()
				return nil, err
			}
			r.owner, r.sub = owner, sub
		}
		t = r.sub
		r.mu.Unlock()
	}
	if blob := mpt.NodeBlob(t, path, hash); blob != nil {
		return blob, nil
	}
	blob, err := r.s.readNode(hash)
	if err != nil && missingKey(err) {
		return nil, nil // the trie package reports the missing node
	}
	return blob, err
}

// preimages buffers the preimages of hashed keys until they are written
// with the nodes that need them.
type preimages struct {
	mu      sync.RWMutex
	pending map[common.Hash][]byte
	size    int
}

// preimageFlushSize is how many bytes of preimages gather before they are
// written, even between checkpoints.
const preimageFlushSize = 4 << 20

func (p *preimages) add(m map[common.Hash][]byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.pending == nil {
		p.pending = make(map[common.Hash][]byte, len(m))
	}
	for k, v := range m {
		if _, ok := p.pending[k]; !ok {
			p.pending[k] = v
			p.size += common.HashLength + len(v)
		}
	}
}

func (p *preimages) get(disk ethdb.KeyValueReader, hash common.Hash) []byte {
	p.mu.RLock()
	v, ok := p.pending[hash]
	p.mu.RUnlock()
	if ok {
		return v
	}
	return rawdb.ReadPreimage(disk, hash)
}

// flush writes the buffered preimages; unless force, only once enough
// gathered.
func (p *preimages) flush(disk ethdb.KeyValueStore, force bool) error {
	p.mu.RLock()
	n, size := len(p.pending), p.size
	p.mu.RUnlock()
	if n == 0 || (!force && size < preimageFlushSize) {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	batch := disk.NewBatch()
	rawdb.WritePreimages(batch, p.pending)
	if err := batch.Write(); err != nil {
		return fmt.Errorf("state: write preimages: %w", err)
	}
	p.pending, p.size = nil, 0
	return nil
}
