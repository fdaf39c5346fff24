package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/gmpayer/tokens"
	"github.com/metis-go/metis/internal/nodeproc"
	"github.com/metis-go/metis/internal/x402bench"
	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/agent"
	"github.com/metis-go/metis/x402/facilitator"
	"github.com/metis-go/metis/x402/facilitatorclient"
	"github.com/metis-go/metis/x402/middleware"
)

// requireX402Clients skips (or, under CI, fails) when the official x402
// packages are not installed.
func requireX402Clients(t *testing.T) {
	t.Helper()
	requireClients(t)
	for _, p := range []string{"node_modules/@x402/fetch", "node_modules/@x402/express", "node_modules/x402-fetch", "node_modules/express"} {
		if _, err := os.Stat(p); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("e2e/%s is missing: .ci/run must run `npm ci` in e2e/", p)
			}
			t.Skipf("e2e/%s is missing: run `npm ci` in e2e/", p)
		}
	}
}

// clientResult is what the x402/*-pay.mjs scripts print.
type clientResult struct {
	Status          int                  `json:"status"`
	Body            string               `json:"body"`
	PaymentResponse *x402.SettleResponse `json:"paymentResponse"`
}

// runClient runs an x402/*.mjs client script and parses its last line.
func runClient(t *testing.T, script string, env []string, args ...string) clientResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", append([]string{"x402/" + script}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("node %s: %v\n%s\n%s", script, err, out, stderr)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var res clientResult
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("node %s printed %q: %v", script, out, err)
	}
	return res
}

func keyHex(x *x402test.Env, i int) string {
	return hexutil.Encode(crypto.FromECDSA(x.D.Node.Accounts()[i].Key))
}

// paidServer serves GET /paid behind our middleware, priced in accepts.
func paidServer(t *testing.T, facilitatorURL string, accepts ...x402.Requirements) string {
	t.Helper()
	mw, err := middleware.New(middleware.Config{
		Facilitator: facilitatorclient.New(facilitatorURL),
		Routes:      map[string]middleware.Route{"GET /paid": {Accepts: accepts, Description: "paid content", MimeType: "application/json"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(mw.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"content":"paid content"}`)
	})))
	t.Cleanup(ts.Close)
	return ts.URL
}

// The official v2 client (@x402/fetch) pays our Go middleware through our
// facilitator.
func TestX402OfficialV2ClientPaysGoServer(t *testing.T) {
	requireX402Clients(t)
	x := x402test.Start(t, -1, false)
	usdc := x.D.Tokens.USDC
	payTo := common.HexToAddress("0x00000000000000000000000000000000000c0de1")
	price := devnet.Price(x402.CAIP2(31337), usdc, big.NewInt(10_000), payTo.Hex())
	url := paidServer(t, x.D.FacilitatorURL, price)
	buyer := x.D.Node.Accounts()[6].Address
	before := x.Balance(usdc.Address, buyer)
	res := runClient(t, "v2-pay.mjs", []string{"KEY=" + keyHex(x, 6), "NETWORK=eip155:31337", "ASSET=" + usdc.Address.Hex()}, url+"/paid")
	if res.Status != 200 || !strings.Contains(res.Body, "paid content") || res.PaymentResponse == nil || !res.PaymentResponse.Success {
		t.Fatalf("client result %+v", res)
	}
	if got := x.Balance(usdc.Address, payTo); got.Int64() != 10_000 {
		t.Fatalf("payee got %s, want 10000", got)
	}
	if got := new(big.Int).Sub(before, x.Balance(usdc.Address, buyer)); got.Int64() != 10_000 {
		t.Fatalf("payer paid %s, want 10000", got)
	}
}

// Our Go agent pays an @x402/express server that uses our facilitator.
func TestX402GoClientPaysOfficialExpressServer(t *testing.T) {
	requireX402Clients(t)
	x := x402test.Start(t, -1, false)
	usdc := x.D.Tokens.USDC
	payTo := common.HexToAddress("0x00000000000000000000000000000000000c0de2")
	logw := newLineLogger(t, "express: ")
	srv, err := x402bench.StartScript(t.Context(), "x402/express-server.mjs", []string{
		"FACILITATOR_URL=" + x.D.FacilitatorURL, "NETWORK=eip155:31337", "ASSET=" + usdc.Address.Hex(),
		"NAME=" + usdc.Name, "VERSION=" + usdc.Version, "PAY_TO=" + payTo.Hex(), "AMOUNT=25000",
	}, logw)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Stop(); logw.Flush() })
	url := srv.URL + "/paid"
	ledger, _ := agent.OpenLedger("")
	tr := &agent.Transport{Key: x.D.Node.Accounts()[7].Key, Ledger: ledger, Policy: agent.Policy{Allow: []agent.Limit{{Network: "eip155:31337", Asset: usdc.Address}}}}
	resp, err := tr.Client().Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var s x402.SettleResponse
	if resp.StatusCode != 200 || !strings.Contains(string(body), "paid content") || x402.DecodeHeaderInto(resp.Header.Get(x402.HeaderPaymentResponse), &s) != nil || !s.Success {
		t.Fatalf("HTTP %d %s, settlement %+v", resp.StatusCode, body, s)
	}
	if got := x.Balance(usdc.Address, payTo); got.Int64() != 25_000 {
		t.Fatalf("payee got %s, want 25000", got)
	}
	if e := ledger.Entries(); len(e) != 1 || e[0].State != agent.Paid || e[0].Transaction != s.Transaction {
		t.Fatalf("ledger %+v", e)
	}
}

// One facilitator settles on two chains at once: the dev chain and an anvil
// (chain id 84532, which x402 v1 calls base-sepolia) with the same tokens
// deployed. A Go agent pays on whichever chain the server prefers, and the
// official v1 client (x402-fetch) pays on the anvil chain by its v1 name.
func TestX402MultiChainAndV1Client(t *testing.T) {
	requireX402Clients(t)
	x := x402test.Start(t, -1, false)
	p, err := nodeproc.Start(t.Context(), "node_modules/.bin/anvil", func(port int) []string {
		return []string{"--port", fmt.Sprint(port), "--chain-id", "84532", "--silent"}
	}, io.Discard, startTimeout)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Kill)
	anvil, err := ethclient.Dial(p.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer anvil.Close()
	ctx := t.Context()
	accs := x.D.Node.Accounts() // anvil's accounts are the same mnemonic's
	holders := make([]common.Address, len(accs))
	for i, a := range accs {
		holders[i] = a.Address
	}
	l2, err := tokens.Deploy(ctx, anvil, accs[0].Key, tokens.DevConfig{Admin: accs[0].Address, Holders: holders})
	if err != nil {
		t.Fatal(err)
	}
	fac := x.D.Services.Facilitator
	if err := anvil.Client().CallContext(ctx, nil, "anvil_setBalance", fac.Address, hexutil.EncodeBig(big.NewInt(1e18))); err != nil {
		t.Fatal(err)
	}
	f, err := facilitator.New(ctx, facilitator.Config{
		Networks: []facilitator.Network{
			{RPC: x.D.Node.HTTPEndpoint(), Assets: []facilitator.Asset{{Address: x.D.Tokens.USDC.Address, Name: "USD Coin", Version: "2"}}},
			{RPC: p.URL, Assets: []facilitator.Asset{{Address: l2.USDC.Address, Name: "USD Coin", Version: "2"}}},
		},
		Key: fac.Key,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fs := httptest.NewServer(f.Handler())
	defer fs.Close()
	if sup := f.Supported(); len(sup.Kinds) != 3 { // v2 on both, v1 base-sepolia
		t.Fatalf("supported: %+v", sup)
	}

	payTo := common.HexToAddress("0x00000000000000000000000000000000000c0de3")
	onDev := devnet.Price("eip155:31337", x.D.Tokens.USDC, big.NewInt(40_000), payTo.Hex())
	onAnvil := devnet.Price("eip155:84532", l2.USDC, big.NewInt(30_000), payTo.Hex())
	prefersAnvil := paidServer(t, fs.URL, onAnvil, onDev)
	prefersDev := paidServer(t, fs.URL, onDev, onAnvil)

	ledger, _ := agent.OpenLedger("")
	tr := &agent.Transport{Key: accs[8].Key, Ledger: ledger, Policy: agent.Policy{Allow: []agent.Limit{
		{Network: "eip155:31337", Asset: x.D.Tokens.USDC.Address},
		{Network: "eip155:84532", Asset: l2.USDC.Address},
	}}}
	for _, url := range []string{prefersAnvil, prefersDev} {
		resp, err := tr.Client().Get(url + "/paid")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("%s: HTTP %d", url, resp.StatusCode)
		}
	}
	anvilBalance := func() int64 {
		t.Helper()
		env := &x402test.Env{T: t, D: x.D, EC: anvil}
		return env.Balance(l2.USDC.Address, payTo).Int64()
	}
	if got, want := anvilBalance(), int64(30_000); got != want {
		t.Fatalf("anvil payee %d, want %d", got, want)
	}
	if got := x.Balance(x.D.Tokens.USDC.Address, payTo).Int64(); got != 40_000 {
		t.Fatalf("dev payee %d, want 40000", got)
	}

	// The official v1 client sees only what v1 can name (base-sepolia).
	res := runClient(t, "v1-pay.mjs", []string{"KEY=" + keyHex(x, 9), "CHAIN_ID=84532"}, prefersDev+"/paid")
	if res.Status != 200 || !strings.Contains(res.Body, "paid content") || res.PaymentResponse == nil || !res.PaymentResponse.Success || res.PaymentResponse.Network != "base-sepolia" {
		t.Fatalf("v1 client result %+v, payment %+v", res, res.PaymentResponse)
	}
	if got, want := anvilBalance(), int64(60_000); got != want {
		t.Fatalf("anvil payee after v1 payment %d, want %d", got, want)
	}
}
