// Package mpt is an in-memory Merkle-Patricia trie with Ethereum's node
// encoding and hashing, built for a state store that keeps many versions:
//
//   - Versions share structure. A Batch copies the nodes on the paths it
//     changes and leaves every other node shared with the version it started
//     from, so any number of versions live side by side and are read without
//     locks while the next one is built. A node is never changed once it is
//     hashed: a batch mutates only the nodes it created itself.
//   - Nodes stay decoded in memory with their hashes, so a block's update
//     neither reads nor decodes the nodes it passes through, and hashing
//     touches only the nodes the block created.
//   - Parts of a trie may live on disk only (a Ref): they are loaded and
//     decoded when a path through them is read or changed.
//   - The tries of an account trie's leaves are attached to them (Sub), so
//     a version is one value: its account trie's root node.
//
// Keys are 32-byte hashes (a secure trie's keys), so every key has the same
// length and no branch holds a value.
package mpt

import (
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
)

// Node is a trie node; nil is the empty trie.
type Node interface{ isNode() }

// meta is what every loaded node carries: its reference once hashed, and
// whether it is on disk with everything below it.
type meta struct {
	hash   common.Hash // keccak of the encoding, when it is 32 bytes or more
	small  []byte      // the encoding itself, when under 32 bytes (embedded in the parent)
	born   uint64      // the version (block) whose commit hashed it; 0 if loaded from disk
	hashed bool        // hash or small is set; the node no longer changes
	stored atomic.Bool // written to disk, and everything below it
}

// branch has up to 16 children, one per nibble.
type branch struct {
	meta
	children [16]Node
}

// extension shares a key prefix over its child, a branch (or a Ref to one).
type extension struct {
	meta
	key   []byte // nibbles
	child Node
}

// leaf holds the value at the rest of its key.
type leaf struct {
	meta
	key   []byte // nibbles left of the key (may be empty)
	value []byte // as stored in the trie (RLP)
	sub   Node   // in an account trie: the account's storage trie
}

// ref is a node that lives on disk and is not loaded.
type ref struct{ hash common.Hash }

func (*branch) isNode()    {}
func (*extension) isNode() {}
func (*leaf) isNode()      {}
func (*ref) isNode()       {}

// Ref returns the node stored under hash, to be loaded when needed; the
// empty root is the empty trie (nil).
func Ref(hash common.Hash) Node {
	if hash == types.EmptyRootHash || hash == (common.Hash{}) {
		return nil
	}
	return &ref{hash: hash}
}

// Loader reads nodes from disk by hash. Accounts says the trie is an
// account trie, whose leaves' storage roots become their Sub.
type Loader struct {
	Read     func(hash common.Hash) ([]byte, error)
	Accounts bool
}

// ErrMissingNode is returned when a node is needed that the disk does not
// hold.
var ErrMissingNode = errors.New("mpt: missing trie node")

// resolve returns n loaded, if it is a Ref.
func (l Loader) resolve(n Node) (Node, error) {
	r, ok := n.(*ref)
	if !ok {
		return n, nil
	}
	if l.Read == nil {
		return nil, fmt.Errorf("%w %s (no disk)", ErrMissingNode, r.hash)
	}
	blob, err := l.Read(r.hash)
	if err != nil || len(blob) == 0 {
		return nil, fmt.Errorf("%w %s: %v", ErrMissingNode, r.hash, err)
	}
	dec, err := Decode(blob, l.Accounts)
	if err != nil {
		return nil, fmt.Errorf("mpt: node %s: %w", r.hash, err)
	}
	m := metaOf(dec)
	m.hash, m.small = r.hash, nil // a stored node is referenced by hash, even a small root
	return dec, nil
}

// metaOf returns a loaded node's meta.
func metaOf(n Node) *meta {
	switch n := n.(type) {
	case *branch:
		return &n.meta
	case *extension:
		return &n.meta
	case *leaf:
		return &n.meta
	}
	return nil
}

// Decode decodes a node's encoding. Its children that are not embedded
// become Refs. In an account trie (accounts), a leaf's storage root becomes
// its Sub.
func Decode(blob []byte, accounts bool) (Node, error) {
	n, err := decode(blob, accounts)
	if err != nil {
		return nil, err
	}
	m := metaOf(n)
	m.hashed = true
	m.stored.Store(true)
	return n, nil
}

func decode(blob []byte, accounts bool) (Node, error) {
	elems, rest, err := rlp.SplitList(blob)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, errors.New("trailing bytes after a node")
	}
	count, err := rlp.CountValues(elems)
	if err != nil {
		return nil, err
	}
	switch count {
	case 2:
		kbuf, rest, err := rlp.SplitString(elems)
		if err != nil {
			return nil, err
		}
		key, isLeaf, err := compactToNibbles(kbuf)
		if err != nil {
			return nil, err
		}
		if isLeaf {
			val, _, err := rlp.SplitString(rest)
			if err != nil {
				return nil, err
			}
			l := &leaf{key: key, value: common.CopyBytes(val)}
			if accounts {
				root, err := storageRoot(l.value)
				if err != nil {
					return nil, err
				}
				l.sub = Ref(root)
			}
			return l, nil
		}
		child, _, err := decodeChild(rest, accounts)
		if err != nil {
			return nil, err
		}
		if child == nil {
			return nil, errors.New("extension without a child")
		}
		return &extension{key: key, child: child}, nil
	case 17:
		b := &branch{}
		for i := range b.children {
			if b.children[i], elems, err = decodeChild(elems, accounts); err != nil {
				return nil, err
			}
		}
		if val, _, err := rlp.SplitString(elems); err != nil || len(val) != 0 {
			return nil, errors.New("branch with a value")
		}
		return b, nil
	}
	return nil, fmt.Errorf("node with %d items", count)
}

// decodeChild decodes one child reference: empty, a hash, or an embedded
// node.
func decodeChild(buf []byte, accounts bool) (Node, []byte, error) {
	kind, val, rest, err := rlp.Split(buf)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case kind == rlp.List:
		raw := buf[:len(buf)-len(rest)]
		if len(raw) >= 32 {
			return nil, nil, errors.New("embedded node of 32 bytes or more")
		}
		n, err := decode(raw, accounts)
		if err != nil {
			return nil, nil, err
		}
		m := metaOf(n)
		m.small, m.hashed = common.CopyBytes(raw), true
		m.stored.Store(true)
		return n, rest, nil
	case kind == rlp.String && len(val) == 0:
		return nil, rest, nil
	case kind == rlp.String && len(val) == 32:
		return &ref{hash: common.BytesToHash(val)}, rest, nil
	}
	return nil, nil, fmt.Errorf("child reference of %d bytes", len(val))
}

// storageRoot reads the storage root out of an account's encoding.
func storageRoot(account []byte) (common.Hash, error) {
	fields, _, err := rlp.SplitList(account)
	if err != nil {
		return common.Hash{}, fmt.Errorf("account: %w", err)
	}
	for range 2 { // nonce, balance
		if _, fields, err = rlp.SplitString(fields); err != nil {
			return common.Hash{}, fmt.Errorf("account: %w", err)
		}
	}
	root, _, err := rlp.SplitString(fields)
	if err != nil || len(root) != 32 {
		return common.Hash{}, fmt.Errorf("account: storage root of %d bytes: %v", len(root), err)
	}
	return common.BytesToHash(root), nil
}

// nibbles returns a key's 64 nibbles.
func nibbles(key common.Hash) []byte {
	n := make([]byte, 64)
	for i, b := range key {
		n[2*i], n[2*i+1] = b>>4, b&0x0f
	}
	return n
}

// compactToNibbles decodes Ethereum's hex-prefix encoding of a key.
func compactToNibbles(c []byte) (key []byte, isLeaf bool, err error) {
	if len(c) == 0 {
		return nil, false, errors.New("empty key")
	}
	flag := c[0] >> 4
	if flag > 3 {
		return nil, false, fmt.Errorf("key flag %d", flag)
	}
	isLeaf = flag&2 != 0
	odd := flag&1 != 0
	key = make([]byte, 0, 2*len(c))
	if odd {
		key = append(key, c[0]&0x0f)
	} else if c[0]&0x0f != 0 {
		return nil, false, errors.New("padding nibble is not zero")
	}
	for _, b := range c[1:] {
		key = append(key, b>>4, b&0x0f)
	}
	return key, isLeaf, nil
}

// appendCompact appends the hex-prefix encoding of key.
func appendCompact(buf, key []byte, isLeaf bool) []byte {
	flag := byte(0)
	if isLeaf {
		flag = 2
	}
	if len(key)%2 == 1 {
		buf = append(buf, (flag|1)<<4|key[0])
		key = key[1:]
	} else {
		buf = append(buf, flag<<4)
	}
	for i := 0; i < len(key); i += 2 {
		buf = append(buf, key[i]<<4|key[i+1])
	}
	return buf
}
