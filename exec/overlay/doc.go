// Package overlay implements go-ethereum's vm.StateDB as a journaled,
// in-memory overlay over a read-only state.Reader.
//
// One State executes the transactions of one block in order. It never writes
// to the reader: every effect stays in memory until WriteSet returns the
// block's net changes, which state.Store commits. Reverts (snapshots),
// per-transaction finalisation (EIP-158 empty-account deletion and
// SELFDESTRUCT), EIP-2200 original values, EIP-2929 access lists and
// EIP-1153 transient storage follow go-ethereum's core/state semantics, so
// a block executed here yields the same receipts and root as geth.
//
// Concurrency: a State is not safe for concurrent use. The Reader under it
// must be safe for concurrent use if several States share it.
//
// Read errors from the Reader cannot be returned through vm.StateDB; the
// first one is kept and reported by Err, and callers must check it after
// each transaction. After an error, reads return zero values.
//
// This package must not import chain, rpc or storage engines.
package overlay
