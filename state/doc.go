// Package state is the seam between execution and storage of Ethereum world
// state.
//
// Execution reads a consistent version of the state through a [Reader] and
// returns its effects as a [WriteSet]; it never writes storage itself. A
// [Store] applies a block's write set on top of its parent version and
// returns the new Merkle root, which is exactly the MPT root go-ethereum
// computes for the same state, so headers are valid Ethereum headers.
//
// The current [Store] keeps state in go-ethereum's hash-keyed trie database
// over any ethdb key-value store (Pebble on disk, memory when ephemeral). It is
// an archive: every committed root stays readable. MetisDB (versioned flat
// state) replaces the Store implementation behind the same two types.
//
// Concurrency: Readers are safe for concurrent use and never block a commit.
// Commit calls must be serialised by the caller (one writer).
//
// This package must not import exec, chain or rpc.
package state
