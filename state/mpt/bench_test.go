package mpt

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// BenchmarkBatch times one block's update of a 100,000-leaf trie: 10,000
// leaves rewritten (account-sized values), then hashed.
func BenchmarkBatch(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	keys := make([]common.Hash, 100_000)
	value := make([]byte, 70)
	batch := NewBatch(nil, Loader{})
	for i := range keys {
		for j := range keys[i] {
			keys[i][j] = byte(rng.Uint32())
		}
		if err := batch.Put(keys[i], value, nil); err != nil {
			b.Fatal(err)
		}
	}
	root := batch.Root()
	Hash(root)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		batch := NewBatch(root, Loader{})
		for range 10_000 {
			v := make([]byte, 70)
			v[0] = byte(i)
			if err := batch.Put(keys[rng.IntN(len(keys))], v, nil); err != nil {
				b.Fatal(err)
			}
		}
		root = batch.Root()
		Hash(root)
	}
}
