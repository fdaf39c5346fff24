package state

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethdb"

	"github.com/metis-go/metis/state/mpt"
)

// DefaultPruneAfter is how many checkpoints that no longer count (older
// than the newest, out of the retained window) gather before a non-archive
// store prunes the disk.
const DefaultPruneAfter = 4

// guardedDisk is the disk as a pruning store writes trie nodes to it:
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

// pruneJob is what a prune keeps: the tries of every version retained when
// it began (held by the job until they are marked).
type pruneJob struct {
	trees []mpt.Node
	load  mpt.Loader    // reads the nodes on disk
	stale []common.Hash // older checkpoints: their roots go first, so none looks whole while its nodes are swept
}

// prune deletes from disk every trie node that none of the job's versions
// reaches and that no commit wrote since the job began: the checkpoints
// that fell out of the retained window, and the nodes older versions no
// longer share. It marks by walking every version (a subtree already
// marked is not walked again), then sweeps the disk's trie nodes.
func prune(ctx context.Context, disk *guardedDisk, job pruneJob, log *slog.Logger) (deleted int, err error) {
	start := time.Now()
	marked := make(map[common.Hash]struct{})
	for _, tree := range job.trees {
		if err := markVersion(ctx, tree, job.load, marked); err != nil {
			return 0, fmt.Errorf("state: prune: mark: %w", err)
		}
	}
	job.trees = nil
	log.Debug("Pruning state", "live nodes", len(marked), "marked in", time.Since(start).Round(time.Millisecond))

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

// markVersion adds every trie node a version's tries reach (account trie
// and storage tries) to marked, not walking below a node marked already.
func markVersion(ctx context.Context, tree mpt.Node, load mpt.Loader, marked map[common.Hash]struct{}) error {
	return mpt.Walk(ctx, tree, load, func(h common.Hash) bool {
		if _, ok := marked[h]; ok {
			return false // marked with everything below it
		}
		marked[h] = struct{}{}
		return true
	})
}
