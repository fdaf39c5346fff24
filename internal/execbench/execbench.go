// Package execbench times the execution of one block plus its state root,
// side by side: go-ethereum's own path (core.ApplyTransaction over
// core/state on an in-memory database) and an exec.Executor over
// state.Store. Both start from the same committed genesis, and the roots
// they reach must be equal.
package execbench

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	gstate "github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/internal/workload"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

// Result is one timed execution of a block.
type Result struct {
	Exec    time.Duration // execution alone: receipts and write set
	Elapsed time.Duration // execution and state root
	Gas     uint64
	Txs     int
	Root    common.Hash
}

// MgasPerSec returns the throughput in millions of gas per second.
func (r *Result) MgasPerSec() float64 { return float64(r.Gas) / 1e6 / r.Elapsed.Seconds() }

// TxPerSec returns the throughput in transactions per second.
func (r *Result) TxPerSec() float64 { return float64(r.Txs) / r.Elapsed.Seconds() }

// Header returns the header of the benchmark block for w.
func Header(w *workload.Workload) *types.Header {
	return &types.Header{
		Number: big.NewInt(1), Time: 1, GasLimit: w.GasLimit, BaseFee: big.NewInt(7),
		Coinbase: common.HexToAddress("0xc0ffee"), Difficulty: new(big.Int), ExcessBlobGas: new(uint64),
	}
}

func getHash(n uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(n + 1)) }

// WarmSenders recovers every sender once, so neither path times ECDSA
// (block import recovers senders ahead of execution).
func WarmSenders(cfg *params.ChainConfig, w *workload.Workload) {
	signer := types.MakeSigner(cfg, big.NewInt(1), 1)
	for _, tx := range w.Txs {
		_, _ = types.Sender(signer, tx)
	}
}

// Geth runs the block with go-ethereum's own path.
type Geth struct {
	cfg  *params.ChainConfig
	w    *workload.Workload
	sdb  gstate.Database
	root common.Hash
}

// NewGeth commits the workload's genesis into an in-memory geth state.
func NewGeth(cfg *params.ChainConfig, w *workload.Workload) (*Geth, error) {
	db := rawdb.NewMemoryDatabase()
	tdb := triedb.NewDatabase(db, triedb.HashDefaults)
	sdb := gstate.NewDatabase(tdb, gstate.NewCodeDB(db))
	st, err := gstate.New(types.EmptyRootHash, sdb)
	if err != nil {
		return nil, err
	}
	for addr, acc := range w.Alloc {
		b, _ := uint256.FromBig(acc.Balance)
		st.SetBalance(addr, b, tracing.BalanceChangeUnspecified)
		st.SetNonce(addr, acc.Nonce, tracing.NonceChangeUnspecified)
		if len(acc.Code) > 0 {
			st.SetCode(addr, acc.Code, tracing.CodeChangeUnspecified)
		}
		for k, v := range acc.Storage {
			st.SetState(addr, k, v)
		}
	}
	root, err := st.Commit(params.Rules{IsEIP158: true}, 0)
	if err != nil {
		return nil, err
	}
	if err := tdb.Commit(root, false); err != nil {
		return nil, err
	}
	return &Geth{cfg: cfg, w: w, sdb: sdb, root: root}, nil
}

// Run executes the block once and computes its root.
func (g *Geth) Run(ctx context.Context) (*Result, error) {
	header := Header(g.w)
	start := time.Now()
	st, err := gstate.New(g.root, g.sdb)
	if err != nil {
		return nil, err
	}
	evm := gethvm.NewEVM(vm.BlockContext(g.cfg, header, getHash), st, g.cfg, gethvm.Config{})
	gp := core.NewGasPool(header.GasLimit)
	for i, tx := range g.w.Txs {
		st.SetTxContext(tx.Hash(), i, uint32(i+1))
		if _, _, err := core.ApplyTransaction(ctx, evm, gp, st, header, tx); err != nil {
			return nil, fmt.Errorf("geth: tx %d: %w", i, err)
		}
	}
	execTime := time.Since(start)
	root := st.IntermediateRoot(vm.Rules(g.cfg, header))
	return &Result{Exec: execTime, Elapsed: time.Since(start), Gas: gp.CumulativeUsed(), Txs: len(g.w.Txs), Root: root}, nil
}

// Ours runs the block with an exec.Executor over state.Store.
type Ours struct {
	cfg   *params.ChainConfig
	w     *workload.Workload
	ex    exec.Executor
	store *state.Store
	root  common.Hash
}

// Genesis commits the workload's allocation into a new in-memory
// state.Store and returns it with the genesis root.
func Genesis(w *workload.Workload) (*state.Store, common.Hash, error) {
	store := state.NewStore(rawdb.NewMemoryDatabase())
	ws, err := state.FromAlloc(w.Alloc)
	if err != nil {
		return nil, common.Hash{}, err
	}
	root, err := store.Commit(types.EmptyRootHash, 0, ws)
	if err != nil {
		return nil, common.Hash{}, err
	}
	return store, root, nil
}

// Block returns the benchmark block for w, as executors take it.
func Block(cfg *params.ChainConfig, w *workload.Workload) *exec.Block {
	return &exec.Block{Config: cfg, Header: Header(w), GetHash: getHash}
}

// NewOurs commits the workload's genesis into an in-memory state.Store.
func NewOurs(cfg *params.ChainConfig, w *workload.Workload, ex exec.Executor) (*Ours, error) {
	store, root, err := Genesis(w)
	if err != nil {
		return nil, err
	}
	return &Ours{cfg: cfg, w: w, ex: ex, store: store, root: root}, nil
}

// Run executes the block once and computes its root.
func (o *Ours) Run(ctx context.Context) (*Result, error) {
	start := time.Now()
	pre, err := o.store.Reader(o.root)
	if err != nil {
		return nil, err
	}
	res, err := o.ex.Execute(ctx, Block(o.cfg, o.w), o.w.Txs, pre)
	if err != nil {
		return nil, err
	}
	if len(res.Rejected) > 0 {
		return nil, fmt.Errorf("ours: tx %d rejected: %w", res.Rejected[0].Index, res.Rejected[0].Err)
	}
	execTime := time.Since(start)
	root, err := o.store.Root(o.root, res.WriteSet)
	if err != nil {
		return nil, err
	}
	return &Result{Exec: execTime, Elapsed: time.Since(start), Gas: res.GasUsed, Txs: len(res.Included), Root: root}, nil
}

// Split measures what this machine allows a parallel executor at best: the
// block cut into Parts runs of consecutive transactions, each run executed
// at the same time by the serial executor on its own goroutine, from the
// pre-state, with no coordination at all. It is not an execution of the
// block (a run does not see the writes of the runs before it, and no write
// set is merged); its time is a bound: the serial time divided by it is the
// speed-up a perfect executor without any overhead would reach here, which
// memory bandwidth, shared caches and the garbage collector keep below
// Parts.
type Split struct {
	cfg   *params.ChainConfig
	w     *workload.Workload
	parts int
	store *state.Store
	root  common.Hash
}

// NewSplit commits the workload's genesis for a split into parts runs.
func NewSplit(cfg *params.ChainConfig, w *workload.Workload, parts int) (*Split, error) {
	if parts < 1 {
		return nil, fmt.Errorf("execbench: split into %d parts", parts)
	}
	store, root, err := Genesis(w)
	if err != nil {
		return nil, err
	}
	return &Split{cfg: cfg, w: w, parts: parts, store: store, root: root}, nil
}

// Run executes the runs at once and times them; the result has no root,
// and Elapsed equals Exec.
func (s *Split) Run(ctx context.Context) (*Result, error) {
	blk := Block(s.cfg, s.w)
	type part struct {
		res *exec.Result
		err error
	}
	out := make([]part, s.parts)
	readers := make([]state.Reader, s.parts)
	for i := range readers {
		pre, err := s.store.Reader(s.root)
		if err != nil {
			return nil, err
		}
		readers[i] = pre
	}
	start := time.Now()
	var wg sync.WaitGroup
	for i := range s.parts {
		from, to := i*len(s.w.Txs)/s.parts, (i+1)*len(s.w.Txs)/s.parts
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i].res, out[i].err = serial.New().Execute(ctx, blk, s.w.Txs[from:to], readers[i])
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	r := &Result{Exec: elapsed, Elapsed: elapsed}
	for _, p := range out {
		if p.err != nil {
			return nil, fmt.Errorf("split: %w", p.err)
		}
		r.Gas += p.res.GasUsed
		r.Txs += len(p.res.Included)
	}
	return r, nil
}
