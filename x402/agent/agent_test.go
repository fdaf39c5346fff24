package agent_test

import (
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/agent"
	"github.com/metis-go/metis/x402/facilitatorclient"
	"github.com/metis-go/metis/x402/middleware"
)

type shop struct {
	*x402test.Env
	url   string
	calls atomic.Int64
	payTo common.Address
}

// open starts a server whose GET /item costs 3000 USDC units or 5e15
// xMETIS units, preferring USDC.
func open(t *testing.T) *shop {
	x := x402test.Start(t, -1, false)
	s := &shop{Env: x, payTo: common.HexToAddress("0x5e11e7")}
	net := x402.CAIP2(31337)
	mw, err := middleware.New(middleware.Config{
		Facilitator: facilitatorclient.New(x.D.FacilitatorURL),
		Routes: map[string]middleware.Route{"GET /item": {Accepts: []x402.Requirements{
			devnet.Price(net, x.D.Tokens.USDC, big.NewInt(3000), s.payTo.Hex()),
			devnet.Price(net, x.D.Tokens.XMetis, big.NewInt(5e15), s.payTo.Hex()),
		}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(mw.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.calls.Add(1)
		io.WriteString(w, "item")
	})))
	t.Cleanup(ts.Close)
	s.url = ts.URL
	return s
}

func (s *shop) buyer(t *testing.T, ledger *agent.Ledger, limits ...agent.Limit) *agent.Transport {
	if ledger == nil {
		ledger, _ = agent.OpenLedger("")
	}
	return &agent.Transport{Key: s.D.Node.Accounts()[5].Key, Ledger: ledger, Policy: agent.Policy{Allow: limits}}
}

func (s *shop) usdc(lim agent.Limit) agent.Limit {
	lim.Network, lim.Asset = x402.CAIP2(31337), s.D.Tokens.USDC.Address
	return lim
}

func buy(t *testing.T, tr *agent.Transport, url string) error {
	t.Helper()
	resp, err := tr.Client().Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || string(body) != "item" {
		t.Fatalf("HTTP %d %q", resp.StatusCode, body)
	}
	return nil
}

func TestBudgets(t *testing.T) {
	s := open(t)
	path := filepath.Join(t.TempDir(), "ledger.jsonl")
	ledger, err := agent.OpenLedger(path)
	if err != nil {
		t.Fatal(err)
	}
	// Per request: 3000 is over a 2999 cap.
	if err := buy(t, s.buyer(t, nil, s.usdc(agent.Limit{MaxPerRequest: big.NewInt(2999)})), s.url+"/item"); !errors.Is(err, agent.ErrRefused) {
		t.Fatalf("over max per request: %v", err)
	}
	// A daily budget of 7000 allows two purchases of 3000, not a third.
	lim := s.usdc(agent.Limit{PerDay: big.NewInt(7000)})
	tr := s.buyer(t, ledger, lim)
	for range 2 {
		if err := buy(t, tr, s.url+"/item"); err != nil {
			t.Fatal(err)
		}
	}
	if err := buy(t, tr, s.url+"/item"); !errors.Is(err, agent.ErrRefused) {
		t.Fatalf("third purchase: %v", err)
	}
	// The budget survives a restart: a reopened ledger still counts 6000.
	if err := ledger.Close(); err != nil {
		t.Fatal(err)
	}
	ledger, err = agent.OpenLedger(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ledger.Close()
	if err := buy(t, s.buyer(t, ledger, lim), s.url+"/item"); !errors.Is(err, agent.ErrRefused) {
		t.Fatalf("after restart: %v", err)
	}
	// Per host and total budgets bound the same way.
	if err := buy(t, s.buyer(t, ledger, s.usdc(agent.Limit{Total: big.NewInt(8999)})), s.url+"/item"); !errors.Is(err, agent.ErrRefused) {
		t.Fatalf("total: %v", err)
	}
	if err := buy(t, s.buyer(t, ledger, s.usdc(agent.Limit{PerHostPerDay: big.NewInt(8999)})), s.url+"/item"); !errors.Is(err, agent.ErrRefused) {
		t.Fatalf("per host: %v", err)
	}
	paid := 0
	for _, e := range ledger.Entries() {
		if e.State == agent.Paid {
			paid++
		}
	}
	if paid != 2 || s.calls.Load() != 2 {
		t.Fatalf("%d paid entries, %d served", paid, s.calls.Load())
	}
	if got := s.Balance(s.D.Tokens.USDC.Address, s.payTo); got.Int64() != 6000 {
		t.Fatalf("payee got %s, want 6000", got)
	}
}

// The agent pays in what its policy allows, even if the server prefers
// another asset; with nothing allowed it refuses.
func TestAllowedAssets(t *testing.T) {
	s := open(t)
	xm := agent.Limit{Network: x402.CAIP2(31337), Asset: s.D.Tokens.XMetis.Address}
	if err := buy(t, s.buyer(t, nil, xm), s.url+"/item"); err != nil {
		t.Fatal(err)
	}
	if got := s.Balance(s.D.Tokens.XMetis.Address, s.payTo); got.Cmp(big.NewInt(5e15)) != 0 {
		t.Fatalf("payee got %s xMETIS units", got)
	}
	other := agent.Limit{Network: "eip155:8453", Asset: s.D.Tokens.USDC.Address}
	if err := buy(t, s.buyer(t, nil, other), s.url+"/item"); !errors.Is(err, agent.ErrRefused) {
		t.Fatalf("disallowed network: %v", err)
	}
}

// lossy drops the response of the first paid request after the server
// handled it.
type lossy struct {
	dropped atomic.Bool
}

func (l *lossy) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(r)
	if err == nil && r.Header.Get(x402.HeaderPaymentSignature) != "" && l.dropped.CompareAndSwap(false, true) {
		resp.Body.Close()
		return nil, errors.New("connection reset (simulated)")
	}
	return resp, err
}

// A retry after a lost response resends the same payment: served once,
// charged once. So does a restarted agent whose request failed.
func TestRetryAfterLostResponseDoesNotPayTwice(t *testing.T) {
	s := open(t)
	usdc := s.D.Tokens.USDC.Address
	buyer := s.D.Node.Accounts()[5].Address
	before := s.Balance(usdc, buyer)
	tr := s.buyer(t, nil, s.usdc(agent.Limit{}))
	tr.Base = &lossy{}
	if err := buy(t, tr, s.url+"/item"); err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(before, s.Balance(usdc, buyer)); got.Int64() != 3000 || s.calls.Load() != 1 {
		t.Fatalf("charged %s, served %d times", got, s.calls.Load())
	}
	// The agent dies after sending (every retry fails); restarted with the
	// same ledger it resends the stored payment instead of signing anew.
	path := filepath.Join(t.TempDir(), "ledger.jsonl")
	ledger, _ := agent.OpenLedger(path)
	dead := s.buyer(t, ledger, s.usdc(agent.Limit{}))
	dead.Base = failAfterSend{}
	dead.Retries = 1
	if _, err := dead.Client().Get(s.url + "/item"); err == nil {
		t.Fatal("request through a dead transport succeeded")
	}
	ledger.Close()
	ledger, _ = agent.OpenLedger(path)
	defer ledger.Close()
	if err := buy(t, s.buyer(t, ledger, s.usdc(agent.Limit{})), s.url+"/item"); err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(before, s.Balance(usdc, buyer)); got.Int64() != 6000 || s.calls.Load() != 2 {
		t.Fatalf("charged %s, served %d times", got, s.calls.Load())
	}
	if e := ledger.Entries(); len(e) != 1 || e[0].State != agent.Paid {
		t.Fatalf("ledger: %+v", e)
	}
}

// failAfterSend delivers paid requests to the server but loses every answer.
type failAfterSend struct{}

func (failAfterSend) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(r)
	if err == nil && r.Header.Get(x402.HeaderPaymentSignature) != "" {
		resp.Body.Close()
		return nil, errors.New("lost")
	}
	return resp, err
}

func TestLedgerTornWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.jsonl")
	good := `{"op":"reserve","entry":{"id":"0x01","time":"2026-01-01T00:00:00Z","request":"GET x","host":"h","network":"eip155:1","asset":"0xa","amount":"5","header":"X","value":"v","validBefore":1,"state":"reserved"}}` + "\n"
	if err := os.WriteFile(path, []byte(good+`{"op":"pa`), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := agent.OpenLedger(path)
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	if raw, _ := os.ReadFile(path); string(raw) != good {
		t.Fatalf("torn record not dropped: %q", raw)
	}
	if err := os.WriteFile(path, []byte("garbage\n"+good), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := agent.OpenLedger(path); err == nil {
		t.Fatal("corrupt ledger opened")
	}
}
