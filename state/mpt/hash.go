package mpt

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// hasher encodes and hashes nodes; one per goroutine.
type hasher struct {
	keccak crypto.KeccakState
	buf    []byte
	size   int64  // memory of the nodes it hashed, roughly
	born   uint64 // stamped on the nodes it hashes
}

func newHasher() *hasher { return &hasher{keccak: crypto.NewKeccakState(), buf: make([]byte, 0, 600)} }

// Hash hashes every node of the trie that is not hashed yet (those a Batch
// created), using the machine's cores for a large trie, and returns the
// root hash. After Hash the trie never changes and may be shared.
func Hash(root Node) common.Hash {
	h, _ := HashAt(root, 0)
	return h
}

// HashAt is Hash for the commit of version (block) born, which the new
// nodes remember (see Trim); it also returns roughly how much memory they
// take.
func HashAt(root Node, born uint64) (common.Hash, int64) {
	if root == nil {
		return types.EmptyRootHash, 0
	}
	var size int64
	if b, ok := root.(*branch); ok && !b.hashed {
		size = hashChildren(b, born)
	}
	h := newHasher()
	h.born = born
	return h.root(root), size + h.size
}

// Sizes of nodes in memory, roughly (the structs, slices' headers and
// arrays, and the allocator's rounding).
const (
	branchSize = 360
	shortSize  = 160
)

// hashChildren hashes a branch's children in parallel and returns the
// memory of the nodes it hashed.
func hashChildren(b *branch, born uint64) int64 {
	var todo []Node
	for _, c := range b.children {
		if m := metaOf(c); m != nil && !m.hashed {
			todo = append(todo, c)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	if workers < 2 {
		return 0
	}
	var size atomic.Int64
	var wg sync.WaitGroup
	next := make(chan Node, len(todo))
	for _, c := range todo {
		next <- c
	}
	close(next)
	for range workers {
		wg.Go(func() {
			h := newHasher()
			h.born = born
			for c := range next {
				h.ensure(c)
			}
			size.Add(h.size)
		})
	}
	wg.Wait()
	return size.Load()
}

// root returns the hash of a trie's root node: keccak of its encoding even
// when that is under 32 bytes.
func (h *hasher) root(n Node) common.Hash {
	switch t := n.(type) {
	case nil:
		return types.EmptyRootHash
	case *ref:
		return t.hash
	}
	h.ensure(n)
	m := metaOf(n)
	if m.small != nil {
		return h.sum(m.small)
	}
	return m.hash
}

// ensure hashes n (and the nodes below it) if it is not hashed yet.
func (h *hasher) ensure(n Node) {
	m := metaOf(n)
	if m == nil || m.hashed {
		return
	}
	enc := h.encode(n)
	switch t := n.(type) {
	case *branch:
		h.size += branchSize
	case *extension:
		h.size += shortSize + int64(len(t.key))
	case *leaf:
		h.size += shortSize + int64(len(t.key)+len(t.value))
	}
	if len(enc) < 32 {
		m.small = append([]byte(nil), enc...)
	} else {
		m.hash = h.sum(enc)
	}
	m.born, m.hashed = h.born, true
}

// refSize is the size of a hashed node's reference in its parent.
func refSize(n Node) int {
	if n == nil {
		return 1
	}
	if m := metaOf(n); m != nil && m.small != nil {
		return len(m.small)
	}
	return 33
}

// appendRef appends how a parent refers to a hashed node: the RLP string
// of its hash, or its encoding when that is under 32 bytes.
func appendRef(buf []byte, n Node) []byte {
	switch t := n.(type) {
	case nil:
		return append(buf, 0x80)
	case *ref:
		return append(append(buf, 0xa0), t.hash[:]...)
	}
	m := metaOf(n)
	if m.small != nil {
		return append(buf, m.small...)
	}
	return append(append(buf, 0xa0), m.hash[:]...)
}

func (h *hasher) sum(data []byte) common.Hash {
	h.keccak.Reset()
	h.keccak.Write(data)
	var out common.Hash
	h.keccak.Read(out[:])
	return out
}

// encode returns n's RLP encoding in h.buf, hashing its children first.
func (h *hasher) encode(n Node) []byte {
	switch t := n.(type) {
	case *branch:
		size := 1 // the empty value
		for _, c := range t.children {
			h.ensure(c)
			size += refSize(c)
		}
		h.buf = appendListHeader(h.buf[:0], size)
		for _, c := range t.children {
			h.buf = appendRef(h.buf, c)
		}
		return append(h.buf, 0x80)
	case *extension:
		h.ensure(t.child)
		var kb [40]byte
		key := appendCompact(kb[:0], t.key, false)
		h.buf = appendListHeader(h.buf[:0], stringSize(key)+refSize(t.child))
		h.buf = appendString(h.buf, key)
		return appendRef(h.buf, t.child)
	case *leaf:
		var kb [40]byte
		key := appendCompact(kb[:0], t.key, true)
		h.buf = appendListHeader(h.buf[:0], stringSize(key)+stringSize(t.value))
		h.buf = appendString(h.buf, key)
		return appendString(h.buf, t.value)
	}
	panic(fmt.Sprintf("mpt: cannot encode %T", n))
}

// Encode returns the encoding of a loaded, hashed node (what is stored
// under its hash).
func Encode(n Node) []byte {
	h := newHasher()
	return append([]byte(nil), h.encode(n)...)
}

func stringSize(b []byte) int {
	switch {
	case len(b) == 1 && b[0] < 0x80:
		return 1
	case len(b) < 56:
		return 1 + len(b)
	}
	return 1 + uintSize(uint64(len(b))) + len(b)
}

func appendString(buf, b []byte) []byte {
	switch {
	case len(b) == 1 && b[0] < 0x80:
		return append(buf, b[0])
	case len(b) < 56:
		return append(append(buf, 0x80+byte(len(b))), b...)
	}
	buf = appendLength(append(buf, 0xb7+byte(uintSize(uint64(len(b))))), uint64(len(b)))
	return append(buf, b...)
}

func appendListHeader(buf []byte, size int) []byte {
	if size < 56 {
		return append(buf, 0xc0+byte(size))
	}
	return appendLength(append(buf, 0xf7+byte(uintSize(uint64(size)))), uint64(size))
}

func uintSize(x uint64) int {
	n := 1
	for x >= 0x100 {
		x >>= 8
		n++
	}
	return n
}

func appendLength(buf []byte, x uint64) []byte {
	for i := uintSize(x) - 1; i >= 0; i-- {
		buf = append(buf, byte(x>>(8*i)))
	}
	return buf
}
