package state

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"

	"github.com/metis-go/metis/state/mpt"
)

// ErrMissingState is returned when a version's root is not in the store.
var ErrMissingState = errors.New("state: missing state for root")

// Store keeps versions of the state as Merkle-Patricia tries (state/mpt)
// over a key-value store: every version (an archive), or the last
// Options.Retain ones, which live in memory, sharing their unchanged nodes,
// and reach the disk at checkpoints. Nodes are stored by hash, as
// go-ethereum's hash-based scheme stores them.
type Store struct {
	disk      ethdb.Database
	nodes     ethdb.Database // the disk as trie nodes are written and read
	preimages preimages      // of hashed keys, on their way to disk
	recent    *layers        // the last versions, flat in memory
	flat      *flatState     // the version below them, flat on disk
	// flatBroken: the flat state failed; it is left alone (and unused)
	// until the next checkpoint.
	flatBroken bool
	stats      struct{ flatRebuilds, prunes, prunedNodes, pruneFailures, trims atomic.Uint64 }
	log        *slog.Logger
	opts       Options
	writer     *nodeWriter // an archive's background node writer
	closed     bool

	// Pruning (not for an archive): the disk as trie nodes are written to
	// it, checkpoints written since the last prune began, and the prune
	// running in the background.
	guard           *guardedDisk
	checkpointRoots []common.Hash // written since the last prune began (the newest counts as one)
	pruning         chan struct{} // closed when the running prune ends; nil if none
	stopPrune       context.CancelFunc

	// The versions held in memory: retained ones (not for an archive),
	// oldest first, and their tries by root; the newest.
	retained  []version
	liveMu    sync.RWMutex
	live      map[common.Hash]int      // how many retained versions have this root
	trees     map[common.Hash]mpt.Node // account tries of the versions in memory
	grown     atomic.Int64             // memory of the trie nodes created since the newest version was last trimmed, roughly
	wroteHead bool                     // relieve wrote the newest version to disk: the flat state is to follow
	growth    []growth                 // the commits since the newest version was last trimmed, oldest first
	spilled   []common.Hash            // roots of versions written to disk beyond the memory limit, not pruned yet
	head      common.Hash
	headBlock uint64
	flushed   common.Hash // the newest version known to be all on disk
}

// growth is how much memory one commit's new trie nodes take, roughly.
type growth struct {
	block uint64
	size  int64
}

type version struct {
	block  uint64
	root   common.Hash
	onDisk bool // all its nodes are on disk (a checkpoint, an archive's, or written beyond the memory limit)
}

// Options configure what a Store keeps.
type Options struct {
	// Archive keeps every version on disk, writing each version's new
	// nodes before Commit returns (see WriteBehind). Otherwise the store keeps the last Retain versions, in memory,
	// and writes one to disk every FlushEvery blocks (and the newest at
	// Close): a version that is neither retained nor a checkpoint is gone,
	// and a crash loses the versions after the last checkpoint (the chain
	// re-executes their blocks; see chain.Open).
	Archive bool
	// Retain is how many recent versions stay readable; default 128.
	Retain int
	// FlushEvery is the distance between checkpoints in blocks; default
	// Retain.
	FlushEvery uint64
	// MemoryLimit bounds, roughly, the memory of the newest version's trie
	// nodes: once the commits since the last time created that much, the
	// newest version is written to disk and keeps in memory only the top
	// levels of its account trie and what the last commits made (up to
	// half the limit). Older versions hold what their blocks changed on
	// top, until they leave the window. Default 1 GiB.
	MemoryLimit int64
	// WriteBehind makes an archive write each version's nodes in the
	// background while the next block executes (they are readable from
	// memory until then); a crash may then lose the newest versions'
	// state, which the chain rebuilds by re-executing their blocks. The
	// store must be closed to stop the writer.
	WriteBehind bool
	// PruneAfter is how many checkpoints that no longer count gather on
	// disk before they are pruned in the background; default
	// DefaultPruneAfter, negative keeps them.
	PruneAfter int
	// Logger reports long work (rebuilding the flat state, pruning);
	// default slog.Default().
	Logger *slog.Logger
}

// archiveMarkerKey marks a database an archive store has written to.
var archiveMarkerKey = []byte("MetisStateArchive")

// DefaultRetain is how many recent versions a non-archive Store keeps.
const DefaultRetain = 128

// DefaultMemoryLimit is a Store's default Options.MemoryLimit.
const DefaultMemoryLimit = 1 << 30

// maxGrowth bounds the commits a store remembers the growth of between
// trims.
const maxGrowth = 1024

// trimDepth is how many levels of the newest version's account trie stay
// in memory when the memory limit is reached.
const trimDepth = 4

// NewStore opens an archive state store on disk: every version is kept.
// The caller owns disk and closes it after Close.
func NewStore(disk ethdb.Database) *Store { return NewStoreWith(disk, Options{Archive: true}) }

// NewStoreWith opens a state store on disk with the given options.
func NewStoreWith(disk ethdb.Database, opts Options) *Store {
	if opts.Retain <= 0 {
		opts.Retain = DefaultRetain
	}
	if opts.FlushEvery == 0 {
		opts.FlushEvery = uint64(opts.Retain)
	}
	if opts.MemoryLimit <= 0 {
		opts.MemoryLimit = DefaultMemoryLimit
	}
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	if opts.PruneAfter == 0 {
		opts.PruneAfter = DefaultPruneAfter
	}
	if opts.Archive {
		if err := disk.Put(archiveMarkerKey, []byte{1}); err != nil {
			log.Warn("Cannot mark the database as an archive", "err", err)
		}
	} else if has, err := disk.Has(archiveMarkerKey); (has || err != nil) && opts.PruneAfter > 0 {
		// Pruning would delete the history an archive node kept (and if
		// that cannot be read, it might).
		log.Warn("The database may hold an archive's state history; it is kept (no pruning)", "err", err)
		opts.PruneAfter = -1
	}
	var nodes ethdb.Database = disk
	var writer *nodeWriter
	var guard *guardedDisk
	switch {
	case opts.Archive && opts.WriteBehind:
		pd := &pendingDisk{Database: disk, pending: make(map[string][]byte)}
		nodes, writer = pd, newNodeWriter(pd)
	case !opts.Archive:
		guard = &guardedDisk{Database: disk}
		nodes = guard
	}
	// Preimages of hashed keys (addresses, slots) are kept so that a
	// version can be dumped (Dump, debug_dumpBlock) and re-imported.
	return &Store{disk: disk, nodes: nodes, opts: opts, writer: writer, log: log, guard: guard,
		live: make(map[common.Hash]int), trees: make(map[common.Hash]mpt.Node),
		recent: &layers{max: DefaultMemoryVersions, byRoot: make(map[common.Hash]*diffLayer)}, flat: openFlat(disk)}
}

// Options returns the store's options, defaults filled in.
func (s *Store) Options() Options { return s.opts }

// Reader returns a reader of the version whose state root is root. A recent
// version reads what its last blocks changed from memory, and the rest
// from the flat state on disk; other versions read their trie.
func (s *Store) Reader(root common.Hash) (Reader, error) {
	flatRoot, _, gen := s.flat.version()
	chain, base := s.recent.chain(root)
	// The flat state may serve as the layers' base when it holds the
	// version itself or one the chain passes through: a key no layer
	// changed has the same value in every version of the chain.
	onChain := flatRoot != (common.Hash{}) && (base == flatRoot || slices.ContainsFunc(chain, func(l *diffLayer) bool { return l.root == flatRoot }))
	if onChain {
		fr := &flatReader{store: s, root: flatRoot, want: root, gen: gen}
		if len(chain) == 0 {
			return fr, nil
		}
		return &layerReader{layers: chain, base: fr}, nil
	}
	if len(chain) > 0 {
		// Below the layers, the version's own trie if it is held (a key
		// no layer changed has the same value there), else the layers'
		// base: blocks that changed nothing keep versions without adding
		// layers, so a retained version's layers may reach below the
		// retained window.
		for _, at := range []common.Hash{root, base} {
			if tr, err := s.trieReader(at); err == nil {
				return &layerReader{layers: chain, base: tr}, nil
			}
		}
	}
	return s.trieReader(root)
}

// trieReader reads the version root from its tries.
func (s *Store) trieReader(root common.Hash) (Reader, error) {
	tree, err := s.tree(root)
	if err != nil {
		return nil, err
	}
	return &treeReader{store: s, tree: tree}, nil
}

// Has reports whether the version with the given root is stored.
func (s *Store) Has(root common.Hash) bool {
	if root == types.EmptyRootHash {
		return true
	}
	if s.isLive(root) {
		return true
	}
	// On disk (or, in an archive, on its way there): a pruned version is
	// gone.
	ok, err := s.nodes.Has(root[:])
	return ok && err == nil
}

// Stats are a store's counts, for metrics.
type Stats struct {
	FlatBlock     int64  // the block whose state the flat state on disk holds; -1 if none
	FlatRebuilds  uint64 // times the flat state was rebuilt from a trie
	Prunes        uint64 // prunes of the disk that ran to the end
	PrunedNodes   uint64 // trie nodes they deleted
	PruneFailures uint64 // prunes that stopped on an error (the disk kept what it held)
	TrieGrowth    int64  // bytes of trie nodes created since the newest version was last trimmed, roughly
	Trims         uint64 // times the newest version was written to disk and trimmed beyond the memory limit
}

// Stats returns the store's counts so far. Safe for concurrent use.
func (s *Store) Stats() Stats {
	root, block, _ := s.flat.version()
	if root == (common.Hash{}) {
		block = -1
	}
	return Stats{
		FlatBlock: block, FlatRebuilds: s.stats.flatRebuilds.Load(),
		Prunes: s.stats.prunes.Load(), PrunedNodes: s.stats.prunedNodes.Load(), PruneFailures: s.stats.pruneFailures.Load(),
		TrieGrowth: s.grown.Load(), Trims: s.stats.trims.Load(),
	}
}

// isLive reports whether version root is retained in memory.
func (s *Store) isLive(root common.Hash) bool {
	s.liveMu.RLock()
	defer s.liveMu.RUnlock()
	_, ok := s.live[root]
	return ok
}

// Commit applies ws on top of the version parent and returns the new
// version's root; the version is readable at once. An archive writes the
// version's nodes to disk before returning (or, with WriteBehind, in the
// background). Otherwise the version is held in memory (readable at once), written to
// disk at the next checkpoint, and dropped once Retain newer versions
// exist; the versions after the last checkpoint are lost in a crash, and
// are rebuilt by re-executing their blocks.
//
// REQUIRES: calls are serialised.
func (s *Store) Commit(parent common.Hash, block uint64, ws WriteSet) (common.Hash, error) {
	if s.pruneRunning() && !s.isLive(parent) {
		// A prune keeps what the versions held when it began reach; the
		// new version will share nodes with parent, so the prune ends
		// first (and parent, unless one of them reaches it, is gone).
		s.waitPrune(false)
	}
	u, err := s.update(parent, block, ws)
	if err != nil {
		return common.Hash{}, err
	}
	if len(u.codes) > 0 {
		batch := s.disk.NewBatch()
		for hash, code := range u.codes {
			rawdb.WriteCode(batch, hash, code)
		}
		if err := batch.Write(); err != nil {
			return common.Hash{}, fmt.Errorf("state: write code: %w", err)
		}
	}
	s.preimages.add(u.preimages)
	if s.opts.Archive {
		// Every version stays: its new nodes go to disk (now, or in the
		// background). The preimages first: a root found on disk must come
		// with the preimages of the keys below it.
		if err := s.preimages.flush(s.disk, true); err != nil {
			return common.Hash{}, err
		}
		write := s.writeVersion
		if s.writer != nil {
			write = s.writer.submit
		}
		if err := write(u.tree); err != nil {
			return common.Hash{}, fmt.Errorf("state: trie nodes of block %d: %w", block, err)
		}
		s.hold(version{block: block, root: u.root, onDisk: true}, u.tree, DefaultMemoryVersions)
		s.flushed = u.root
		if err := s.relieve(block, u.size); err != nil {
			return common.Hash{}, err
		}
		s.flatten(s.recent.add(parent, u.root, block, ws))
		s.followWrittenHead()
		return u.root, nil
	}
	if err := s.retain(block, u.root, u.tree, u.size); err != nil {
		return common.Hash{}, err
	}
	s.flatten(s.recent.add(parent, u.root, block, ws))
	s.followWrittenHead()
	if block%s.opts.FlushEvery == 0 {
		// The flat state never falls behind the newest checkpoint, from
		// which a crashed node re-executes; a broken one is retried.
		s.flatBroken = false
		s.flatToHead()
	}
	return u.root, nil
}

// hold keeps version v in memory as the newest, letting go of the oldest
// beyond keep.
func (s *Store) hold(v version, tree mpt.Node, keep int) {
	s.retained = append(s.retained, v)
	s.liveMu.Lock()
	defer s.liveMu.Unlock()
	s.live[v.root]++
	s.trees[v.root] = tree
	s.head, s.headBlock = v.root, v.block
	for len(s.retained) > keep {
		old := s.retained[0].root
		if s.live[old]--; s.live[old] <= 0 {
			delete(s.live, old)
			delete(s.trees, old)
		}
		s.retained = s.retained[1:]
	}
}

// relieve keeps the newest version's trie nodes in memory under the
// limit. grown is what the commit of block created: what the newest
// version's trie grew by at most. Once the commits since the last time
// created more than the limit, the newest version is written to disk (what
// is not there yet) and keeps in memory only the top of its account trie
// and the nodes the most recent commits made, up to half the limit (the
// paths blocks touch now are likely touched again); the rest loads from
// disk as blocks touch it. Older versions keep their nodes until they
// leave the window (Retain), as go-ethereum's path database keeps 128 diff
// layers.
func (s *Store) relieve(block uint64, grown int64) error {
	if grown > 0 {
		if len(s.growth) >= maxGrowth { // a trim keeps at most the last maxGrowth/2 commits' nodes
			s.growth = slices.Clone(s.growth[maxGrowth/2:])
		}
		s.growth = append(s.growth, growth{block: block, size: grown})
	}
	if s.grown.Add(grown) <= s.opts.MemoryLimit {
		return nil
	}
	v := &s.retained[len(s.retained)-1]
	s.liveMu.RLock()
	tree := s.trees[v.root]
	s.liveMu.RUnlock()
	if !v.onDisk {
		if err := s.writeVersion(tree); err != nil {
			return fmt.Errorf("state: write version %d beyond the memory limit: %w", v.block, err)
		}
		v.onDisk = true
		if s.opts.PruneAfter > 0 {
			s.spilled = append(s.spilled, v.root)
		}
	}
	since, kept, first := block+1, int64(0), len(s.growth)
	for first > 0 && kept+s.growth[first-1].size <= s.opts.MemoryLimit/2 {
		first--
		kept += s.growth[first].size
		since = s.growth[first].block
	}
	trimmed := mpt.Trim(tree, trimDepth, since)
	s.liveMu.Lock()
	s.trees[v.root] = trimmed
	s.liveMu.Unlock()
	s.growth = slices.Clone(s.growth[first:])
	s.grown.Store(kept)
	s.stats.trims.Add(1)
	s.wroteHead = true
	return nil
}

// writeVersion writes the nodes of a version that are not on disk yet,
// the preimages first.
func (s *Store) writeVersion(tree mpt.Node) error {
	if err := s.preimages.flush(s.disk, true); err != nil {
		return err
	}
	return writeTree(s.nodes, tree)
}

// flatten moves the flat state on disk over the layers that fell out of
// memory, oldest first. A layer below the flat state's version is skipped
// (blocks re-executed after a crash reach it again); a layer above it that
// is not its child means the flat state holds a version the chain left, and
// it is rebuilt from the trie of the head. The flat state only saves trie
// walks, so a failure never fails a block: the flat state is then unusable
// (reads walk the trie) until the next checkpoint retries.
func (s *Store) flatten(evicted []*diffLayer) {
	for i := 0; i < len(evicted) && !s.flatBroken; {
		root, block, _ := s.flat.version()
		l := evicted[i]
		switch {
		case l.parentRoot == root && root != (common.Hash{}):
			run := []*diffLayer{l}
			for i++; i < len(evicted) && evicted[i].parentRoot == run[len(run)-1].root; i++ {
				run = append(run, evicted[i])
			}
			s.flatFailed(s.flat.apply(run))
		case root != (common.Hash{}) && int64(l.block) <= block:
			i++
		default:
			// The head is always held; the layers below it are then
			// skipped.
			err := s.flat.rebuild(s, s.head, s.headBlock)
			if err == nil {
				s.stats.flatRebuilds.Add(1)
			}
			s.flatFailed(err)
			i++
		}
	}
}

// flatFailed notes a failure of the flat state, if err is one.
func (s *Store) flatFailed(err error) {
	if err == nil {
		return
	}
	s.flatBroken = true
	s.log.Warn("The flat state is unusable until the next checkpoint; reads walk the trie", "err", err)
}

// followWrittenHead moves the flat state to the newest version if relieve
// wrote that version to disk: a crashed node may restart from it, and the
// flat state then need not be rebuilt.
func (s *Store) followWrittenHead() {
	if s.wroteHead {
		s.wroteHead = false
		s.flatToHead()
	}
}

// flatToHead moves the flat state to the newest version, if the layers in
// memory lead there from the version it holds.
func (s *Store) flatToHead() {
	root, _, _ := s.flat.version()
	if root == (common.Hash{}) || s.head == (common.Hash{}) || s.flatBroken {
		return
	}
	s.flatFailed(s.flat.apply(s.recent.since(root, s.head)))
}

// retain keeps the new version in memory, writes it to disk at a
// checkpoint, and lets go of the version that falls out of the window.
func (s *Store) retain(block uint64, root common.Hash, tree mpt.Node, grown int64) error {
	checkpoint := block%s.opts.FlushEvery == 0
	if checkpoint {
		if err := s.writeVersion(tree); err != nil {
			return fmt.Errorf("state: flush checkpoint %d %s: %w", block, root, err)
		}
		if root != s.flushed { // an unchanged state leaves nothing to prune
			s.checkpointRoots = append(s.checkpointRoots, root)
		}
		s.flushed = root
	} else if err := s.preimages.flush(s.disk, false); err != nil {
		return err
	}
	s.hold(version{block: block, root: root, onDisk: checkpoint}, tree, s.opts.Retain)
	if err := s.relieve(block, grown); err != nil {
		return err
	}
	if checkpoint && s.opts.PruneAfter > 0 && len(s.checkpointRoots) > s.opts.PruneAfter && !s.pruneRunning() {
		s.startPrune()
	}
	return nil
}

// pruneRunning reports whether a prune is running.
func (s *Store) pruneRunning() bool {
	if s.pruning == nil {
		return false
	}
	select {
	case <-s.pruning:
		s.pruning = nil
		return false
	default:
		return true
	}
}

// startPrune prunes the disk in the background down to what the versions
// retained now reach (see prune); the job holds their tries meanwhile.
func (s *Store) startPrune() {
	job := pruneJob{load: s.accountsLoader()}
	s.liveMu.RLock()
	for _, v := range s.retained {
		job.trees = append(job.trees, s.trees[v.root])
	}
	s.liveMu.RUnlock()
	if s.flushed != (common.Hash{}) {
		job.trees = append(job.trees, mpt.Ref(s.flushed)) // on disk, and held as the head or retained
	}
	s.guard.mu.Lock()
	s.guard.protected = make(map[common.Hash]struct{})
	s.guard.mu.Unlock()
	if n := len(s.checkpointRoots); n > 1 {
		job.stale = s.checkpointRoots[:n-1]
	}
	// Versions written beyond the memory limit that are no longer held go
	// like old checkpoints; those still held wait for a later prune.
	var still []common.Hash
	for _, root := range s.spilled {
		if s.isLive(root) {
			still = append(still, root)
		} else {
			job.stale = append(job.stale, root)
		}
	}
	s.spilled = still
	s.checkpointRoots = []common.Hash{s.flushed} // the newest counts
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	s.pruning, s.stopPrune = done, cancel
	go func() {
		defer close(done)
		defer cancel()
		deleted, err := prune(ctx, s.guard, job, s.log)
		s.guard.mu.Lock()
		s.guard.protected = nil
		s.guard.mu.Unlock()
		s.stats.prunedNodes.Add(uint64(deleted))
		switch {
		case err == nil:
			s.stats.prunes.Add(1)
		case !errors.Is(err, context.Canceled):
			s.stats.pruneFailures.Add(1)
			s.log.Warn("State prune failed; the disk keeps what it held", "err", err)
		}
	}()
}

// waitPrune waits for a running prune, stopping it first if stop is set.
func (s *Store) waitPrune(stop bool) {
	if s.pruning == nil {
		return
	}
	if stop {
		s.stopPrune()
	}
	<-s.pruning
	s.pruning = nil
}

// Flush writes the newest version to disk, so that a restart needs no
// re-execution.
func (s *Store) Flush() error {
	s.flatToHead()
	if s.writer != nil {
		return s.writer.wait()
	}
	if s.opts.Archive {
		return nil
	}
	if s.head == (common.Hash{}) || s.head == s.flushed {
		return s.preimages.flush(s.disk, true)
	}
	s.liveMu.RLock()
	tree := s.trees[s.head]
	s.liveMu.RUnlock()
	if err := s.writeVersion(tree); err != nil {
		return fmt.Errorf("state: flush root %s: %w", s.head, err)
	}
	s.flushed = s.head
	return nil
}

// Root computes the root that Commit would produce, without writing.
func (s *Store) Root(parent common.Hash, ws WriteSet) (common.Hash, error) {
	u, err := s.update(parent, 0, ws)
	if err != nil {
		return common.Hash{}, err
	}
	return u.root, nil
}

// Close writes the newest version to disk.
// It does not close the disk.
func (s *Store) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	s.waitPrune(true)
	var err error
	if s.writer != nil {
		s.flatToHead()
		err = s.writer.close()
	} else {
		err = s.Flush()
	}
	return err
}
