package mpt

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// Unstored visits the hashed nodes of the trie rooted at root (an account
// trie with its storage tries) that are not on disk yet, in an order safe
// for writing: a storage trie before the account leaf above it, children
// before parents, the root last, so that once a node is on disk everything
// below it is. Nodes embedded in their parents are not visited (their
// parents hold them), except a storage trie's root, which is stored under
// its hash whatever its size. Once fn's writes are durable, call done to
// mark the visited nodes stored.
func Unstored(root Node, fn func(hash common.Hash, blob []byte) error) (done func(), err error) {
	w := &unstored{h: newHasher(), fn: fn}
	if err := w.visit(root, true); err != nil {
		return nil, err
	}
	return func() {
		for _, m := range w.metas {
			m.stored.Store(true)
		}
	}, nil
}

type unstored struct {
	h     *hasher
	fn    func(common.Hash, []byte) error
	metas []*meta
}

func (w *unstored) visit(n Node, isRoot bool) error {
	m := metaOf(n)
	if m == nil || m.stored.Load() {
		return nil
	}
	switch t := n.(type) {
	case *branch:
		for _, c := range t.children {
			if err := w.visit(c, false); err != nil {
				return err
			}
		}
	case *extension:
		if err := w.visit(t.child, false); err != nil {
			return err
		}
	case *leaf:
		if err := w.visit(t.sub, true); err != nil {
			return err
		}
	}
	w.metas = append(w.metas, m)
	switch {
	case m.small == nil:
		return w.fn(m.hash, w.h.encode(n))
	case isRoot:
		return w.fn(w.h.sum(m.small), m.small)
	}
	return nil
}

// Walk visits the trie rooted at root (with an account trie's storage
// tries, loading what is on disk through load), calling visit with the
// hash of every node stored under one; where visit returns false the nodes
// below are not walked. It stops when ctx is done.
func Walk(ctx context.Context, root Node, load Loader, visit func(common.Hash) bool) error {
	w := &walker{ctx: ctx, visit: visit, h: newHasher(), storage: Loader{Read: load.Read}}
	return w.walk(root, load, true)
}

type walker struct {
	ctx     context.Context
	visit   func(common.Hash) bool
	h       *hasher
	storage Loader // for the storage tries below an account trie
	n       int
}

func (w *walker) walk(n Node, load Loader, isRoot bool) error {
	if n == nil {
		return nil
	}
	if w.n++; w.n%65536 == 0 && w.ctx.Err() != nil {
		return w.ctx.Err()
	}
	if r, ok := n.(*ref); ok {
		if !w.visit(r.hash) {
			return nil
		}
		loaded, err := load.resolve(r)
		if err != nil {
			return err
		}
		return w.children(loaded, load)
	}
	m := metaOf(n)
	switch {
	case m.small == nil:
		if !w.visit(m.hash) {
			return nil
		}
	case isRoot:
		if !w.visit(w.h.sum(m.small)) {
			return nil
		}
	}
	return w.children(n, load)
}

func (w *walker) children(n Node, load Loader) error {
	switch t := n.(type) {
	case *branch:
		for _, c := range t.children {
			if err := w.walk(c, load, false); err != nil {
				return err
			}
		}
	case *extension:
		return w.walk(t.child, load, false)
	case *leaf:
		if load.Accounts {
			return w.walk(t.sub, w.storage, true)
		}
	}
	return nil
}

// Trim returns a copy of the trie rooted at root that keeps in memory its
// top depth levels and the nodes born (hashed) at version since or later:
// every other subtree, and every other storage trie, becomes a Ref (loaded
// from disk when needed). A node is never younger than its children (a
// commit copies the whole path above what it changes), so the recent paths
// are kept whole. Nodes not on disk are kept whatever their age. The trie
// it was copied from is not changed, so readers of it go on.
func Trim(root Node, depth int, since uint64) Node {
	m := metaOf(root)
	if m == nil || !m.hashed || !m.stored.Load() {
		return root
	}
	if depth <= 0 && m.small == nil && m.born < since {
		return &ref{hash: m.hash}
	}
	var out Node
	switch t := root.(type) {
	case *branch:
		b := &branch{}
		for i, c := range t.children {
			b.children[i] = Trim(c, depth-1, since)
		}
		out = b
	case *extension:
		out = &extension{key: t.key, child: Trim(t.child, depth-len(t.key), since)}
	case *leaf:
		out = &leaf{key: t.key, value: t.value, sub: Trim(t.sub, 0, since)}
	}
	om := metaOf(out)
	om.hash, om.small, om.born, om.hashed = m.hash, m.small, m.born, true
	om.stored.Store(true)
	return out
}

// Resident counts the nodes of the trie rooted at root (with an account
// trie's storage tries) that are held in memory, not on disk only.
func Resident(root Node) int {
	m := metaOf(root)
	if m == nil {
		return 0
	}
	n := 1
	switch t := root.(type) {
	case *branch:
		for _, c := range t.children {
			n += Resident(c)
		}
	case *extension:
		n += Resident(t.child)
	case *leaf:
		n += Resident(t.sub)
	}
	return n
}
