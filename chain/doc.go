// Package chain owns the canonical chain of a Hyperion node: the genesis,
// block building on top of an exec.Executor and a state.Store, the chain
// store (blocks, receipts, logs, transaction lookups in go-ethereum's rawdb
// layout), and the head event feed.
//
// Crash safety: a block is committed in three ordered steps — its state
// (every trie node, flushed by state.Store.Commit), then one batch holding
// the block, its receipts, its transaction index entries and the new head
// pointer, then a sync of the key-value store. A process killed at any point
// leaves the head at the last fully committed block; state written for a
// block whose batch never landed is unreachable garbage and does no harm.
//
// Concurrency: readers (RPC) may call any read method concurrently with
// block production. Building and committing blocks is serialised by an
// internal mutex. The Sequencer is the goroutine that drives production.
//
// This package must not import rpc or cmd.
package chain
