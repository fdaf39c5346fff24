package mpt

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Get returns the leaf at key in the trie rooted at root: its value and,
// in an account trie, its storage trie. Nodes on disk are loaded through
// load and not kept.
func Get(root Node, key common.Hash, load Loader) (value []byte, sub Node, found bool, err error) {
	k := nibbles(key)
	n := root
	for {
		if n, err = load.resolve(n); err != nil {
			return nil, nil, false, err
		}
		switch t := n.(type) {
		case nil:
			return nil, nil, false, nil
		case *leaf:
			if !bytes.Equal(t.key, k) {
				return nil, nil, false, nil
			}
			return t.value, t.sub, true, nil
		case *extension:
			if !bytes.HasPrefix(k, t.key) {
				return nil, nil, false, nil
			}
			k, n = k[len(t.key):], t.child
		case *branch:
			if len(k) == 0 {
				return nil, nil, false, fmt.Errorf("mpt: key %s ends at a branch", key)
			}
			k, n = k[1:], t.children[k[0]]
		}
	}
}

// NodeBlob returns the encoding of the node at path (nibbles from root)
// if it is loaded there and its hash is hash (a root under 32 bytes
// matches the keccak of its encoding); nil otherwise.
func NodeBlob(root Node, path []byte, hash common.Hash) []byte {
	n := root
	for depth := 0; ; depth++ {
		m := metaOf(n)
		if m == nil || !m.hashed {
			return nil
		}
		if len(path) == 0 {
			switch {
			case m.small == nil && m.hash == hash:
				return Encode(n)
			case m.small != nil && depth == 0 && newHasher().sum(m.small) == hash:
				return common.CopyBytes(m.small)
			}
			return nil
		}
		switch t := n.(type) {
		case *branch:
			n, path = t.children[path[0]], path[1:]
		case *extension:
			if !bytes.HasPrefix(path, t.key) {
				return nil
			}
			n, path = t.child, path[len(t.key):]
		default:
			return nil
		}
	}
}

// Batch builds a new version of a trie from an old one. The old version is
// never changed: nodes on changed paths are copied, and only nodes the batch
// created (not hashed yet) are changed in place. A Batch is not safe for
// concurrent use; Hash its root before publishing it.
type Batch struct {
	root Node
	load Loader
}

// NewBatch starts a batch over the trie rooted at root.
func NewBatch(root Node, load Loader) *Batch { return &Batch{root: root, load: load} }

// Root returns the trie as the batch left it.
func (b *Batch) Root() Node { return b.root }

// Put sets the leaf at key. sub is the leaf's storage trie in an account
// trie, nil otherwise.
func (b *Batch) Put(key common.Hash, value []byte, sub Node) error {
	n, err := b.insert(b.root, nibbles(key), value, sub)
	if err != nil {
		return fmt.Errorf("mpt: put %s: %w", key, err)
	}
	b.root = n
	return nil
}

// Delete removes the leaf at key, if any.
func (b *Batch) Delete(key common.Hash) error {
	n, _, err := b.remove(b.root, nibbles(key))
	if err != nil {
		return fmt.Errorf("mpt: delete %s: %w", key, err)
	}
	b.root = n
	return nil
}

func (b *Batch) insert(n Node, k, value []byte, sub Node) (Node, error) {
	n, err := b.load.resolve(n)
	if err != nil {
		return nil, err
	}
	switch t := n.(type) {
	case nil:
		return &leaf{key: k, value: value, sub: sub}, nil
	case *leaf:
		if bytes.Equal(t.key, k) {
			if !t.hashed {
				t.value, t.sub = value, sub
				return t, nil
			}
			return &leaf{key: t.key, value: value, sub: sub}, nil
		}
		p := commonPrefix(t.key, k)
		br := &branch{}
		at := t.key[p] // before rekey changes t.key
		br.children[at] = rekey(t, t.key[p+1:])
		br.children[k[p]] = &leaf{key: k[p+1:], value: value, sub: sub}
		return extend(k[:p], br), nil
	case *extension:
		p := commonPrefix(t.key, k)
		if p == len(t.key) {
			child, err := b.insert(t.child, k[p:], value, sub)
			if err != nil {
				return nil, err
			}
			if !t.hashed {
				t.child = child
				return t, nil
			}
			return &extension{key: t.key, child: child}, nil
		}
		br := &branch{}
		at := t.key[p]
		br.children[at] = extend(t.key[p+1:], t.child)
		br.children[k[p]] = &leaf{key: k[p+1:], value: value, sub: sub}
		return extend(k[:p], br), nil
	case *branch:
		child, err := b.insert(t.children[k[0]], k[1:], value, sub)
		if err != nil {
			return nil, err
		}
		if !t.hashed {
			t.children[k[0]] = child
			return t, nil
		}
		nb := &branch{children: t.children}
		nb.children[k[0]] = child
		return nb, nil
	}
	return nil, fmt.Errorf("unknown node %T", n)
}

// remove deletes key below n; changed reports whether it was there.
func (b *Batch) remove(n Node, k []byte) (_ Node, changed bool, _ error) {
	n, err := b.load.resolve(n)
	if err != nil {
		return nil, false, err
	}
	switch t := n.(type) {
	case nil:
		return nil, false, nil
	case *leaf:
		if !bytes.Equal(t.key, k) {
			return n, false, nil
		}
		return nil, true, nil
	case *extension:
		if !bytes.HasPrefix(k, t.key) {
			return n, false, nil
		}
		child, changed, err := b.remove(t.child, k[len(t.key):])
		if err != nil || !changed {
			return n, false, err
		}
		return b.join(t.key, child)
	case *branch:
		child, changed, err := b.remove(t.children[k[0]], k[1:])
		if err != nil || !changed {
			return n, false, err
		}
		nb := t
		if t.hashed {
			nb = &branch{children: t.children}
		}
		nb.children[k[0]] = child
		if child != nil {
			return nb, true, nil
		}
		only := -1
		for i, c := range nb.children {
			if c != nil {
				if only >= 0 {
					return nb, true, nil // two or more children left
				}
				only = i
			}
		}
		return b.join([]byte{byte(only)}, nb.children[only])
	}
	return nil, false, fmt.Errorf("unknown node %T", n)
}

// join puts prefix above child, merging it into a child that has a key.
func (b *Batch) join(prefix []byte, child Node) (Node, bool, error) {
	child, err := b.load.resolve(child)
	if err != nil {
		return nil, false, err
	}
	switch c := child.(type) {
	case nil:
		return nil, true, nil
	case *leaf:
		return rekey(c, concat(prefix, c.key)), true, nil
	case *extension:
		return &extension{key: concat(prefix, c.key), child: c.child}, true, nil
	}
	return &extension{key: common.CopyBytes(prefix), child: child}, true, nil
}

// rekey returns l with another key (l itself if it is not hashed yet).
func rekey(l *leaf, key []byte) *leaf {
	if !l.hashed {
		l.key = key
		return l
	}
	return &leaf{key: key, value: l.value, sub: l.sub}
}

// extend puts an extension with key above n, unless key is empty. A child
// that has a key of its own absorbs it.
func extend(key []byte, n Node) Node {
	if len(key) == 0 {
		return n
	}
	switch c := n.(type) {
	case *extension:
		if !c.hashed {
			c.key = concat(key, c.key)
			return c
		}
		return &extension{key: concat(key, c.key), child: c.child}
	case *leaf:
		return rekey(c, concat(key, c.key))
	}
	return &extension{key: key, child: n}
}

func concat(a, b []byte) []byte {
	out := make([]byte, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

func commonPrefix(a, b []byte) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}
