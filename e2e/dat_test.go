package e2e

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/lazai/demo"
	"github.com/metis-go/metis/sdk"
	"github.com/metis-go/metis/x402"
)

// The official x402 client (@x402/fetch) pays the LazAI sentiment
// endpoint; the payment lands in the DAT class's splitter and is divided
// between the provider, the treasury, the protocol and the holders.
func TestDATEndpointPaidByOfficialClient(t *testing.T) {
	requireX402Clients(t)
	x := x402test.Start(t, -1, false)
	ctx := t.Context()
	acc := x.D.Node.Accounts()
	usdc := x.D.Tokens.USDC
	price := big.NewInt(20_000)
	d, err := demo.Setup(ctx, demo.ForDevnet(x.D, []x402.Requirements{devnet.Price(x402.CAIP2(31337), usdc, price, "")}, 6000, 2000, 500))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.Close)
	d.Start()
	srv := httptest.NewServer(d.Handler())
	t.Cleanup(srv.Close)
	before := x.Balance(usdc.Address, acc[4].Address)
	res := runClient(t, "v2-pay.mjs", []string{"KEY=" + keyHex(x, 8), "NETWORK=eip155:31337", "ASSET=" + usdc.Address.Hex(), "METHOD=POST", `BODY={"text":"a wonderful, friendly hotel"}`}, srv.URL+"/v1/sentiment")
	if res.Status != 200 || !strings.Contains(res.Body, `"label":"positive"`) || res.PaymentResponse == nil || !res.PaymentResponse.Success {
		t.Fatalf("client result %+v", res)
	}
	if err := d.Service.DistributeNow(ctx); err != nil {
		t.Fatal(err)
	}
	provider, _, _, holders := d.Split.Parts(price)
	if got := new(big.Int).Sub(x.Balance(usdc.Address, acc[4].Address), before); got.Cmp(provider) != 0 {
		t.Fatalf("provider got %s, want %s", got, provider)
	}
	ro, _ := sdk.New(ctx, x.EC, x.D.LazAI)
	cl, err := ro.Class(ctx, d.Class)
	if err != nil || cl.Settled[usdc.Address].Cmp(holders) != 0 {
		t.Fatalf("class settled %v (%v), want %s", cl, err, holders)
	}
}

// ERC-1155 tools read DAT ownership: ethers with the standard ABI.
func TestDATReadsAsERC1155(t *testing.T) {
	requireClients(t)
	x := x402test.Start(t, -1, false)
	ctx := t.Context()
	acc := x.D.Node.Accounts()
	c, _ := sdk.New(ctx, x.EC, x.D.LazAI)
	admin := c.As(acc[0].Key)
	class, err := admin.CreateClass(ctx, sdk.ClassSpec{MetadataURI: "ipfs://bafy-dataset"})
	if err != nil {
		t.Fatal(err)
	}
	id, err := admin.Mint(ctx, class, acc[1].Address, big.NewInt(10), big.NewInt(1), 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.As(acc[1].Key).TransferToken(ctx, id, acc[2].Address); err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	cmd := exec.CommandContext(cctx, "node", "dat/erc1155.mjs")
	cmd.Env = append(os.Environ(), "RPC="+x.D.Node.HTTPEndpoint(), "DAT="+x.D.LazAI.DAT.Hex(), "OWNER="+acc[2].Address.Hex(), "OTHER="+acc[1].Address.Hex(), "TOKEN="+id.String())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node dat/erc1155.mjs: %v\n%s", err, out)
	}
	var res struct {
		Balances, Batch []string
		URI             string
		Transfers       []struct{ From, To, ID, Value string }
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%s: %v", out, err)
	}
	if strings.Join(res.Balances, ",") != "1,0" || strings.Join(res.Batch, ",") != "1,0" || res.URI != "ipfs://bafy-dataset" {
		t.Fatalf("ERC-1155 views: %+v", res)
	}
	if len(res.Transfers) != 2 || res.Transfers[0].To != acc[1].Address.Hex() || res.Transfers[1].From != acc[1].Address.Hex() || res.Transfers[1].To != acc[2].Address.Hex() || res.Transfers[1].Value != "1" {
		t.Fatalf("TransferSingle history: %+v", res.Transfers)
	}
}
