package rpc

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// NetAPI is the net namespace.
type NetAPI struct{ b *backend }

// Version returns the network id (the chain id) as a decimal string.
func (api *NetAPI) Version() string { return api.b.chainID().String() }

// Listening returns true: the node serves RPC.
func (api *NetAPI) Listening() bool { return true }

// PeerCount returns 0: a dev node has no peers.
func (api *NetAPI) PeerCount() hexutil.Uint { return 0 }

// Web3API is the web3 namespace.
type Web3API struct{ b *backend }

// ClientVersion returns the node's version string.
func (api *Web3API) ClientVersion() string { return api.b.cfg.ClientVersion }

// Sha3 returns the Keccak-256 hash of input.
func (api *Web3API) Sha3(input hexutil.Bytes) hexutil.Bytes { return crypto.Keccak256(input) }

// TxPoolAPI is the txpool namespace.
type TxPoolAPI struct{ b *backend }

// Status returns the number of pending and queued transactions.
func (api *TxPoolAPI) Status() map[string]hexutil.Uint {
	pending, queued := api.b.pool.Stats()
	return map[string]hexutil.Uint{"pending": hexutil.Uint(pending), "queued": hexutil.Uint(queued)}
}

// Content returns the pool's transactions by sender and nonce.
func (api *TxPoolAPI) Content() map[string]map[string]map[string]*Transaction {
	return map[string]map[string]map[string]*Transaction{
		"pending": api.group(api.b.pool.Pending()),
		"queued":  api.group(api.b.pool.Queued()),
	}
}

// ContentFrom returns the pool's transactions of one sender.
func (api *TxPoolAPI) ContentFrom(addr common.Address) map[string]map[string]*Transaction {
	pending, queued := api.b.pool.Pending(), api.b.pool.Queued()
	return map[string]map[string]*Transaction{
		"pending": api.byNonce(pending[addr]),
		"queued":  api.byNonce(queued[addr]),
	}
}

func (api *TxPoolAPI) group(txs map[common.Address][]*types.Transaction) map[string]map[string]*Transaction {
	out := make(map[string]map[string]*Transaction, len(txs))
	for addr, list := range txs {
		out[addr.Hex()] = api.byNonce(list)
	}
	return out
}

func (api *TxPoolAPI) byNonce(list []*types.Transaction) map[string]*Transaction {
	out := make(map[string]*Transaction, len(list))
	for _, tx := range list {
		out[fmt.Sprint(tx.Nonce())] = newTransaction(tx, nil, 0, api.b.signer())
	}
	return out
}
