package state

import (
	"bytes"
	"errors"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/ethdb/leveldb"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/ethdb/pebble"

	"github.com/metis-go/metis/internal/boltkv"
)

// logBuffer collects a store's log lines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) count(s string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Count(l.buf.String(), s)
}

// chainRun commits blocks first..last on top of root with writes from
// seed, checking every recent version's reads against the trie.
func chainRun(t *testing.T, store *Store, u *universe, seed uint64, root common.Hash, first, last uint64) []common.Hash {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 99))
	var roots []common.Hash
	for block := first; block <= last; block++ {
		var err error
		if root, err = store.Commit(root, block, u.randomBlock(rng)); err != nil {
			t.Fatal(err)
		}
		roots = append(roots, root)
		for _, r := range roots[max(0, len(roots)-4):] {
			u.checkReads(t, store, r)
		}
	}
	return roots
}

// TestFlatStateAfterCrash kills a store (no Close) while its flat state on
// disk is ahead of the newest checkpoint, then re-executes from the
// checkpoint: the same blocks again (the flat state is reached again and
// moves on, no rebuild), or different ones (the flat state holds a version
// the chain left, and is rebuilt from the trie). A database from before the
// flat state is rebuilt too. Every recent version reads like its trie.
func TestFlatStateAfterCrash(t *testing.T) {
	opts := Options{Retain: 64, FlushEvery: 32}
	open := func(disk ethdb.Database) (*Store, *logBuffer) {
		logs := &logBuffer{}
		o := opts
		o.Logger = slog.New(slog.NewTextHandler(logs, nil))
		return NewStoreWith(disk, o), logs
	}
	u := newUniverse()
	for _, tc := range []struct {
		name     string
		seed     uint64 // of the blocks after the checkpoint, once restarted
		rebuilds int
	}{{"same blocks again", 1, 0}, {"other blocks", 2, 1}} {
		disk := rawdb.NewMemoryDatabase()
		store, _ := open(disk)
		roots := chainRun(t, store, u, 1, types.EmptyRootHash, 1, 32)
		roots = append(roots, chainRun(t, store, u, 1, roots[31], 33, 60)...)
		_, flatBlock, _ := store.flat.version()
		if flatBlock <= 32 {
			t.Fatalf("flat state at block %d, want it past the checkpoint at 32", flatBlock)
		}
		// Crash: only the checkpoint at 32 and the flat state are on disk.
		restarted, logs := open(disk)
		if restarted.Has(roots[59]) || !restarted.Has(roots[31]) {
			t.Fatal("the crash kept other versions than the checkpoint")
		}
		again := chainRun(t, restarted, u, tc.seed, roots[31], 33, 80)
		if got := logs.count("Rebuilt the flat state"); got != tc.rebuilds || restarted.Stats().FlatRebuilds != uint64(tc.rebuilds) {
			t.Fatalf("%s: %d rebuilds (stats %+v), want %d", tc.name, got, restarted.Stats(), tc.rebuilds)
		}
		if (again[flatBlock-33] == roots[flatBlock-1]) != (tc.seed == 1) {
			t.Fatalf("%s: the replay did not take the path the test wants", tc.name)
		}
		if r, _ := restarted.Reader(again[len(again)-1]); !readsFlat(r) {
			t.Fatalf("%s: the head does not read the flat state", tc.name)
		}
		if err := restarted.Close(); err != nil {
			t.Fatal(err)
		}
		// After a clean shutdown, the flat state holds the head.
		reopened, _ := open(disk)
		if r, _ := reopened.Reader(again[len(again)-1]); !readsFlat(r) {
			t.Fatalf("%s: after Close, the head does not read the flat state: %T", tc.name, r)
		}
		u.checkReads(t, reopened, again[len(again)-1])
	}

	// A database written before the flat state existed: no marker, no flat
	// data. The first layer to leave memory rebuilds it.
	disk := rawdb.NewMemoryDatabase()
	store, _ := open(disk)
	roots := chainRun(t, store, u, 3, types.EmptyRootHash, 1, 40)
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	dropFlatState(t, disk)
	old, logs := open(disk)
	if r, _ := old.Reader(roots[39]); readsFlat(r) {
		t.Fatal("a database without a flat state read one")
	}
	more := chainRun(t, old, u, 4, roots[39], 41, 70)
	if logs.count("Rebuilt the flat state") != 1 {
		t.Fatalf("old database: rebuilt %d times, want once", logs.count("Rebuilt the flat state"))
	}
	if r, _ := old.Reader(more[len(more)-1]); !readsFlat(r) {
		t.Fatal("old database: the head does not read the flat state after the rebuild")
	}
}

// TestFlatReaderFallsBackWhenTheFlatStateMoves checks that a reader opened
// on the flat state keeps answering for its version after the flat state
// moved on (it reads the trie then).
func TestFlatReaderFallsBackWhenTheFlatStateMoves(t *testing.T) {
	store := NewStoreWith(rawdb.NewMemoryDatabase(), Options{Retain: 64, FlushEvery: 1000})
	u := newUniverse()
	roots := chainRun(t, store, u, 5, types.EmptyRootHash, 1, 30)
	if err := store.Flush(); err != nil { // flat state at the head
		t.Fatal(err)
	}
	head := roots[len(roots)-1]
	r, err := store.Reader(head)
	if err != nil {
		t.Fatal(err)
	}
	if !readsFlat(r) {
		t.Fatalf("reader of the flat state's version is %T", r)
	}
	if l, ok := r.(*layerReader); ok {
		r = l.base // the flat state alone, below the layers
	}
	// More versions than the layers hold move the flat state on.
	chainRun(t, store, u, 6, head, 31, 60)
	if root, _, _ := store.flat.version(); root == head {
		t.Fatal("the flat state did not move")
	}
	plain, _ := store.trieReader(head)
	for _, addr := range u.addrs {
		a, err1 := r.Account(addr)
		b, err2 := plain.Account(addr)
		if err1 != nil || err2 != nil || (a == nil) != (b == nil) || a != nil && (a.Nonce != b.Nonce || a.Balance.Cmp(b.Balance) != 0) {
			t.Fatalf("%s after the flat state moved: %+v (%v), trie %+v (%v)", addr, a, err1, b, err2)
		}
	}
}

func TestPrefixEnd(t *testing.T) {
	for _, tc := range []struct{ in, want []byte }{
		{[]byte("Mfs"), []byte("Mft")},
		{[]byte{1, 0xff}, []byte{2}},
		{[]byte{0xff, 0xff}, nil},
	} {
		if got := prefixEnd(tc.in); !bytes.Equal(got, tc.want) {
			t.Errorf("prefixEnd(%x) = %x, want %x", tc.in, got, tc.want)
		}
	}
}

// TestMissingKeyOnEveryEngine: a missing key's error is recognised as such
// on every key-value store the node can run on, so a flat read of an
// absent account costs one lookup.
func TestMissingKeyOnEveryEngine(t *testing.T) {
	dir := t.TempDir()
	peb, err := pebble.New(filepath.Join(dir, "pebble"), 16, 16, "", false)
	if err != nil {
		t.Fatal(err)
	}
	defer peb.Close()
	lvl, err := leveldb.New(filepath.Join(dir, "leveldb"), 16, 16, "", false)
	if err != nil {
		t.Fatal(err)
	}
	defer lvl.Close()
	bolt, err := boltkv.Open(filepath.Join(dir, "state.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer bolt.Close()
	for name, kv := range map[string]ethdb.KeyValueStore{"memory": memorydb.New(), "pebble": peb, "leveldb": lvl, "bbolt": bolt} {
		if _, err := kv.Get([]byte("absent")); err == nil || !missingKey(err) {
			t.Errorf("%s: missing key gives %v", name, err)
		}
	}
	if missingKey(errors.New("disk on fire")) {
		t.Error("another error taken for a missing key")
	}
}

// dropFlatState deletes the flat state and its marker, as in a database
// written before the flat state existed.
func dropFlatState(t *testing.T, disk ethdb.KeyValueStore) {
	t.Helper()
	b := disk.NewBatch()
	for _, p := range [][]byte{flatAccountPrefix, flatStoragePrefix} {
		if err := b.DeleteRange(p, prefixEnd(p)); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Delete(flatMarkerKey); err != nil {
		t.Fatal(err)
	}
	if err := b.Write(); err != nil {
		t.Fatal(err)
	}
}
