package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/agent"
)

// A chain's state, exported at a block, starts a new chain (metis dev
// --genesis) whose genesis has exactly that block's state root, balances
// and storage.
func TestStateExportImport(t *testing.T) {
	x := x402test.Start(t, -1, true)
	// Some state beyond genesis: a paid BANG mint (token balances, nonces,
	// EIP-3009 nonce storage, a minted supply).
	ledger, _ := agent.OpenLedger("")
	tr := &agent.Transport{Key: x.D.Node.Accounts()[4].Key, Ledger: ledger, Policy: agent.Policy{Allow: []agent.Limit{{Network: x402.CAIP2(31337), Asset: x.D.Tokens.USDC.Address}}}}
	resp, err := tr.Client().Post(x.D.BangURL+"/bang/mint", "application/json", nil)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("mint: %v %v", resp, err)
	}
	resp.Body.Close()
	head := x.D.Node.Chain().Head()

	file := filepath.Join(t.TempDir(), "genesis.json")
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"state", "export", "--rpc", x.D.Node.HTTPEndpoint(), "--out", file}, &out, &errOut); err != nil {
		t.Fatalf("export: %v\n%s", err, errOut.String())
	}
	if !strings.Contains(errOut.String(), head.Root().Hex()) {
		t.Fatalf("export said %q, head root %s", errOut.String(), head.Root())
	}

	port := freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"dev", "--genesis", file, "--ephemeral", "--http.port", fmt.Sprint(port), "--facilitator.addr", "127.0.0.1:0", "--bang.addr", "127.0.0.1:0", "--validators.addr", "127.0.0.1:0", "--log.level", "warn"}, &bytes.Buffer{}, &bytes.Buffer{})
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("dev: %v", err)
		}
	}()
	ec := dial(t, ctx, fmt.Sprintf("http://127.0.0.1:%d", port))
	defer ec.Close()
	g, err := ec.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	if g.Root != head.Root() {
		t.Fatalf("imported genesis root %s, exported block %d root %s", g.Root, head.NumberU64(), head.Root())
	}
	y := &x402test.Env{T: t, D: x.D, EC: ec}
	for _, who := range []common.Address{x.D.Node.Accounts()[4].Address, x.D.Services.Treasury.Address} {
		for _, tok := range []common.Address{x.D.Tokens.USDC.Address, x.D.Tokens.Bang.Address} {
			if a, b := x.Balance(tok, who), y.Balance(tok, who); a.Cmp(b) != 0 {
				t.Fatalf("balance of %s in %s: %s before, %s after", who, tok, a, b)
			}
		}
	}
	// The imported chain goes on producing blocks.
	if _, err := waitBlock(ctx, ec, 1); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"gasLimit":"0x1000000","difficulty":"0x0","alloc":{}}`), 0o644)
	if err := run(context.Background(), []string{"dev", "--genesis", bad, "--ephemeral"}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "chainId") {
		t.Fatalf("genesis without chain id: %v", err)
	}
}

// waitBlock waits until the chain has block n.
func waitBlock(ctx context.Context, ec *ethclient.Client, n uint64) (uint64, error) {
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if h, err := ec.BlockNumber(ctx); err == nil && h >= n {
			return h, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return 0, fmt.Errorf("block %d not reached", n)
}
