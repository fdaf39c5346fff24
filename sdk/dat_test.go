package sdk_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/metis-go/metis/contracts"
	lazaibind "github.com/metis-go/metis/contracts/bindings/lazai"
	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/sdk"
)

// env is a devnet with one SDK client per dev account.
type env struct {
	t   *testing.T
	x   *x402test.Env
	ctx context.Context
	c   []*sdk.Client // c[i] signs as dev account i
	ro  *sdk.Client   // no key
}

func start(t *testing.T) *env {
	t.Helper()
	x := x402test.Start(t, -1, false)
	ctx := t.Context()
	ro, err := sdk.New(ctx, x.EC, x.D.LazAI)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, x: x, ctx: ctx, ro: ro}
	for _, a := range x.D.Node.Accounts() {
		e.c = append(e.c, ro.As(a.Key))
	}
	return e
}

func (e *env) addr(i int) common.Address { return e.c[i].From() }

func (e *env) must(err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
}

// wantRevert checks err is the contract error name.
func (e *env) wantRevert(err error, name string) {
	e.t.Helper()
	var re *sdk.RevertError
	if !errors.As(err, &re) || re.Name != name {
		e.t.Fatalf("want revert %s, got %v", name, err)
	}
}

func (e *env) class(admin int) *big.Int {
	e.t.Helper()
	id, err := e.c[admin].CreateClass(e.ctx, sdk.ClassSpec{MetadataURI: "ipfs://class", IntegrityHash: common.HexToHash("0x01"), UnitDecimals: 0, PolicyURI: "ipfs://policy"})
	e.must(err)
	return id
}

func (e *env) mint(admin int, class *big.Int, to int, value, share int64, expireAt uint64) *big.Int {
	e.t.Helper()
	id, err := e.c[admin].Mint(e.ctx, class, e.addr(to), big.NewInt(value), big.NewInt(share), expireAt)
	e.must(err)
	return id
}

func (e *env) token(id *big.Int) *sdk.Token {
	e.t.Helper()
	tk, err := e.ro.Token(e.ctx, id)
	e.must(err)
	return tk
}

func (e *env) pending(id *big.Int, asset common.Address) *big.Int {
	e.t.Helper()
	p, err := e.ro.PendingRevenue(e.ctx, id, asset)
	e.must(err)
	return p
}

func eq(t *testing.T, what string, got *big.Int, want int64) {
	t.Helper()
	if got.Cmp(big.NewInt(want)) != 0 {
		t.Fatalf("%s = %s, want %d", what, got, want)
	}
}

func datPack() *lazaibind.DAT { return lazaibind.NewDAT() }

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func TestDevAddressesMatchGenesis(t *testing.T) {
	e := start(t)
	if e.x.D.LazAI != sdk.DevAddresses() {
		t.Fatalf("genesis placed the contracts at %+v, sdk.DevAddresses says %+v", e.x.D.LazAI, sdk.DevAddresses())
	}
}

func TestClassAdminAndMinting(t *testing.T) {
	e := start(t)
	class := e.class(0)
	cl, err := e.ro.Class(e.ctx, class)
	e.must(err)
	if cl.Admin != e.addr(0) || cl.MetadataURI != "ipfs://class" || cl.PolicyURI != "ipfs://policy" || cl.TotalShare.Sign() != 0 {
		t.Fatalf("class = %+v", cl)
	}
	// Only the admin updates metadata, policy and minters.
	_, err = e.c[1].Transact(e.ctx, e.ro.Addresses.DAT, nil, datPack().PackUpdateClassPolicy(class, "x"))
	e.wantRevert(err, "NotClassAdmin")
	_, err = e.c[0].Transact(e.ctx, e.ro.Addresses.DAT, nil, datPack().PackUpdateClassMetadata(class, "ipfs://v2", common.HexToHash("0x02")))
	e.must(err)
	if cl, _ = e.ro.Class(e.ctx, class); cl.MetadataURI != "ipfs://v2" || cl.IntegrityHash != common.HexToHash("0x02") {
		t.Fatalf("metadata not updated: %+v", cl)
	}
	// Unauthorized mint.
	_, err = e.c[1].Mint(e.ctx, class, e.addr(1), big.NewInt(1), big.NewInt(1), 0)
	e.wantRevert(err, "NotMinter")
	e.must(e.c[0].SetMinter(e.ctx, class, e.addr(1), true))
	id := e.mint(1, class, 2, 1000, 500, 0)
	tk := e.token(id)
	if tk.Owner != e.addr(2) || tk.Value.Int64() != 1000 || tk.ShareRatio.Int64() != 500 || tk.Class.Cmp(class) != 0 || tk.Expired {
		t.Fatalf("token = %+v", tk)
	}
	e.must(e.c[0].SetMinter(e.ctx, class, e.addr(1), false))
	_, err = e.c[1].Mint(e.ctx, class, e.addr(1), big.NewInt(1), big.NewInt(1), 0)
	e.wantRevert(err, "NotMinter")
	// Bad mints.
	_, err = e.c[0].Mint(e.ctx, class, common.Address{}, big.NewInt(1), big.NewInt(1), 0)
	e.wantRevert(err, "ZeroAddress")
	_, err = e.c[0].Mint(e.ctx, class, e.addr(1), big.NewInt(1), big.NewInt(1), uint64(time.Now().Add(-time.Hour).Unix()))
	e.wantRevert(err, "ExpiryInPast")
	_, err = e.c[0].Mint(e.ctx, big.NewInt(999), e.addr(1), big.NewInt(1), big.NewInt(1), 0)
	e.wantRevert(err, "UnknownClass")
	// shareRatio saturates at 2^32-1.
	big64, err := e.c[0].Mint(e.ctx, class, e.addr(3), big.NewInt(0), new(big.Int).Lsh(big.NewInt(1), 100), 0)
	e.must(err)
	eq(t, "saturated share", e.token(big64).ShareRatio, 1<<32-1)
	// ERC-1155 views.
	out, err := e.ro.EC.CallContract(e.ctx, callMsg(e.ro.Addresses.DAT, datPack().PackBalanceOf(e.addr(2), id)), nil)
	e.must(err)
	bal, _ := datPack().UnpackBalanceOf(out)
	eq(t, "balanceOf(owner)", bal, 1)
	out, _ = e.ro.EC.CallContract(e.ctx, callMsg(e.ro.Addresses.DAT, datPack().PackBalanceOf(e.addr(1), id)), nil)
	bal, _ = datPack().UnpackBalanceOf(out)
	eq(t, "balanceOf(other)", bal, 0)
	out, _ = e.ro.EC.CallContract(e.ctx, callMsg(e.ro.Addresses.DAT, datPack().PackUri(id)), nil)
	if u, _ := datPack().UnpackUri(out); u != "ipfs://v2" {
		t.Fatalf("uri = %q", u)
	}
	// Handing over the class.
	_, err = e.c[0].Transact(e.ctx, e.ro.Addresses.DAT, nil, datPack().PackTransferClassAdmin(class, e.addr(4)))
	e.must(err)
	_, err = e.c[0].Mint(e.ctx, class, e.addr(1), big.NewInt(1), big.NewInt(1), 0)
	e.wantRevert(err, "NotMinter")
	e.mint(4, class, 1, 1, 1, 0)
}

func TestUsageQuotaAndValueTransfers(t *testing.T) {
	e := start(t)
	class, other := e.class(0), e.class(0)
	a := e.mint(0, class, 1, 10, 0, 0)
	b := e.mint(0, class, 2, 0, 0, 0)
	x := e.mint(0, other, 1, 10, 0, 0)
	// The owner records usage; a stranger cannot until approved.
	e.must(e.c[1].RecordUsage(e.ctx, a, sdk.MetricInferenceCalls, big.NewInt(3)))
	eq(t, "value after usage", e.token(a).Value, 7)
	err := e.c[5].RecordUsage(e.ctx, a, sdk.MetricInferenceCalls, big.NewInt(1))
	e.wantRevert(err, "NotOwnerOrOperator")
	e.must(e.c[1].ApproveForClass(e.ctx, class, e.addr(5), true))
	e.must(e.c[5].RecordUsage(e.ctx, a, sdk.MetricInferenceCalls, big.NewInt(2)))
	// Approval is per class: not for the owner's token of another class.
	err = e.c[5].RecordUsage(e.ctx, x, sdk.MetricInferenceCalls, big.NewInt(1))
	e.wantRevert(err, "NotOwnerOrOperator")
	// Hard quota: underflow reverts and leaves the value.
	err = e.c[1].RecordUsage(e.ctx, a, sdk.MetricInferenceCalls, big.NewInt(6))
	e.wantRevert(err, "QuotaExceeded")
	err = e.c[1].RecordUsage(e.ctx, a, sdk.MetricInferenceCalls, big.NewInt(0))
	e.wantRevert(err, "ZeroAmount")
	eq(t, "value", e.token(a).Value, 5)
	usage, err := e.ro.Usage(e.ctx, a)
	e.must(err)
	if len(usage) != 2 || usage[0].Amount.Int64() != 3 || usage[1].Actor != e.addr(5) || usage[1].Metric != sdk.MetricInferenceCalls {
		t.Fatalf("usage = %+v", usage)
	}
	// Value moves within a class only, never beyond what is there.
	e.must(e.c[1].TransferValue(e.ctx, a, b, big.NewInt(4)))
	eq(t, "from", e.token(a).Value, 1)
	eq(t, "to", e.token(b).Value, 4)
	e.wantRevert(e.c[1].TransferValue(e.ctx, a, b, big.NewInt(2)), "QuotaExceeded")
	e.wantRevert(e.c[1].TransferValue(e.ctx, a, x, big.NewInt(1)), "ClassMismatch")
	e.wantRevert(e.c[1].TransferValue(e.ctx, a, a, big.NewInt(1)), "SameToken")
	e.wantRevert(e.c[1].TransferValue(e.ctx, a, b, big.NewInt(0)), "ZeroAmount")
	e.wantRevert(e.c[2].TransferValue(e.ctx, a, b, big.NewInt(1)), "NotOwnerOrOperator")
	// Revoking the approval.
	e.must(e.c[1].ApproveForClass(e.ctx, class, e.addr(5), false))
	e.wantRevert(e.c[5].RecordUsage(e.ctx, a, sdk.MetricInferenceCalls, big.NewInt(1)), "NotOwnerOrOperator")
}

func TestRevenueNeedsShares(t *testing.T) {
	e := start(t)
	class := e.class(0)
	e.wantRevert(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(100)), "NoShares")
	e.mint(0, class, 1, 5, 0, 0) // quota only, no weight
	e.wantRevert(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(100)), "NoShares")
	e.wantRevert(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(0)), "ZeroAmount")
}

// TestRevenueExactToTheWei settles amounts that do not divide evenly and
// checks every token's claim against the accumulator with carry, and that
// nothing beyond what was settled is paid.
func TestRevenueExactToTheWei(t *testing.T) {
	e := start(t)
	class := e.class(0)
	shares := []int64{1, 2, 4}
	ids := make([]*big.Int, len(shares))
	for i, s := range shares {
		ids[i] = e.mint(0, class, i+1, 0, s, 0)
	}
	usdc := e.x.D.Tokens.USDC.Address
	// A class takes only the ERC-20s its admin accepts.
	e.wantRevert(e.c[0].SettleRevenueERC20(e.ctx, class, usdc, big.NewInt(1)), "AssetNotAccepted")
	e.wantRevert(e.c[1].SetRevenueAsset(e.ctx, class, usdc, true), "NotClassAdmin")
	e.must(e.c[0].SetRevenueAsset(e.ctx, class, usdc, true))
	model := newRevenueModel(7)
	for _, amount := range []int64{100, 1_000_001, 3, 999_999_999} {
		e.must(e.c[0].SettleRevenueERC20(e.ctx, class, usdc, big.NewInt(amount)))
		model.settle(amount)
	}
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(10)))
	var claimed int64
	for i, id := range ids {
		want := model.earned(shares[i])
		eq(t, "pending", e.pending(id, usdc), want)
		before := e.x.Balance(usdc, e.addr(i+1))
		got, err := e.c[i+1].Claim(e.ctx, id, usdc, e.addr(i+1))
		e.must(err)
		eq(t, "claimed", got, want)
		eq(t, "balance gained", new(big.Int).Sub(e.x.Balance(usdc, e.addr(i+1)), before), want)
		eq(t, "pending after claim", e.pending(id, usdc), 0)
		claimed += want
	}
	total := model.total
	if claimed > total || total-claimed >= int64(len(ids)) {
		t.Fatalf("claimed %d of %d settled: more than one wei per token unpaid", claimed, total)
	}
	eq(t, "DAT's USDC balance", e.x.Balance(usdc, e.ro.Addresses.DAT), total-claimed)
	// Native revenue: 10 wei over shares 1,2,4.
	eq(t, "eth pending of share 4", e.pending(ids[2], sdk.NativeAsset), 10*4/7)
	// Only the owner claims.
	_, err := e.c[2].Claim(e.ctx, ids[0], usdc, e.addr(2))
	e.wantRevert(err, "NotOwner")
	cl, _ := e.ro.Class(e.ctx, class)
	eq(t, "settled total", cl.Settled[usdc], total)
}

// revenueModel is the ERC-8028 accumulator, kept independently in Go.
type revenueModel struct {
	totalShare, acc, carry *big.Int
	total                  int64
}

func newRevenueModel(totalShare int64) *revenueModel {
	return &revenueModel{totalShare: big.NewInt(totalShare), acc: new(big.Int), carry: new(big.Int)}
}

func (m *revenueModel) settle(amount int64) {
	scaled := new(big.Int).Mul(big.NewInt(amount), big.NewInt(1e18))
	scaled.Add(scaled, m.carry)
	q, r := new(big.Int).QuoRem(scaled, m.totalShare, new(big.Int))
	m.acc.Add(m.acc, q)
	m.carry = r
	m.total += amount
}

func (m *revenueModel) earned(share int64) int64 {
	v := new(big.Int).Mul(big.NewInt(share), m.acc)
	return v.Quo(v, big.NewInt(1e18)).Int64()
}

func TestTransferBetweenSettlements(t *testing.T) {
	e := start(t)
	class := e.class(0)
	a := e.mint(0, class, 1, 0, 1, 0)
	e.mint(0, class, 2, 0, 1, 0)
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(1000)))
	// Token a moves to account 3; the 500 it earned stays with account 1.
	e.must(e.c[1].TransferToken(e.ctx, a, e.addr(3)))
	if e.token(a).Owner != e.addr(3) {
		t.Fatal("owner not changed")
	}
	eq(t, "pending after transfer", e.pending(a, sdk.NativeAsset), 0)
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(600)))
	eq(t, "new owner's pending", e.pending(a, sdk.NativeAsset), 300)
	_, err := e.c[1].Claim(e.ctx, a, sdk.NativeAsset, e.addr(1))
	e.wantRevert(err, "NotOwner")
	got, err := e.c[3].Claim(e.ctx, a, sdk.NativeAsset, e.addr(3))
	e.must(err)
	eq(t, "new owner claimed", got, 300)
	got, err = e.c[1].ClaimAccrued(e.ctx, sdk.NativeAsset, e.addr(1))
	e.must(err)
	eq(t, "previous owner claimed", got, 500)
	got, err = e.c[1].ClaimAccrued(e.ctx, sdk.NativeAsset, e.addr(1))
	e.must(err)
	eq(t, "second accrued claim", got, 0)
	// An operator of the owner may move the token too.
	e.must(e.c[3].ApproveForClass(e.ctx, class, e.addr(6), true))
	e.must(e.c[6].TransferToken(e.ctx, a, e.addr(7)))
	e.wantRevert(e.c[3].TransferToken(e.ctx, a, e.addr(3)), "NotOwnerOrOperator")
}

func TestShareChangesKeepEarnings(t *testing.T) {
	e := start(t)
	class := e.class(0)
	a := e.mint(0, class, 1, 0, 1, 0)
	b := e.mint(0, class, 2, 0, 1, 0)
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(1000))) // 500 / 500
	e.must(e.c[0].SetShareRatio(e.ctx, a, big.NewInt(3)))
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(1000))) // 750 / 250
	eq(t, "a", e.pending(a, sdk.NativeAsset), 1250)
	eq(t, "b", e.pending(b, sdk.NativeAsset), 750)
	e.must(e.c[0].SetShareRatio(e.ctx, b, big.NewInt(0)))
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(1200))) // all to a
	eq(t, "a", e.pending(a, sdk.NativeAsset), 2450)
	eq(t, "b keeps what it earned", e.pending(b, sdk.NativeAsset), 750)
	e.wantRevert(e.c[1].SetShareRatio(e.ctx, a, big.NewInt(5)), "NotClassAdmin")
	cl, _ := e.ro.Class(e.ctx, class)
	eq(t, "total share", cl.TotalShare, 3)
}

func TestExpiryMidPeriod(t *testing.T) {
	e := start(t)
	class := e.class(0)
	head, err := e.x.EC.HeaderByNumber(e.ctx, nil)
	e.must(err)
	// Automined blocks are at least a second apart: these three land
	// before expireAt.
	expireAt := head.Time + 5
	short := e.mint(0, class, 1, 10, 1, expireAt)
	long := e.mint(0, class, 2, 10, 1, 0)
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(1000))) // 500 / 500
	eq(t, "expiring token before expiry", e.pending(short, sdk.NativeAsset), 500)
	for uint64(time.Now().Unix()) <= expireAt {
		time.Sleep(200 * time.Millisecond)
	}
	// The settlement after expiry observes it first: all to the live token.
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(1000)))
	eq(t, "expired token", e.pending(short, sdk.NativeAsset), 500)
	eq(t, "live token", e.pending(long, sdk.NativeAsset), 1500)
	if !e.token(short).Expired {
		t.Fatal("token not reported expired")
	}
	cl, _ := e.ro.Class(e.ctx, class)
	eq(t, "total share after expiry", cl.TotalShare, 1)
	// Usage and value moves fail; claiming what it earned still works.
	e.wantRevert(e.c[1].RecordUsage(e.ctx, short, sdk.MetricInferenceCalls, big.NewInt(1)), "TokenExpired")
	e.wantRevert(e.c[2].TransferValue(e.ctx, long, short, big.NewInt(1)), "TokenExpired")
	got, err := e.c[1].Claim(e.ctx, short, sdk.NativeAsset, e.addr(1))
	e.must(err)
	eq(t, "expired token claimed", got, 500)
}

func TestERC20AndNativeBalancesReconcile(t *testing.T) {
	e := start(t)
	class := e.class(0)
	id := e.mint(0, class, 1, 0, 3, 0)
	before, err := e.x.EC.BalanceAt(e.ctx, e.addr(9), nil)
	e.must(err)
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(3*params.GWei)))
	got, err := e.c[1].Claim(e.ctx, id, sdk.NativeAsset, e.addr(9))
	e.must(err)
	eq(t, "claimed", got, 3*params.GWei)
	after, err := e.x.EC.BalanceAt(e.ctx, e.addr(9), nil)
	e.must(err)
	eq(t, "recipient gained", new(big.Int).Sub(after, before), 3*params.GWei)
}

func TestProofRegistryAndExpiryPoke(t *testing.T) {
	e := start(t)
	class := e.class(0)
	id := e.mint(0, class, 1, 0, 1, 0)
	proofType := common.BytesToHash([]byte("TEE_REPORT"))
	// The owner and the class's minters may attach proofs; others may not.
	r, err := e.c[1].Transact(e.ctx, e.ro.Addresses.DAT, nil, datPack().PackAddProof(id, proofType, "ipfs://report", []byte{1, 2, 3}))
	e.must(err)
	ev, err := datPack().UnpackProofAddedEvent(r.Logs[0])
	e.must(err)
	if ev.TokenId.Cmp(id) != 0 || ev.Uri != "ipfs://report" || ev.ProofType != proofType {
		t.Fatalf("ProofAdded %+v", ev)
	}
	_, err = e.c[0].Transact(e.ctx, e.ro.Addresses.DAT, nil, datPack().PackAddProof(id, proofType, "ipfs://attest", nil))
	e.must(err)
	_, err = e.c[2].Transact(e.ctx, e.ro.Addresses.DAT, nil, datPack().PackAddProof(id, proofType, "x", nil))
	e.wantRevert(err, "NotOwnerOrOperator")
	out, _ := e.ro.EC.CallContract(e.ctx, callMsg(e.ro.Addresses.DAT, datPack().PackProofCount(id)), nil)
	n, _ := datPack().UnpackProofCount(out)
	eq(t, "proofs", n, 2)
	// Poking a token without expiry, an unknown token, claiming to nobody.
	_, err = e.c[3].Transact(e.ctx, e.ro.Addresses.DAT, nil, datPack().PackExpire(id))
	e.wantRevert(err, "NotExpired")
	_, err = e.ro.Token(e.ctx, big.NewInt(999))
	e.wantRevert(err, "UnknownToken")
	_, err = e.c[1].Claim(e.ctx, id, sdk.NativeAsset, common.Address{})
	e.wantRevert(err, "ZeroAddress")
	// Zero pending: a claim pays nothing and succeeds.
	got, err := e.c[1].Claim(e.ctx, id, sdk.NativeAsset, e.addr(1))
	e.must(err)
	eq(t, "empty claim", got, 0)
}

func TestRevenueAssetsPerClassAreBounded(t *testing.T) {
	e := start(t)
	class := e.class(0)
	e.mint(0, class, 1, 0, 1, 0)
	bench, err := contracts.Load("BenchToken")
	e.must(err)
	code, err := bench.DeployData(big.NewInt(1_000_000))
	e.must(err)
	for i := range 5 {
		asset, err := e.c[0].Create(e.ctx, code)
		e.must(err)
		err = e.c[0].SetRevenueAsset(e.ctx, class, asset, true)
		if i == 4 {
			e.wantRevert(err, "TooManyAssets")
			break
		}
		e.must(err)
		e.must(e.c[0].SettleRevenueERC20(e.ctx, class, asset, big.NewInt(10)))
		if i == 0 {
			// No longer accepted: new revenue is refused, what was paid stays claimable.
			e.must(e.c[0].SetRevenueAsset(e.ctx, class, asset, false))
			e.wantRevert(e.c[0].SettleRevenueERC20(e.ctx, class, asset, big.NewInt(10)), "AssetNotAccepted")
			eq(t, "pending in a dropped asset", e.pending(big.NewInt(1), asset), 10)
		}
	}
	// The native coin needs no acceptance and takes no ERC-20 slot.
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(10)))
	cl, err := e.ro.Class(e.ctx, class)
	e.must(err)
	if len(cl.Assets) != 5 {
		t.Fatalf("class has %d assets, want 4 ERC-20s and the native coin", len(cl.Assets))
	}
}

// TestLateTokensCannotOverClaim is the review's rounding case: tokens
// counted after revenue has accrued must not be able to claim, together,
// more than was settled.
func TestLateTokensCannotOverClaim(t *testing.T) {
	e := start(t)
	class := e.class(0)
	a := e.mint(0, class, 1, 0, 4, 0)
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(3))) // acc 0.75
	b := e.mint(0, class, 2, 0, 2, 0)
	c := e.mint(0, class, 3, 0, 1, 0)
	e.must(e.c[0].SettleRevenueETH(e.ctx, class, big.NewInt(2))) // acc += 2/7
	var total int64
	for i, id := range []*big.Int{b, c, a} {
		owner := []int{2, 3, 1}[i]
		got, err := e.c[owner].Claim(e.ctx, id, sdk.NativeAsset, e.addr(owner))
		e.must(err)
		total += got.Int64()
	}
	if total > 5 {
		t.Fatalf("claimed %d of 5 settled", total)
	}
	bal, err := e.x.EC.BalanceAt(e.ctx, e.ro.Addresses.DAT, nil)
	e.must(err)
	eq(t, "left in the contract", bal, 5-total)
}
