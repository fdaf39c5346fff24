// Package exec defines how a block's transactions are executed: the
// [Executor] interface, and [ApplyTx], the one place where a transaction is
// run on go-ethereum's EVM and turned into a receipt.
//
// An executor reads a consistent version of the state through a
// state.Reader and returns the block's effects as a state.WriteSet; it never
// writes storage. Transactions that cannot be included (bad nonce, not
// enough funds for gas, over the block gas limit) are reported as rejected
// and leave no trace in the state, so the same call serves block building
// (drop them) and block import (reject the block if any).
//
// Implementations: [github.com/metis-go/metis/exec/serial] now; a Block-STM
// executor later. Both must produce byte-identical results.
//
// This package must not import chain or rpc.
package exec
