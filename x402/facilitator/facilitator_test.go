package facilitator_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/contracts"
	"github.com/metis-go/metis/contracts/bindings"
	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/gmpayer/tokens"
	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/node"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/eip3009"
	"github.com/metis-go/metis/x402/facilitator"
	"github.com/metis-go/metis/x402/payer"
)

var erc20 = bindings.NewEIP3009Token()

type env struct {
	*x402test.Env
	t       *testing.T
	d       *devnet.Devnet
	f       *facilitator.Facilitator
	network string
	payer   *ecdsa.PrivateKey
	payTo   common.Address
}

func setup(t *testing.T, blockTime time.Duration) *env {
	t.Helper()
	x := x402test.Start(t, blockTime, false)
	accs := x.D.Node.Accounts()
	return &env{Env: x, t: t, d: x.D, f: x.D.Facilitator, network: x402.CAIP2(31337), payer: accs[1].Key, payTo: accs[2].Address}
}

func (e *env) requirements(tok tokens.Token, amount int64) x402.Requirements {
	return devnet.Price(e.network, tok, big.NewInt(amount), e.payTo.Hex())
}

// request builds a v2 facilitator request; edit may change the payload
// before it is signed (sign false keeps the given signature).
func (e *env) request(key *ecdsa.PrivateKey, req x402.Requirements, opts payer.Options, edit func(*x402.PaymentPayload)) *x402.FacilitatorRequest {
	e.t.Helper()
	pl, err := payer.PayloadV2(key, &req, nil, opts)
	if err != nil {
		e.t.Fatal(err)
	}
	if edit != nil {
		edit(pl)
	}
	raw, _ := json.Marshal(pl)
	reqRaw, _ := json.Marshal(req)
	return &x402.FacilitatorRequest{X402Version: 2, PaymentPayload: raw, PaymentRequirements: reqRaw}
}

func TestVerifyRejections(t *testing.T) {
	e := setup(t, -1)
	usdc, xmetis := e.d.Tokens.USDC, e.d.Tokens.XMetis
	req := e.requirements(usdc, 1000)
	stranger, _ := crypto.GenerateKey()
	now := time.Now()
	payerAddr := crypto.PubkeyToAddress(e.payer.PublicKey).Hex()
	cases := []struct {
		name   string
		fr     *x402.FacilitatorRequest
		reason string
	}{
		{"valid", e.request(e.payer, req, payer.Options{}, nil), ""},
		{"amount below price", e.request(e.payer, e.requirements(usdc, 999), payer.Options{}, func(p *x402.PaymentPayload) { p.Accepted.Amount = "1000" }), x402.ReasonInvalidPayload},
		{"authorization value differs", func() *x402.FacilitatorRequest {
			r := e.requirements(usdc, 999)
			fr := e.request(e.payer, r, payer.Options{}, func(p *x402.PaymentPayload) { p.Accepted = req })
			fr.PaymentRequirements, _ = json.Marshal(req)
			return fr
		}(), x402.ReasonValueMismatch},
		{"wrong recipient", func() *x402.FacilitatorRequest {
			r := req
			r.PayTo = common.HexToAddress("0xdead").Hex()
			fr := e.request(e.payer, r, payer.Options{}, func(p *x402.PaymentPayload) { p.Accepted = req })
			fr.PaymentRequirements, _ = json.Marshal(req)
			return fr
		}(), x402.ReasonRecipientMismatch},
		{"wrong asset", func() *x402.FacilitatorRequest {
			fr := e.request(e.payer, req, payer.Options{}, nil)
			fr.PaymentRequirements, _ = json.Marshal(e.requirements(xmetis, 1000))
			return fr
		}(), x402.ReasonInvalidPayload},
		{"signed for another asset", func() *x402.FacilitatorRequest {
			fr := e.request(e.payer, req, payer.Options{}, func(p *x402.PaymentPayload) { p.Accepted = e.requirements(xmetis, 1000) })
			fr.PaymentRequirements, _ = json.Marshal(e.requirements(xmetis, 1000))
			return fr
		}(), x402.ReasonSignature},
		{"unserved network", func() *x402.FacilitatorRequest {
			r := req
			r.Network = "eip155:1"
			return e.request(e.payer, r, payer.Options{}, nil)
		}(), x402.ReasonInvalidNetwork},
		{"payload network differs", func() *x402.FacilitatorRequest {
			fr := e.request(e.payer, req, payer.Options{}, func(p *x402.PaymentPayload) { p.Accepted.Network = "eip155:8453" })
			return fr
		}(), x402.ReasonInvalidNetwork},
		{"signed by another key", e.request(stranger, req, payer.Options{}, func(p *x402.PaymentPayload) { p.Payload.Authorization.From = payerAddr }), x402.ReasonSignature},
		{"expired", e.request(e.payer, req, payer.Options{Now: now.Add(-time.Hour)}, nil), x402.ReasonValidBefore},
		{"not yet valid", e.request(e.payer, req, payer.Options{Now: now.Add(time.Hour)}, nil), x402.ReasonValidAfter},
		{"insufficient funds", e.request(stranger, req, payer.Options{}, nil), x402.ReasonInsufficientFunds},
		{"unsupported scheme", func() *x402.FacilitatorRequest {
			r := req
			r.Scheme = "upto"
			fr := e.request(e.payer, req, payer.Options{}, nil)
			fr.PaymentRequirements, _ = json.Marshal(r)
			return fr
		}(), x402.ReasonUnsupportedScheme},
		{"version 3", func() *x402.FacilitatorRequest {
			fr := e.request(e.payer, req, payer.Options{}, nil)
			fr.X402Version = 3
			return fr
		}(), x402.ReasonInvalidVersion},
		{"nonce not hex", e.request(e.payer, req, payer.Options{}, func(p *x402.PaymentPayload) { p.Payload.Authorization.Nonce = "0x12" }), x402.ReasonInvalidPayload},
		{"value not a number", e.request(e.payer, req, payer.Options{}, func(p *x402.PaymentPayload) { p.Payload.Authorization.Value = "1e3" }), x402.ReasonInvalidPayload},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := e.f.Verify(context.Background(), c.fr)
			if c.reason == "" {
				if !got.IsValid {
					t.Fatalf("invalid: %+v", got)
				}
				return
			}
			if got.IsValid || got.InvalidReason != c.reason {
				t.Fatalf("got %+v, want reason %s", got, c.reason)
			}
		})
	}
}

func TestSettleOnceUnderConcurrencyAndReplay(t *testing.T) {
	e := setup(t, -1)
	usdc := e.d.Tokens.USDC.Address
	from := crypto.PubkeyToAddress(e.payer.PublicKey)
	payerBefore, payToBefore := e.Balance(usdc, from), e.Balance(usdc, e.payTo)
	fr := e.request(e.payer, e.requirements(e.d.Tokens.USDC, 1234), payer.Options{}, nil)
	const n = 16
	results := make([]x402.SettleResponse, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = e.f.Settle(context.Background(), fr)
		}()
	}
	wg.Wait()
	for i, r := range results {
		if !r.Success || r.Transaction == "" || r.Transaction != results[0].Transaction || r.Network != e.network || !strings.EqualFold(r.Payer, from.Hex()) {
			t.Fatalf("settle %d: %+v (first %+v)", i, r, results[0])
		}
	}
	// A later replay of the same payload answers the same transaction.
	again := e.f.Settle(context.Background(), fr)
	if !again.Success || again.Transaction != results[0].Transaction {
		t.Fatalf("replay: %+v", again)
	}
	if got := new(big.Int).Sub(payerBefore, e.Balance(usdc, from)); got.Int64() != 1234 {
		t.Fatalf("payer paid %s, want 1234", got)
	}
	if got := new(big.Int).Sub(e.Balance(usdc, e.payTo), payToBefore); got.Int64() != 1234 {
		t.Fatalf("payee got %s, want 1234", got)
	}
	// Verify now says the nonce is used.
	if v := e.f.Verify(context.Background(), fr); v.IsValid || v.InvalidReason != x402.ReasonNonceUsed {
		t.Fatalf("verify after settle: %+v", v)
	}
	// A different payload reusing the nonce is refused, and moves nothing.
	var p x402.PaymentPayload
	_ = json.Unmarshal(fr.PaymentPayload, &p)
	nonce := common.HexToHash(p.Payload.Authorization.Nonce)
	other := e.request(e.payer, e.requirements(e.d.Tokens.USDC, 1234), payer.Options{Nonce: (*[32]byte)(&nonce), Now: time.Now().Add(time.Second)}, nil)
	if s := e.f.Settle(context.Background(), other); s.Success || s.ErrorReason != x402.ReasonNonceUsed {
		t.Fatalf("nonce reuse: %+v", s)
	}
	if got := new(big.Int).Sub(payerBefore, e.Balance(usdc, from)); got.Int64() != 1234 {
		t.Fatalf("payer paid %s after nonce reuse, want 1234", got)
	}
	// A restarted facilitator (no memory of the settlement) still answers
	// the replay with the original transaction.
	f2, err := facilitator.New(context.Background(), facilitator.Config{
		Networks: []facilitator.Network{{RPC: e.d.Node.HTTPEndpoint(), Assets: []facilitator.Asset{{Address: usdc, Name: "USD Coin", Version: "2"}}}},
		Key:      e.d.Services.Facilitator.Key,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer f2.Close()
	if s := f2.Settle(context.Background(), fr); !s.Success || s.Transaction != results[0].Transaction {
		t.Fatalf("replay after restart: %+v", s)
	}
}

func TestSettleManyInFlight(t *testing.T) {
	e := setup(t, 200*time.Millisecond)
	usdc := e.d.Tokens.USDC.Address
	payees := e.Balance(usdc, e.payTo)
	accs := e.d.Node.Accounts()
	const n = 40
	var wg sync.WaitGroup
	errs := make(chan string, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := accs[i%len(accs)]
			if from.Address == e.payTo {
				from = accs[0]
			}
			fr := e.request(from.Key, e.requirements(e.d.Tokens.USDC, 10), payer.Options{}, nil)
			if s := e.f.Settle(context.Background(), fr); !s.Success {
				errs <- s.ErrorReason + ": " + s.ErrorMessage
			}
		}()
	}
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Error(msg)
	}
	if got := new(big.Int).Sub(e.Balance(usdc, e.payTo), payees); got.Int64() != 10*n {
		t.Fatalf("payee got %s, want %d", got, 10*n)
	}
}

func TestCancelledAuthorization(t *testing.T) {
	e := setup(t, -1)
	usdc := e.d.Tokens.USDC
	fr := e.request(e.payer, e.requirements(usdc, 500), payer.Options{}, nil)
	var p x402.PaymentPayload
	_ = json.Unmarshal(fr.PaymentPayload, &p)
	from := crypto.PubkeyToAddress(e.payer.PublicKey)
	nonce := common.HexToHash(p.Payload.Authorization.Nonce)
	domain := eip3009.Domain{Name: usdc.Name, Version: usdc.Version, ChainID: 31337, VerifyingContract: usdc.Address}
	sig, err := eip3009.Sign(e.payer, domain.CancelDigest(from, nonce))
	if err != nil {
		t.Fatal(err)
	}
	before := e.Balance(usdc.Address, from)
	e.Send(e.payer, &usdc.Address, erc20.PackCancelAuthorization0(from, nonce, sig))
	if v := e.f.Verify(context.Background(), fr); v.IsValid || v.InvalidReason != x402.ReasonNonceUsed {
		t.Fatalf("verify of cancelled: %+v", v)
	}
	if s := e.f.Settle(context.Background(), fr); s.Success || s.ErrorReason != x402.ReasonNonceUsed {
		t.Fatalf("settle of cancelled: %+v", s)
	}
	if after := e.Balance(usdc.Address, from); after.Cmp(before) != 0 {
		t.Fatalf("balance moved: %s -> %s", before, after)
	}
}

// A contract wallet (ERC-1271) pays: its owner's key signs, the wallet
// accepts the signature.
func TestContractWalletPays(t *testing.T) {
	e := setup(t, -1)
	usdc := e.d.Tokens.USDC
	owner := e.payer
	art, err := contracts.Load("SmartWallet")
	if err != nil {
		t.Fatal(err)
	}
	code, _ := art.DeployData(crypto.PubkeyToAddress(owner.PublicKey))
	r := e.Send(owner, nil, code)
	walletAddr := r.ContractAddress
	e.Send(owner, &usdc.Address, erc20.PackTransfer(walletAddr, big.NewInt(5000)))
	req := e.requirements(usdc, 700)
	// The payment is from the wallet, signed by its owner.
	pl, err := payer.Sign(owner, &req, payer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	auth := eip3009.Authorization{From: walletAddr, To: e.payTo, Value: big.NewInt(700)}
	auth.ValidAfter, _ = new(big.Int).SetString(pl.Authorization.ValidAfter, 10)
	auth.ValidBefore, _ = new(big.Int).SetString(pl.Authorization.ValidBefore, 10)
	auth.Nonce = common.HexToHash(pl.Authorization.Nonce)
	domain := eip3009.Domain{Name: usdc.Name, Version: usdc.Version, ChainID: 31337, VerifyingContract: usdc.Address}
	sig, _ := eip3009.Sign(owner, domain.TransferDigest(&auth))
	fr := e.request(owner, req, payer.Options{}, func(p *x402.PaymentPayload) {
		p.Payload = *pl
		p.Payload.Authorization.From = walletAddr.Hex()
		p.Payload.Signature = "0x" + common.Bytes2Hex(sig)
	})
	if v := e.f.Verify(context.Background(), fr); !v.IsValid {
		t.Fatalf("verify: %+v", v)
	}
	if s := e.f.Settle(context.Background(), fr); !s.Success {
		t.Fatalf("settle: %+v", s)
	}
	if got := e.Balance(usdc.Address, walletAddr); got.Int64() != 4300 {
		t.Fatalf("wallet holds %s, want 4300", got)
	}
}

// With no blocks coming, Settle answers settlement_pending with the
// submitted transaction instead of failing.
func TestSettlementPending(t *testing.T) {
	e := setup(t, time.Hour)
	f, err := facilitator.New(context.Background(), facilitator.Config{
		Networks:       []facilitator.Network{{RPC: e.d.Node.HTTPEndpoint(), Assets: []facilitator.Asset{{Address: e.d.Tokens.USDC.Address, Name: "USD Coin", Version: "2"}}}},
		Key:            e.d.Services.Facilitator.Key,
		ReceiptTimeout: 300 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := f.Settle(context.Background(), e.request(e.payer, e.requirements(e.d.Tokens.USDC, 1), payer.Options{}, nil))
	if s.Success || s.ErrorReason != x402.ReasonSettlementPending || s.Transaction == "" {
		t.Fatalf("got %+v", s)
	}
}

func TestHTTPMalformed(t *testing.T) {
	e := setup(t, -1)
	url := e.d.FacilitatorURL
	post := func(path string, body []byte) (int, map[string]any) {
		resp, err := http.Post(url+path, "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&m)
		return resp.StatusCode, m
	}
	for _, c := range []struct {
		path   string
		body   []byte
		status int
		field  string
		reason string
	}{
		{"/verify", []byte("{not json"), 400, "invalidReason", x402.ReasonInvalidPayload},
		{"/settle", []byte("[]"), 400, "errorReason", x402.ReasonInvalidPayload},
		{"/verify", []byte(`{"x402Version":2}`), 200, "invalidReason", x402.ReasonInvalidPayload},
		{"/verify", []byte(`{"x402Version":2,"paymentPayload":{"x402Version":2,"accepted":{}},"paymentRequirements":{"scheme":"exact"}}`), 200, "invalidReason", x402.ReasonInvalidPayload},
		{"/verify", bytes.Repeat([]byte(" "), facilitator.MaxRequestBody+10), 413, "invalidReason", x402.ReasonInvalidPayload},
	} {
		status, m := post(c.path, c.body)
		if status != c.status || m[c.field] != c.reason {
			t.Errorf("%s %.30q: HTTP %d %v, want %d %s", c.path, c.body, status, m, c.status, c.reason)
		}
	}
	resp, err := http.Get(url + "/supported")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var sup x402.SupportedResponse
	if err := json.NewDecoder(resp.Body).Decode(&sup); err != nil || len(sup.Kinds) == 0 || sup.Kinds[0].Network != "eip155:31337" {
		t.Fatalf("supported: %+v %v", sup, err)
	}
}

// With a BatchSettler, concurrent settlements share transactions; each
// still moves its funds exactly once, a replay answers its batch's
// transaction, and a transfer that fails inside a batch (its nonce was
// cancelled after verification) fails alone.
func TestBatchedSettlement(t *testing.T) {
	x := x402test.StartWith(t, devnet.Config{
		Node:            node.Config{Ephemeral: true, HTTPAddr: "127.0.0.1:0", BlockTime: 200 * time.Millisecond},
		FacilitatorAddr: "127.0.0.1:0", Batch: true,
	})
	e := &env{Env: x, t: t, d: x.D, f: x.D.Facilitator, network: x402.CAIP2(31337), payer: x.D.Node.Accounts()[1].Key, payTo: common.HexToAddress("0xba7c4")}
	usdc := e.d.Tokens.USDC.Address
	accs := e.d.Node.Accounts()
	const n = 60
	frs := make([]*x402.FacilitatorRequest, n)
	for i := range frs {
		var edit func(*x402.PaymentPayload)
		if i%2 == 1 {
			// v as 0/1 rather than 27/28: accepted, and must settle in a batch too.
			edit = func(p *x402.PaymentPayload) {
				sig := common.FromHex(p.Payload.Signature)
				sig[64] -= 27
				p.Payload.Signature = hexutil.Encode(sig)
			}
		}
		frs[i] = e.request(accs[i%len(accs)].Key, e.requirements(e.d.Tokens.USDC, 7), payer.Options{}, edit)
	}
	results := make([]x402.SettleResponse, n)
	var wg sync.WaitGroup
	for i := range frs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = e.f.Settle(context.Background(), frs[i])
		}()
	}
	wg.Wait()
	txs := map[string]int{}
	for i, r := range results {
		if !r.Success {
			t.Fatalf("settle %d: %+v", i, r)
		}
		txs[r.Transaction]++
	}
	if len(txs) >= n {
		t.Fatalf("%d settlements in %d transactions: nothing was batched", n, len(txs))
	}
	if got := e.Balance(usdc, e.payTo); got.Int64() != 7*n {
		t.Fatalf("payee got %s, want %d", got, 7*n)
	}
	if again := e.f.Settle(context.Background(), frs[0]); !again.Success || again.Transaction != results[0].Transaction {
		t.Fatalf("replay: %+v, first %+v", again, results[0])
	}
	if got := e.Balance(usdc, e.payTo); got.Int64() != 7*n {
		t.Fatalf("payee got %s after replay, want %d", got, 7*n)
	}
	t.Logf("%d settlements in %d transactions", n, len(txs))

	// A payer holding 10 units signs two payments of 10: each passes its
	// checks alone; in one batch the second fails alone, moving nothing.
	poor, _ := crypto.GenerateKey()
	token := e.d.Tokens.USDC.Address
	e.Send(accs[0].Key, &token, erc20.PackTransfer(crypto.PubkeyToAddress(poor.PublicKey), big.NewInt(10)))
	before := e.Balance(usdc, e.payTo)
	two := []*x402.FacilitatorRequest{
		e.request(poor, e.requirements(e.d.Tokens.USDC, 10), payer.Options{}, nil),
		e.request(poor, e.requirements(e.d.Tokens.USDC, 10), payer.Options{}, nil),
	}
	out := make([]x402.SettleResponse, 2)
	for i := range two {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = e.f.Settle(context.Background(), two[i])
		}()
	}
	wg.Wait()
	if out[0].Success == out[1].Success {
		t.Fatalf("want exactly one success: %+v", out)
	}
	failed := out[0]
	if out[0].Success {
		failed = out[1]
	}
	if failed.ErrorReason != x402.ReasonTransactionFailed && failed.ErrorReason != x402.ReasonInsufficientFunds {
		t.Fatalf("failed settlement: %+v", failed)
	}
	if got := new(big.Int).Sub(e.Balance(usdc, e.payTo), before); got.Int64() != 10 {
		t.Fatalf("payee got %s, want 10", got)
	}
}
