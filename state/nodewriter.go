package state

import (
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethdb"

	"github.com/metis-go/metis/state/mpt"
)

// pendingDisk is the disk as an archive writing behind reads nodes: trie nodes handed
// to the background writer are readable from memory until they are on
// disk, so a version is readable the moment Commit returns.
type pendingDisk struct {
	ethdb.Database
	mu      sync.RWMutex
	pending map[string][]byte // by key (the node's hash)
}

// Get implements ethdb.KeyValueReader.
func (d *pendingDisk) Get(key []byte) ([]byte, error) {
	d.mu.RLock()
	v, ok := d.pending[string(key)]
	d.mu.RUnlock()
	if ok {
		return v, nil
	}
	return d.Database.Get(key)
}

// Has implements ethdb.KeyValueReader.
func (d *pendingDisk) Has(key []byte) (bool, error) {
	d.mu.RLock()
	_, ok := d.pending[string(key)]
	d.mu.RUnlock()
	if ok {
		return true, nil
	}
	return d.Database.Has(key)
}

// nodeWriter writes an archive's trie nodes in the background, version by
// version in commit order, so that writing one block's nodes overlaps
// computing the next block. At most writerQueue versions wait; Commit
// blocks beyond that.
type nodeWriter struct {
	disk *pendingDisk
	jobs chan writeJob
	done chan struct{}

	mu     sync.Mutex
	err    error // the first write error; later commits fail with it
	closed bool
}

var errWriterClosed = errors.New("state: the node writer is closed")

// writeJob is one version's new nodes, in write order (storage tries first,
// each trie from the leaves up, the account trie's root last), or a
// barrier that reports when everything before it is written.
type writeJob struct {
	nodes   []pendingNode
	barrier chan struct{}
}

type pendingNode struct {
	key  string
	blob []byte
}

const writerQueue = 2

func newNodeWriter(disk *pendingDisk) *nodeWriter {
	w := &nodeWriter{disk: disk, jobs: make(chan writeJob, writerQueue), done: make(chan struct{})}
	go w.run()
	return w
}

func (w *nodeWriter) run() {
	defer close(w.done)
	failed := false
	for job := range w.jobs {
		if job.barrier != nil {
			close(job.barrier)
			continue
		}
		if failed {
			// After a failed write nothing more is written, so that no
			// root reaches the disk above nodes that did not; what was
			// submitted stays readable from memory.
			continue
		}
		if err := w.write(job.nodes); err != nil {
			failed = true
			w.mu.Lock()
			w.err = err
			w.mu.Unlock()
			continue
		}
		w.disk.mu.Lock()
		for _, n := range job.nodes {
			// A later version may have handed in the same node (same
			// hash, same bytes) again; it is on disk either way.
			delete(w.disk.pending, n.key)
		}
		w.disk.mu.Unlock()
	}
}

func (w *nodeWriter) write(nodes []pendingNode) error {
	batch := w.disk.Database.NewBatch()
	for _, n := range nodes {
		if err := batch.Put([]byte(n.key), n.blob); err != nil {
			return err
		}
		if batch.ValueSize() >= ethdb.IdealBatchSize {
			if err := batch.Write(); err != nil {
				return err
			}
			batch.Reset()
		}
	}
	return batch.Write()
}

// submit hands a version's nodes that are not on disk to the writer; they
// are readable at once.
func (w *nodeWriter) submit(tree mpt.Node) error {
	w.mu.Lock()
	err, closed := w.err, w.closed
	w.mu.Unlock()
	if closed {
		return errWriterClosed
	}
	if err != nil {
		return fmt.Errorf("state: writing trie nodes: %w", err)
	}
	var list []pendingNode
	done, err := mpt.Unstored(tree, func(hash common.Hash, blob []byte) error {
		list = append(list, pendingNode{key: string(hash[:]), blob: common.CopyBytes(blob)})
		return nil
	})
	if err != nil {
		return err
	}
	done() // readable from the pending nodes until the writer is through
	w.disk.mu.Lock()
	for _, n := range list {
		w.disk.pending[n.key] = n.blob
	}
	w.disk.mu.Unlock()
	w.jobs <- writeJob{nodes: list}
	return nil
}

// wait returns once everything submitted so far is on disk.
func (w *nodeWriter) wait() error {
	w.mu.Lock()
	closed := w.closed
	w.mu.Unlock()
	if closed {
		return errWriterClosed
	}
	b := make(chan struct{})
	w.jobs <- writeJob{barrier: b}
	<-b
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// close writes what is left and stops the writer.
func (w *nodeWriter) close() error {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return nil
	}
	w.closed = true
	w.mu.Unlock()
	close(w.jobs)
	<-w.done
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}
