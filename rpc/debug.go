package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/eth/tracers/logger"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // registers callTracer, prestateTracer, ...
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/overlay"
	"github.com/metis-go/metis/vm"
)

// defaultTraceTimeout bounds one trace, as in geth.
const defaultTraceTimeout = 5 * time.Second

// TraceConfig selects and configures a tracer. With no Tracer the struct
// logger runs.
type TraceConfig struct {
	*logger.Config
	Tracer       *string         `json:"tracer"`
	Timeout      *string         `json:"timeout"`
	TracerConfig json.RawMessage `json:"tracerConfig"`
}

// TraceCallConfig adds state overrides to TraceConfig.
type TraceCallConfig struct {
	TraceConfig
	StateOverrides *StateOverride `json:"stateOverrides"`
}

// DebugAPI is the debug namespace: transaction and call tracing with
// go-ethereum's tracers.
type DebugAPI struct{ b *backend }

type activeTracer struct {
	tracer  *tracers.Tracer
	timeout time.Duration
}

func newTracer(cfg *TraceConfig, tctx *tracers.Context, b *backend) (*activeTracer, error) {
	timeout := defaultTraceTimeout
	if cfg == nil {
		cfg = &TraceConfig{}
	}
	if cfg.Timeout != nil {
		d, err := time.ParseDuration(*cfg.Timeout)
		if err != nil {
			return nil, invalidParams("invalid timeout: %v", err)
		}
		timeout = d
	}
	if cfg.Tracer == nil || *cfg.Tracer == "" || *cfg.Tracer == "structLogger" {
		lc := cfg.Config
		if lc == nil {
			lc = &logger.Config{}
		}
		sl := logger.NewStructLogger(lc)
		return &activeTracer{tracer: &tracers.Tracer{Hooks: sl.Hooks(), GetResult: sl.GetResult, Stop: sl.Stop}, timeout: timeout}, nil
	}
	if tracers.DefaultDirectory.IsJS(*cfg.Tracer) {
		return nil, invalidParams("JavaScript tracers are not supported")
	}
	t, err := tracers.DefaultDirectory.New(*cfg.Tracer, tctx, cfg.TracerConfig, b.chain.Config())
	if err != nil {
		return nil, invalidParams("tracer %q: %v", *cfg.Tracer, err)
	}
	return &activeTracer{tracer: t, timeout: timeout}, nil
}

// TraceTransaction re-executes a mined transaction on the state before it
// and returns the tracer's result.
func (api *DebugAPI) TraceTransaction(ctx context.Context, hash common.Hash, cfg *TraceConfig) (json.RawMessage, error) {
	tx, blockHash, number, index, ok := api.b.chain.TxLookup(hash)
	if !ok {
		return nil, fmt.Errorf("transaction %s not found", hash)
	}
	block := api.b.chain.BlockByHash(blockHash)
	if block == nil {
		return nil, fmt.Errorf("block %d of transaction %s not found", number, hash)
	}
	parent := api.b.chain.HeaderByHash(block.ParentHash())
	if parent == nil {
		return nil, fmt.Errorf("parent of block %d not found", number)
	}
	pre, err := api.b.chain.StateAt(parent.Root)
	if err != nil {
		return nil, err
	}
	at, err := newTracer(cfg, &tracers.Context{BlockHash: blockHash, BlockNumber: block.Number(), TxIndex: int(index), TxHash: hash}, api.b)
	if err != nil {
		return nil, err
	}
	cc := api.b.chain.Config()
	header := block.Header()
	blk := &exec.Block{Config: cc, Header: header, GetHash: api.b.chain.GetHashFn(header)}
	signer := types.MakeSigner(cc, header.Number, header.Time)
	st := overlay.New(pre)
	gp := core.NewGasPool(header.GasLimit)
	// Replay the transactions before it without tracing.
	evm := vm.NewEVM(cc, header, blk.GetHash, st, gethvm.Config{})
	for i, prior := range block.Transactions()[:index] {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if _, _, err := exec.ApplyTx(evm, st, gp, blk, signer, prior, i); err != nil {
			return nil, fmt.Errorf("replay transaction %d of block %d: %w", i, number, err)
		}
	}
	evm = vm.NewEVM(cc, header, blk.GetHash, st, gethvm.Config{Tracer: at.tracer.Hooks})
	st.SetLogHooks(at.tracer.Hooks)
	ctx, cancel := context.WithTimeout(ctx, at.timeout)
	defer cancel()
	stop := context.AfterFunc(ctx, func() {
		at.tracer.Stop(errors.New("execution timeout"))
		evm.Cancel()
	})
	defer stop()
	if _, _, err := exec.ApplyTx(evm, st, gp, blk, signer, tx, int(index)); err != nil {
		return nil, fmt.Errorf("trace transaction %s: %w", hash, err)
	}
	return at.tracer.GetResult()
}

// TraceCall runs a call like eth_call with a tracer attached.
func (api *DebugAPI) TraceCall(ctx context.Context, args TransactionArgs, bnh gethrpc.BlockNumberOrHash, cfg *TraceCallConfig) (json.RawMessage, error) {
	if err := args.validate(); err != nil {
		return nil, err
	}
	env, err := api.b.callEnv(&bnh)
	if err != nil {
		return nil, err
	}
	var tcfg *TraceConfig
	var overrides StateOverride
	if cfg != nil {
		tcfg = &cfg.TraceConfig
		overrides = deref(cfg.StateOverrides)
	}
	at, err := newTracer(tcfg, &tracers.Context{BlockHash: env.header.Hash(), BlockNumber: env.header.Number}, api.b)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, at.timeout)
	defer cancel()
	stop := context.AfterFunc(ctx, func() { at.tracer.Stop(errors.New("execution timeout")) })
	defer stop()
	msg := args.callMessage(env.header.BaseFee, api.b.callGas(&args, env))
	if _, err := api.b.run(ctx, env, msg, overrides, at.tracer.Hooks); err != nil {
		return nil, err
	}
	return at.tracer.GetResult()
}
