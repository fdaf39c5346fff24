package rpc

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// TransactionArgs are the arguments of eth_call, eth_estimateGas,
// eth_createAccessList and eth_sendTransaction.
type TransactionArgs struct {
	From                 *common.Address   `json:"from"`
	To                   *common.Address   `json:"to"`
	Gas                  *hexutil.Uint64   `json:"gas"`
	GasPrice             *hexutil.Big      `json:"gasPrice"`
	MaxFeePerGas         *hexutil.Big      `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big      `json:"maxPriorityFeePerGas"`
	Value                *hexutil.Big      `json:"value"`
	Nonce                *hexutil.Uint64   `json:"nonce"`
	Data                 *hexutil.Bytes    `json:"data"`
	Input                *hexutil.Bytes    `json:"input"`
	AccessList           *types.AccessList `json:"accessList,omitempty"`
	ChainID              *hexutil.Big      `json:"chainId,omitempty"`
	Type                 *hexutil.Uint64   `json:"type,omitempty"`
}

func (a *TransactionArgs) data() []byte {
	if a.Input != nil {
		return *a.Input
	}
	if a.Data != nil {
		return *a.Data
	}
	return nil
}

func (a *TransactionArgs) from() common.Address {
	if a.From == nil {
		return common.Address{}
	}
	return *a.From
}

// validate rejects contradictory arguments with the messages geth uses.
func (a *TransactionArgs) validate() error {
	if a.Input != nil && a.Data != nil && !bytes.Equal(*a.Input, *a.Data) {
		return invalidParams(`both "data" and "input" are set and not equal. Please use "input" to pass transaction call data`)
	}
	if a.GasPrice != nil && (a.MaxFeePerGas != nil || a.MaxPriorityFeePerGas != nil) {
		return invalidParams("both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified")
	}
	if a.MaxFeePerGas != nil && a.MaxPriorityFeePerGas != nil && a.MaxFeePerGas.ToInt().Cmp(a.MaxPriorityFeePerGas.ToInt()) < 0 {
		return invalidParams("maxFeePerGas (%v) < maxPriorityFeePerGas (%v)", a.MaxFeePerGas, a.MaxPriorityFeePerGas)
	}
	for _, v := range []*hexutil.Big{a.GasPrice, a.MaxFeePerGas, a.MaxPriorityFeePerGas, a.Value} {
		if v != nil && (v.ToInt().Sign() < 0 || v.ToInt().BitLen() > 256) {
			return invalidParams("value out of range: %v", v)
		}
	}
	return nil
}

func toU256(b *hexutil.Big) *uint256.Int {
	if b == nil {
		return new(uint256.Int)
	}
	v, _ := uint256.FromBig(b.ToInt())
	return v
}

// callMessage turns the arguments into a message for a call at a block
// with baseFee, with gas as the gas limit. Without fee fields the price is
// zero, which the EVM accepts for calls (NoBaseFee).
func (a *TransactionArgs) callMessage(baseFee *big.Int, gas uint64) *core.Message {
	var gasPrice, feeCap, tipCap *uint256.Int
	switch {
	case a.GasPrice != nil:
		gasPrice = toU256(a.GasPrice)
		feeCap, tipCap = gasPrice, gasPrice
	case a.MaxFeePerGas != nil || a.MaxPriorityFeePerGas != nil:
		feeCap, tipCap = toU256(a.MaxFeePerGas), toU256(a.MaxPriorityFeePerGas)
		if a.MaxFeePerGas == nil {
			feeCap = new(uint256.Int).Set(tipCap)
			if baseFee != nil {
				bf, _ := uint256.FromBig(baseFee)
				feeCap.Add(feeCap, bf)
			}
		}
		gasPrice = new(uint256.Int).Set(feeCap)
		if baseFee != nil {
			bf, _ := uint256.FromBig(baseFee)
			eff := new(uint256.Int).Add(tipCap, bf)
			if eff.Cmp(feeCap) < 0 {
				gasPrice = eff
			}
		}
	default:
		gasPrice, feeCap, tipCap = new(uint256.Int), new(uint256.Int), new(uint256.Int)
	}
	var al types.AccessList
	if a.AccessList != nil {
		al = *a.AccessList
	}
	var nonce uint64
	if a.Nonce != nil {
		nonce = uint64(*a.Nonce)
	}
	msg := &core.Message{
		From:       a.from(),
		To:         a.To,
		Nonce:      nonce,
		Value:      toU256(a.Value),
		GasLimit:   gas,
		GasPrice:   gasPrice,
		GasFeeCap:  feeCap,
		GasTipCap:  tipCap,
		Data:       a.data(),
		AccessList: al,
	}
	return msg.SkipNonceCheck().SkipEOACheck()
}

// hasFees reports whether the caller set any fee field.
func (a *TransactionArgs) hasFees() bool {
	return a.GasPrice != nil || a.MaxFeePerGas != nil || a.MaxPriorityFeePerGas != nil
}

// toTransaction builds an unsigned transaction from fully filled arguments.
func (a *TransactionArgs) toTransaction(chainID *big.Int) (*types.Transaction, error) {
	if a.Nonce == nil || a.Gas == nil {
		return nil, errors.New("nonce and gas must be set")
	}
	var al types.AccessList
	if a.AccessList != nil {
		al = *a.AccessList
	}
	value := new(big.Int)
	if a.Value != nil {
		value = a.Value.ToInt()
	}
	typ := uint64(types.DynamicFeeTxType)
	if a.Type != nil {
		typ = uint64(*a.Type)
	} else if a.GasPrice != nil {
		typ = types.LegacyTxType
		if a.AccessList != nil {
			typ = types.AccessListTxType
		}
	}
	switch typ {
	case types.LegacyTxType:
		return types.NewTx(&types.LegacyTx{Nonce: uint64(*a.Nonce), GasPrice: a.GasPrice.ToInt(), Gas: uint64(*a.Gas), To: a.To, Value: value, Data: a.data()}), nil
	case types.AccessListTxType:
		return types.NewTx(&types.AccessListTx{ChainID: chainID, Nonce: uint64(*a.Nonce), GasPrice: a.GasPrice.ToInt(), Gas: uint64(*a.Gas), To: a.To, Value: value, Data: a.data(), AccessList: al}), nil
	case types.DynamicFeeTxType:
		return types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: uint64(*a.Nonce), GasTipCap: a.MaxPriorityFeePerGas.ToInt(), GasFeeCap: a.MaxFeePerGas.ToInt(), Gas: uint64(*a.Gas), To: a.To, Value: value, Data: a.data(), AccessList: al}), nil
	default:
		return nil, fmt.Errorf("%w: type %d", types.ErrTxTypeNotSupported, typ)
	}
}
