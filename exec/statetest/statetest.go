// Package statetest runs the public ethereum/tests GeneralStateTests
// (the JSON "state test" format) through the project's own execution path:
// the pre-state is committed to a state.Store, the message runs on
// go-ethereum's EVM over exec/overlay, and the post-state root and logs
// hash are compared with the fixture's.
//
// It mirrors the semantics of go-ethereum's tests.StateTest runner: a
// message that fails validation leaves the state as it was and passes only
// if the fixture expects an exception; the coinbase is touched with a zero
// reward after execution.
//
// This package is used by tests; it has no goroutines and no I/O beyond
// reading the fixture.
package statetest

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/tests"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/overlay"
	"github.com/metis-go/metis/state"
)

// Test is one named test of a fixture file.
type Test struct {
	Name string
	json stJSON
}

type stJSON struct {
	Env  stEnv                    `json:"env"`
	Pre  types.GenesisAlloc       `json:"pre"`
	Tx   stTransaction            `json:"transaction"`
	Post map[string][]stPostState `json:"post"`
}

type stEnv struct {
	Coinbase      common.Address        `json:"currentCoinbase"`
	Difficulty    *math.HexOrDecimal256 `json:"currentDifficulty"`
	GasLimit      math.HexOrDecimal64   `json:"currentGasLimit"`
	Number        math.HexOrDecimal64   `json:"currentNumber"`
	Timestamp     math.HexOrDecimal64   `json:"currentTimestamp"`
	BaseFee       *math.HexOrDecimal256 `json:"currentBaseFee"`
	Random        *math.HexOrDecimal256 `json:"currentRandom"`
	ExcessBlobGas *math.HexOrDecimal64  `json:"currentExcessBlobGas"`
}

type stTransaction struct {
	GasPrice             *math.HexOrDecimal256 `json:"gasPrice"`
	MaxFeePerGas         *math.HexOrDecimal256 `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *math.HexOrDecimal256 `json:"maxPriorityFeePerGas"`
	Nonce                *math.HexOrDecimal256 `json:"nonce"`
	To                   string                `json:"to"`
	Data                 []string              `json:"data"`
	AccessLists          []*types.AccessList   `json:"accessLists"`
	GasLimit             []math.HexOrDecimal64 `json:"gasLimit"`
	Value                []string              `json:"value"`
	PrivateKey           hexutil.Bytes         `json:"secretKey"`
	Sender               *common.Address       `json:"sender"`
	BlobVersionedHashes  []common.Hash         `json:"blobVersionedHashes"`
	BlobGasFeeCap        *math.HexOrDecimal256 `json:"maxFeePerBlobGas"`
}

type stPostState struct {
	Root            common.UnprefixedHash `json:"hash"`
	Logs            common.UnprefixedHash `json:"logs"`
	TxBytes         hexutil.Bytes         `json:"txbytes"`
	ExpectException string                `json:"expectException"`
	Indexes         struct {
		Data  int `json:"data"`
		Gas   int `json:"gas"`
		Value int `json:"value"`
	} `json:"indexes"`
}

// Load reads every test of a fixture file, sorted by name.
func Load(path string) ([]*Test, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("statetest: %w", err)
	}
	var file map[string]stJSON
	if err := json.Unmarshal(raw, &file); err != nil {
		return nil, fmt.Errorf("statetest: parse %s: %w", path, err)
	}
	out := make([]*Test, 0, len(file))
	for name, t := range file {
		out = append(out, &Test{Name: name, json: t})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Subtests returns the number of post states the test has for fork.
func (t *Test) Subtests(fork string) int { return len(t.json.Post[fork]) }

// Result is the outcome of one subtest.
type Result struct {
	Root, WantRoot common.Hash
	Logs, WantLogs common.Hash
	Err            error // the validation error of the message, if any
	Expected       bool  // the fixture expected an exception
}

// Pass reports whether the subtest passed, with geth's rules: an expected
// exception must happen (and then the state is not compared); otherwise
// root and logs must match.
func (r *Result) Pass() error {
	switch {
	case r.Err != nil && !r.Expected:
		return fmt.Errorf("unexpected error: %w", r.Err)
	case r.Err == nil && r.Expected:
		return errors.New("expected an exception, got none")
	case r.Err != nil:
		return nil
	case r.Root != r.WantRoot:
		return fmt.Errorf("post state root %s, want %s", r.Root, r.WantRoot)
	case r.Logs != r.WantLogs:
		return fmt.Errorf("logs hash %s, want %s", r.Logs, r.WantLogs)
	}
	return nil
}

// subtest returns the chain configuration of fork, the post state of
// subtest index, and a Result holding what the fixture expects.
func (t *Test) subtest(fork string, index int) (*params.ChainConfig, stPostState, *Result, error) {
	config, eips, err := tests.GetChainConfig(fork)
	if err != nil {
		return nil, stPostState{}, nil, fmt.Errorf("statetest: fork %s: %w", fork, err)
	}
	if len(eips) > 0 {
		return nil, stPostState{}, nil, fmt.Errorf("statetest: fork %s with extra EIPs is not supported", fork)
	}
	post := t.json.Post[fork][index]
	res := &Result{WantRoot: common.Hash(post.Root), WantLogs: common.Hash(post.Logs), Expected: post.ExpectException != ""}
	return config, post, res, nil
}

// commitPre commits the fixture's pre-state to a new in-memory store.
func (t *Test) commitPre() (*state.Store, common.Hash, error) {
	store := state.NewStore(rawdb.NewMemoryDatabase())
	genesis, err := state.FromAlloc(t.json.Pre)
	if err != nil {
		return nil, common.Hash{}, err
	}
	root, err := store.Commit(types.EmptyRootHash, 0, genesis)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("statetest: commit pre-state: %w", err)
	}
	return store, root, nil
}

// Run executes subtest index of fork.
func (t *Test) Run(fork string, index int) (*Result, error) {
	config, post, res, err := t.subtest(fork, index)
	if err != nil {
		return nil, err
	}

	store, preRoot, err := t.commitPre()
	if err != nil {
		return nil, err
	}
	env := t.json.Env
	number := new(big.Int).SetUint64(uint64(env.Number))
	isMerge := config.IsLondon(common.Big0) && env.Random != nil
	rules := config.Rules(number, isMerge, uint64(env.Timestamp))

	var baseFee *big.Int
	if config.IsLondon(common.Big0) {
		baseFee = big.NewInt(0x0a)
		if env.BaseFee != nil {
			baseFee = (*big.Int)(env.BaseFee)
		}
	}
	msg, err := t.json.Tx.toMessage(post, baseFee)
	if err != nil {
		res.Err = err
		return res, nil
	}
	if config.IsCancun(common.Big0, uint64(env.Timestamp)) && len(msg.BlobHashes) > eip4844.MaxBlobsPerBlock(config, uint64(env.Timestamp)) {
		res.Err = errors.New("blob gas exceeds maximum")
		return res, nil
	}
	if len(post.TxBytes) != 0 {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(post.TxBytes); err != nil {
			res.Err = err
			return res, nil
		}
		if _, err := types.Sender(types.LatestSigner(config), &tx); err != nil {
			res.Err = err
			return res, nil
		}
	}
	ctx := gethvm.BlockContext{
		CanTransfer: core.CanTransfer,
		Transfer:    core.Transfer,
		GetHash:     func(n uint64) common.Hash { return crypto.Keccak256Hash([]byte(big.NewInt(int64(n)).String())) },
		Coinbase:    env.Coinbase,
		GasLimit:    uint64(env.GasLimit),
		BlockNumber: number,
		Time:        uint64(env.Timestamp),
		Difficulty:  new(big.Int),
		BaseFee:     baseFee,
	}
	if env.Difficulty != nil {
		ctx.Difficulty = new(big.Int).Set((*big.Int)(env.Difficulty))
	}
	if isMerge {
		rnd := common.BigToHash((*big.Int)(env.Random))
		ctx.Random = &rnd
		ctx.Difficulty = new(big.Int)
	}
	if config.IsCancun(common.Big0, uint64(env.Timestamp)) && env.ExcessBlobGas != nil {
		excess := uint64(*env.ExcessBlobGas)
		ctx.BlobBaseFee = eip4844.CalcBlobFee(config, &types.Header{Time: uint64(env.Timestamp), ExcessBlobGas: &excess})
	}
	reader, err := store.Reader(preRoot)
	if err != nil {
		return nil, err
	}
	st := overlay.New(reader)
	evm := gethvm.NewEVM(ctx, st, config, gethvm.Config{})
	snap := st.Snapshot()
	if _, err := core.ApplyMessage(evm, msg, core.NewGasPool(uint64(env.GasLimit))); err != nil {
		st.RevertToSnapshot(snap)
		res.Err = err
		return res, nil
	}
	if err := st.Err(); err != nil {
		return nil, err
	}
	logs := st.TxLogs()
	st.AddBalance(env.Coinbase, new(uint256.Int), tracing.BalanceChangeUnspecified)
	st.Finalise(rules)
	root, err := store.Commit(preRoot, uint64(env.Number), st.WriteSet())
	if err != nil {
		return nil, fmt.Errorf("statetest: commit post-state: %w", err)
	}
	res.Root = root
	res.Logs = rlpHash(logs)
	return res, nil
}

// RunExecutor executes subtest index of fork as a one-transaction block
// through ex, the way a node executes blocks: the fixture's signed
// transaction (txbytes) is decoded and run by ex over the committed
// pre-state, and the write set it returns is committed. Subtests without
// txbytes return ErrNoTxBytes. It supports post-merge forks only (the
// block's RANDAO comes from the header).
func (t *Test) RunExecutor(fork string, index int, ex exec.Executor) (*Result, error) {
	config, post, res, err := t.subtest(fork, index)
	if err != nil {
		return nil, err
	}
	if len(post.TxBytes) == 0 {
		return nil, ErrNoTxBytes
	}
	env := t.json.Env
	if env.Random == nil {
		return nil, fmt.Errorf("statetest: %s is not a post-merge test", t.Name)
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(post.TxBytes); err != nil {
		res.Err = err
		return res, nil
	}
	if config.IsCancun(common.Big0, uint64(env.Timestamp)) && len(tx.BlobHashes()) > eip4844.MaxBlobsPerBlock(config, uint64(env.Timestamp)) {
		res.Err = errors.New("blob gas exceeds maximum")
		return res, nil
	}
	header := &types.Header{
		Coinbase: env.Coinbase, Number: new(big.Int).SetUint64(uint64(env.Number)), GasLimit: uint64(env.GasLimit),
		Time: uint64(env.Timestamp), Difficulty: new(big.Int), MixDigest: common.BigToHash((*big.Int)(env.Random)),
		BaseFee: big.NewInt(0x0a),
	}
	if env.BaseFee != nil {
		header.BaseFee = (*big.Int)(env.BaseFee)
	}
	if config.IsCancun(common.Big0, uint64(env.Timestamp)) && env.ExcessBlobGas != nil {
		excess := uint64(*env.ExcessBlobGas)
		header.ExcessBlobGas = &excess
	}
	store, preRoot, err := t.commitPre()
	if err != nil {
		return nil, err
	}
	reader, err := store.Reader(preRoot)
	if err != nil {
		return nil, err
	}
	blk := &exec.Block{Config: config, Header: header, GetHash: func(n uint64) common.Hash {
		return crypto.Keccak256Hash([]byte(big.NewInt(int64(n)).String()))
	}}
	out, err := ex.Execute(context.Background(), blk, []*types.Transaction{&tx}, reader)
	if err != nil {
		return nil, fmt.Errorf("statetest: execute: %w", err)
	}
	if len(out.Rejected) > 0 {
		res.Err = out.Rejected[0].Err
		return res, nil
	}
	if res.Root, err = store.Commit(preRoot, uint64(env.Number), out.WriteSet); err != nil {
		return nil, fmt.Errorf("statetest: commit post-state: %w", err)
	}
	res.Logs = rlpHash(out.Receipts[0].Logs)
	return res, nil
}

// ErrNoTxBytes is returned by RunExecutor for a subtest whose fixture has
// no signed transaction.
var ErrNoTxBytes = errors.New("statetest: subtest has no txbytes")

func rlpHash(x any) common.Hash {
	enc, err := rlp.EncodeToBytes(x)
	if err != nil {
		panic(err) // logs always encode
	}
	return crypto.Keccak256Hash(enc)
}

func (tx *stTransaction) toMessage(ps stPostState, baseFee *big.Int) (*core.Message, error) {
	var nonce uint64
	if tx.Nonce != nil {
		n := (*big.Int)(tx.Nonce)
		if !n.IsUint64() {
			return nil, fmt.Errorf("nonce %v exceeds 2^64-1 (EIP-2681)", n)
		}
		nonce = n.Uint64()
	}
	var from common.Address
	switch {
	case tx.Sender != nil:
		from = *tx.Sender
	case len(tx.PrivateKey) > 0:
		key, err := crypto.ToECDSA(tx.PrivateKey)
		if err != nil {
			return nil, fmt.Errorf("invalid private key: %w", err)
		}
		from = crypto.PubkeyToAddress(key.PublicKey)
	}
	var to *common.Address
	if tx.To != "" {
		to = new(common.Address)
		if err := to.UnmarshalText([]byte(tx.To)); err != nil {
			return nil, fmt.Errorf("invalid to address: %w", err)
		}
	}
	if ps.Indexes.Data >= len(tx.Data) || ps.Indexes.Value >= len(tx.Value) || ps.Indexes.Gas >= len(tx.GasLimit) {
		return nil, errors.New("post state index out of bounds")
	}
	value := new(big.Int)
	if v := tx.Value[ps.Indexes.Value]; v != "0x" {
		parsed, ok := math.ParseBig256(v)
		if !ok {
			return nil, fmt.Errorf("invalid tx value %q", v)
		}
		value = parsed
	}
	data, err := hex.DecodeString(strings.TrimPrefix(tx.Data[ps.Indexes.Data], "0x"))
	if err != nil {
		return nil, fmt.Errorf("invalid tx data: %w", err)
	}
	var accessList types.AccessList
	if tx.AccessLists != nil && ps.Indexes.Data < len(tx.AccessLists) && tx.AccessLists[ps.Indexes.Data] != nil {
		accessList = *tx.AccessLists[ps.Indexes.Data]
	}
	gasPrice := (*big.Int)(tx.GasPrice)
	feeCap, tipCap := (*big.Int)(tx.MaxFeePerGas), (*big.Int)(tx.MaxPriorityFeePerGas)
	if baseFee != nil {
		if feeCap == nil {
			feeCap = gasPrice
		}
		if feeCap == nil {
			feeCap = new(big.Int)
		}
		if tipCap == nil {
			tipCap = feeCap
		}
		gasPrice = new(big.Int).Add(tipCap, baseFee)
		if gasPrice.Cmp(feeCap) > 0 {
			gasPrice = feeCap
		}
	}
	if gasPrice == nil {
		return nil, errors.New("no gas price provided")
	}
	if feeCap == nil {
		feeCap = gasPrice
	}
	if tipCap == nil {
		tipCap = gasPrice
	}
	u256 := func(b *big.Int) (*uint256.Int, error) {
		v, overflow := uint256.FromBig(b)
		if overflow {
			return nil, fmt.Errorf("value %v overflows 256 bits", b)
		}
		return v, nil
	}
	msg := &core.Message{
		From: from, To: to, Nonce: nonce, GasLimit: uint64(tx.GasLimit[ps.Indexes.Gas]),
		Data: data, AccessList: accessList, BlobHashes: tx.BlobVersionedHashes,
	}
	if msg.Value, err = u256(value); err != nil {
		return nil, err
	}
	if msg.GasPrice, err = u256(gasPrice); err != nil {
		return nil, err
	}
	if msg.GasFeeCap, err = u256(feeCap); err != nil {
		return nil, err
	}
	if msg.GasTipCap, err = u256(tipCap); err != nil {
		return nil, err
	}
	if tx.BlobGasFeeCap != nil {
		if msg.BlobGasFeeCap, err = u256((*big.Int)(tx.BlobGasFeeCap)); err != nil {
			return nil, err
		}
	}
	return msg, nil
}

// ForkConfig returns go-ethereum's chain configuration of a test fork.
func ForkConfig(fork string) (*params.ChainConfig, error) {
	cfg, _, err := tests.GetChainConfig(fork)
	return cfg, err
}
