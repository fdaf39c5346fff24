package main

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gstate "github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/contracts/bindings"
	"github.com/metis-go/metis/gmpayer/tokens"
	"github.com/metis-go/metis/internal/nodeproc"
)

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "metis")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func dial(t *testing.T, ctx context.Context, url string) *ethclient.Client {
	t.Helper()
	if err := nodeproc.WaitReady(ctx, url, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func freePort(t *testing.T) int {
	t.Helper()
	port, err := nodeproc.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	return port
}

// TestKillNineKeepsCommittedChain kills the node with SIGKILL at random
// moments while transactions flow, restarts it on the same data directory,
// and checks after every restart that every block whose receipt was served
// before the kill is still there, unchanged, and that the chain is
// consistent: hashes link, the head's state is readable, and the sender's
// nonce equals the number of its included transactions.
func TestKillNineKeepsCommittedChain(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills the binary repeatedly")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	accs, err := devkeys.Derive(devkeys.TestMnemonic, 2)
	if err != nil {
		t.Fatal(err)
	}
	key := accs[0].Key
	signer := types.LatestSignerForChainID(big.NewInt(31337))
	to := common.HexToAddress("0x000000000000000000000000000000000000beef")
	rng := rand.New(rand.NewPCG(1, 2))
	committed := map[common.Hash]common.Hash{} // tx hash -> block hash, as served before a kill
	rounds := 8
	if v := os.Getenv("METIS_CRASH_ROUNDS"); v != "" { // make crash: hundreds
		if rounds, err = strconv.Atoi(v); err != nil || rounds < 1 {
			t.Fatalf("METIS_CRASH_ROUNDS=%q", v)
		}
	}
	for round := range rounds {
		port := freePort(t)
		args := []string{"dev", "--datadir", dir, "--http.port", fmt.Sprint(port), "--block-time", "0", "--log.level", "warn", "--facilitator.addr", "", "--validators.addr", ""}
		if round < rounds/2 {
			// The first half keeps recent state in memory, with a
			// checkpoint every 8 blocks and the disk pruned after each:
			// kills land during prunes too.
			args = append(args, "--state.retain", "8", "--state.checkpoint", "8", "--state.prune-after", "1")
		} else {
			// The second half is an archive (state written behind the
			// blocks). Both rebuild what a kill lost from the stored
			// blocks.
			args = append(args, "--archive")
		}
		cmd := exec.Command(bin, args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		c := dial(t, ctx, fmt.Sprintf("http://127.0.0.1:%d", port))
		checkRestart(t, ctx, c, committed)

		// Send transactions until the kill, recording served receipts.
		var mu sync.Mutex
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			nonce, err := c.PendingNonceAt(ctx, accs[0].Address)
			if err != nil {
				return
			}
			var sent []common.Hash
			for ctx.Err() == nil {
				tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(31337), Nonce: nonce, Gas: 21000, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100 * params.GWei), To: &to, Value: big.NewInt(1)})
				if err := c.SendTransaction(ctx, tx); err != nil {
					return
				}
				nonce++
				sent = append(sent, tx.Hash())
				for _, h := range sent {
					if r, err := c.TransactionReceipt(ctx, h); err == nil {
						mu.Lock()
						committed[h] = r.BlockHash
						mu.Unlock()
					}
				}
				sent = sent[:0]
			}
		}()
		wg.Add(1)
		go func() { // USDC transfers from account 1: storage writes
			defer wg.Done()
			usdc := tokens.Dev().USDC.Address
			nonce, err := c.PendingNonceAt(ctx, accs[1].Address)
			if err != nil {
				return
			}
			for ctx.Err() == nil {
				tx := types.MustSignNewTx(accs[1].Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(31337), Nonce: nonce, Gas: 100_000, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100 * params.GWei), To: &usdc,
					Data: bindings.NewEIP3009Token().PackTransfer(common.BigToAddress(big.NewInt(int64(nonce%500)+1)), big.NewInt(1))})
				if err := c.SendTransaction(ctx, tx); err != nil {
					return
				}
				nonce++
			}
		}()
		time.Sleep(time.Duration(200+rng.IntN(1300)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil { // SIGKILL
			t.Fatal(err)
		}
		_ = cmd.Wait()
		cancel()
		wg.Wait()
		c.Close()
		if round%10 == 0 || round == rounds-1 {
			t.Logf("round %d: %d receipts served so far", round, len(committed))
		}
	}
	// A last clean start to check the final state.
	port := freePort(t)
	cmd := exec.Command(bin, "dev", "--datadir", dir, "--http.port", fmt.Sprint(port), "--block-time", "0", "--facilitator.addr", "", "--validators.addr", "")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	c := dial(t, t.Context(), fmt.Sprintf("http://127.0.0.1:%d", port))
	defer c.Close()
	checkChain(t, t.Context(), c, committed, accs[0].Address)
	if len(committed) == 0 {
		t.Fatal("no transaction was ever committed")
	}
}

// checkRestart checks a restarted node: the head is a complete block whose
// state root recomputes from the stored state (dumped and rehashed),
// nothing past the head is visible, the last blocks link, and a sample of
// the receipts served before the kill are still there in the same blocks.
func checkRestart(t *testing.T, ctx context.Context, c *ethclient.Client, committed map[common.Hash]common.Hash) {
	t.Helper()
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := c.HeaderByNumber(ctx, new(big.Int).Add(head.Number, big.NewInt(1))); err == nil && b != nil {
		t.Fatalf("block %d is visible past the head %d", b.Number, head.Number)
	}
	var dump gstate.Dump
	if err := c.Client().CallContext(ctx, &dump, "debug_dumpBlock", hexutil.EncodeUint64(head.Number.Uint64())); err != nil {
		t.Fatalf("dump head state: %v", err)
	}
	alloc, err := allocFromDump(&dump)
	if err != nil {
		t.Fatal(err)
	}
	root, err := rehash(alloc)
	if err != nil {
		t.Fatal(err)
	}
	if root != head.Root {
		t.Fatalf("head %d: stored state rehashes to %s, header says %s", head.Number, root, head.Root)
	}
	child := head
	for n := head.Number.Uint64(); n > 0 && n+64 > head.Number.Uint64(); n-- {
		parent, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n-1))
		if err != nil {
			t.Fatalf("block %d: %v", n-1, err)
		}
		if child.ParentHash != parent.Hash() {
			t.Fatalf("block %d parent %s, block %d is %s", n, child.ParentHash, n-1, parent.Hash())
		}
		child = parent
	}
	checked := 0
	for txHash, blockHash := range committed { // map order: a random sample
		if checked++; checked > 200 {
			break
		}
		r, err := c.TransactionReceipt(ctx, txHash)
		if err != nil {
			t.Fatalf("receipt of %s served before a kill is gone: %v", txHash, err)
		}
		if r.BlockHash != blockHash {
			t.Fatalf("tx %s moved from block %s to %s", txHash, blockHash, r.BlockHash)
		}
	}
}

func checkChain(t *testing.T, ctx context.Context, c *ethclient.Client, committed map[common.Hash]common.Hash, sender common.Address) {
	t.Helper()
	for txHash, blockHash := range committed {
		r, err := c.TransactionReceipt(ctx, txHash)
		if err != nil {
			t.Fatalf("receipt of %s served before the kill is gone: %v", txHash, err)
		}
		if r.BlockHash != blockHash {
			t.Fatalf("tx %s moved from block %s to %s", txHash, blockHash, r.BlockHash)
		}
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	included := 0
	parent := common.Hash{}
	for n := uint64(0); n <= head.Number.Uint64(); n++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		if b.ParentHash() != parent {
			t.Fatalf("block %d parent %s, want %s", n, b.ParentHash(), parent)
		}
		parent = b.Hash()
		for _, tx := range b.Transactions() {
			if from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(31337)), tx); err == nil && from == sender {
				included++
			}
		}
	}
	nonce, err := c.NonceAt(ctx, sender, nil)
	if err != nil {
		t.Fatalf("head state unreadable: %v", err)
	}
	if nonce != uint64(included) {
		t.Fatalf("sender nonce %d, but %d transactions in the chain", nonce, included)
	}
}
