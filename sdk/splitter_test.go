package sdk_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/metis-go/metis/contracts/bindings"
	lazaibind "github.com/metis-go/metis/contracts/bindings/lazai"
	"github.com/metis-go/metis/sdk"
)

func TestSplitterDividesEveryWei(t *testing.T) {
	e := start(t)
	class := e.class(0)
	usdc := e.x.D.Tokens.USDC.Address
	split := sdk.Split{Class: class, Provider: e.addr(4), Treasury: e.addr(5), Protocol: e.addr(6), ProviderBps: 3333, TreasuryBps: 1000, ProtocolBps: 500}
	splitter, err := e.c[0].DeploySplitter(e.ctx, split)
	e.must(err)
	e.must(e.c[0].SetRevenueAsset(e.ctx, class, usdc, true))
	// No shares yet: the holders' part waits in the splitter.
	e.x.Send(e.x.D.Node.Accounts()[1].Key, &usdc, erc20Transfer(splitter, 1_000_003))
	before := map[int]*big.Int{}
	for _, i := range []int{4, 5, 6} {
		before[i] = e.x.Balance(usdc, e.addr(i))
	}
	e.must(e.c[9].Distribute(e.ctx, splitter, usdc))
	p, tr, pr, h := split.Parts(big.NewInt(1_000_003))
	eq(t, "provider", new(big.Int).Sub(e.x.Balance(usdc, e.addr(4)), before[4]), p.Int64())
	eq(t, "treasury", new(big.Int).Sub(e.x.Balance(usdc, e.addr(5)), before[5]), tr.Int64())
	eq(t, "protocol", new(big.Int).Sub(e.x.Balance(usdc, e.addr(6)), before[6]), pr.Int64())
	eq(t, "held for holders", e.x.Balance(usdc, splitter), h.Int64())
	und, err := e.ro.Undistributed(e.ctx, splitter, usdc)
	e.must(err)
	eq(t, "undistributed", und, 0)
	// Holders arrive; the next distribution settles the held part too.
	a := e.mint(0, class, 1, 0, 1, 0)
	b := e.mint(0, class, 2, 0, 3, 0)
	e.x.Send(e.x.D.Node.Accounts()[1].Key, &usdc, erc20Transfer(splitter, 2_000_000))
	e.must(e.c[9].Distribute(e.ctx, splitter, usdc))
	_, _, _, h2 := split.Parts(big.NewInt(2_000_000))
	holders := new(big.Int).Add(h, h2).Int64()
	eq(t, "splitter empty", e.x.Balance(usdc, splitter), 0)
	cl, err := e.ro.Class(e.ctx, class)
	e.must(err)
	eq(t, "settled to class", cl.Settled[usdc], holders)
	m := newRevenueModel(4)
	m.settle(holders)
	eq(t, "a", e.pending(a, usdc), m.earned(1))
	eq(t, "b", e.pending(b, usdc), m.earned(3))
	// Nothing new: distribute is a no-op.
	e.must(e.c[9].Distribute(e.ctx, splitter, usdc))
	cl, _ = e.ro.Class(e.ctx, class)
	eq(t, "settled unchanged", cl.Settled[usdc], holders)
	// A class that stops taking the asset: the holders' part waits, and
	// only the class admin may send it to the treasury instead.
	e.must(e.c[0].SetRevenueAsset(e.ctx, class, usdc, false))
	e.x.Send(e.x.D.Node.Accounts()[1].Key, &usdc, erc20Transfer(splitter, 1_000_000))
	e.must(e.c[9].Distribute(e.ctx, splitter, usdc))
	_, _, _, h3 := split.Parts(big.NewInt(1_000_000))
	eq(t, "held again", e.x.Balance(usdc, splitter), h3.Int64())
	_, err = e.c[9].Transact(e.ctx, splitter, nil, lazaibind.NewDATRevenueSplitter().PackRedirectHeld(usdc))
	e.wantRevert(err, "NotClassAdmin")
	treasury := e.x.Balance(usdc, e.addr(5))
	_, err = e.c[0].Transact(e.ctx, splitter, nil, lazaibind.NewDATRevenueSplitter().PackRedirectHeld(usdc))
	e.must(err)
	eq(t, "treasury got the held part", new(big.Int).Sub(e.x.Balance(usdc, e.addr(5)), treasury), h3.Int64())
	eq(t, "splitter empty", e.x.Balance(usdc, splitter), 0)
	// A split over 100% is refused before anything is sent.
	_, err = e.c[0].DeploySplitter(e.ctx, sdk.Split{Class: class, Provider: e.addr(4), Treasury: e.addr(5), Protocol: e.addr(6), ProviderBps: 9000, TreasuryBps: 1000, ProtocolBps: 1})
	if err == nil {
		t.Fatal("a split over 10000 bps deployed")
	}
}

func erc20Transfer(to common.Address, amount int64) []byte {
	return bindings.NewEIP3009Token().PackTransfer(to, big.NewInt(amount))
}
