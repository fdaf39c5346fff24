package mpt

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
)

// mapDisk is a node store for tests.
type mapDisk map[common.Hash][]byte

func (d mapDisk) read(h common.Hash) ([]byte, error) {
	if b, ok := d[h]; ok {
		return b, nil
	}
	return nil, fmt.Errorf("not found")
}

func (d mapDisk) store(t *testing.T, root Node) {
	t.Helper()
	done, err := Unstored(root, func(h common.Hash, blob []byte) error {
		d[h] = append([]byte(nil), blob...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	done()
}

// randomValue returns a value like a storage slot's: RLP of 1 to 32 bytes,
// sometimes a single byte (so that some leaves are embedded).
func randomValue(rng *rand.Rand) []byte {
	n := 1 + rng.IntN(32)
	if rng.IntN(3) == 0 {
		n = 1
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	if n == 1 && b[0] < 0x80 {
		return b
	}
	return append([]byte{0x80 + byte(n)}, b...)
}

// TestMatchesGethTrie applies random puts and deletes, some keys sharing
// long prefixes (deep, small nodes), in batches: after every batch the root
// equals go-ethereum's for the same contents, every old version still hashes
// to its root and reads its own values, and a trie loaded back from disk
// (Refs) reads and updates the same.
func TestMatchesGethTrie(t *testing.T) {
	for seed := range uint64(6) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 7))
			ref := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
			disk := mapDisk{}
			load := Loader{Read: disk.read}
			var keys []common.Hash
			newKey := func() common.Hash {
				var k common.Hash
				if len(keys) > 0 && rng.IntN(3) == 0 {
					k = keys[rng.IntN(len(keys))]
					k[31-rng.IntN(3)] ^= byte(1 + rng.IntN(255)) // shares a long prefix
				} else {
					for i := range k {
						k[i] = byte(rng.Uint32())
					}
				}
				keys = append(keys, k)
				return k
			}
			type version struct {
				root   Node
				hash   common.Hash
				values map[common.Hash][]byte
			}
			var versions []version
			var root Node
			values := map[common.Hash][]byte{}
			for b := range 40 {
				if b == 20 {
					// Continue from disk.
					disk.store(t, root)
					root = Ref(Hash(root))
				}
				batch := NewBatch(root, load)
				for range 1 + rng.IntN(60) {
					if len(keys) > 0 && rng.IntN(4) == 0 {
						k := keys[rng.IntN(len(keys))]
						if err := batch.Delete(k); err != nil {
							t.Fatal(err)
						}
						ref.MustDelete(k[:])
						delete(values, k)
						if err := depthCheck(batch.Root(), 0); err != nil {
							t.Fatalf("after del %x: %v", k, err)
						}
						continue
					}
					k := newKey()
					if len(keys) > 1 && rng.IntN(4) == 0 {
						k = keys[rng.IntN(len(keys)-1)]
					}
					v := randomValue(rng)
					if err := batch.Put(k, v, nil); err != nil {
						t.Fatal(err)
					}
					ref.MustUpdate(k[:], v)
					values[k] = v
					if err := depthCheck(batch.Root(), 0); err != nil {
						t.Fatalf("after put %x: %v", k, err)
					}
				}
				root = batch.Root()
				got, _ := HashAt(root, uint64(b+1))
				want := ref.Hash()
				if got != want {
					t.Fatalf("batch %d: root %s, go-ethereum %s", b, got, want)
				}
				versions = append(versions, version{root: root, hash: got, values: clone(values)})
			}
			disk.store(t, root)
			for i, v := range versions {
				// Rehashed from scratch: no later batch changed its nodes.
				if h := Hash(unhashed(t, v.root, load)); h != v.hash {
					t.Fatalf("version %d changed: %s, was %s", i, h, v.hash)
				}
				check := func(r Node) {
					for _, k := range keys {
						got, _, found, err := Get(r, k, load)
						if err != nil {
							t.Fatal(err)
						}
						want, ok := v.values[k]
						if found != ok || string(got) != string(want) {
							t.Fatalf("version %d key %s: got %x (%v), want %x (%v)", i, k, got, found, want, ok)
						}
					}
				}
				check(v.root)
				if i == len(versions)-1 {
					check(Ref(v.hash)) // every node of the last version reached the disk
				}
			}
			// Trimmed copies (to the top two levels; to what the last
			// five batches made) read, hash and update like the original,
			// holding fewer nodes.
			last := versions[len(versions)-1]
			for _, trimmed := range []Node{Trim(last.root, 2, ^uint64(0)), Trim(last.root, 0, 36)} {
				if h := Hash(trimmed); h != last.hash {
					t.Fatalf("trimmed root %s, want %s", h, last.hash)
				}
				if Resident(trimmed) >= Resident(last.root) {
					t.Fatalf("trimming kept %d of %d nodes", Resident(trimmed), Resident(last.root))
				}
				for _, k := range keys[:min(len(keys), 50)] {
					got, _, _, err := Get(trimmed, k, load)
					if err != nil || string(got) != string(last.values[k]) {
						t.Fatalf("trimmed read of %s: %x, %v", k, got, err)
					}
				}
				b1, b2 := NewBatch(last.root, load), NewBatch(trimmed, load)
				for _, k := range keys[:min(len(keys), 30)] {
					for _, b := range []*Batch{b1, b2} {
						if err := b.Put(k, []byte{0x42}, nil); err != nil {
							t.Fatal(err)
						}
					}
				}
				if h1, h2 := Hash(b1.Root()), Hash(b2.Root()); h1 != h2 {
					t.Fatalf("update of the trimmed copy: %s, of the original %s", h2, h1)
				}
			}
			var walked int
			if err := Walk(context.Background(), Ref(versions[len(versions)-1].hash), load, func(common.Hash) bool { walked++; return true }); err != nil {
				t.Fatal(err)
			}
			if walked == 0 {
				t.Fatal("walked nothing")
			}
		})
	}
}

func clone(m map[common.Hash][]byte) map[common.Hash][]byte {
	out := make(map[common.Hash][]byte, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// TestDeleteEverything empties a trie key by key.
func TestDeleteEverything(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var keys []common.Hash
	b := NewBatch(nil, Loader{})
	for range 300 {
		var k common.Hash
		for i := range k {
			k[i] = byte(rng.Uint32())
		}
		keys = append(keys, k)
		if err := b.Put(k, []byte{1}, nil); err != nil {
			t.Fatal(err)
		}
	}
	full := b.Root()
	Hash(full)
	b = NewBatch(full, Loader{})
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			t.Fatal(err)
		}
	}
	if b.Root() != nil || Hash(b.Root()) != types.EmptyRootHash {
		t.Fatalf("not empty: %T", b.Root())
	}
}

// depthCheck checks every leaf ends at nibble 64.
func depthCheck(n Node, depth int) error {
	switch t := n.(type) {
	case *leaf:
		if depth+len(t.key) != 64 {
			return fmt.Errorf("leaf at depth %d with a key of %d nibbles", depth, len(t.key))
		}
	case *extension:
		return depthCheck(t.child, depth+len(t.key))
	case *branch:
		for _, c := range t.children {
			if err := depthCheck(c, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// unhashed copies a trie (loading what is on disk) with no hash cached.
func unhashed(t *testing.T, n Node, load Loader) Node {
	t.Helper()
	n, err := load.resolve(n)
	if err != nil {
		t.Fatal(err)
	}
	switch x := n.(type) {
	case *branch:
		b := &branch{}
		for i, c := range x.children {
			b.children[i] = unhashed(t, c, load)
		}
		return b
	case *extension:
		return &extension{key: x.key, child: unhashed(t, x.child, load)}
	case *leaf:
		return &leaf{key: x.key, value: x.value, sub: x.sub}
	}
	return nil
}
