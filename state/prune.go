package state

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
)

// DefaultPruneAfter is how many checkpoints that no longer count (older
// than the newest, out of the retained window) gather before a non-archive
// store prunes the disk.
const DefaultPruneAfter = 4

// guardedDisk is the disk as the trie database of a pruning store sees it:
// while a prune runs, every trie node written is remembered, so that the
// sweep never deletes a node that a version committed during the prune
// wrote again, and the sweep's deletions never interleave with a write.
type guardedDisk struct {
	ethdb.Database
	mu        sync.Mutex
	protected map[common.Hash]struct{} // nil unless a prune runs
}

// protect records keys that are trie nodes. Called with mu held.
func (d *guardedDisk) protect(keys [][]byte) {
	if d.protected == nil {
		return
	}
	for _, k := range keys {
		d.protected[common.BytesToHash(k)] = struct{}{}
	}
}

// Put implements ethdb.KeyValueWriter.
func (d *guardedDisk) Put(key, value []byte) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(key) == common.HashLength {
		d.protect([][]byte{key})
	}
	return d.Database.Put(key, value)
}

// NewBatch implements ethdb.Batcher.
func (d *guardedDisk) NewBatch() ethdb.Batch {
	return &guardedBatch{Batch: d.Database.NewBatch(), disk: d}
}

// NewBatchWithSize implements ethdb.Batcher.
func (d *guardedDisk) NewBatchWithSize(size int) ethdb.Batch {
	return &guardedBatch{Batch: d.Database.NewBatchWithSize(size), disk: d}
}

// guardedBatch remembers the trie nodes it writes (see guardedDisk).
type guardedBatch struct {
	ethdb.Batch
	disk  *guardedDisk
	nodes [][]byte
}

func (b *guardedBatch) Put(key, value []byte) error {
	if len(key) == common.HashLength {
		b.nodes = append(b.nodes, common.CopyBytes(key))
	}
	return b.Batch.Put(key, value)
}

func (b *guardedBatch) Write() error {
	b.disk.mu.Lock()
	defer b.disk.mu.Unlock()
	b.disk.protect(b.nodes)
	return b.Batch.Write()
}

func (b *guardedBatch) Reset() {
	b.nodes = b.nodes[:0]
	b.Batch.Reset()
}

// pruneJob is what a prune keeps: every version retained when it began,
// each pinned (referenced) in the trie database until the marking is done.
type pruneJob struct {
	roots []common.Hash
	stale []common.Hash // older checkpoints: their roots go first, so none looks whole while its nodes are swept
}

// prune deletes from disk every trie node that none of the job's versions
// reaches and that no commit wrote since the job began: the checkpoints
// that fell out of the retained window, and the nodes older versions no
// longer share. It marks by walking every version (a subtree already
// marked is not walked again), then sweeps the disk's trie nodes.
func prune(ctx context.Context, disk *guardedDisk, tdb *triedb.Database, job pruneJob, log *slog.Logger) (deleted int, err error) {
	start := time.Now()
	marked := make(map[common.Hash]struct{})
	var markErr error
	for _, root := range job.roots {
		if markErr = markVersion(ctx, tdb, root, marked); markErr != nil {
			break
		}
	}
	for _, root := range job.roots {
		if err := tdb.Dereference(root); err != nil && markErr == nil {
			markErr = err
		}
	}
	if markErr != nil {
		return 0, fmt.Errorf("state: prune: mark: %w", markErr)
	}
	log.Debug("Pruning state", "versions", len(job.roots), "live nodes", len(marked), "marked in", time.Since(start).Round(time.Millisecond))

	// Sweep, a chunk at a time: a chunk's deletions are decided and
	// written under the disk's lock, so no node written meanwhile is lost.
	var chunk [][]byte
	sweep := func() error {
		if len(chunk) == 0 {
			return nil
		}
		disk.mu.Lock()
		defer disk.mu.Unlock()
		b := disk.Database.NewBatch()
		for _, k := range chunk {
			if _, ok := disk.protected[common.BytesToHash(k)]; ok {
				continue
			}
			if err := b.Delete(k); err != nil {
				return err
			}
			deleted++
		}
		chunk = chunk[:0]
		return b.Write()
	}
	// The older checkpoints' roots first: a version whose root is gone
	// is not offered to readers while the rest of its nodes are swept.
	for _, root := range job.stale {
		if _, ok := marked[root]; !ok {
			chunk = append(chunk, root.Bytes())
		}
	}
	if err := sweep(); err != nil {
		return deleted, fmt.Errorf("state: prune: delete: %w", err)
	}
	it := disk.Database.NewIterator(nil, nil)
	defer it.Release()
	scanned := 0
	for it.Next() {
		k := it.Key()
		if len(k) != common.HashLength {
			continue
		}
		if scanned++; scanned%100_000 == 0 && ctx.Err() != nil {
			return deleted, ctx.Err()
		}
		if _, ok := marked[common.BytesToHash(k)]; ok {
			continue
		}
		if chunk = append(chunk, common.CopyBytes(k)); len(chunk) >= 10_000 {
			if err := sweep(); err != nil {
				return deleted, fmt.Errorf("state: prune: delete: %w", err)
			}
		}
	}
	if err := it.Error(); err != nil {
		return deleted, fmt.Errorf("state: prune: iterate: %w", err)
	}
	if err := sweep(); err != nil {
		return deleted, fmt.Errorf("state: prune: delete: %w", err)
	}
	level := slog.LevelInfo
	if deleted == 0 {
		level = slog.LevelDebug
	}
	log.Log(ctx, level, "Pruned state", "deleted nodes", deleted, "kept", len(marked), "nodes scanned", scanned, "elapsed", time.Since(start).Round(time.Millisecond))
	return deleted, nil
}

// markVersion adds every trie node version root reaches (account trie and
// storage tries) to marked, not walking below a node marked already.
func markVersion(ctx context.Context, tdb *triedb.Database, root common.Hash, marked map[common.Hash]struct{}) error {
	if root == types.EmptyRootHash {
		return nil
	}
	accounts, err := trie.New(trie.StateTrieID(root), tdb)
	if err != nil {
		return err
	}
	return markTrie(ctx, accounts, marked, func(leaf []byte, path []byte) error {
		var acc types.StateAccount
		if err := rlp.DecodeBytes(leaf, &acc); err != nil {
			return fmt.Errorf("account at %x: %w", path, err)
		}
		if acc.Root == types.EmptyRootHash {
			return nil
		}
		if _, ok := marked[acc.Root]; ok {
			return nil
		}
		st, err := trie.New(trie.StorageTrieID(root, common.BytesToHash(path), acc.Root), tdb)
		if err != nil {
			return err
		}
		return markTrie(ctx, st, marked, nil)
	})
}

// markTrie walks tr's nodes; leaf is called with each leaf's value and key
// (the storage tries below the account trie's leaves).
func markTrie(ctx context.Context, tr *trie.Trie, marked map[common.Hash]struct{}, leaf func(value, key []byte) error) error {
	it, err := tr.NodeIterator(nil)
	if err != nil {
		return err
	}
	descend := true
	for n := 0; it.Next(descend); n++ {
		if n%100_000 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		descend = true
		if h := it.Hash(); h != (common.Hash{}) {
			if _, ok := marked[h]; ok {
				descend = false // marked with everything below it
				continue
			}
			marked[h] = struct{}{}
		}
		if it.Leaf() && leaf != nil {
			if err := leaf(it.LeafBlob(), it.LeafKey()); err != nil {
				return err
			}
		}
	}
	return it.Error()
}
