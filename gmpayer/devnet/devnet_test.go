package devnet_test

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/metis-go/metis/contracts/bindings"
	"github.com/metis-go/metis/gmpayer/bang"
	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/node"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/agent"
)

func start(t *testing.T) (*devnet.Devnet, *ethclient.Client) {
	t.Helper()
	d, err := devnet.Start(devnet.Config{
		Node:            node.Config{Ephemeral: true, HTTPAddr: "127.0.0.1:0", BlockTime: -1},
		FacilitatorAddr: "127.0.0.1:0",
		BangAddr:        "127.0.0.1:0",
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.Close(); err != nil {
			t.Error(err)
		}
	})
	ec, err := ethclient.Dial(d.Node.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	return d, ec
}

var erc20 = bindings.NewEIP3009Token()

func balanceOf(t *testing.T, ec *ethclient.Client, token, who common.Address) *big.Int {
	t.Helper()
	raw, err := ec.CallContract(context.Background(), ethereum.CallMsg{To: &token, Data: erc20.PackBalanceOf(who)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := erc20.UnpackBalanceOf(raw)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// An agent pays for a BANG mint with USDC through the devnet's facilitator:
// it pays exactly the price once and receives the minted BANG.
func TestBangMintPaidWithUSDC(t *testing.T) {
	d, ec := start(t)
	buyer := d.Node.Accounts()[3]
	usdc, bangToken, treasury := d.Tokens.USDC.Address, d.Tokens.Bang.Address, d.Services.Treasury.Address
	before := balanceOf(t, ec, usdc, buyer.Address)
	if before.Sign() == 0 {
		t.Fatal("dev account holds no USDC at genesis")
	}
	ledger, _ := agent.OpenLedger("")
	tr := &agent.Transport{Key: buyer.Key, Ledger: ledger, Policy: agent.Policy{Allow: []agent.Limit{
		{Network: x402.CAIP2(31337), Asset: usdc, MaxPerRequest: big.NewInt(2_000_000)},
	}}}
	resp, err := tr.Client().Post(d.BangURL+"/bang/mint", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var res bang.MintResult
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("mint: HTTP %d, %+v, %v", resp.StatusCode, res, err)
	}
	if got := balanceOf(t, ec, bangToken, buyer.Address); got.Cmp(bang.DefaultPerMint) != 0 {
		t.Fatalf("BANG balance %s, want %s", got, bang.DefaultPerMint)
	}
	if got := new(big.Int).Sub(before, balanceOf(t, ec, usdc, buyer.Address)); got.Cmp(big.NewInt(1_000_000)) != 0 {
		t.Fatalf("paid %s USDC units, want 1000000", got)
	}
	if got := balanceOf(t, ec, usdc, treasury); got.Cmp(big.NewInt(1_000_000)) != 0 {
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
