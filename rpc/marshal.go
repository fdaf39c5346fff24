package rpc

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Transaction is the JSON-RPC representation of a transaction.
type Transaction struct {
	BlockHash         *common.Hash                 `json:"blockHash"`
	BlockNumber       *hexutil.Big                 `json:"blockNumber"`
	BlockTimestamp    *hexutil.Uint64              `json:"blockTimestamp,omitempty"`
	From              common.Address               `json:"from"`
	Gas               hexutil.Uint64               `json:"gas"`
	GasPrice          *hexutil.Big                 `json:"gasPrice"`
	GasFeeCap         *hexutil.Big                 `json:"maxFeePerGas,omitempty"`
	GasTipCap         *hexutil.Big                 `json:"maxPriorityFeePerGas,omitempty"`
	Hash              common.Hash                  `json:"hash"`
	Input             hexutil.Bytes                `json:"input"`
	Nonce             hexutil.Uint64               `json:"nonce"`
	To                *common.Address              `json:"to"`
	TransactionIndex  *hexutil.Uint64              `json:"transactionIndex"`
	Value             *hexutil.Big                 `json:"value"`
	Type              hexutil.Uint64               `json:"type"`
	Accesses          *types.AccessList            `json:"accessList,omitempty"`
	ChainID           *hexutil.Big                 `json:"chainId,omitempty"`
	AuthorizationList []types.SetCodeAuthorization `json:"authorizationList,omitempty"`
	V                 *hexutil.Big                 `json:"v"`
	R                 *hexutil.Big                 `json:"r"`
	S                 *hexutil.Big                 `json:"s"`
	YParity           *hexutil.Uint64              `json:"yParity,omitempty"`
}

// newTransaction converts tx. header is the including block, or nil for a
// pool transaction.
func newTransaction(tx *types.Transaction, header *types.Header, index uint64, signer types.Signer) *Transaction {
	from, _ := types.Sender(signer, tx)
	v, r, s := tx.RawSignatureValues()
	out := &Transaction{
		From:     from,
		Gas:      hexutil.Uint64(tx.Gas()),
		GasPrice: (*hexutil.Big)(tx.GasPrice()),
		Hash:     tx.Hash(),
		Input:    tx.Data(),
		Nonce:    hexutil.Uint64(tx.Nonce()),
		To:       tx.To(),
		Value:    (*hexutil.Big)(tx.Value()),
		Type:     hexutil.Uint64(tx.Type()),
		V:        (*hexutil.Big)(v),
		R:        (*hexutil.Big)(r),
		S:        (*hexutil.Big)(s),
	}
	if header != nil {
		hash := header.Hash()
		out.BlockHash = &hash
		out.BlockNumber = (*hexutil.Big)(new(big.Int).Set(header.Number))
		ts := hexutil.Uint64(header.Time)
		out.BlockTimestamp = &ts
		idx := hexutil.Uint64(index)
		out.TransactionIndex = &idx
	}
	if tx.Type() != types.LegacyTxType {
		al := tx.AccessList()
		if al == nil {
			al = types.AccessList{}
		}
		yparity := hexutil.Uint64(v.Sign())
		out.Accesses = &al
		out.ChainID = (*hexutil.Big)(tx.ChainId())
		out.YParity = &yparity
	} else if tx.Protected() {
		out.ChainID = (*hexutil.Big)(tx.ChainId())
	}
	switch tx.Type() {
	case types.DynamicFeeTxType, types.SetCodeTxType:
		out.GasFeeCap = (*hexutil.Big)(tx.GasFeeCap())
		out.GasTipCap = (*hexutil.Big)(tx.GasTipCap())
		// gasPrice is the effective price once mined, the fee cap before.
		if header != nil && header.BaseFee != nil {
			out.GasPrice = (*hexutil.Big)(effectiveGasPrice(tx, header.BaseFee))
		} else {
			out.GasPrice = (*hexutil.Big)(tx.GasFeeCap())
		}
		if tx.Type() == types.SetCodeTxType {
			out.AuthorizationList = tx.SetCodeAuthorizations()
		}
	}
	return out
}

func effectiveGasPrice(tx *types.Transaction, baseFee *big.Int) *big.Int {
	tip := new(big.Int).Sub(tx.GasFeeCap(), baseFee)
	if tip.Cmp(tx.GasTipCap()) > 0 {
		tip.Set(tx.GasTipCap())
	}
	return tip.Add(tip, baseFee)
}

// marshalHeader returns the JSON-RPC fields of a header.
func marshalHeader(h *types.Header) (map[string]any, error) {
	raw, err := json.Marshal(h)
	if err != nil {
		return nil, fmt.Errorf("marshal header: %w", err)
	}
	var fields map[string]any
	if err := json.Unmarshal(raw, &fields); err != nil {
		return nil, fmt.Errorf("marshal header: %w", err)
	}
	// Fields of forks this chain does not run marshal as null; leave them out.
	for k, v := range fields {
		if v == nil {
			delete(fields, k)
		}
	}
	fields["totalDifficulty"] = "0x0"
	return fields, nil
}

// marshalBlock returns the JSON-RPC object of a block, with transaction
// hashes or, if full, transaction objects.
func marshalBlock(b *types.Block, full bool, signer types.Signer) (map[string]any, error) {
	fields, err := marshalHeader(b.Header())
	if err != nil {
		return nil, err
	}
	fields["size"] = hexutil.Uint64(b.Size())
	txs := b.Transactions()
	if full {
		out := make([]*Transaction, len(txs))
		for i, tx := range txs {
			out[i] = newTransaction(tx, b.Header(), uint64(i), signer)
		}
		fields["transactions"] = out
	} else {
		out := make([]common.Hash, len(txs))
		for i, tx := range txs {
			out[i] = tx.Hash()
		}
		fields["transactions"] = out
	}
	fields["uncles"] = []common.Hash{}
	withdrawals := b.Withdrawals()
	if withdrawals == nil {
		withdrawals = types.Withdrawals{}
	}
	fields["withdrawals"] = withdrawals
	return fields, nil
}

// marshalReceipt returns the JSON-RPC object of a receipt.
func marshalReceipt(r *types.Receipt, tx *types.Transaction, signer types.Signer) map[string]any {
	from, _ := types.Sender(signer, tx)
	logs := r.Logs
	if logs == nil {
		logs = []*types.Log{}
	}
	fields := map[string]any{
		"blockHash":         r.BlockHash,
		"blockNumber":       (*hexutil.Big)(r.BlockNumber),
		"transactionHash":   tx.Hash(),
		"transactionIndex":  hexutil.Uint64(r.TransactionIndex),
		"from":              from,
		"to":                tx.To(),
		"gasUsed":           hexutil.Uint64(r.GasUsed),
		"cumulativeGasUsed": hexutil.Uint64(r.CumulativeGasUsed),
		"contractAddress":   nil,
		"logs":              logs,
		"logsBloom":         r.Bloom,
		"type":              hexutil.Uint(tx.Type()),
		"effectiveGasPrice": (*hexutil.Big)(r.EffectiveGasPrice),
		"status":            hexutil.Uint(r.Status),
	}
	if r.ContractAddress != (common.Address{}) {
		fields["contractAddress"] = r.ContractAddress
	}
	return fields
}
