// Package rpc serves the Ethereum JSON-RPC API of a Hyperion node (eth_*,
// net_*, web3_*, txpool_*, debug_*) with go-ethereum's rpc package, over
// HTTP and WebSocket on one listener.
//
// Services are plain Go types whose exported methods become JSON-RPC
// methods (see go-ethereum's rpc doc). Errors that clients match on use the
// codes and messages go-ethereum uses: -32000 with "nonce too low",
// "insufficient funds for gas * price + value" and the like; 3 with
// "execution reverted" and the revert data; -32602 for bad parameters.
//
// Reads go to immutable state versions and never block block production.
//
// This package may import chain, exec, state and vm; nothing below it may
// import rpc.
package rpc
