package state

import (
	"maps"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// DefaultMemoryVersions is how many recent versions a Store keeps in memory
// as flat diff layers.
const DefaultMemoryVersions = 16

// diffLayer is one committed version held in memory: what its block changed,
// flat (address → account, address → slot → value), over its parent
// version. Layers are immutable once built, so readers share them without
// locks. A read of a recent version looks through the layers from the
// newest down and goes to the flat state on disk (or the trie) only for
// what none of them changed: hot state is read from memory.
type diffLayer struct {
	root       common.Hash
	parentRoot common.Hash
	block      uint64
	accounts   map[common.Address]*Account // nil value: the account was deleted
	storage    map[common.Address]map[common.Hash]common.Hash
	wiped      map[common.Address]bool // storage cleared before Storage applied
}

// layers are the in-memory versions of a Store.
type layers struct {
	mu     sync.RWMutex
	max    int
	byRoot map[common.Hash]*diffLayer
	order  []common.Hash // commit order, for eviction
}

// add records the version root of block, child of parent, changed by ws,
// and returns the layers that fell out of memory, oldest first.
func (ls *layers) add(parent, root common.Hash, block uint64, ws WriteSet) (evicted []*diffLayer) {
	if ls.max <= 0 || root == parent {
		return nil // an unchanged version reads through its parent's layers
	}
	l := &diffLayer{
		root: root, parentRoot: parent, block: block,
		accounts: make(map[common.Address]*Account, len(ws)),
		storage:  make(map[common.Address]map[common.Hash]common.Hash),
		wiped:    make(map[common.Address]bool),
	}
	for addr, ch := range ws {
		if ch.Destructed {
			l.wiped[addr] = true
		}
		if ch.Account == nil {
			l.accounts[addr] = nil
			continue
		}
		acc := &Account{Nonce: ch.Account.Nonce, CodeHash: ch.Account.CodeHash, Balance: new(uint256.Int)}
		if ch.Account.Balance != nil {
			acc.Balance.Set(ch.Account.Balance)
		}
		l.accounts[addr] = acc
		if len(ch.Storage) > 0 {
			l.storage[addr] = maps.Clone(ch.Storage)
		}
	}
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if _, ok := ls.byRoot[root]; ok {
		return nil // the same state again: its layers already describe it
	}
	ls.byRoot[root] = l
	ls.order = append(ls.order, root)
	for len(ls.order) > ls.max {
		evicted = append(evicted, ls.byRoot[ls.order[0]])
		delete(ls.byRoot, ls.order[0])
		ls.order = ls.order[1:]
	}
	return evicted
}

// chain returns the layers of version root, newest first, and the version
// below the last of them.
func (ls *layers) chain(root common.Hash) (out []*diffLayer, base common.Hash) {
	ls.mu.RLock()
	defer ls.mu.RUnlock()
	base = root
	for {
		l := ls.byRoot[base]
		if l == nil {
			return out, base
		}
		if len(out) == len(ls.byRoot) {
			return nil, root // a state that recurred made a loop: read the trie
		}
		out = append(out, l)
		base = l.parentRoot
	}
}

// since returns the layers after version stop up to version root, oldest
// first: none unless root's layers pass through stop.
func (ls *layers) since(stop, root common.Hash) []*diffLayer {
	out, base := ls.chain(root)
	for i, l := range out {
		if l.root == stop {
			out = out[:i]
			base = stop
			break
		}
	}
	if base != stop {
		return nil
	}
	slices.Reverse(out)
	return out
}

// layerReader reads a version through its diff layers, then the trie.
type layerReader struct {
	layers []*diffLayer // newest first; immutable
	base   Reader       // the version below the oldest layer
}

// Fork implements Forker.
func (r *layerReader) Fork() (Reader, error) {
	base := r.base
	if f, ok := base.(Forker); ok {
		var err error
		if base, err = f.Fork(); err != nil {
			return nil, err
		}
	}
	return &layerReader{layers: r.layers, base: base}, nil
}

func (r *layerReader) Account(addr common.Address) (*Account, error) {
	for _, l := range r.layers {
		if acc, ok := l.accounts[addr]; ok {
			return acc, nil // shared, immutable (see Reader)
		}
	}
	return r.base.Account(addr)
}

func (r *layerReader) Storage(addr common.Address, slot common.Hash) (common.Hash, error) {
	for _, l := range r.layers {
		if v, ok := l.storage[addr][slot]; ok {
			return v, nil
		}
		if acc, ok := l.accounts[addr]; ok && acc == nil || l.wiped[addr] {
			return common.Hash{}, nil // deleted or storage cleared here
		}
	}
	return r.base.Storage(addr, slot)
}

func (r *layerReader) Code(addr common.Address, codeHash common.Hash) ([]byte, error) {
	return r.base.Code(addr, codeHash) // every version's code is on disk
}
