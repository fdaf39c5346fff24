package rpc

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/metis-go/metis/vm"
)

// defaultTip is the priority fee suggested by eth_maxPriorityFeePerGas. A
// dev chain has no fee market to observe, so it is a constant, like
// anvil's.
const defaultTip = params.GWei

// EthAPI is the eth namespace.
type EthAPI struct{ b *backend }

// ChainId returns the EIP-155 chain id.
func (api *EthAPI) ChainId() *hexutil.Big { return (*hexutil.Big)(api.b.chainID()) }

// BlockNumber returns the head block number.
func (api *EthAPI) BlockNumber() hexutil.Uint64 {
	return hexutil.Uint64(api.b.chain.Head().NumberU64())
}

// Syncing returns false: a dev node is always in sync.
func (api *EthAPI) Syncing() (any, error) { return false, nil }

// Accounts returns the unlocked dev accounts.
func (api *EthAPI) Accounts() []common.Address {
	out := make([]common.Address, len(api.b.cfg.Accounts))
	for i, a := range api.b.cfg.Accounts {
		out[i] = a.Address
	}
	return out
}

// GetBlockByNumber returns a block, or null if there is none.
func (api *EthAPI) GetBlockByNumber(n gethrpc.BlockNumber, full bool) (map[string]any, error) {
	b, err := api.b.blockByNumber(n)
	if err != nil || b == nil {
		return nil, err
	}
	return marshalBlock(b, full, api.b.signer())
}

// GetBlockByHash returns a block, or null if there is none.
func (api *EthAPI) GetBlockByHash(hash common.Hash, full bool) (map[string]any, error) {
	b := api.b.chain.BlockByHash(hash)
	if b == nil {
		return nil, nil
	}
	return marshalBlock(b, full, api.b.signer())
}

// GetBlockTransactionCountByNumber returns the number of transactions in a block.
func (api *EthAPI) GetBlockTransactionCountByNumber(n gethrpc.BlockNumber) (*hexutil.Uint, error) {
	b, err := api.b.blockByNumber(n)
	if err != nil || b == nil {
		return nil, err
	}
	c := hexutil.Uint(len(b.Transactions()))
	return &c, nil
}

// GetBlockTransactionCountByHash returns the number of transactions in a block.
func (api *EthAPI) GetBlockTransactionCountByHash(hash common.Hash) *hexutil.Uint {
	b := api.b.chain.BlockByHash(hash)
	if b == nil {
		return nil
	}
	c := hexutil.Uint(len(b.Transactions()))
	return &c
}

// GetTransactionByHash returns a mined or pooled transaction, or null.
func (api *EthAPI) GetTransactionByHash(hash common.Hash) *Transaction {
	if tx, blockHash, _, index, ok := api.b.chain.TxLookup(hash); ok {
		return newTransaction(tx, api.b.chain.HeaderByHash(blockHash), index, api.b.signer())
	}
	if tx := api.b.pool.Get(hash); tx != nil {
		return newTransaction(tx, nil, 0, api.b.signer())
	}
	return nil
}

// GetRawTransactionByHash returns the RLP bytes of a transaction.
func (api *EthAPI) GetRawTransactionByHash(hash common.Hash) (hexutil.Bytes, error) {
	tx, _, _, _, ok := api.b.chain.TxLookup(hash)
	if !ok {
		if tx = api.b.pool.Get(hash); tx == nil {
			return nil, nil
		}
	}
	return tx.MarshalBinary()
}

func txAt(b *types.Block, index hexutil.Uint, signer types.Signer) *Transaction {
	txs := b.Transactions()
	if int(index) >= len(txs) {
		return nil
	}
	return newTransaction(txs[index], b.Header(), uint64(index), signer)
}

// GetTransactionByBlockNumberAndIndex returns a transaction of a block, or null.
func (api *EthAPI) GetTransactionByBlockNumberAndIndex(n gethrpc.BlockNumber, index hexutil.Uint) (*Transaction, error) {
	b, err := api.b.blockByNumber(n)
	if err != nil || b == nil {
		return nil, err
	}
	return txAt(b, index, api.b.signer()), nil
}

// GetTransactionByBlockHashAndIndex returns a transaction of a block, or null.
func (api *EthAPI) GetTransactionByBlockHashAndIndex(hash common.Hash, index hexutil.Uint) *Transaction {
	b := api.b.chain.BlockByHash(hash)
	if b == nil {
		return nil
	}
	return txAt(b, index, api.b.signer())
}

// GetTransactionReceipt returns the receipt of a mined transaction, or null.
func (api *EthAPI) GetTransactionReceipt(hash common.Hash) (map[string]any, error) {
	tx, blockHash, number, index, ok := api.b.chain.TxLookup(hash)
	if !ok {
		return nil, nil
	}
	receipts := api.b.chain.Receipts(blockHash, number)
	if int(index) >= len(receipts) {
		return nil, fmt.Errorf("receipt of %s missing", hash)
	}
	return marshalReceipt(receipts[index], tx, api.b.signer()), nil
}

// GetBlockReceipts returns all receipts of a block, or null.
func (api *EthAPI) GetBlockReceipts(bnh gethrpc.BlockNumberOrHash) ([]map[string]any, error) {
	h, err := api.b.headerByNumberOrHash(bnh)
	if err != nil {
		if errors.Is(err, errBlockNotFound) {
			return nil, nil
		}
		return nil, err
	}
	block := api.b.chain.BlockByHash(h.Hash())
	receipts := api.b.chain.Receipts(h.Hash(), h.Number.Uint64())
	txs := block.Transactions()
	if len(receipts) != len(txs) {
		return nil, fmt.Errorf("receipts of block %d missing", h.Number)
	}
	out := make([]map[string]any, len(txs))
	for i, tx := range txs {
		out[i] = marshalReceipt(receipts[i], tx, api.b.signer())
	}
	return out, nil
}

// GetBalance returns the balance of an account at a block.
func (api *EthAPI) GetBalance(addr common.Address, bnh gethrpc.BlockNumberOrHash) (*hexutil.Big, error) {
	r, _, err := api.b.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	acc, err := r.Account(addr)
	if err != nil {
		return nil, err
	}
	if acc == nil {
		return (*hexutil.Big)(new(big.Int)), nil
	}
	return (*hexutil.Big)(acc.Balance.ToBig()), nil
}

// GetCode returns the code of an account at a block.
func (api *EthAPI) GetCode(addr common.Address, bnh gethrpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	r, _, err := api.b.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	acc, err := r.Account(addr)
	if err != nil || acc == nil {
		return hexutil.Bytes{}, err
	}
	code, err := r.Code(addr, acc.CodeHash)
	if err != nil {
		return nil, err
	}
	if code == nil {
		code = []byte{}
	}
	return code, nil
}

// GetStorageAt returns a storage slot of an account at a block.
func (api *EthAPI) GetStorageAt(addr common.Address, slot string, bnh gethrpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	key, err := parseSlot(slot)
	if err != nil {
		return nil, invalidParams("unable to decode storage key: %v", err)
	}
	r, _, err := api.b.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	v, err := r.Storage(addr, key)
	if err != nil {
		return nil, err
	}
	return v[:], nil
}

// maxProofKeys bounds the storage keys of one eth_getProof, as geth does.
const maxProofKeys = 1024

// AccountProof is the result of eth_getProof (EIP-1186).
type AccountProof struct {
	Address      common.Address `json:"address"`
	AccountProof []string       `json:"accountProof"`
	Balance      *hexutil.Big   `json:"balance"`
	CodeHash     common.Hash    `json:"codeHash"`
	Nonce        hexutil.Uint64 `json:"nonce"`
	StorageHash  common.Hash    `json:"storageHash"`
	StorageProof []SlotProof    `json:"storageProof"`
}

// SlotProof is one storage proof of eth_getProof.
type SlotProof struct {
	Key   string       `json:"key"`
	Value *hexutil.Big `json:"value"`
	Proof []string     `json:"proof"`
}

// GetProof returns the Merkle proof of an account and some of its storage
// slots at a block (EIP-1186), verifiable against the block's state root.
// As in geth, an absent account has zero code and storage hashes, and a
// key given as 32 bytes is echoed as such, any other as a quantity.
func (api *EthAPI) GetProof(addr common.Address, keys []string, bnh *gethrpc.BlockNumberOrHash) (*AccountProof, error) {
	if len(keys) > maxProofKeys {
		return nil, invalidParams("too many storage keys requested (max %d, got %d)", maxProofKeys, len(keys))
	}
	slots := make([]common.Hash, len(keys))
	outKeys := make([]string, len(keys))
	for i, k := range keys {
		slot, err := parseSlot(k)
		if err != nil {
			return nil, invalidParams("%v: %q", err, k)
		}
		slots[i] = slot
		if (hexLen(k)+1)/2 == 32 {
			outKeys[i] = hexutil.Encode(slot[:])
		} else {
			outKeys[i] = hexutil.EncodeBig(slot.Big())
		}
	}
	at := gethrpc.BlockNumberOrHashWithNumber(gethrpc.LatestBlockNumber)
	if bnh != nil {
		at = *bnh
	}
	h, err := api.b.headerByNumberOrHash(at)
	if err != nil {
		return nil, err
	}
	p, err := api.b.chain.Proof(h.Root, addr, slots)
	if err != nil {
		return nil, err
	}
	res := &AccountProof{
		Address: addr, AccountProof: hexList(p.AccountProof), Balance: (*hexutil.Big)(new(big.Int)),
		StorageHash: p.StorageRoot, StorageProof: make([]SlotProof, len(p.Storage)),
	}
	if p.Account != nil {
		res.Balance = (*hexutil.Big)(p.Account.Balance.ToBig())
		res.CodeHash, res.Nonce = p.Account.CodeHash, hexutil.Uint64(p.Account.Nonce)
	}
	for i, sp := range p.Storage {
		res.StorageProof[i] = SlotProof{Key: outKeys[i], Value: (*hexutil.Big)(sp.Value.Big()), Proof: hexList(sp.Proof)}
	}
	return res, nil
}

func hexList(nodes [][]byte) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = hexutil.Encode(n)
	}
	return out
}

// hexLen is the number of hex digits of s without its 0x prefix; a key of
// 63 or 64 digits decodes to 32 bytes.
func hexLen(s string) int {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return len(s) - 2
	}
	return len(s)
}

// parseSlot decodes a storage key: hex, at most 32 bytes, odd length and
// missing 0x tolerated, as geth does.
func parseSlot(s string) (common.Hash, error) {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	if len(s)%2 == 1 {
		s = "0" + s
	}
	if len(s) > 64 {
		return common.Hash{}, errors.New("hex string too long, want at most 32 bytes")
	}
	b, err := hexutil.Decode("0x" + s)
	if err != nil && len(s) > 0 {
		return common.Hash{}, err
	}
	return common.BytesToHash(b), nil
}

// GetTransactionCount returns the nonce of an account; at "pending" it
// counts the account's executable pool transactions too.
func (api *EthAPI) GetTransactionCount(addr common.Address, bnh gethrpc.BlockNumberOrHash) (*hexutil.Uint64, error) {
	if n, ok := bnh.Number(); ok && n == gethrpc.PendingBlockNumber {
		nonce := hexutil.Uint64(api.b.pool.PendingNonce(addr))
		return &nonce, nil
	}
	r, _, err := api.b.stateAt(bnh)
	if err != nil {
		return nil, err
	}
	acc, err := r.Account(addr)
	if err != nil {
		return nil, err
	}
	var nonce hexutil.Uint64
	if acc != nil {
		nonce = hexutil.Uint64(acc.Nonce)
	}
	return &nonce, nil
}

// SendRawTransaction submits a signed transaction to the pool.
func (api *EthAPI) SendRawTransaction(input hexutil.Bytes) (common.Hash, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(input); err != nil {
		return common.Hash{}, invalidParams("invalid transaction: %v", err)
	}
	return api.submit(tx)
}

func (api *EthAPI) submit(tx *types.Transaction) (common.Hash, error) {
	if err := api.b.pool.Add(tx); err != nil {
		return common.Hash{}, &serverError{err: err}
	}
	return tx.Hash(), nil
}

// SendTransaction fills in, signs with a dev account and submits a transaction.
func (api *EthAPI) SendTransaction(ctx context.Context, args TransactionArgs) (common.Hash, error) {
	if args.From == nil {
		return common.Hash{}, invalidParams("missing from")
	}
	acc := api.b.account(*args.From)
	if acc == nil {
		return common.Hash{}, &serverError{err: fmt.Errorf("unknown account %s", args.From.Hex())}
	}
	if err := args.validate(); err != nil {
		return common.Hash{}, err
	}
	if err := api.fillDefaults(ctx, &args); err != nil {
		return common.Hash{}, err
	}
	unsigned, err := args.toTransaction(api.b.chainID())
	if err != nil {
		return common.Hash{}, invalidParams("%v", err)
	}
	tx, err := types.SignTx(unsigned, api.b.signer(), acc.Key)
	if err != nil {
		return common.Hash{}, fmt.Errorf("sign transaction: %w", err)
	}
	return api.submit(tx)
}

func (api *EthAPI) fillDefaults(ctx context.Context, args *TransactionArgs) error {
	head := api.b.chain.Head().Header()
	if args.Nonce == nil {
		n := hexutil.Uint64(api.b.pool.PendingNonce(*args.From))
		args.Nonce = &n
	}
	if args.GasPrice == nil && (args.Type == nil || *args.Type >= types.DynamicFeeTxType) {
		if args.MaxPriorityFeePerGas == nil {
			args.MaxPriorityFeePerGas = (*hexutil.Big)(big.NewInt(defaultTip))
		}
		if args.MaxFeePerGas == nil {
			fee := new(big.Int).Mul(vm.BaseFee(api.b.chain.Config(), head), common.Big2)
			args.MaxFeePerGas = (*hexutil.Big)(fee.Add(fee, args.MaxPriorityFeePerGas.ToInt()))
		}
	} else if args.GasPrice == nil {
		price := new(big.Int).Add(vm.BaseFee(api.b.chain.Config(), head), big.NewInt(defaultTip))
		args.GasPrice = (*hexutil.Big)(price)
	}
	if args.Gas == nil {
		gas, err := api.b.estimateGas(ctx, *args, nil, nil)
		if err != nil {
			return err
		}
		args.Gas = &gas
	}
	if args.ChainID != nil && args.ChainID.ToInt().Cmp(api.b.chainID()) != 0 {
		return invalidParams("chainId does not match node's (have=%v, want=%v)", args.ChainID, api.b.chainID())
	}
	return nil
}

// Sign signs data with a dev account per EIP-191 (personal_sign hashing).
func (api *EthAPI) Sign(addr common.Address, data hexutil.Bytes) (hexutil.Bytes, error) {
	acc := api.b.account(addr)
	if acc == nil {
		return nil, &serverError{err: fmt.Errorf("unknown account %s", addr.Hex())}
	}
	sig, err := crypto.Sign(accounts.TextHash(data), acc.Key)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}

// Call executes a message against the state at a block without creating a
// transaction.
func (api *EthAPI) Call(ctx context.Context, args TransactionArgs, bnh *gethrpc.BlockNumberOrHash, overrides *StateOverride) (hexutil.Bytes, error) {
	return api.b.call(ctx, args, bnh, deref(overrides))
}

// EstimateGas returns the gas a transaction needs.
func (api *EthAPI) EstimateGas(ctx context.Context, args TransactionArgs, bnh *gethrpc.BlockNumberOrHash, overrides *StateOverride) (hexutil.Uint64, error) {
	return api.b.estimateGas(ctx, args, bnh, deref(overrides))
}

// CreateAccessList returns the EIP-2930 access list a transaction touches.
func (api *EthAPI) CreateAccessList(ctx context.Context, args TransactionArgs, bnh *gethrpc.BlockNumberOrHash) (*AccessListResult, error) {
	return api.b.createAccessList(ctx, args, bnh)
}

func deref(o *StateOverride) StateOverride {
	if o == nil {
		return nil
	}
	return *o
}

// GasPrice returns a legacy gas price that gets a transaction into the
// next block: its base fee plus the suggested tip.
func (api *EthAPI) GasPrice() *hexutil.Big {
	fee := vm.BaseFee(api.b.chain.Config(), api.b.chain.Head().Header())
	return (*hexutil.Big)(fee.Add(fee, big.NewInt(defaultTip)))
}

// MaxPriorityFeePerGas returns the suggested tip.
func (api *EthAPI) MaxPriorityFeePerGas() *hexutil.Big {
	return (*hexutil.Big)(big.NewInt(defaultTip))
}

// BlobBaseFee returns the blob base fee of the next block.
func (api *EthAPI) BlobBaseFee() *hexutil.Big { return (*hexutil.Big)(big.NewInt(1)) }

// FeeHistoryResult is the result of eth_feeHistory.
type FeeHistoryResult struct {
	OldestBlock      *hexutil.Big     `json:"oldestBlock"`
	Reward           [][]*hexutil.Big `json:"reward,omitempty"`
	BaseFee          []*hexutil.Big   `json:"baseFeePerGas,omitempty"`
	GasUsedRatio     []float64        `json:"gasUsedRatio"`
	BlobBaseFee      []*hexutil.Big   `json:"baseFeePerBlobGas,omitempty"`
	BlobGasUsedRatio []float64        `json:"blobGasUsedRatio,omitempty"`
}

// maxFeeHistory bounds the number of blocks of one eth_feeHistory call.
const maxFeeHistory = 1024

// FeeHistory returns base fees, gas used ratios and tip percentiles of a
// range of blocks ending at last.
func (api *EthAPI) FeeHistory(blockCount math.HexOrDecimal64, last gethrpc.BlockNumber, percentiles []float64) (*FeeHistoryResult, error) {
	for i, p := range percentiles {
		if p < 0 || p > 100 || (i > 0 && p < percentiles[i-1]) {
			return nil, invalidParams("invalid reward percentile: %v", p)
		}
	}
	if len(percentiles) > 100 {
		return nil, invalidParams("too many reward percentiles: %d", len(percentiles))
	}
	lastHeader, err := api.b.headerByNumber(last)
	if err != nil {
		return nil, err
	}
	if lastHeader == nil {
		return nil, errBlockNotFound
	}
	count := min(uint64(blockCount), maxFeeHistory, lastHeader.Number.Uint64()+1)
	oldest := lastHeader.Number.Uint64() + 1 - count
	res := &FeeHistoryResult{OldestBlock: (*hexutil.Big)(new(big.Int).SetUint64(oldest)), GasUsedRatio: []float64{}}
	if count == 0 {
		return res, nil
	}
	for n := oldest; n <= lastHeader.Number.Uint64(); n++ {
		block := api.b.chain.BlockByNumber(n)
		if block == nil {
			return nil, fmt.Errorf("block %d missing", n)
		}
		h := block.Header()
		res.BaseFee = append(res.BaseFee, (*hexutil.Big)(h.BaseFee))
		res.GasUsedRatio = append(res.GasUsedRatio, float64(h.GasUsed)/float64(h.GasLimit))
		res.BlobBaseFee = append(res.BlobBaseFee, (*hexutil.Big)(big.NewInt(1)))
		res.BlobGasUsedRatio = append(res.BlobGasUsedRatio, 0)
		if len(percentiles) > 0 {
			res.Reward = append(res.Reward, api.rewards(block, percentiles))
		}
	}
	next := vm.BaseFee(api.b.chain.Config(), lastHeader)
	res.BaseFee = append(res.BaseFee, (*hexutil.Big)(next))
	res.BlobBaseFee = append(res.BlobBaseFee, (*hexutil.Big)(big.NewInt(1)))
	return res, nil
}

// rewards returns the effective tips at the given gas-weighted percentiles.
func (api *EthAPI) rewards(block *types.Block, percentiles []float64) []*hexutil.Big {
	out := make([]*hexutil.Big, len(percentiles))
	txs := block.Transactions()
	if len(txs) == 0 {
		for i := range out {
			out[i] = (*hexutil.Big)(new(big.Int))
		}
		return out
	}
	receipts := api.b.chain.Receipts(block.Hash(), block.NumberU64())
	type tipGas struct {
		tip *big.Int
		gas uint64
	}
	sorted := make([]tipGas, len(txs))
	for i, tx := range txs {
		tip, _ := tx.EffectiveGasTip(block.BaseFee())
		gas := tx.Gas()
		if i < len(receipts) {
			gas = receipts[i].GasUsed
		}
		sorted[i] = tipGas{tip: tip, gas: gas}
	}
	slices.SortStableFunc(sorted, func(a, b tipGas) int { return a.tip.Cmp(b.tip) })
	var idx int
	sum := sorted[0].gas
	for i, p := range percentiles {
		threshold := uint64(float64(block.GasUsed()) * p / 100)
		for sum < threshold && idx < len(sorted)-1 {
			idx++
			sum += sorted[idx].gas
		}
		out[i] = (*hexutil.Big)(sorted[idx].tip)
	}
	return out
}
