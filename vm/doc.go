// Package vm holds the chain rules of Hyperion and sets up go-ethereum's EVM
// (core/vm) for a block: the chain configuration (all forks up to Prague
// active from genesis, post-merge), the block context, and the signer.
//
// Everything here is deterministic: no clocks, no I/O.
//
// This package must not import exec, chain, state or rpc.
package vm
