package state

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/trie/trienode"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/hashdb"
	"github.com/holiman/uint256"
)

// ErrMissingState is returned when a version's root is not in the store.
var ErrMissingState = errors.New("state: missing state for root")

// Store keeps versions of the state in a Merkle-Patricia trie database on
// top of a key-value store: every version (an archive), or the last
// Options.Retain ones, which live in memory and reach the disk at
// checkpoints.
type Store struct {
	disk   ethdb.Database
	tdb    *triedb.Database
	sdb    state.Database
	recent *layers    // the last versions, flat in memory
	flat   *flatState // the version below them, flat on disk
	// flatBroken: the flat state failed; it is left alone (and unused)
	// until the next checkpoint.
	flatBroken bool
	stats      struct{ flatRebuilds, prunes, prunedNodes, pruneFailures atomic.Uint64 }
	log        *slog.Logger
	opts       Options
	writer     *nodeWriter // an archive's background node writer
	closed     bool

	// Pruning (not for an archive): the disk as the trie database sees
	// it, checkpoints written since the last prune began, and the prune
	// running in the background.
	guard           *guardedDisk
	checkpointRoots []common.Hash // written since the last prune began (the newest counts as one)
	pruning         chan struct{} // closed when the running prune ends; nil if none
	stopPrune       context.CancelFunc

	// Retention (not for an archive): the versions whose nodes the trie
	// database holds referenced, oldest first, and the newest.
	retained  []version
	liveMu    sync.RWMutex
	live      map[common.Hash]int  // the retained versions' roots, for Has
	nodes     ethdb.KeyValueReader // the disk as the trie database sees it
	head      common.Hash
	headBlock uint64
	flushed   common.Hash // the newest version known to be all on disk
}

type version struct {
	block uint64
	root  common.Hash
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
	// DirtyLimit bounds the memory of unflushed trie nodes; beyond it the
	// oldest are written to disk early. Default 256 MiB.
	DirtyLimit common.StorageSize
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
	if opts.DirtyLimit <= 0 {
		opts.DirtyLimit = 256 << 20
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
	nodes := disk
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
	tdb := triedb.NewDatabase(nodes, &triedb.Config{Preimages: true, HashDB: &hashdb.Config{CleanCacheSize: 64 << 20}})
	return &Store{disk: disk, tdb: tdb, sdb: state.NewDatabase(tdb, state.NewCodeDB(disk)), opts: opts, writer: writer, log: log, guard: guard, nodes: nodes, live: make(map[common.Hash]int),
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

// trieReader reads the version root from the trie.
func (s *Store) trieReader(root common.Hash) (Reader, error) {
	if !s.Has(root) {
		return nil, fmt.Errorf("%w %s", ErrMissingState, root)
	}
	r, err := s.sdb.Reader(root)
	if err != nil {
		return nil, fmt.Errorf("state: open reader at %s: %w", root, err)
	}
	return &trieReader{r: r, store: s, root: root}, nil
}

// Has reports whether the version with the given root is stored.
func (s *Store) Has(root common.Hash) bool {
	if root == types.EmptyRootHash {
		return true
	}
	if s.isLive(root) {
		return true
	}
	// On disk (or, in an archive, on its way there). The disk itself is
	// asked, not the trie database's cache: a pruned version is gone.
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
	u, err := s.update(parent, ws, true, !s.opts.Archive)
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
	if s.opts.Archive {
		// Every version stays: the new nodes go to disk (now, or in the
		// background), without the trie database's reference counting.
		// The preimages first: a root found on disk must come with the
		// preimages of the keys below it.
		if err := s.tdb.Commit(u.root, false); err != nil { // only the preimages: the nodes are not in its cache
			return common.Hash{}, fmt.Errorf("state: write preimages of block %d: %w", block, err)
		}
		write := s.writeNodes
		if s.writer != nil {
			write = s.writer.submit
		}
		if err := write(u.nodes); err != nil {
			return common.Hash{}, fmt.Errorf("state: trie nodes of block %d: %w", block, err)
		}
		s.head, s.headBlock, s.flushed = u.root, block, u.root
		s.flatten(s.recent.add(parent, u.root, block, ws))
		return u.root, nil
	}
	if err := s.tdb.Update(u.root, parent, block, u.nodes, nil); err != nil {
		return common.Hash{}, fmt.Errorf("state: update trie database for block %d: %w", block, err)
	}
	if err := s.retain(block, u.root); err != nil {
		return common.Hash{}, err
	}
	s.flatten(s.recent.add(parent, u.root, block, ws))
	if block%s.opts.FlushEvery == 0 {
		// The flat state never falls behind the newest checkpoint, from
		// which a crashed node re-executes; a broken one is retried.
		s.flatBroken = false
		s.flatToHead()
	}
	return u.root, nil
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

// flatToHead moves the flat state to the newest version, if the layers in
// memory lead there from the version it holds.
func (s *Store) flatToHead() {
	root, _, _ := s.flat.version()
	if root == (common.Hash{}) || s.head == (common.Hash{}) || s.flatBroken {
		return
	}
	s.flatFailed(s.flat.apply(s.recent.since(root, s.head)))
}

// retain keeps the new version referenced in the trie database, flushes
// it at a checkpoint, and lets go of the version that falls out of the
// window.
func (s *Store) retain(block uint64, root common.Hash) error {
	if err := s.tdb.Reference(root, common.Hash{}); err != nil {
		return fmt.Errorf("state: reference root %s: %w", root, err)
	}
	s.retained = append(s.retained, version{block: block, root: root})
	s.liveMu.Lock()
	s.live[root]++
	s.liveMu.Unlock()
	s.head, s.headBlock = root, block
	checkpoint := block%s.opts.FlushEvery == 0
	if checkpoint {
		if err := s.tdb.Commit(root, false); err != nil {
			return fmt.Errorf("state: flush checkpoint %d %s: %w", block, root, err)
		}
		if root != s.flushed { // an unchanged state leaves nothing to prune
			s.checkpointRoots = append(s.checkpointRoots, root)
		}
		s.flushed = root
	}
	for len(s.retained) > s.opts.Retain {
		old := s.retained[0].root
		if err := s.tdb.Dereference(old); err != nil {
			return fmt.Errorf("state: release version %d: %w", s.retained[0].block, err)
		}
		s.liveMu.Lock()
		if s.live[old]--; s.live[old] <= 0 {
			delete(s.live, old)
		}
		s.liveMu.Unlock()
		s.retained = s.retained[1:]
	}
	if checkpoint && s.opts.PruneAfter > 0 && len(s.checkpointRoots) > s.opts.PruneAfter && !s.pruneRunning() {
		if err := s.startPrune(); err != nil {
			return err
		}
	}
	if _, dirty, _ := s.tdb.Size(); dirty > s.opts.DirtyLimit {
		if err := s.tdb.Cap(s.opts.DirtyLimit * 3 / 4); err != nil {
			return fmt.Errorf("state: write back trie nodes: %w", err)
		}
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
// retained now reach (see prune). Those versions are pinned in the trie
// database until they are marked.
func (s *Store) startPrune() error {
	job := pruneJob{}
	for _, v := range s.retained {
		job.roots = append(job.roots, v.root)
	}
	if s.flushed != (common.Hash{}) {
		job.roots = append(job.roots, s.flushed)
	}
	for i, root := range job.roots {
		if err := s.tdb.Reference(root, common.Hash{}); err != nil {
			for _, pinned := range job.roots[:i] {
				_ = s.tdb.Dereference(pinned) // undo; the first error is the one to report
			}
			return fmt.Errorf("state: pin version %s for pruning: %w", root, err)
		}
	}
	s.guard.mu.Lock()
	s.guard.protected = make(map[common.Hash]struct{})
	s.guard.mu.Unlock()
	if n := len(s.checkpointRoots); n > 1 {
		job.stale = s.checkpointRoots[:n-1]
	}
	s.checkpointRoots = []common.Hash{s.flushed} // the newest counts
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	s.pruning, s.stopPrune = done, cancel
	go func() {
		defer close(done)
		defer cancel()
		deleted, err := prune(ctx, s.guard, s.tdb, job, s.log)
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
	return nil
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

// writeNodes writes a version's new trie nodes to disk, keyed by hash, in
// forEachNode's order, so that once the root is on disk everything below
// it is.
func (s *Store) writeNodes(nodes *trienode.MergedNodeSet) error {
	batch := s.disk.NewBatch()
	var err error
	forEachNode(nodes, func(n *trienode.Node) {
		if err != nil {
			return
		}
		rawdb.WriteLegacyTrieNode(batch, n.Hash, n.Blob)
		if batch.ValueSize() >= ethdb.IdealBatchSize {
			if err = batch.Write(); err == nil {
				batch.Reset()
			}
		}
	})
	if err != nil {
		return err
	}
	return batch.Write()
}

// forEachNode visits a version's new (not deleted) nodes in write order:
// the storage tries' first, the account trie's last, each from the leaves
// up.
func forEachNode(nodes *trienode.MergedNodeSet, fn func(*trienode.Node)) {
	visit := func(set *trienode.NodeSet) {
		set.ForEachWithOrder(func(_ string, n *trienode.Node) {
			if !n.IsDeleted() {
				fn(n)
			}
		})
	}
	for owner, set := range nodes.Sets {
		if owner != (common.Hash{}) {
			visit(set)
		}
	}
	if set, ok := nodes.Sets[common.Hash{}]; ok {
		visit(set)
	}
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
		return nil
	}
	if err := s.tdb.Commit(s.head, false); err != nil {
		return fmt.Errorf("state: flush root %s: %w", s.head, err)
	}
	s.flushed = s.head
	return nil
}

// Root computes the root that Commit would produce, without writing.
func (s *Store) Root(parent common.Hash, ws WriteSet) (common.Hash, error) {
	u, err := s.update(parent, ws, false, false)
	if err != nil {
		return common.Hash{}, err
	}
	return u.root, nil
}

// Close writes the newest version to disk and releases the trie database.
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
	if cerr := s.tdb.Close(); err == nil {
		err = cerr
	}
	return err
}

// update is the result of applying a write set to the tries.
type update struct {
	root  common.Hash
	nodes *trienode.MergedNodeSet // nil unless committing
	codes map[common.Hash][]byte
}

// update applies ws to the tries of version parent. It writes straight
// into the tries: an account's storage trie is opened at the storage root
// its leaf holds and only the written slots are touched, so nothing is read
// that the write set does not change (go-ethereum's StateDB would load
// every account and slot first). With commit, the dirty nodes are
// collected; otherwise only hashed.
//
// The work overlaps where it can: the storage tries are updated (in
// parallel) while the other accounts' leaves are read, and, when insert is
// set, the storage tries' nodes go into the trie database while the
// account trie is updated and hashed; u.nodes then holds only the account
// trie's nodes, for the caller to insert after them.
func (s *Store) update(parent common.Hash, ws WriteSet, commit, insert bool) (*update, error) {
	accounts, err := trie.NewStateTrie(trie.StateTrieID(parent), s.tdb)
	if err != nil {
		return nil, fmt.Errorf("state: open parent %s: %w", parent, err)
	}
	u := &update{nodes: trienode.NewMergedNodeSet(), codes: make(map[common.Hash][]byte)}
	addrs := ws.Addresses()
	prevs := make([]*types.StateAccount, len(addrs))
	roots := make([]common.Hash, len(addrs))
	read := func(i int) error {
		var err error
		if prevs[i], err = accounts.GetAccount(addrs[i]); err != nil {
			return fmt.Errorf("state: read account %s: %w", addrs[i], err)
		}
		roots[i] = types.EmptyRootHash
		if prevs[i] != nil && !ws[addrs[i]].Destructed {
			roots[i] = prevs[i].Root
		}
		return nil
	}
	// The accounts whose storage changes first: their storage tries open
	// at the roots their leaves hold.
	writesSlots := func(i int) bool { ch := ws[addrs[i]]; return ch.Account != nil && len(ch.Storage) > 0 }
	var withStorage []int
	for i := range addrs {
		if writesSlots(i) {
			if err := read(i); err != nil {
				return nil, err
			}
			withStorage = append(withStorage, i)
		}
	}
	nodeSets := make([]*trienode.NodeSet, len(addrs))
	errs := make([]error, len(addrs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(withStorage)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := int(next.Add(1) - 1); j < len(withStorage); j = int(next.Add(1) - 1) {
				i := withStorage[j]
				roots[i], nodeSets[i], errs[i] = s.updateStorage(parent, addrs[i], roots[i], ws[addrs[i]].Storage, commit)
			}
		}()
	}
	// Meanwhile, the other accounts' leaves.
	var readErr error
	for i := range addrs {
		if writesSlots(i) {
			continue
		}
		if readErr = read(i); readErr != nil {
			break
		}
	}
	wg.Wait()
	if readErr != nil {
		return nil, readErr
	}
	storageNodes := u.nodes
	if insert {
		storageNodes = trienode.NewMergedNodeSet()
	}
	for i, addr := range addrs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if nodeSets[i] != nil {
			if err := storageNodes.Merge(nodeSets[i]); err != nil {
				return nil, fmt.Errorf("state: merge storage nodes of %s: %w", addr, err)
			}
		}
	}
	var inserted chan error
	if insert && len(storageNodes.Sets) > 0 {
		// The storage tries' nodes go in first (children before the
		// account trie's leaves that reference them), beside the account
		// trie's update: it reads little from the database, its paths
		// having been resolved above.
		inserted = make(chan error, 1)
		go func() { inserted <- s.tdb.Update(parent, parent, 0, storageNodes, nil) }()
	}
	err = s.updateAccounts(accounts, addrs, ws, prevs, roots, u)
	var root common.Hash
	var nodes *trienode.NodeSet
	if err == nil {
		if !commit {
			u.root = accounts.Hash()
		} else {
			root, nodes = accounts.Commit(true)
		}
	}
	if inserted != nil {
		if ierr := <-inserted; ierr != nil && err == nil {
			err = fmt.Errorf("state: insert storage nodes: %w", ierr)
		}
	}
	if err != nil || !commit {
		return u, err
	}
	if nodes != nil {
		if err := u.nodes.Merge(nodes); err != nil {
			return nil, fmt.Errorf("state: merge account nodes: %w", err)
		}
	}
	u.root = root
	return u, nil
}

// updateAccounts writes the write set's accounts into the account trie,
// with the storage roots computed for them.
func (s *Store) updateAccounts(accounts *trie.StateTrie, addrs []common.Address, ws WriteSet, prevs []*types.StateAccount, roots []common.Hash, u *update) error {
	for i, addr := range addrs {
		ch := ws[addr]
		if ch.Account == nil {
			if prevs[i] != nil {
				if err := accounts.DeleteAccount(addr); err != nil {
					return fmt.Errorf("state: delete account %s: %w", addr, err)
				}
			}
			continue
		}
		if ch.Code != nil {
			u.codes[ch.Account.CodeHash] = ch.Code
		}
		acc := &types.StateAccount{Nonce: ch.Account.Nonce, Balance: ch.Account.Balance, Root: roots[i], CodeHash: ch.Account.CodeHash.Bytes()}
		if acc.Balance == nil {
			acc.Balance = new(uint256.Int)
		}
		if err := accounts.UpdateAccount(addr, acc, len(ch.Code)); err != nil {
			return fmt.Errorf("state: update account %s: %w", addr, err)
		}
	}
	return nil
}

// updateStorage writes slots into the storage trie of addr whose root is
// root, and returns the new root and, when committing, the dirty nodes.
// Calls for different accounts may run in parallel.
func (s *Store) updateStorage(stateRoot common.Hash, addr common.Address, root common.Hash, slots map[common.Hash]common.Hash, commit bool) (common.Hash, *trienode.NodeSet, error) {
	tr, err := trie.NewStateTrie(trie.StorageTrieID(stateRoot, crypto.Keccak256Hash(addr.Bytes()), root), s.tdb)
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("state: open storage of %s: %w", addr, err)
	}
	for slot, value := range slots {
		if value == (common.Hash{}) {
			err = tr.DeleteStorage(addr, slot[:])
		} else {
			err = tr.UpdateStorage(addr, slot[:], common.TrimLeftZeroes(value[:]))
		}
		if err != nil {
			return common.Hash{}, nil, fmt.Errorf("state: write slot %s of %s: %w", slot, addr, err)
		}
	}
	if !commit {
		return tr.Hash(), nil, nil
	}
	newRoot, nodes := tr.Commit(false)
	return newRoot, nodes, nil
}

// trieReader adapts go-ethereum's state reader to Reader. It serialises
// reads internally; Fork gives a parallel reader its own.
type trieReader struct {
	r     state.Reader
	store *Store
	root  common.Hash
}

// Fork implements Forker.
func (t *trieReader) Fork() (Reader, error) { return t.store.trieReader(t.root) }

func (t *trieReader) Account(addr common.Address) (*Account, error) {
	acc, err := t.r.Account(addr)
	if err != nil || acc == nil {
		return nil, err
	}
	return &Account{Nonce: acc.Nonce, Balance: acc.Balance, CodeHash: common.BytesToHash(acc.CodeHash)}, nil
}

func (t *trieReader) Storage(addr common.Address, slot common.Hash) (common.Hash, error) {
	return t.r.Storage(addr, slot)
}

func (t *trieReader) Code(addr common.Address, codeHash common.Hash) ([]byte, error) {
	if codeHash == types.EmptyCodeHash || codeHash == (common.Hash{}) {
		return nil, nil
	}
	code := t.r.Code(addr, codeHash)
	if code == nil {
		return nil, fmt.Errorf("state: missing code %s of %s", codeHash, addr)
	}
	return code, nil
}
