// Command lazai-sentiment runs LazAI's data-to-revenue loop against a
// running `metis dev`: three dev accounts contribute sentiment datasets,
// the dev chain's validators score and sign them, DATs mint, and a naive
// Bayes model trained on the three datasets is served at
// POST /v1/sentiment for 0.01 USDC a call (x402, through the dev
// facilitator), split 70% provider / 10% iDAO treasury / 5% protocol /
// 15% DAT holders. With --calls N an agent (dev account 7) then pays N
// calls and the holders' claimable revenue is printed.
//
//	metis dev &                       # in another terminal
//	go run ./examples/lazai-sentiment --calls 20
//	metis dat list --class 1          # the holders and what they can claim
package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/gmpayer/tokens"
	"github.com/metis-go/metis/lazai/demo"
	"github.com/metis-go/metis/sdk"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/agent"
	"github.com/metis-go/metis/x402/facilitatorclient"
)

func main() {
	rpc := flag.String("rpc", "http://127.0.0.1:8545", "JSON-RPC URL of a metis dev chain")
	fac := flag.String("facilitator", "http://127.0.0.1:8402", "x402 facilitator URL")
	addr := flag.String("addr", "127.0.0.1:8404", "listen address of the paid endpoint")
	calls := flag.Int("calls", 0, "pay this many calls as an agent, print the holders' revenue and exit")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *rpc, *fac, *addr, *calls); err != nil {
		fmt.Fprintln(os.Stderr, "lazai-sentiment:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, rpc, fac, addr string, calls int) error {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	accs, err := devkeys.Derive(devkeys.TestMnemonic, 10)
	if err != nil {
		return err
	}
	vals, err := devkeys.DeriveIndexes(devkeys.TestMnemonic, devnet.ValidatorIndex, devnet.ValidatorIndex+1, devnet.ValidatorIndex+2)
	if err != nil {
		return err
	}
	ec, err := sdk.Dial(ctx, rpc, sdk.DevAddresses())
	if err != nil {
		return err
	}
	defer ec.Close()
	price := x402.Requirements{Scheme: x402.SchemeExact, Network: x402.CAIP2(ec.ChainID.Uint64()), Amount: "10000",
		Asset: tokens.Dev().USDC.Address.Hex(), MaxTimeoutSeconds: 300, Extra: map[string]any{"name": "USD Coin", "version": "2"}}
	d, err := demo.Setup(ctx, demo.Config{
		RPC: rpc, Addresses: sdk.DevAddresses(), ClassAdmin: accs[0].Key,
		Contributors: [3]*ecdsa.PrivateKey{accs[1].Key, accs[2].Key, accs[3].Key},
		Validators:   []*ecdsa.PrivateKey{vals[0].Key, vals[1].Key, vals[2].Key},
		Provider:     accs[4].Key, Treasury: accs[5].Address, Protocol: accs[6].Address,
		ProviderBps: 7000, TreasuryBps: 1000, ProtocolBps: 500,
		Prices: []x402.Requirements{price}, Facilitator: facilitatorclient.New(fac), Logger: log,
	})
	if err != nil {
		return err
	}
	defer d.Close()
	d.Start()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: d.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/v1/sentiment"
	fmt.Printf("DAT class %s; contributor DATs %v; splitter %s\n%s: %s\nserving POST %s (0.01 USDC per call)\n",
		d.Class, d.Tokens, d.Splitter, "model", d.Model, url)
	if calls == 0 {
		<-ctx.Done()
		return nil
	}
	ledger, err := agent.OpenLedger(filepath.Join(os.TempDir(), "lazai-sentiment-agent.jsonl"))
	if err != nil {
		return err
	}
	defer ledger.Close()
	tr := &agent.Transport{Key: accs[7].Key, Ledger: ledger, Policy: agent.Policy{Allow: []agent.Limit{{
		Network: price.Network, Asset: tokens.Dev().USDC.Address, MaxPerRequest: big.NewInt(10000),
	}}}}
	for i := range calls {
		body, _ := json.Marshal(demo.Request{Text: []string{"what a lovely quiet hotel", "the food was cold and bland"}[i%2]})
		resp, err := tr.Client().Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			return err
		}
		out, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("call %d: %s %s", i+1, resp.Status, out)
	}
	if err := d.Service.DistributeNow(ctx); err != nil {
		return err
	}
	for i, id := range d.Tokens {
		p, err := ec.PendingRevenue(ctx, id, tokens.Dev().USDC.Address)
		if err != nil {
			return err
		}
		fmt.Printf("contributor %d (DAT %s) can claim %s USDC units\n", i+1, id, p)
	}
	return nil
}
