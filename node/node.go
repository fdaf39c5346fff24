// Package node assembles a single Hyperion node: storage, chain, executor,
// transaction pool, sequencer and the JSON-RPC server on one listener, which
// also serves Prometheus metrics at GET /metrics.
//
// Concurrency: Start launches the sequencer and the HTTP server; Close
// stops them, waits for them and closes storage. Close is idempotent.
//
// This package is near the top of the dependency graph: only cmd and the
// assemblies built on a node (gmpayer/devnet) import it.
package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/ethdb/pebble"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/metis-go/metis/chain"
	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/chain/txpool"
	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/blockstm"
	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/rpc"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

// Version is the node's version.
const Version = "0.1.0"

// Config configures a dev node. Zero fields take the documented defaults.
type Config struct {
	DataDir   string // where chain data lives; ignored when Ephemeral
	Ephemeral bool   // keep everything in memory
	// Archive keeps the state of every block; by default the last 128
	// blocks' states are readable (older ones are dropped, except a
	// checkpoint every 128 blocks).
	Archive bool
	// StateRetain, StateCheckpoint and StatePruneAfter tune the default
	// (non-archive) state: how many recent blocks' states are readable
	// (default 128), the blocks between checkpoints on disk (default
	// StateRetain), and how many outdated checkpoints gather before the
	// disk is pruned (default 4; negative keeps them).
	StateRetain     int
	StateCheckpoint uint64
	StatePruneAfter int
	// StateMemory bounds, roughly, the bytes of trie nodes the newest state
	// holds in memory (default 1 GiB; older retained states add what their
	// blocks changed; see state.Options.MemoryLimit).
	StateMemory int64
	HTTPAddr    string        // listen address; default 127.0.0.1:8545 (":0" picks a port)
	ChainID     uint64        // default vm.DefaultChainID (31337)
	BlockTime   time.Duration // default 1s; negative means automine (a block per transaction)
	GasLimit    uint64        // block gas limit; default 60,000,000
	Accounts    int           // prefunded dev accounts; default 10
	Balance     *big.Int      // wei per dev account; default 10,000 ether
	Mnemonic    string        // default devkeys.TestMnemonic
	Coinbase    common.Address
	Logger      *slog.Logger
	Exec        string // block executor: "parallel" (default, Block-STM) or "serial"
	Workers     int    // parallel executor goroutines; default runtime.NumCPU()
	// Alloc adds accounts to the genesis: predeployed contracts, service
	// accounts. It must not name a dev account.
	Alloc types.GenesisAlloc
	// Genesis, if set, is the genesis to start a new chain from (a geth
	// genesis file, or a state exported from another chain); its
	// allocation replaces the dev accounts' funding and Alloc.
	Genesis *chain.Genesis
}

func (c *Config) setDefaults() {
	if c.HTTPAddr == "" {
		c.HTTPAddr = "127.0.0.1:8545"
	}
	if c.ChainID == 0 {
		c.ChainID = vm.DefaultChainID
	}
	if c.BlockTime == 0 {
		c.BlockTime = time.Second
	}
	if c.GasLimit == 0 {
		c.GasLimit = 60_000_000
	}
	if c.Accounts == 0 {
		c.Accounts = 10
	}
	if c.Balance == nil {
		c.Balance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))
	}
	if c.Mnemonic == "" {
		c.Mnemonic = devkeys.TestMnemonic
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Exec == "" {
		c.Exec = "parallel"
	}
	if c.Workers == 0 {
		c.Workers = runtime.NumCPU()
	}
}

// executor returns the block executor the configuration asks for, and
// registers its metrics.
func (n *Node) executor() (exec.Executor, error) {
	switch n.cfg.Exec {
	case "serial":
		return serial.New(), nil
	case "parallel":
		ex := blockstm.New(n.cfg.Workers)
		counter := func(name, help string, get func(blockstm.Stats) uint64) prometheus.Collector {
			return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help}, func() float64 { return float64(get(ex.Stats())) })
		}
		n.registry.MustRegister(
			counter("metis_blockstm_transactions_total", "Transactions executed by the parallel executor.", func(s blockstm.Stats) uint64 { return s.Transactions }),
			counter("metis_blockstm_executions_total", "Incarnations run by the parallel executor, re-executions included.", func(s blockstm.Stats) uint64 { return s.Executions }),
			counter("metis_blockstm_aborts_total", "Parallel executions whose reads were found stale.", func(s blockstm.Stats) uint64 { return s.Aborts }),
			counter("metis_blockstm_waits_total", "Parallel executions suspended until a lower transaction ran.", func(s blockstm.Stats) uint64 { return s.Waits }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "metis_blockstm_workers", Help: "Worker goroutines of the parallel executor."}, func() float64 { return float64(ex.Workers()) }),
		)
		return ex, nil
	}
	return nil, fmt.Errorf("node: unknown executor %q (want parallel or serial)", n.cfg.Exec)
}

// Node is a running dev node.
type Node struct {
	cfg      Config
	db       ethdb.Database
	chain    *chain.Chain
	pool     *txpool.Pool
	rpc      *rpc.Server
	seq      *chain.Sequencer
	accounts []devkeys.Account
	listener net.Listener
	http     *http.Server
	registry *prometheus.Registry

	cancel    context.CancelFunc
	wg        sync.WaitGroup
	closeOnce sync.Once
	closeErr  error
	seqErr    chan error
}

// New opens storage and builds the node; Start runs it.
func New(cfg Config) (*Node, error) {
	cfg.setDefaults()
	accounts, err := devkeys.Derive(cfg.Mnemonic, cfg.Accounts)
	if err != nil {
		return nil, err
	}
	db, err := openDB(cfg)
	if err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, db: db, accounts: accounts, seqErr: make(chan error, 1)}
	if err := n.build(); err != nil {
		if n.chain != nil {
			n.chain.Close() // writes the state it holds before the database closes
		}
		db.Close()
		return nil, err
	}
	return n, nil
}

func openDB(cfg Config) (ethdb.Database, error) {
	if cfg.Ephemeral {
		return rawdb.NewMemoryDatabase(), nil
	}
	if cfg.DataDir == "" {
		return nil, errors.New("node: DataDir is required unless Ephemeral")
	}
	dir := filepath.Join(cfg.DataDir, "chaindata")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("node: create %s: %w", dir, err)
	}
	kv, err := pebble.New(dir, 256, 256, "metis/db/", false)
	if err != nil {
		if errors.Is(err, syscall.EAGAIN) || errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("node: database %s is in use by another process (is another metis running on this --datadir?): %w", dir, err)
		}
		return nil, fmt.Errorf("node: open database %s: %w", dir, err)
	}
	return rawdb.NewDatabase(kv), nil
}

func (n *Node) build() error {
	n.registry = prometheus.NewRegistry()
	n.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	cc := vm.ChainConfig(n.cfg.ChainID)
	ex, err := n.executor()
	if err != nil {
		return err
	}
	genesis, err := n.genesis()
	if err != nil {
		return err
	}
	c, err := chain.Open(n.db, chain.Config{
		ChainConfig: cc,
		Genesis:     genesis,
		Executor:    ex,
		Coinbase:    n.cfg.Coinbase,
		GasLimit:    n.cfg.GasLimit,
		State: state.Options{Archive: n.cfg.Archive, WriteBehind: true,
			Retain: n.cfg.StateRetain, FlushEvery: n.cfg.StateCheckpoint, PruneAfter: n.cfg.StatePruneAfter, MemoryLimit: n.cfg.StateMemory},
		Logger: n.cfg.Logger,
	})
	if err != nil {
		return err
	}
	n.chain = c
	head := c.Head()
	reader, err := c.StateAt(head.Root())
	if err != nil {
		return err
	}
	// A dev pool holds enough for scripted bursts (geth's default is 5120).
	pool, err := txpool.New(txpool.Config{ChainConfig: cc, GlobalSlots: 65536, GlobalQueue: 16384, AccountSlots: 16384, Logger: n.cfg.Logger}, chain.PoolState{R: reader}, head.Header())
	if err != nil {
		return fmt.Errorf("node: txpool: %w", err)
	}
	n.pool = pool
	n.registry.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "metis_txpool_pending", Help: "Executable transactions in the pool."}, func() float64 {
			p, _ := pool.Stats()
			return float64(p)
		}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "metis_txpool_queued", Help: "Future (gapped) transactions in the pool."}, func() float64 {
			_, q := pool.Stats()
			return float64(q)
		}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "metis_state_flat_block", Help: "Block whose state the flat state on disk holds (-1: none)."}, func() float64 {
			return float64(c.StateStats().FlatBlock)
		}),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "metis_state_flat_rebuilds_total", Help: "Times the flat state was rebuilt from a trie."}, func() float64 {
			return float64(c.StateStats().FlatRebuilds)
		}),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "metis_state_prunes_total", Help: "Prunes of outdated state on disk that ran to the end."}, func() float64 {
			return float64(c.StateStats().Prunes)
		}),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "metis_state_pruned_nodes_total", Help: "Trie nodes deleted from disk by prunes."}, func() float64 {
			return float64(c.StateStats().PrunedNodes)
		}),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "metis_state_prune_failures_total", Help: "Prunes that stopped on an error (the disk kept what it held)."}, func() float64 {
			return float64(c.StateStats().PruneFailures)
		}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "metis_state_trie_growth_bytes", Help: "Bytes of trie nodes created since the newest state was last trimmed (roughly; bounded by --state.memory)."}, func() float64 {
			return float64(c.StateStats().TrieGrowth)
		}),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "metis_state_trims_total", Help: "Times the newest state was written to disk and trimmed in memory beyond --state.memory."}, func() float64 {
			return float64(c.StateStats().Trims)
		}),
	)
	rpcAccounts := make([]rpc.Account, len(n.accounts))
	for i, a := range n.accounts {
		rpcAccounts[i] = rpc.Account{Address: a.Address, Key: a.Key}
	}
	srv, err := rpc.NewServer(rpc.Config{
		Chain:         c,
		Pool:          pool,
		Accounts:      rpcAccounts,
		ClientVersion: "metis/v" + Version,
		Logger:        n.cfg.Logger,
		Registerer:    n.registry,
	})
	if err != nil {
		return err
	}
	n.rpc = srv
	blockTime := n.cfg.BlockTime
	if blockTime < 0 {
		blockTime = 0
	}
	n.seq = chain.NewSequencer(c, pool, chain.SequencerConfig{BlockTime: blockTime, Logger: n.cfg.Logger, Registerer: n.registry})
	return nil
}

// genesis returns the genesis of a new chain: the configured one, or the
// dev accounts' funding plus Alloc.
func (n *Node) genesis() (*chain.Genesis, error) {
	if g := n.cfg.Genesis; g != nil {
		if g.GasLimit == 0 {
			g.GasLimit = n.cfg.GasLimit
		}
		return g, nil
	}
	alloc := make(types.GenesisAlloc, len(n.accounts))
	for _, a := range n.accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(n.cfg.Balance)}
	}
	for addr, acc := range n.cfg.Alloc {
		if _, dup := alloc[addr]; dup {
			return nil, fmt.Errorf("node: genesis account %s is also a dev account", addr)
		}
		alloc[addr] = acc
	}
	return &chain.Genesis{
		Alloc:     alloc,
		GasLimit:  n.cfg.GasLimit,
		Timestamp: uint64(time.Now().Unix()),
		ExtraData: []byte("metis dev"),
	}, nil
}

// Start listens for RPC and starts producing blocks.
func (n *Node) Start() error {
	ln, err := net.Listen("tcp", n.cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("node: listen on %s: %w", n.cfg.HTTPAddr, err)
	}
	n.listener = ln
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(n.registry, promhttp.HandlerOpts{}))
	mux.Handle("/", n.rpc)
	n.http = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	ctx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	n.wg.Add(2)
	go func() {
		defer n.wg.Done()
		if err := n.http.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.cfg.Logger.Error("rpc server stopped", "err", err)
		}
	}()
	go func() {
		defer n.wg.Done()
		if err := n.seq.Run(ctx); err != nil {
			n.cfg.Logger.Error("sequencer stopped", "err", err)
			n.seqErr <- err
		}
	}()
	return nil
}

// Err delivers a fatal error of the sequencer, if one happens.
func (n *Node) Err() <-chan error { return n.seqErr }

// Close stops the node and closes its storage. It is safe to call twice.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		var errs []error
		if n.http != nil {
			// Requests in flight get 5 s to finish; after that (or for a
			// client that opened a connection and never used it, which
			// Shutdown waits out) the listener's connections are closed.
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			if err := n.http.Shutdown(ctx); err != nil {
				n.cfg.Logger.Warn("RPC server did not drain in time; closing its connections", "err", err)
				errs = append(errs, n.http.Close())
			}
			cancel()
		}
		if n.cancel != nil {
			n.cancel()
		}
		n.rpc.Close()
		n.wg.Wait()
		errs = append(errs, n.chain.Close(), n.db.Close())
		n.closeErr = errors.Join(errs...)
	})
	return n.closeErr
}

// HTTPEndpoint returns the http:// URL of the RPC server.
func (n *Node) HTTPEndpoint() string { return "http://" + n.listener.Addr().String() }

// WSEndpoint returns the ws:// URL of the RPC server.
func (n *Node) WSEndpoint() string { return "ws://" + n.listener.Addr().String() }

// Chain returns the node's chain.
func (n *Node) Chain() *chain.Chain { return n.chain }

// Accounts returns the dev accounts.
func (n *Node) Accounts() []devkeys.Account { return n.accounts }

// DataDir returns where the chain data lives, or "" when ephemeral.
func (n *Node) DataDir() string {
	if n.cfg.Ephemeral {
		return ""
	}
	return n.cfg.DataDir
}
