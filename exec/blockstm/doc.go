// Package blockstm is MPEF's parallel executor: Block-STM (Gelashvili et
// al., 2022) over go-ethereum's EVM, with results equal to the serial
// executor's bit for bit.
//
// Transactions execute optimistically on worker goroutines, each against a
// fresh overlay.State whose reader is the multi-version memory: the
// pre-state overlaid with the writes of lower transactions. Locations are
// account records (nonce, balance, code hash, existence) and storage slots;
// code is addressed by hash. Every read is recorded; a validation re-reads
// the set and aborts the transaction when a lower one changed what it saw.
// An aborted transaction's writes become ESTIMATEs, and a later reader of
// an ESTIMATE waits for the writer instead of running on stale data.
//
// Hot spots are kept from conflicting:
//   - fee credits to the block's fee recipient are deferred
//     (overlay.DeferFeeCredit) and applied at commit; only a transaction
//     that reads the recipient itself sees the sum of the fees before it;
//   - a sender's later transactions wait on ESTIMATEs seeded at its earlier
//     ones, so nonce chains pipeline instead of aborting.
//
// Commit is a rolling prefix in block order: a transaction commits when
// every lower one has and its read set is still valid, which makes it
// final. The block gas limit is enforced there, where the gas used before a
// transaction is known; one that does not fit is re-run with the exact gas
// pool, giving the serial executor's rejection. Receipts get their
// cumulative gas, transaction index and log indices at commit.
package blockstm
