package rpc

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/tracers/logger"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/exec/overlay"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

// OverrideAccount replaces parts of an account for one call.
type OverrideAccount struct {
	Nonce     *hexutil.Uint64             `json:"nonce"`
	Code      *hexutil.Bytes              `json:"code"`
	Balance   *hexutil.Big                `json:"balance"`
	State     map[common.Hash]common.Hash `json:"state"`
	StateDiff map[common.Hash]common.Hash `json:"stateDiff"`
}

// StateOverride is the eth_call state override set.
type StateOverride map[common.Address]OverrideAccount

func (o StateOverride) apply(st *overlay.State) error {
	for addr, acc := range o {
		if acc.State != nil && acc.StateDiff != nil {
			return invalidParams("account %s has both 'state' and 'stateDiff'", addr.Hex())
		}
		if acc.Nonce != nil {
			st.SetNonce(addr, uint64(*acc.Nonce), tracing.NonceChangeUnspecified)
		}
		if acc.Code != nil {
			st.SetCode(addr, *acc.Code, tracing.CodeChangeUnspecified)
		}
		if acc.Balance != nil {
			b, overflow := uint256.FromBig(acc.Balance.ToInt())
			if overflow || acc.Balance.ToInt().Sign() < 0 {
				return invalidParams("balance of %s out of range", addr.Hex())
			}
			st.SetBalance(addr, b)
		}
		if acc.State != nil {
			st.SetStorage(addr, acc.State)
		}
		for k, v := range acc.StateDiff {
			st.SetState(addr, k, v)
		}
	}
	return nil
}

// callEnv is a prepared environment for running messages at a block.
type callEnv struct {
	header *types.Header
	reader state.Reader
}

func (b *backend) callEnv(bnh *gethrpc.BlockNumberOrHash) (*callEnv, error) {
	at := latest()
	if bnh != nil {
		at = *bnh
	}
	r, h, err := b.stateAt(at)
	if err != nil {
		return nil, err
	}
	return &callEnv{header: h, reader: r}, nil
}

// run executes msg on a fresh overlay of env with overrides applied.
func (b *backend) run(ctx context.Context, env *callEnv, msg *core.Message, overrides StateOverride, hooks *tracing.Hooks) (*core.ExecutionResult, error) {
	st := overlay.New(env.reader)
	if err := overrides.apply(st); err != nil {
		return nil, err
	}
	cfg := b.chain.Config()
	st.Finalise(vm.Rules(cfg, env.header))
	vmCfg := gethvm.Config{NoBaseFee: true, Tracer: hooks}
	if hooks != nil {
		st.SetLogHooks(hooks)
	}
	evm := vm.NewEVM(cfg, env.header, b.chain.GetHashFn(env.header), st, vmCfg)
	stop := context.AfterFunc(ctx, evm.Cancel)
	defer stop()
	gp := core.NewGasPool(math.MaxUint64)
	if hooks != nil && hooks.OnTxStart != nil {
		// Tracers learn the gas limit and sender from the transaction.
		tx := types.NewTx(&types.LegacyTx{Nonce: msg.Nonce, GasPrice: msg.GasPrice.ToBig(), Gas: msg.GasLimit, To: msg.To, Value: msg.Value.ToBig(), Data: msg.Data})
		hooks.OnTxStart(evm.GetVMContext(), tx, msg.From)
	}
	res, err := core.ApplyMessage(evm, msg, gp)
	if hooks != nil && hooks.OnTxEnd != nil && err == nil {
		hooks.OnTxEnd(&types.Receipt{GasUsed: res.UsedGas}, nil)
	}
	if stErr := st.Err(); stErr != nil {
		return nil, stErr
	}
	if err != nil {
		return nil, &serverError{err: fmt.Errorf("%w (supplied gas %d)", err, msg.GasLimit)}
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("execution aborted (timeout or canceled): %w", ctx.Err())
	}
	return res, nil
}

func (b *backend) callGas(args *TransactionArgs, env *callEnv) uint64 {
	if args.Gas != nil && uint64(*args.Gas) > 0 {
		return min(uint64(*args.Gas), b.gasCap())
	}
	return min(env.header.GasLimit, b.gasCap())
}

func resultError(res *core.ExecutionResult) error {
	if len(res.Revert()) > 0 || errors.Is(res.Err, gethvm.ErrExecutionReverted) {
		return newRevertError(res.Revert())
	}
	return &serverError{err: res.Err}
}

// call implements eth_call.
func (b *backend) call(ctx context.Context, args TransactionArgs, bnh *gethrpc.BlockNumberOrHash, overrides StateOverride) (hexutil.Bytes, error) {
	if err := args.validate(); err != nil {
		return nil, err
	}
	env, err := b.callEnv(bnh)
	if err != nil {
		return nil, err
	}
	res, err := b.run(ctx, env, args.callMessage(env.header.BaseFee, b.callGas(&args, env)), overrides, nil)
	if err != nil {
		return nil, err
	}
	if res.Failed() {
		return nil, resultError(res)
	}
	return res.Return(), nil
}

// estimateGas implements eth_estimateGas: the smallest gas limit (within
// 1.5%) at which the message succeeds.
func (b *backend) estimateGas(ctx context.Context, args TransactionArgs, bnh *gethrpc.BlockNumberOrHash, overrides StateOverride) (hexutil.Uint64, error) {
	if err := args.validate(); err != nil {
		return 0, err
	}
	env, err := b.callEnv(bnh)
	if err != nil {
		return 0, err
	}
	hi := b.callGas(&args, env)
	// With a fee set, the sender must afford the gas.
	if args.hasFees() {
		msg := args.callMessage(env.header.BaseFee, hi)
		if feeCap := msg.GasFeeCap; !feeCap.IsZero() {
			st := overlay.New(env.reader)
			if err := overrides.apply(st); err != nil {
				return 0, err
			}
			balance := st.GetBalance(msg.From)
			if balance.Cmp(msg.Value) < 0 {
				return 0, &serverError{err: core.ErrInsufficientFunds}
			}
			allowance := new(uint256.Int).Sub(balance, msg.Value)
			allowance.Div(allowance, feeCap)
			if allowance.IsUint64() && allowance.Uint64() < hi {
				hi = allowance.Uint64()
			}
		}
	}
	attempt := func(gas uint64) (*core.ExecutionResult, error) {
		return b.run(ctx, env, args.callMessage(env.header.BaseFee, gas), overrides, nil)
	}
	res, err := attempt(hi)
	if err != nil {
		return 0, err
	}
	if res.Failed() {
		return 0, resultError(res)
	}
	// Plain transfer to an account without code: exactly 21000.
	if args.To != nil && len(args.data()) == 0 && res.UsedGas == 21000 {
		return hexutil.Uint64(21000), nil
	}
	lo := res.UsedGas - 1 // a lower bound: refunds only come back after execution
	// Optimistic guess: what was used plus the refund and the 63/64 rule.
	if guess := (res.MaxUsedGas + 2300) * 64 / 63; guess < hi {
		r, err := attempt(guess)
		if err != nil {
			return 0, err
		}
		if !r.Failed() {
			hi = guess
		} else {
			lo = guess
		}
	}
	for lo+1 < hi {
		if float64(hi-lo)/float64(hi) < 0.015 {
			break
		}
		mid := lo + (hi-lo)/2
		r, err := attempt(mid)
		if err != nil {
			var se *serverError
			if errors.As(err, &se) && errors.Is(err, core.ErrIntrinsicGas) {
				lo = mid
				continue
			}
			return 0, err
		}
		if r.Failed() {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hexutil.Uint64(hi), nil
}

// AccessListResult is the result of eth_createAccessList.
type AccessListResult struct {
	Accesslist *types.AccessList `json:"accessList"`
	Error      string            `json:"error,omitempty"`
	GasUsed    hexutil.Uint64    `json:"gasUsed"`
}

// createAccessList implements eth_createAccessList: it runs the message
// until the access list it touches stops changing.
func (b *backend) createAccessList(ctx context.Context, args TransactionArgs, bnh *gethrpc.BlockNumberOrHash) (*AccessListResult, error) {
	if err := args.validate(); err != nil {
		return nil, err
	}
	env, err := b.callEnv(bnh)
	if err != nil {
		return nil, err
	}
	from := args.from()
	exclude := map[common.Address]struct{}{from: {}}
	if args.To != nil {
		exclude[*args.To] = struct{}{}
	} else {
		st := overlay.New(env.reader)
		exclude[crypto.CreateAddress(from, st.GetNonce(from))] = struct{}{}
	}
	for _, p := range gethvm.ActivePrecompiles(vm.Rules(b.chain.Config(), env.header)) {
		exclude[p] = struct{}{}
	}
	var prev types.AccessList
	if args.AccessList != nil {
		prev = *args.AccessList
	}
	for range 16 {
		tracer := logger.NewAccessListTracer(prev, exclude)
		msgArgs := args
		msgArgs.AccessList = &prev
		res, err := b.run(ctx, env, msgArgs.callMessage(env.header.BaseFee, b.callGas(&args, env)), nil, tracer.Hooks())
		if err != nil {
			return nil, err
		}
		list := tracer.AccessList()
		if tracer.Equal(logger.NewAccessListTracer(list, exclude)) && accessListsEqual(list, prev) {
			out := &AccessListResult{Accesslist: &list, GasUsed: hexutil.Uint64(res.UsedGas)}
			if res.Failed() {
				out.Error = resultError(res).Error()
			}
			return out, nil
		}
		prev = list
	}
	return nil, &serverError{err: errors.New("access list did not converge")}
}

func accessListsEqual(a, b types.AccessList) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Address != b[i].Address || len(a[i].StorageKeys) != len(b[i].StorageKeys) {
			return false
		}
		for j := range a[i].StorageKeys {
			if a[i].StorageKeys[j] != b[i].StorageKeys[j] {
				return false
			}
		}
	}
	return true
}
