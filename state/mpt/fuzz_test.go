package mpt

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
)

// FuzzMatchesGethTrie reads puts and deletes from the input (keys from a
// small alphabet of bytes, so that they share long prefixes and deep nodes
// are embedded), applies them in batches, and requires the root
// go-ethereum's trie computes after every batch; the trie reloaded from
// its stored nodes must give the same root and values.
func FuzzMatchesGethTrie(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte{0x80, 1, 1, 1, 0x81, 1, 1, 1, 0x40, 1, 1, 1, 0xff, 2, 2})
	f.Fuzz(func(t *testing.T, in []byte) {
		ref := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
		disk := mapDisk{}
		load := Loader{Read: disk.read}
		var root Node
		batch := NewBatch(nil, load)
		values := map[common.Hash][]byte{}
		for len(in) >= 4 {
			op, a, b, c := in[0], in[1], in[2], in[3]
			in = in[4:]
			var key common.Hash
			for i := range key {
				key[i] = []byte{a, b, c, a ^ b}[i%4] & 0x11 // two bits a nibble: long shared prefixes
			}
			key[31] = c
			switch {
			case op&0x80 != 0:
				if err := batch.Delete(key); err != nil {
					t.Fatal(err)
				}
				ref.MustDelete(key[:])
				delete(values, key)
			default:
				value := []byte{op & 0x7f}
				if op&0x40 != 0 {
					value = append([]byte{0x82}, a, b) // an RLP string of two bytes
				}
				if err := batch.Put(key, value, nil); err != nil {
					t.Fatal(err)
				}
				ref.MustUpdate(key[:], value)
				values[key] = value
			}
			if op&0x20 != 0 { // end the batch: hash, store, go on from disk
				root = batch.Root()
				if got, want := Hash(root), ref.Hash(); got != want {
					t.Fatalf("root %s, go-ethereum %s", got, want)
				}
				disk.store(t, root)
				batch = NewBatch(Ref(Hash(root)), load)
			}
		}
		root = batch.Root()
		if got, want := Hash(root), ref.Hash(); got != want {
			t.Fatalf("root %s, go-ethereum %s", got, want)
		}
		disk.store(t, root)
		for k, v := range values {
			got, _, found, err := Get(Ref(Hash(root)), k, load)
			if err != nil || !found || string(got) != string(v) {
				t.Fatalf("key %s: %x %v %v, want %x", k, got, found, err, v)
			}
		}
	})
}
