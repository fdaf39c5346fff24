package devnet_test

import (
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/metis-go/metis/gmpayer/bang"
	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/node"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/agent"
)

func mint(t *testing.T, x *x402test.Env, account int, url string) (int, string, *agent.Ledger) {
	t.Helper()
	ledger, _ := agent.OpenLedger("")
	tr := &agent.Transport{Key: x.D.Node.Accounts()[account].Key, Ledger: ledger, Policy: agent.Policy{Allow: []agent.Limit{
		{Network: x402.CAIP2(31337), Asset: x.D.Tokens.USDC.Address, MaxPerRequest: big.NewInt(2_000_000)},
	}}}
	resp, err := tr.Client().Post(url+"/bang/mint", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), ledger
}

// An agent pays for a BANG mint with USDC through the devnet's facilitator:
// it pays exactly the price once and receives the minted BANG.
func TestBangMintPaidWithUSDC(t *testing.T) {
	x := x402test.Start(t, -1, true)
	d := x.D
	buyer := d.Node.Accounts()[3]
	usdc, bangToken, treasury := d.Tokens.USDC.Address, d.Tokens.Bang.Address, d.Services.Treasury.Address
	before := x.Balance(usdc, buyer.Address)
	if before.Sign() == 0 {
		t.Fatal("dev account holds no USDC at genesis")
	}
	status, body, ledger := mint(t, x, 3, d.BangURL)
	var res bang.MintResult
	if err := json.Unmarshal([]byte(body), &res); err != nil || status != http.StatusOK {
		t.Fatalf("mint: HTTP %d, %s, %v", status, body, err)
	}
	if got := x.Balance(bangToken, buyer.Address); got.Cmp(bang.DefaultPerMint) != 0 {
		t.Fatalf("BANG balance %s, want %s", got, bang.DefaultPerMint)
	}
	if got := new(big.Int).Sub(before, x.Balance(usdc, buyer.Address)); got.Cmp(big.NewInt(1_000_000)) != 0 {
		t.Fatalf("paid %s USDC units, want 1000000", got)
	}
	if got := x.Balance(usdc, treasury); got.Cmp(big.NewInt(1_000_000)) != 0 {
		t.Fatalf("treasury got %s, want 1000000", got)
	}
	entries := ledger.Entries()
	if len(entries) != 1 || entries[0].State != agent.Paid || entries[0].Transaction != res.Payment {
		t.Fatalf("ledger %+v, mint %+v", entries, res)
	}
	var st bang.Status
	r2, err := http.Get(d.BangURL + "/bang")
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Body.Close()
	if err := json.NewDecoder(r2.Body).Decode(&st); err != nil || st.Minted != bang.DefaultPerMint.String() || st.Mints != 1 {
		t.Fatalf("status %+v, %v", st, err)
	}
}

// With room for two mints, three concurrent buyers: two mint and pay, the
// third is refused before paying, with a clear error.
func TestBangCap(t *testing.T) {
	x := x402test.StartWith(t, devnet.Config{
		Node:            node.Config{Ephemeral: true, HTTPAddr: "127.0.0.1:0", BlockTime: -1},
		FacilitatorAddr: "127.0.0.1:0", BangAddr: "127.0.0.1:0",
		BangCap: new(big.Int).Mul(bang.DefaultPerMint, big.NewInt(2)),
	})
	var wg sync.WaitGroup
	statuses := make([]int, 3)
	bodies := make([]string, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			statuses[i], bodies[i], _ = mint(t, x, 4+i, x.D.BangURL)
		}()
	}
	wg.Wait()
	ok, refused := 0, 0
	for i, s := range statuses {
		switch {
		case s == http.StatusOK:
			ok++
		case s == http.StatusConflict && strings.Contains(bodies[i], "BANG mint cap reached"):
			refused++
		default:
			t.Errorf("mint %d: HTTP %d %s", i, s, bodies[i])
		}
	}
	if ok != 2 || refused != 1 {
		t.Fatalf("%d minted, %d refused", ok, refused)
	}
	if got := x.Balance(x.D.Tokens.USDC.Address, x.D.Services.Treasury.Address); got.Int64() != 2_000_000 {
		t.Fatalf("treasury got %s, want 2000000", got)
	}
	status, body, _ := mint(t, x, 8, x.D.BangURL)
	if status != http.StatusConflict || !strings.Contains(body, "minting has ended") {
		t.Fatalf("after the cap: HTTP %d %s", status, body)
	}
}
