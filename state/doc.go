// Package state is the seam between execution and storage of Ethereum world
// state.
//
// Execution reads a consistent version of the state through a [Reader] and
// returns its effects as a [WriteSet]; it never writes storage itself. A
// [Store] applies a block's write set on top of its parent version and
// returns the new Merkle root, which is exactly the MPT root go-ethereum
// computes for the same state, so headers are valid Ethereum headers.
//
// [Store] (MetisDB) keeps versions of the state as Merkle-Patricia tries of
// its own (package state/mpt: versions share nodes, kept decoded in memory)
// over any ethdb key-value store (Pebble on disk, memory when ephemeral),
// nodes keyed by hash; the last versions also as flat diff layers in memory,
// and one flat on disk. It keeps the last Options.Retain versions, or every
// version as an archive (docs/METISDB.md).
//
// Concurrency: Readers are safe for concurrent use and never block a commit.
// Commit calls must be serialised by the caller (one writer).
//
// This package must not import exec, chain or rpc.
package state
