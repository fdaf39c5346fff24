package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

// Config configures a Chain.
type Config struct {
	// ChainConfig is the fork configuration; required.
	ChainConfig *params.ChainConfig
	// Genesis is written when the database is empty; required then.
	Genesis *Genesis
	// Executor runs blocks; required.
	Executor exec.Executor
	// Coinbase receives the priority fees of built blocks.
	Coinbase common.Address
	// GasLimit is the gas limit of built blocks; default: the parent's.
	GasLimit uint64
	// State says which versions of the state are kept (state.Options: an
	// archive, or the last 128 versions by default).
	State state.Options
	// Logger defaults to a discarding logger.
	Logger *slog.Logger
}

// HeadEvent announces a new canonical head.
type HeadEvent struct {
	Block    *types.Block
	Receipts types.Receipts // with block hash, number and log positions filled in
}

// Chain is the canonical chain and its state. See the package doc.
type Chain struct {
	cfg   Config
	db    ethdb.Database
	store *state.Store
	log   *slog.Logger

	mu       sync.Mutex // serialises block building and commits
	head     atomic.Pointer[types.Block]
	headFeed event.Feed
}

// ErrGenesisMismatch is returned when the stored chain was created with a
// different chain id than the one configured.
var ErrGenesisMismatch = errors.New("chain: stored chain has a different chain id")

// Open opens the chain stored in db, writing the genesis if db is empty.
// The caller closes db after Close.
func Open(db ethdb.Database, cfg Config) (*Chain, error) {
	if cfg.ChainConfig == nil || cfg.Executor == nil {
		return nil, errors.New("chain: ChainConfig and Executor are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.State.Logger == nil {
		cfg.State.Logger = cfg.Logger
	}
	c := &Chain{cfg: cfg, db: db, store: state.NewStoreWith(db, cfg.State), log: cfg.Logger}
	if o := c.store.Options(); o.Archive {
		c.log.Info("State: archive, every block's state kept", "flat state at block", c.store.Stats().FlatBlock)
	} else {
		c.log.Info("State: recent blocks kept", "blocks", o.Retain, "checkpoint every", o.FlushEvery, "prune after outdated checkpoints", o.PruneAfter, "flat state at block", c.store.Stats().FlatBlock)
	}
	headHash := rawdb.ReadHeadBlockHash(db)
	if headHash == (common.Hash{}) {
		if cfg.Genesis == nil {
			return nil, errors.New("chain: empty database and no genesis")
		}
		g, err := cfg.Genesis.block(c.store)
		if err == nil {
			// Nothing before block 0 could rebuild its state: it must be
			// on disk before the block is.
			err = c.store.Flush()
		}
		if err != nil {
			c.store.Close()
			return nil, err
		}
		rawdb.WriteChainConfig(db, g.Hash(), cfg.ChainConfig)
		if err := c.writeBlock(g, nil); err != nil {
			c.store.Close()
			return nil, err
		}
		c.head.Store(g)
		return c, nil
	}
	fail := func(err error) (*Chain, error) {
		c.store.Close()
		return nil, err
	}
	num, ok := rawdb.ReadHeaderNumber(db, headHash)
	if !ok {
		return fail(fmt.Errorf("chain: head %s has no number: database corrupt", headHash))
	}
	head := rawdb.ReadBlock(db, headHash, num)
	if head == nil {
		return fail(fmt.Errorf("chain: head block %d %s missing: database corrupt", num, headHash))
	}
	if stored := rawdb.ReadChainConfig(db, rawdb.ReadCanonicalHash(db, 0)); stored != nil && stored.ChainID.Cmp(cfg.ChainConfig.ChainID) != 0 {
		return fail(fmt.Errorf("%w: stored %v, configured %v", ErrGenesisMismatch, stored.ChainID, cfg.ChainConfig.ChainID))
	}
	c.head.Store(head)
	if !c.store.Has(head.Root()) {
		// The versions after the last checkpoint were in memory only when
		// the process stopped: rebuild them from the stored blocks.
		if err := c.replay(head); err != nil {
			return fail(err)
		}
	}
	return c, nil
}

// replay re-executes the blocks after the newest one whose state is on
// disk, up to head, committing their state; each must reproduce the root
// its header holds.
func (c *Chain) replay(head *types.Block) error {
	hasState := func(n uint64) (bool, error) {
		b := c.BlockByNumber(n)
		if b == nil {
			return false, fmt.Errorf("chain: canonical block %d missing: database corrupt", n)
		}
		return c.store.Has(b.Root()), nil
	}
	from := head.NumberU64()
	for {
		ok, err := hasState(from)
		if err != nil {
			return err
		}
		if ok {
			break
		}
		if from == 0 {
			return fmt.Errorf("chain: no stored state at or below head %d: database corrupt", head.NumberU64())
		}
		from--
	}
	total := head.NumberU64() - from
	c.log.Info("rebuilding recent state from stored blocks", "from", from, "to", head.NumberU64(), "blocks", total)
	start, last := time.Now(), time.Now()
	for n := from + 1; n <= head.NumberU64(); n++ {
		block, parent := c.BlockByNumber(n), c.BlockByNumber(n-1)
		if block == nil || parent == nil {
			return fmt.Errorf("chain: block %d missing while rebuilding state: database corrupt", n)
		}
		pre, err := c.store.Reader(parent.Root())
		if err != nil {
			return fmt.Errorf("chain: rebuild state of block %d: %w", n, err)
		}
		header := block.Header()
		blk := &exec.Block{Config: c.cfg.ChainConfig, Header: header, GetHash: c.GetHashFn(header)}
		res, err := c.cfg.Executor.Execute(context.Background(), blk, block.Transactions(), pre)
		if err != nil {
			return fmt.Errorf("chain: re-execute block %d: %w", n, err)
		}
		if len(res.Included) != len(block.Transactions()) {
			return fmt.Errorf("chain: re-executing block %d rejected %d of its transactions: database corrupt", n, len(res.Rejected))
		}
		root, err := c.store.Commit(parent.Root(), n, res.WriteSet)
		if err != nil {
			return fmt.Errorf("chain: commit rebuilt state of block %d: %w", n, err)
		}
		if root != block.Root() {
			return fmt.Errorf("chain: re-executing block %d gave state root %s, its header says %s: database corrupt", n, root, block.Root())
		}
		if time.Since(last) > 5*time.Second {
			c.log.Info("rebuilding recent state", "block", n, "left", head.NumberU64()-n)
			last = time.Now()
		}
	}
	c.log.Info("recent state rebuilt", "blocks", total, "elapsed", time.Since(start).Round(time.Millisecond))
	return nil
}

// Close releases the state store. It does not close the database.
func (c *Chain) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.store.Close()
}

// Config returns the chain's fork configuration.
func (c *Chain) Config() *params.ChainConfig { return c.cfg.ChainConfig }

// Head returns the current head block.
func (c *Chain) Head() *types.Block { return c.head.Load() }

// Genesis returns block 0.
func (c *Chain) Genesis() *types.Block { return c.BlockByNumber(0) }

// BlockByNumber returns the canonical block at n, or nil.
func (c *Chain) BlockByNumber(n uint64) *types.Block {
	if n > c.Head().NumberU64() {
		return nil
	}
	hash := rawdb.ReadCanonicalHash(c.db, n)
	if hash == (common.Hash{}) {
		return nil
	}
	return rawdb.ReadBlock(c.db, hash, n)
}

// BlockByHash returns the block with the given hash, or nil.
func (c *Chain) BlockByHash(hash common.Hash) *types.Block {
	num, ok := rawdb.ReadHeaderNumber(c.db, hash)
	if !ok || num > c.Head().NumberU64() {
		return nil
	}
	return rawdb.ReadBlock(c.db, hash, num)
}

// HeaderByNumber returns the canonical header at n, or nil.
func (c *Chain) HeaderByNumber(n uint64) *types.Header {
	if n > c.Head().NumberU64() {
		return nil
	}
	hash := rawdb.ReadCanonicalHash(c.db, n)
	if hash == (common.Hash{}) {
		return nil
	}
	return rawdb.ReadHeader(c.db, hash, n)
}

// HeaderByHash returns the header with the given hash, or nil.
func (c *Chain) HeaderByHash(hash common.Hash) *types.Header {
	num, ok := rawdb.ReadHeaderNumber(c.db, hash)
	if !ok || num > c.Head().NumberU64() {
		return nil
	}
	return rawdb.ReadHeader(c.db, hash, num)
}

// Receipts returns the receipts of the block with the given hash and
// number, with all derived fields filled in.
func (c *Chain) Receipts(hash common.Hash, number uint64) types.Receipts {
	h := c.HeaderByHash(hash)
	if h == nil {
		return nil
	}
	return rawdb.ReadReceipts(c.db, hash, number, h.Time, c.cfg.ChainConfig)
}

// TxLookup locates a canonical transaction by hash.
func (c *Chain) TxLookup(hash common.Hash) (tx *types.Transaction, blockHash common.Hash, number, index uint64, ok bool) {
	tx, blockHash, number, index = rawdb.ReadCanonicalTransaction(c.db, hash)
	if tx == nil || number > c.Head().NumberU64() {
		return nil, common.Hash{}, 0, 0, false
	}
	return tx, blockHash, number, index, true
}

// StateAt returns a reader of the state with the given root.
func (c *Chain) StateAt(root common.Hash) (state.Reader, error) { return c.store.Reader(root) }

// StateStats returns the state store's counts (flat state, pruning).
func (c *Chain) StateStats() state.Stats { return c.store.Stats() }

// Proof returns the EIP-1186 proof of addr and slots in the state whose
// root is root.
func (c *Chain) Proof(root common.Hash, addr common.Address, slots []common.Hash) (*state.Proof, error) {
	return c.store.Proof(root, addr, slots)
}

// GetHashFn returns the BLOCKHASH resolver for the block header, which
// need not be stored yet: it resolves header's 256 ancestors.
func (c *Chain) GetHashFn(header *types.Header) gethvm.GetHashFunc {
	if header.Number.Sign() == 0 {
		return func(uint64) common.Hash { return common.Hash{} }
	}
	parentNum, parentHash := header.Number.Uint64()-1, header.ParentHash
	return func(n uint64) common.Hash {
		if n > parentNum || n+256 <= parentNum {
			return common.Hash{}
		}
		if n == parentNum {
			return parentHash
		}
		return rawdb.ReadCanonicalHash(c.db, n)
	}
}

// SubscribeHead delivers a HeadEvent for every new head.
func (c *Chain) SubscribeHead(ch chan<- HeadEvent) event.Subscription {
	return c.headFeed.Subscribe(ch)
}

// NextHeader returns the header of a block that would extend parent at time
// ts, before execution (no root, gas used or bloom yet).
func (c *Chain) NextHeader(parent *types.Header, ts uint64) *types.Header {
	if ts <= parent.Time {
		ts = parent.Time + 1
	}
	gasLimit := c.cfg.GasLimit
	if gasLimit == 0 {
		gasLimit = parent.GasLimit
	}
	zero := uint64(0)
	return &types.Header{
		ParentHash:       parent.Hash(),
		UncleHash:        types.EmptyUncleHash,
		Coinbase:         c.cfg.Coinbase,
		Difficulty:       new(big.Int),
		Number:           new(big.Int).Add(parent.Number, common.Big1),
		GasLimit:         gasLimit,
		Time:             ts,
		MixDigest:        crypto.Keccak256Hash(parent.MixDigest[:], parent.Hash().Bytes()),
		BaseFee:          vm.BaseFee(c.cfg.ChainConfig, parent),
		WithdrawalsHash:  &types.EmptyWithdrawalsHash,
		BlobGasUsed:      &zero,
		ExcessBlobGas:    &zero,
		ParentBeaconRoot: &common.Hash{},
		RequestsHash:     &types.EmptyRequestsHash,
	}
}

// Built is the outcome of BuildBlock.
type Built struct {
	Block    *types.Block
	Receipts types.Receipts
	Rejected []exec.Rejected
}

// BuildBlock executes txs on top of the head at time ts, commits the
// resulting block and makes it the new head. Rejected transactions are left
// out and returned. If no transaction is included and allowEmpty is false,
// nothing is committed and Built.Block is nil.
func (c *Chain) BuildBlock(ctx context.Context, txs []*types.Transaction, ts uint64, allowEmpty bool) (*Built, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	parent := c.Head()
	header := c.NextHeader(parent.Header(), ts)
	pre, err := c.store.Reader(parent.Root())
	if err != nil {
		return nil, err
	}
	blk := &exec.Block{Config: c.cfg.ChainConfig, Header: header, GetHash: c.GetHashFn(header)}
	res, err := c.cfg.Executor.Execute(ctx, blk, txs, pre)
	if err != nil {
		return nil, fmt.Errorf("chain: execute block %d: %w", header.Number, err)
	}
	if len(res.Included) == 0 && !allowEmpty {
		return &Built{Rejected: res.Rejected}, nil
	}
	root, err := c.store.Commit(parent.Root(), header.Number.Uint64(), res.WriteSet)
	if err != nil {
		return nil, fmt.Errorf("chain: commit state of block %d: %w", header.Number, err)
	}
	header.Root = root
	header.GasUsed = res.GasUsed
	body := &types.Body{Transactions: res.Included, Withdrawals: []*types.Withdrawal{}}
	block := types.NewBlock(header, body, res.Receipts, trie.NewStackTrie(nil))
	receipts := types.Receipts(res.Receipts)
	exec.SealReceipts(receipts, block.Hash())
	if err := c.writeBlock(block, receipts); err != nil {
		return nil, err
	}
	c.head.Store(block)
	c.headFeed.Send(HeadEvent{Block: block, Receipts: receipts})
	c.log.Debug("block committed", "number", block.NumberU64(), "txs", len(res.Included), "gas", res.GasUsed, "hash", block.Hash())
	return &Built{Block: block, Receipts: receipts, Rejected: res.Rejected}, nil
}

// writeBlock stores a block whose state is already committed and makes it
// the head, durably.
func (c *Chain) writeBlock(block *types.Block, receipts types.Receipts) error {
	batch := c.db.NewBatch()
	hash, num := block.Hash(), block.NumberU64()
	rawdb.WriteBlock(batch, block)
	rawdb.WriteReceipts(batch, hash, num, receipts)
	rawdb.WriteCanonicalHash(batch, hash, num)
	rawdb.WriteTxLookupEntriesByBlock(batch, block)
	rawdb.WriteHeadHeaderHash(batch, hash)
	rawdb.WriteHeadBlockHash(batch, hash)
	if err := batch.Write(); err != nil {
		return fmt.Errorf("chain: write block %d: %w", num, err)
	}
	if err := c.db.SyncKeyValue(); err != nil {
		return fmt.Errorf("chain: sync block %d: %w", num, err)
	}
	return nil
}

// Dump visits every account of the version with root (see state.Store.Dump).
func (c *Chain) Dump(root common.Hash, visit func(*state.DumpedAccount) error) error {
	return c.store.Dump(root, visit)
}
