// Package txpool is the transaction pool of a Hyperion node.
//
// It validates incoming transactions against the head state, keeps them per
// sender in nonce order, and hands executable ones to block building ordered
// by effective tip. A sender's transactions are "pending" (executable) when
// their nonces run contiguously from the sender's state nonce, and "queued"
// (future) after a gap. Replacing a transaction (same sender and nonce)
// needs a fee bump of at least PriceBump percent on both the fee cap and
// the tip. When the pool is full the cheapest transaction of another sender
// is evicted; queued transactions older than Lifetime are dropped.
//
// Validation errors are go-ethereum's sentinels (core.ErrNonceTooLow,
// txpool.ErrReplaceUnderpriced, ...), whose messages Ethereum clients match.
//
// Concurrency: a Pool is safe for concurrent use. It starts no goroutines;
// feed notifications are sent after the lock is released.
//
// INVARIANT: for every sender, pending nonces are contiguous from the state
// nonce, and every queued nonce is above the last pending nonce + 1.
//
// This package must not import chain, exec, state or rpc.
package txpool
