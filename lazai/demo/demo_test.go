package demo_test

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/lazai/demo"
	"github.com/metis-go/metis/lazai/paidai"
	"github.com/metis-go/metis/lazai/sentiment"
	"github.com/metis-go/metis/sdk"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/agent"
)

const calls = 100

// longLived gives a price an hour to settle: automined blocks are a second
// apart at least, so over hundreds of transactions the chain's clock runs
// minutes ahead of the wall clock the agent signs validity windows with.
func longLived(r x402.Requirements) x402.Requirements {
	r.MaxTimeoutSeconds = 3600
	return r
}

// TestHundredPaidCallsReconcileToTheWei is the end-to-end check:
// three contributors register data, validators sign, DATs mint; an agent
// pays 100 calls through x402; every holder's claimable amount equals the
// expected value to the wei, claims transfer it, and the totals reconcile
// with the payments.
func TestHundredPaidCallsReconcileToTheWei(t *testing.T) {
	x := x402test.Start(t, -1, false)
	ctx := t.Context()
	acc := x.D.Node.Accounts()
	usdc := x.D.Tokens.USDC
	price := big.NewInt(1_000_000) // 1 USDC
	validators := x.D.Services.Validators
	cfg := demo.ForDevnet(x.D, []x402.Requirements{longLived(devnet.Price(x402.CAIP2(31337), usdc, price, ""))}, 7000, 1000, 500)
	d, srv := serve(t, cfg)
	ro, err := sdk.New(ctx, x.EC, x.D.LazAI)
	if err != nil {
		t.Fatal(err)
	}

	// The contributions: shares follow the validators' scores.
	shares := make([]*big.Int, 3)
	totalShare := new(big.Int)
	for i, id := range d.Tokens {
		tk, err := ro.Token(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		data := demo.Dataset(demo.Datasets[i])
		if want := sentiment.Score(data, nil); tk.ShareRatio.Uint64() != want || tk.Owner != acc[i+1].Address {
			t.Fatalf("contributor %d: token %+v, want share %d", i, tk, want)
		}
		shares[i] = tk.ShareRatio
		totalShare.Add(totalShare, tk.ShareRatio)
	}
	if !(shares[0].Cmp(shares[2]) > 0 && shares[1].Cmp(shares[2]) > 0) {
		t.Fatalf("the duplicated, malformed dataset should score lowest: %v", shares)
	}

	// An agent pays 100 calls.
	ledger, err := agent.OpenLedger(filepath.Join(t.TempDir(), "ledger.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ledger.Close() })
	buyer := acc[7]
	tr := &agent.Transport{Key: buyer.Key, Ledger: ledger, Policy: agent.Policy{Allow: []agent.Limit{{
		Network: x402.CAIP2(31337), Asset: usdc.Address, MaxPerRequest: price, Total: new(big.Int).Mul(price, big.NewInt(calls)),
	}}}}
	client := tr.Client()
	before := map[string]*big.Int{}
	for name, a := range map[string]common.Address{"buyer": buyer.Address, "provider": acc[4].Address, "treasury": acc[5].Address, "protocol": acc[6].Address, "dat": x.D.LazAI.DAT} {
		before[name] = x.Balance(usdc.Address, a)
	}
	positive := 0
	for i := range calls {
		text := "the staff were friendly and the food was delicious"
		if i%2 == 1 {
			text = "terrible service and the room was dirty"
		}
		body, _ := json.Marshal(demo.Request{Text: text})
		resp, err := client.Post(srv.URL+"/v1/sentiment", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("call %d: HTTP %d %s", i, resp.StatusCode, raw)
		}
		var out demo.Response
		if err := json.Unmarshal(raw, &out); err != nil {
			t.Fatal(err)
		}
		if out.Label == "positive" {
			positive++
		}
	}
	if positive != calls/2 {
		t.Fatalf("the model labelled %d of %d calls positive, want %d", positive, calls, calls/2)
	}
	// The budget is spent: the 101st call is refused by the agent's policy.
	body, _ := json.Marshal(demo.Request{Text: "one more"})
	if _, err := client.Post(srv.URL+"/v1/sentiment", "application/json", bytes.NewReader(body)); err == nil {
		t.Fatal("a call beyond the agent's budget went through")
	}

	// Distribution: wait for the splitter to be drained.
	if err := d.Service.DistributeNow(ctx); err != nil {
		t.Fatal(err)
	}
	paid := new(big.Int).Mul(price, big.NewInt(calls))
	gained := func(name string, a common.Address) *big.Int {
		return new(big.Int).Sub(x.Balance(usdc.Address, a), before[name])
	}
	if spent := new(big.Int).Neg(gained("buyer", buyer.Address)); spent.Cmp(paid) != 0 {
		t.Fatalf("buyer spent %s, want %s", spent, paid)
	}
	provider, treasury, protocol, holders := d.Split.Parts(paid)
	for _, c := range []struct {
		name string
		addr common.Address
		want *big.Int
	}{{"provider", acc[4].Address, provider}, {"treasury", acc[5].Address, treasury}, {"protocol", acc[6].Address, protocol}, {"dat", x.D.LazAI.DAT, holders}} {
		if got := gained(c.name, c.addr); got.Cmp(c.want) != 0 {
			t.Fatalf("%s received %s, want %s", c.name, got, c.want)
		}
	}
	cl, err := ro.Class(ctx, d.Class)
	if err != nil {
		t.Fatal(err)
	}
	if cl.Settled[usdc.Address].Cmp(holders) != 0 {
		t.Fatalf("class settled %s, want %s", cl.Settled[usdc.Address], holders)
	}
	// With carried remainders and a fixed total share, the accumulator is
	// floor(holders * 1e18 / totalShare) however the payments were batched.
	accPerShare := new(big.Int).Mul(holders, big.NewInt(1e18))
	accPerShare.Quo(accPerShare, totalShare)
	claimed := new(big.Int)
	for i, id := range d.Tokens {
		want := new(big.Int).Mul(shares[i], accPerShare)
		want.Quo(want, big.NewInt(1e18))
		pending, err := ro.PendingRevenue(ctx, id, usdc.Address)
		if err != nil {
			t.Fatal(err)
		}
		if pending.Cmp(want) != 0 {
			t.Fatalf("holder %d can claim %s, want %s", i, pending, want)
		}
		owner := acc[i+1]
		before := x.Balance(usdc.Address, owner.Address)
		got, err := ro.As(owner.Key).Claim(ctx, id, usdc.Address, owner.Address)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(want) != 0 || new(big.Int).Sub(x.Balance(usdc.Address, owner.Address), before).Cmp(want) != 0 {
			t.Fatalf("holder %d claimed %s, want %s", i, got, want)
		}
		claimed.Add(claimed, got)
	}
	residue := new(big.Int).Sub(holders, claimed)
	if residue.Sign() < 0 || residue.Cmp(big.NewInt(int64(len(d.Tokens)))) >= 0 {
		t.Fatalf("claims %s of %s: residue %s should be under one unit per holder", claimed, holders, residue)
	}
	if got := gained("dat", x.D.LazAI.DAT); got.Cmp(residue) != 0 {
		t.Fatalf("the DAT contract holds %s after the claims, want the residue %s", got, residue)
	}
	t.Logf("100 calls: provider %s, treasury %s, protocol %s, holders %s (shares %v, claimed %s, residue %s)", provider, treasury, protocol, holders, shares, claimed, residue)

	// The validators' proofs all landed: the three files' fees are theirs.
	fee, err := ro.ValidationFee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	earned := new(big.Int)
	for _, v := range validators {
		e, err := ro.ValidatorEarnings(ctx, v.Address)
		if err != nil || e.Sign() == 0 {
			t.Fatalf("validator %s earned %v (%v)", v.Address, e, err)
		}
		earned.Add(earned, e)
	}
	if want := new(big.Int).Mul(fee, big.NewInt(3)); earned.Cmp(want) != 0 {
		t.Fatalf("validators earned %s in all, want the three fees %s", earned, want)
	}
}

// TestQuotaAccess spends a DAT's usage quota instead of paying, and is
// refused with a clear error once it is exhausted.
func TestQuotaAccess(t *testing.T) {
	x := x402test.Start(t, -1, false)
	ctx := t.Context()
	acc := x.D.Node.Accounts()
	d, srv := serve(t, demo.ForDevnet(x.D, []x402.Requirements{devnet.Price(x402.CAIP2(31337), x.D.Tokens.USDC, big.NewInt(1_000_000), "")}, 5000, 0, 0))
	ro, _ := sdk.New(ctx, x.EC, x.D.LazAI)
	user := acc[8]
	// The class admin sells the user a quota of 3 calls (no revenue share).
	token, err := ro.As(acc[0].Key).Mint(ctx, d.Class, user.Address, big.NewInt(3), big.NewInt(0), 0)
	if err != nil {
		t.Fatal(err)
	}
	call := func(sign func() http.Header) (int, map[string]string) {
		return post(t, srv.URL+"/v1/sentiment", sign())
	}
	req := paidai.UsageRequest{ChainID: ro.ChainID, DAT: x.D.LazAI.DAT, Service: d.Service.Address(), Token: token, Method: http.MethodPost, Path: "/v1/sentiment"}
	signer := func(key *ecdsa.PrivateKey, at time.Time, r paidai.UsageRequest) func() http.Header {
		return func() http.Header {
			h, err := paidai.SignUsage(key, r, at, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			return h
		}
	}
	signed := func() http.Header { return signer(user.Key, time.Now(), req)() }
	// Not yet approved: the service cannot record usage.
	if code, out := call(signed); code != http.StatusForbidden || out["error"] != "operator_not_approved" {
		t.Fatalf("unapproved: %d %v", code, out)
	}
	if err := ro.As(user.Key).ApproveForClass(ctx, d.Class, d.Operator, true); err != nil {
		t.Fatal(err)
	}
	// A retry of a charged call (same headers) is served again and charged
	// once.
	h := signed()
	for range 2 {
		if code, out := call(func() http.Header { return h }); code != http.StatusOK {
			t.Fatalf("quota call: %d %v", code, out)
		}
	}
	// Three concurrent calls on the two units left: two are charged, the
	// third is refused before any transaction is sent.
	codes := make(chan int, 3)
	for range 3 {
		go func() {
			code, _ := call(signed)
			codes <- code
		}()
	}
	got := map[int]int{}
	for range 3 {
		got[<-codes]++
	}
	if got[http.StatusOK] != 2 || got[http.StatusPaymentRequired] != 1 {
		t.Fatalf("burst on 2 units: %v", got)
	}
	code, out := call(signed)
	if code != http.StatusPaymentRequired || out["error"] != "dat_quota_exhausted" {
		t.Fatalf("exhausted quota: %d %v", code, out)
	}
	tk, _ := ro.Token(ctx, token)
	if tk.Value.Sign() != 0 {
		t.Fatalf("value left %s", tk.Value)
	}
	usage, _ := ro.Usage(ctx, token)
	if len(usage) != 3 || usage[0].Actor != d.Operator {
		t.Fatalf("usage records %+v", usage)
	}
	if err := ro.As(user.Key).TransferValue(ctx, token, token, big.NewInt(1)); err == nil {
		t.Fatal("self transfer of value accepted")
	}
	mintMore, _ := ro.As(acc[0].Key).Mint(ctx, d.Class, user.Address, big.NewInt(5), big.NewInt(0), 0)
	if err := ro.As(user.Key).TransferValue(ctx, mintMore, token, big.NewInt(5)); err != nil {
		t.Fatal(err)
	}
	if code, out := call(signed); code != http.StatusOK {
		t.Fatalf("recharged call: %d %v", code, out)
	}
	// Refused: someone else's signature, one for another service, one
	// issued before the service started, an expired one, a malformed one;
	// and anything off the priced route, paid or not.
	wrongService := req
	wrongService.Service = acc[5].Address
	for name, c := range map[string]struct {
		sign func() http.Header
		code int
		err  string
	}{
		"other key":     {signer(acc[9].Key, time.Now(), req), http.StatusForbidden, "not_token_owner"},
		"other service": {signer(user.Key, time.Now(), wrongService), http.StatusForbidden, "not_token_owner"},
		"before start":  {signer(user.Key, time.Now().Add(-45*time.Second), req), http.StatusBadRequest, "invalid_dat_usage"},
		"expired":       {signer(user.Key, time.Now().Add(-3*time.Minute), req), http.StatusBadRequest, "invalid_dat_usage"},
		"malformed": {func() http.Header {
			h := signed()
			h.Set(paidai.HeaderSignature, "0x1234")
			return h
		}, http.StatusBadRequest, "invalid_dat_usage"},
	} {
		if code, out := call(c.sign); code != c.code || out["error"] != c.err {
			t.Errorf("%s: %d %v, want %d %s", name, code, out, c.code, c.err)
		}
	}
	for _, path := range []string{"/v1/sentiment/", "//v1/sentiment", "/anything"} {
		if code, out := post(t, srv.URL+path, nil); code != http.StatusNotFound {
			t.Errorf("POST %s unpaid: %d %v", path, code, out)
		}
	}
	usage, _ = ro.Usage(ctx, token)
	if len(usage) != 4 {
		t.Fatalf("%d usage records, want 4", len(usage))
	}
}

// post sends a sentiment request with headers h and decodes the JSON
// answer.
func post(t *testing.T, url string, h http.Header) (int, map[string]string) {
	body, _ := json.Marshal(demo.Request{Text: "a wonderful stay"})
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Error(err)
		return 0, nil
	}
	defer resp.Body.Close()
	var out map[string]string
	raw, _ := io.ReadAll(resp.Body)
	_ = json.Unmarshal(raw, &out)
	return resp.StatusCode, out
}

// serve sets the demo up on the devnet, starts it and serves its paid
// endpoint; both stop when the test ends.
func serve(t *testing.T, cfg demo.Config) (*demo.Demo, *httptest.Server) {
	t.Helper()
	d, err := demo.Setup(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.Close)
	d.Start()
	srv := httptest.NewServer(d.Handler())
	t.Cleanup(srv.Close)
	return d, srv
}
