// Package statebench compares state storage engines on the same sequence of
// blocks: our state.Store (its own in-memory tries over Pebble, nodes keyed
// by hash; default retention and archive) and go-ethereum's own path-based trie database on
// Pebble (pathdb, as geth runs: recent blocks as in-memory diff layers over
// flat state on disk). It times commit with root per block, hot and cold
// account reads, and disk bytes per block, and checks both reach the same
// state root at every block.
package statebench

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	gstate "github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/ethdb/leveldb"
	"github.com/ethereum/go-ethereum/ethdb/pebble"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/pathdb"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/internal/boltkv"
	"github.com/metis-go/metis/state"
)

// Config is a workload.
type Config struct {
	Dir        string // scratch directory
	Population int    // accounts created before measuring
	Contracts  int    // accounts with storage
	Slots      int    // slots per contract that writes pick from
	Blocks     int    // measured blocks
	Accounts   int    // account updates per block
	Writes     int    // storage writes per block
	Reads      int    // reads per read measurement
	Seed       uint64
	// Engines to measure, the last being the reference the others are
	// compared with; default DefaultEngines. Known: metis, metis-archive
	// (our store on Pebble), metis-256m (its default mode with 256 MiB of
	// trie nodes in memory instead of 1 GiB), metis-leveldb, metis-bbolt (our store's
	// default mode on LevelDB and on bbolt's B+tree), geth-pathdb.
	Engines  []string
	Progress func(format string, args ...any)
}

// DefaultEngines are what Run measures unless told otherwise.
var DefaultEngines = []string{"metis", "metis-archive", "geth-pathdb"}

// Result is one engine's numbers.
type Result struct {
	Engine            string  `json:"engine"`
	CommitMsP50       float64 `json:"commitMsP50"`
	CommitMsMean      float64 `json:"commitMsMean"`
	HotReadNsP50      float64 `json:"hotReadNsP50"`
	ColdReadUsP50     float64 `json:"coldReadUsP50"`
	DiskBytesPerBlock int64   `json:"diskBytesPerBlock"`
}

// engine is one storage engine under test.
type engine interface {
	commit(parent common.Hash, block uint64, ws state.WriteSet) (common.Hash, error)
	account(root common.Hash, addr common.Address) (bool, error) // reports existence
	flush(root common.Hash) error                                // everything on disk
	reopen(root common.Hash) error                               // close and open again: cold caches
	close() error
}

// Run measures the engines on the same blocks: our store in its default
// mode and as an archive, and go-ethereum's path database.
func Run(cfg Config) ([]Result, error) {
	if cfg.Progress == nil {
		cfg.Progress = func(string, ...any) {}
	}
	blocks := workload(cfg)
	var results []Result
	var roots [][]common.Hash
	engines := cfg.Engines
	if len(engines) == 0 {
		engines = DefaultEngines
	}
	for _, name := range engines {
		dir := filepath.Join(cfg.Dir, name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		var e engine
		var err error
		switch name {
		case "metis":
			e, err = openMetis(dir, openPebble, state.Options{})
		case "metis-256m":
			e, err = openMetis(dir, openPebble, state.Options{MemoryLimit: 256 << 20})
		case "metis-archive":
			e, err = openMetis(dir, openPebble, state.Options{Archive: true, WriteBehind: true})
		case "metis-leveldb":
			e, err = openMetis(dir, openLevelDB, state.Options{})
		case "metis-bbolt":
			e, err = openMetis(dir, openBolt, state.Options{})
		case "geth-pathdb":
			e, err = openGeth(dir)
		default:
			err = fmt.Errorf("unknown engine %q", name)
		}
		if err != nil {
			return nil, fmt.Errorf("statebench: open %s: %w", name, err)
		}
		r, rs, err := measure(cfg, name, dir, e, blocks)
		cerr := e.close()
		if err != nil {
			return nil, fmt.Errorf("statebench: %s: %w", name, err)
		}
		if cerr != nil {
			return nil, fmt.Errorf("statebench: close %s: %w", name, cerr)
		}
		results = append(results, r)
		roots = append(roots, rs)
	}
	for i := 1; i < len(roots); i++ {
		if !slices.Equal(roots[0], roots[i]) {
			return nil, fmt.Errorf("statebench: %s and %s disagree on state roots: %v vs %v", results[0].Engine, results[i].Engine, roots[0], roots[i])
		}
	}
	return results, nil
}

// workload returns the setup block and the measured blocks.
func workload(cfg Config) []state.WriteSet {
	rng := rand.New(rand.NewPCG(cfg.Seed, 1))
	addr := func(i int) common.Address { return common.BigToAddress(uint256.NewInt(uint64(0x10000 + i)).ToBig()) }
	contract := func(i int) common.Address { return common.BigToAddress(uint256.NewInt(uint64(0x1000000 + i)).ToBig()) }
	acct := func(nonce uint64) *state.Account {
		return &state.Account{Nonce: nonce, Balance: uint256.NewInt(1 + rng.Uint64N(1e18)), CodeHash: types.EmptyCodeHash}
	}
	setup := state.WriteSet{}
	for i := range cfg.Population {
		setup[addr(i)] = &state.AccountChange{Account: acct(0)}
	}
	for i := range cfg.Contracts {
		st := map[common.Hash]common.Hash{}
		for s := range cfg.Slots / 2 {
			st[common.BigToHash(uint256.NewInt(uint64(s)).ToBig())] = common.BigToHash(uint256.NewInt(1 + rng.Uint64()).ToBig())
		}
		setup[contract(i)] = &state.AccountChange{Account: acct(1), Storage: st}
	}
	out := []state.WriteSet{setup}
	for b := range cfg.Blocks {
		ws := state.WriteSet{}
		for range cfg.Accounts {
			ws[addr(rng.IntN(cfg.Population))] = &state.AccountChange{Account: acct(uint64(b + 1))}
		}
		for range cfg.Writes {
			c := contract(rng.IntN(cfg.Contracts))
			ch, ok := ws[c]
			if !ok {
				ch = &state.AccountChange{Account: acct(1), Storage: map[common.Hash]common.Hash{}}
				ws[c] = ch
			}
			ch.Storage[common.BigToHash(uint256.NewInt(rng.Uint64N(uint64(cfg.Slots))).ToBig())] = common.BigToHash(uint256.NewInt(1 + rng.Uint64()).ToBig())
		}
		out = append(out, ws)
	}
	return out
}

func measure(cfg Config, name, dir string, e engine, blocks []state.WriteSet) (Result, []common.Hash, error) {
	r := Result{Engine: name}
	cfg.Progress("%s: setup block (%d accounts, %d contracts)", name, cfg.Population, cfg.Contracts)
	root, err := e.commit(types.EmptyRootHash, 0, blocks[0])
	if err != nil {
		return r, nil, err
	}
	if err := e.flush(root); err != nil {
		return r, nil, err
	}
	before := dirSize(dir)
	roots := []common.Hash{root}
	var commits []time.Duration
	for i, ws := range blocks[1:] {
		start := time.Now()
		if root, err = e.commit(root, uint64(i+1), ws); err != nil {
			return r, nil, err
		}
		commits = append(commits, time.Since(start))
		roots = append(roots, root)
		if (i+1)%10 == 0 {
			cfg.Progress("%s: block %d/%d", name, i+1, len(blocks)-1)
		}
	}
	if err := e.flush(root); err != nil {
		return r, nil, err
	}
	r.DiskBytesPerBlock = (dirSize(dir) - before) / int64(len(blocks)-1)
	r.CommitMsP50 = ms(p50(commits))
	var sum time.Duration
	for _, c := range commits {
		sum += c
	}
	r.CommitMsMean = ms(sum / time.Duration(len(commits)))
	// Hot: accounts the last block wrote.
	last := blocks[len(blocks)-1].Addresses()
	hot, err := reads(e, root, cfg.Reads, func(i int) common.Address { return last[i%len(last)] })
	if err != nil {
		return r, nil, err
	}
	r.HotReadNsP50 = float64(p50(hot).Nanoseconds())
	// Cold: after reopening, random accounts of the population.
	if err := e.reopen(root); err != nil {
		return r, nil, err
	}
	all := blocks[0].Addresses()
	rng := rand.New(rand.NewPCG(cfg.Seed, 2))
	cold, err := reads(e, root, min(cfg.Reads, len(all)), func(int) common.Address { return all[rng.IntN(len(all))] })
	if err != nil {
		return r, nil, err
	}
	r.ColdReadUsP50 = float64(p50(cold).Nanoseconds()) / 1000
	return r, roots, nil
}

func reads(e engine, root common.Hash, n int, pick func(int) common.Address) ([]time.Duration, error) {
	out := make([]time.Duration, n)
	for i := range n {
		addr := pick(i)
		start := time.Now()
		ok, err := e.account(root, addr)
		out[i] = time.Since(start)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("account %s missing", addr)
		}
	}
	return out, nil
}

func p50(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

func openPebble(dir string) (ethdb.Database, error) {
	kv, err := pebble.New(dir, 256, 256, "statebench/", false)
	if err != nil {
		return nil, err
	}
	return rawdb.NewDatabase(kv), nil
}

func openLevelDB(dir string) (ethdb.Database, error) {
	kv, err := leveldb.New(dir, 256, 256, "statebench/", false)
	if err != nil {
		return nil, err
	}
	return rawdb.NewDatabase(kv), nil
}

func openBolt(dir string) (ethdb.Database, error) {
	kv, err := boltkv.Open(filepath.Join(dir, "state.bolt"))
	if err != nil {
		return nil, err
	}
	return rawdb.NewDatabase(kv), nil
}

// metisEngine is our state.Store.
type metisEngine struct {
	openDB func(dir string) (ethdb.Database, error)
	opts   state.Options
	dir    string
	db     ethdb.Database
	store  *state.Store
	reader state.Reader
	at     common.Hash
}

// openMetis opens our store: by default (the node's) recent versions in
// memory and checkpoints on disk, like go-ethereum's path database, which
// buffers its layers too; or an archive, every version written at commit.
func openMetis(dir string, openDB func(string) (ethdb.Database, error), opts state.Options) (*metisEngine, error) {
	db, err := openDB(dir)
	if err != nil {
		return nil, err
	}
	return &metisEngine{openDB: openDB, opts: opts, dir: dir, db: db, store: state.NewStoreWith(db, opts)}, nil
}

func (m *metisEngine) commit(parent common.Hash, block uint64, ws state.WriteSet) (common.Hash, error) {
	return m.store.Commit(parent, block, ws)
}

func (m *metisEngine) account(root common.Hash, addr common.Address) (bool, error) {
	if m.reader == nil || m.at != root {
		r, err := m.store.Reader(root)
		if err != nil {
			return false, err
		}
		m.reader, m.at = r, root
	}
	acc, err := m.reader.Account(addr)
	return acc != nil, err
}

func (m *metisEngine) flush(common.Hash) error { return m.store.Flush() }

func (m *metisEngine) reopen(common.Hash) error {
	if err := m.close(); err != nil {
		return err
	}
	db, err := m.openDB(m.dir)
	if err != nil {
		return err
	}
	m.db, m.store, m.reader = db, state.NewStoreWith(db, m.opts), nil
	return nil
}

func (m *metisEngine) close() error {
	err := m.store.Close()
	if cerr := m.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// gethEngine is go-ethereum's StateDB over pathdb.
type gethEngine struct {
	dir    string
	db     ethdb.Database
	tdb    *triedb.Database
	sdb    gstate.Database
	reader gstate.Reader
	at     common.Hash
}

func openGeth(dir string) (*gethEngine, error) {
	db, err := openPebble(dir)
	if err != nil {
		return nil, err
	}
	g := &gethEngine{dir: dir, db: db}
	g.open()
	return g, nil
}

func (g *gethEngine) open() {
	g.tdb = triedb.NewDatabase(g.db, &triedb.Config{PathDB: pathdb.Defaults})
	g.sdb = gstate.NewDatabase(g.tdb, gstate.NewCodeDB(g.db))
	g.reader = nil
}

var rules = params.Rules{IsByzantium: true, IsEIP150: true, IsEIP155: true, IsEIP158: true}

func (g *gethEngine) commit(parent common.Hash, block uint64, ws state.WriteSet) (common.Hash, error) {
	sdb, err := gstate.New(parent, g.sdb)
	if err != nil {
		return common.Hash{}, err
	}
	for _, addr := range ws.Addresses() {
		ch := ws[addr]
		sdb.SetBalance(addr, ch.Account.Balance, tracing.BalanceChangeUnspecified)
		sdb.SetNonce(addr, ch.Account.Nonce, tracing.NonceChangeUnspecified)
		for k, v := range ch.Storage {
			sdb.SetState(addr, k, v)
		}
	}
	return sdb.Commit(rules, block)
}

func (g *gethEngine) account(root common.Hash, addr common.Address) (bool, error) {
	if g.reader == nil || g.at != root {
		r, err := g.sdb.Reader(root)
		if err != nil {
			return false, err
		}
		g.reader, g.at = r, root
	}
	acc, err := g.reader.Account(addr)
	return acc != nil, err
}

func (g *gethEngine) flush(root common.Hash) error { return g.tdb.Commit(root, false) }

func (g *gethEngine) reopen(root common.Hash) error {
	if err := g.tdb.Journal(root); err != nil {
		return err
	}
	if err := g.close(); err != nil {
		return err
	}
	db, err := openPebble(g.dir)
	if err != nil {
		return err
	}
	g.db = db
	g.open()
	return nil
}

func (g *gethEngine) close() error {
	err := g.tdb.Close()
	if cerr := g.db.Close(); err == nil {
		err = cerr
	}
	return err
}
