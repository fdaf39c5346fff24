package middleware_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/facilitatorclient"
	"github.com/metis-go/metis/x402/middleware"
	"github.com/metis-go/metis/x402/payer"
)

type server struct {
	*x402test.Env
	url   string
	calls atomic.Int64
	price x402.Requirements
}

// serve starts a resource server: GET /paid costs 2500 USDC units, GET
// /fail costs the same and answers 500, GET /free is free.
func serve(t *testing.T, facilitatorURL string) *server {
	x := x402test.Start(t, -1, false)
	if facilitatorURL == "" {
		facilitatorURL = x.D.FacilitatorURL
	}
	s := &server{Env: x}
	s.price = devnet.Price(x402.CAIP2(31337), x.D.Tokens.USDC, big.NewInt(2500), x.D.Node.Accounts()[9].Address.Hex())
	mw, err := middleware.New(middleware.Config{
		Facilitator: facilitatorclient.New(facilitatorURL),
		Routes: map[string]middleware.Route{
			"GET /paid": {Accepts: []x402.Requirements{s.price}, Description: "paid"},
			"GET /fail": {Accepts: []x402.Requirements{s.price}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /paid", func(w http.ResponseWriter, r *http.Request) {
		n := s.calls.Add(1)
		p, _ := middleware.PaidFrom(r.Context())
		io.WriteString(w, "content for "+p.Payer.Hex()+" #"+big.NewInt(n).String())
	})
	mux.HandleFunc("GET /fail", func(w http.ResponseWriter, r *http.Request) {
		s.calls.Add(1)
		http.Error(w, "broken", http.StatusInternalServerError)
	})
	mux.HandleFunc("GET /free", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "free") })
	ts := httptest.NewServer(mw.Wrap(mux))
	t.Cleanup(ts.Close)
	s.url = ts.URL
	return s
}

func get(t *testing.T, url string, header map[string]string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

func (s *server) payment(t *testing.T) string {
	pl, err := payer.PayloadV2(s.D.Node.Accounts()[4].Key, &s.price, nil, payer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h, _ := x402.EncodeHeader(pl)
	return h
}

func TestPaymentRequiredAndPaid(t *testing.T) {
	s := serve(t, "")
	if resp, body := get(t, s.url+"/free", nil); resp.StatusCode != 200 || body != "free" {
		t.Fatalf("free: %d %q", resp.StatusCode, body)
	}
	resp, _ := get(t, s.url+"/paid", nil)
	if resp.StatusCode != http.StatusPaymentRequired {
		t.Fatalf("status %d", resp.StatusCode)
	}
	var pr x402.PaymentRequired
	if err := x402.DecodeHeaderInto(resp.Header.Get(x402.HeaderPaymentRequired), &pr); err != nil {
		t.Fatal(err)
	}
	if pr.X402Version != 2 || len(pr.Accepts) != 1 || pr.Accepts[0].Amount != "2500" || pr.Resource == nil || !strings.HasSuffix(pr.Resource.URL, "/paid") {
		t.Fatalf("payment required: %+v", pr)
	}
	usdc := s.D.Tokens.USDC.Address
	buyer := s.D.Node.Accounts()[4].Address
	before := s.Balance(usdc, buyer)
	h := s.payment(t)
	resp, body := get(t, s.url+"/paid", map[string]string{x402.HeaderPaymentSignature: h})
	if resp.StatusCode != 200 || !strings.HasPrefix(body, "content for "+buyer.Hex()) {
		t.Fatalf("paid: %d %q", resp.StatusCode, body)
	}
	var sr x402.SettleResponse
	if err := x402.DecodeHeaderInto(resp.Header.Get(x402.HeaderPaymentResponse), &sr); err != nil || !sr.Success || sr.Transaction == "" {
		t.Fatalf("payment response %+v %v", sr, err)
	}
	// The same payload again (a retry after a lost response) gets the same
	// response and is not charged again.
	resp2, body2 := get(t, s.url+"/paid", map[string]string{x402.HeaderPaymentSignature: h})
	if resp2.StatusCode != 200 || body2 != body {
		t.Fatalf("replay: %d %q, want %q", resp2.StatusCode, body2, body)
	}
	if got := new(big.Int).Sub(before, s.Balance(usdc, buyer)); got.Int64() != 2500 || s.calls.Load() != 1 {
		t.Fatalf("charged %s, handler ran %d times", got, s.calls.Load())
	}
}

func TestConcurrentSamePayloadServedOnce(t *testing.T) {
	s := serve(t, "")
	usdc := s.D.Tokens.USDC.Address
	buyer := s.D.Node.Accounts()[4].Address
	before := s.Balance(usdc, buyer)
	h := s.payment(t)
	var wg sync.WaitGroup
	bodies := make([]string, 8)
	for i := range bodies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, body := get(t, s.url+"/paid", map[string]string{x402.HeaderPaymentSignature: h})
			if resp.StatusCode != 200 {
				t.Errorf("status %d: %s", resp.StatusCode, body)
			}
			bodies[i] = body
		}()
	}
	wg.Wait()
	for _, b := range bodies {
		if b != bodies[0] {
			t.Fatalf("different responses %q and %q", b, bodies[0])
		}
	}
	if got := new(big.Int).Sub(before, s.Balance(usdc, buyer)); got.Int64() != 2500 || s.calls.Load() != 1 {
		t.Fatalf("charged %s, handler ran %d times", got, s.calls.Load())
	}
}

func TestNotChargedForHandlerError(t *testing.T) {
	s := serve(t, "")
	usdc := s.D.Tokens.USDC.Address
	buyer := s.D.Node.Accounts()[4].Address
	before := s.Balance(usdc, buyer)
	resp, _ := get(t, s.url+"/fail", map[string]string{x402.HeaderPaymentSignature: s.payment(t)})
	if resp.StatusCode != 500 || resp.Header.Get(x402.HeaderPaymentResponse) != "" {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if after := s.Balance(usdc, buyer); after.Cmp(before) != 0 {
		t.Fatalf("charged for a failed request: %s -> %s", before, after)
	}
}

func TestMalformedPayments(t *testing.T) {
	s := serve(t, "")
	other, _ := crypto.GenerateKey()
	wrongKey, _ := payer.PayloadV2(other, &s.price, nil, payer.Options{})
	wrongKey.Payload.Authorization.From = s.D.Node.Accounts()[4].Address.Hex()
	forged, _ := x402.EncodeHeader(wrongKey)
	cheap := s.price
	cheap.Amount = "1"
	underpaid, _ := payer.PayloadV2(s.D.Node.Accounts()[4].Key, &cheap, nil, payer.Options{})
	under, _ := x402.EncodeHeader(underpaid)
	for _, c := range []struct {
		name, header, value string
		status              int
		want                string
	}{
		{"not base64", x402.HeaderPaymentSignature, "%%%not-base64", 400, "malformed payment"},
		{"not json", x402.HeaderPaymentSignature, "bm90IGpzb24=", 400, "malformed payment"},
		{"oversized", x402.HeaderPaymentSignature, strings.Repeat("A", x402.MaxHeaderSize+4), 400, "malformed payment"},
		{"v1 header with v2 payload", x402.HeaderXPayment, s.payment(t), 400, "malformed payment"},
		{"forged signature", x402.HeaderPaymentSignature, forged, 402, x402.ReasonSignature},
		{"underpaid", x402.HeaderPaymentSignature, under, 402, "matches none"},
	} {
		resp, body := get(t, s.url+"/paid", map[string]string{c.header: c.value})
		errText := body
		if h := resp.Header.Get(x402.HeaderPaymentRequired); h != "" {
			var pr x402.PaymentRequired
			_ = x402.DecodeHeaderInto(h, &pr)
			errText += " " + pr.Error
		}
		if resp.StatusCode != c.status || !strings.Contains(errText, c.want) {
			t.Errorf("%s: HTTP %d %q, want %d containing %q", c.name, resp.StatusCode, errText, c.status, c.want)
		}
	}
	if s.calls.Load() != 0 {
		t.Fatalf("handler ran %d times for bad payments", s.calls.Load())
	}
}

// With the facilitator unreachable the resource is never served.
func TestNeverFailsOpen(t *testing.T) {
	s := serve(t, "http://127.0.0.1:1")
	resp, body := get(t, s.url+"/paid", map[string]string{x402.HeaderPaymentSignature: s.payment(t)})
	var m map[string]string
	_ = json.Unmarshal([]byte(body), &m)
	if resp.StatusCode != http.StatusBadGateway || !strings.Contains(m["error"], "facilitator") || s.calls.Load() != 0 {
		t.Fatalf("HTTP %d %q, handler ran %d times", resp.StatusCode, body, s.calls.Load())
	}
}

// forgetful settles through the real facilitator but loses the answer of
// the first settle, as a facilitator that timed out would.
type forgetful struct {
	*facilitatorclient.Client
	lost atomic.Bool
}

func (f *forgetful) Settle(ctx context.Context, version int, payload, requirements json.RawMessage) (x402.SettleResponse, error) {
	s, err := f.Client.Settle(ctx, version, payload, requirements)
	if err == nil && f.lost.CompareAndSwap(false, true) {
		return x402.SettleResponse{}, errors.New("facilitator timed out (simulated)")
	}
	return s, err
}

// When a settlement's outcome is unknown the client gets 502 and its retry
// with the same payment is served, charged once — not refused because the
// nonce is now used, and not charged again.
func TestUnknownSettlementRetriedWithSamePayment(t *testing.T) {
	x := x402test.Start(t, -1, false)
	usdc := x.D.Tokens.USDC
	payTo := common.HexToAddress("0x5e77e")
	price := devnet.Price(x402.CAIP2(31337), usdc, big.NewInt(4000), payTo.Hex())
	mw, err := middleware.New(middleware.Config{
		Facilitator: &forgetful{Client: facilitatorclient.New(x.D.FacilitatorURL)},
		Routes:      map[string]middleware.Route{"GET /paid": {Accepts: []x402.Requirements{price}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(mw.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })))
	defer ts.Close()
	pl, _ := payer.PayloadV2(x.D.Node.Accounts()[4].Key, &price, nil, payer.Options{})
	h, _ := x402.EncodeHeader(pl)
	resp, body := get(t, ts.URL+"/paid", map[string]string{x402.HeaderPaymentSignature: h})
	if resp.StatusCode != http.StatusBadGateway || !strings.Contains(body, "same payment") {
		t.Fatalf("first attempt: HTTP %d %s", resp.StatusCode, body)
	}
	resp, body = get(t, ts.URL+"/paid", map[string]string{x402.HeaderPaymentSignature: h})
	var sr x402.SettleResponse
	if resp.StatusCode != 200 || body != "ok" || x402.DecodeHeaderInto(resp.Header.Get(x402.HeaderPaymentResponse), &sr) != nil || !sr.Success {
		t.Fatalf("retry: HTTP %d %s %+v", resp.StatusCode, body, sr)
	}
	if got := x.Balance(usdc.Address, payTo); got.Int64() != 4000 {
		t.Fatalf("payee got %s, want 4000", got)
	}
	// Another payload reusing nothing is unaffected; a third copy replays.
	resp, body = get(t, ts.URL+"/paid", map[string]string{x402.HeaderPaymentSignature: h})
	if resp.StatusCode != 200 || body != "ok" {
		t.Fatalf("replay: HTTP %d %s", resp.StatusCode, body)
	}
	if got := x.Balance(usdc.Address, payTo); got.Int64() != 4000 {
		t.Fatalf("payee got %s after replay, want 4000", got)
	}
}
