package sdk_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	lazaibind "github.com/metis-go/metis/contracts/bindings/lazai"
	"github.com/metis-go/metis/sdk"
)

// openClass creates a class whose minter is the contribution registry.
func (e *env) openClass() *big.Int {
	e.t.Helper()
	class := e.class(0)
	e.must(e.c[0].SetMinter(e.ctx, class, e.ro.Addresses.Registry, true))
	return class
}

func (e *env) validators() []*ecdsa.PrivateKey {
	var keys []*ecdsa.PrivateKey
	for _, v := range e.x.D.Services.Validators {
		keys = append(keys, v.Key)
	}
	return keys
}

func (e *env) file(id *big.Int) *sdk.File {
	e.t.Helper()
	f, err := e.ro.File(e.ctx, id)
	e.must(err)
	return f
}

func (e *env) sign(key *ecdsa.PrivateKey, f *sdk.File, score uint64) sdk.Proof {
	e.t.Helper()
	p, err := sdk.SignProof(key, e.ro.ChainID, e.ro.Addresses.Registry, f, score)
	e.must(err)
	return p
}

func TestProofDigestMatchesContract(t *testing.T) {
	e := start(t)
	class := e.openClass()
	id, err := e.c[1].RegisterData(e.ctx, class, common.HexToHash("0xabc"), "https://example.com/a")
	e.must(err)
	out, err := e.ro.EC.CallContract(e.ctx, callMsg(e.ro.Addresses.Registry, registryPack().PackProofDigest(id, big.NewInt(1234))), nil)
	e.must(err)
	onchain, err := registryPack().UnpackProofDigest(out)
	e.must(err)
	if got := sdk.ProofDigest(e.ro.ChainID, e.ro.Addresses.Registry, e.file(id), 1234); got != common.Hash(onchain) {
		t.Fatalf("digest %s, contract says %s", got, common.Hash(onchain))
	}
}

func TestContributionQuorumMints(t *testing.T) {
	e := start(t)
	class := e.openClass()
	vals := e.validators()
	fee, err := e.ro.ValidationFee(e.ctx)
	e.must(err)
	hash := common.HexToHash("0x1111")
	id, err := e.c[1].RegisterData(e.ctx, class, hash, "https://example.com/1")
	e.must(err)
	f := e.file(id)
	if f.Status != sdk.FilePending || f.Contributor != e.addr(1) || f.Fee.Cmp(fee) != 0 || f.ContentHash != hash {
		t.Fatalf("file = %+v", f)
	}
	// Duplicates are refused, also from someone else.
	_, err = e.c[2].RegisterData(e.ctx, class, hash, "https://example.com/copy")
	e.wantRevert(err, "DuplicateContent")
	// A class whose admin did not open it to the registry.
	closed := e.class(0)
	_, err = e.c[1].RegisterData(e.ctx, closed, common.HexToHash("0x2222"), "x")
	e.wantRevert(err, "ClassNotOpen")
	// The wrong fee.
	_, err = e.c[1].Transact(e.ctx, e.ro.Addresses.Registry, big.NewInt(1), registryPack().PackRegisterData(class, common.HexToHash("0x3333"), "x"))
	e.wantRevert(err, "WrongFee")

	// One proof is below the threshold of 2: recorded, nothing minted.
	token, err := e.c[1].SubmitProofs(e.ctx, id, []sdk.Proof{e.sign(vals[0], f, 4000)})
	e.must(err)
	if token != nil {
		t.Fatal("minted from one proof")
	}
	_, err = e.c[1].Finalize(e.ctx, id)
	e.wantRevert(err, "TooFewProofs")
	// The same validator again is skipped, not counted twice.
	_, err = e.c[1].SubmitProofs(e.ctx, id, []sdk.Proof{e.sign(vals[0], f, 9000)})
	e.must(err)
	_, err = e.c[1].Finalize(e.ctx, id)
	e.wantRevert(err, "TooFewProofs")
	// A stranger's signature, score 0, a proof for another file: refused.
	stranger, _ := crypto.GenerateKey()
	_, err = e.c[1].SubmitProofs(e.ctx, id, []sdk.Proof{e.sign(stranger, f, 9000)})
	e.wantRevert(err, "NotValidator")
	_, err = e.c[1].SubmitProofs(e.ctx, id, []sdk.Proof{e.sign(vals[1], f, 0)})
	e.wantRevert(err, "ScoreOutOfRange")
	other, err := e.c[2].RegisterData(e.ctx, class, common.HexToHash("0x4444"), "https://example.com/2")
	e.must(err)
	otherFile := e.file(other)
	_, err = e.c[1].SubmitProofs(e.ctx, id, []sdk.Proof{e.sign(vals[1], otherFile, 9000)})
	e.wantRevert(err, "NotValidator")

	// A quorum (2 of 3) opens the collection window: no mint yet, no refund.
	token, err = e.c[5].SubmitProofs(e.ctx, id, []sdk.Proof{e.sign(vals[1], f, 7000)})
	e.must(err)
	if token != nil {
		t.Fatal("minted before the collection window closed")
	}
	_, err = e.c[5].Finalize(e.ctx, id)
	e.wantRevert(err, "CollectWindowOpen")
	e.wantRevert(e.c[1].WithdrawFee(e.ctx, id), "QuorumReached")
	// The last validator answers: every proof counts, the share is the
	// median of 4000, 7000 and 5000.
	token, err = e.c[5].SubmitProofs(e.ctx, id, []sdk.Proof{e.sign(vals[2], f, 5000)})
	e.must(err)
	tk := e.token(token)
	if tk.Owner != e.addr(1) || tk.ShareRatio.Int64() != 5000 || tk.Class.Cmp(class) != 0 {
		t.Fatalf("minted token = %+v", tk)
	}
	if f = e.file(id); f.Status != sdk.FileMinted || f.Token.Cmp(token) != 0 || f.Score.Int64() != 5000 {
		t.Fatalf("file after mint = %+v", f)
	}
	// It mints once.
	_, err = e.c[1].SubmitProofs(e.ctx, id, []sdk.Proof{e.sign(vals[0], f, 4000)})
	e.wantRevert(err, "NotPending")

	// The other file: two validators answer; once the window has passed
	// (the owner closes it here) anyone finalizes, and the third validator,
	// whose proof never landed, earns nothing from it.
	_, err = e.c[2].SubmitProofs(e.ctx, other, []sdk.Proof{e.sign(vals[0], otherFile, 9000), e.sign(vals[1], otherFile, 8000)})
	e.must(err)
	admin := e.ro.As(e.x.D.Services.Admin.Key)
	_, err = admin.Transact(e.ctx, e.ro.Addresses.Registry, nil, registryPack().PackSetValidationFee(fee, big.NewInt(86400), big.NewInt(0)))
	e.must(err)
	token2, err := e.c[7].Finalize(e.ctx, other)
	e.must(err)
	eq(t, "median of two (the lower)", e.token(token2).ShareRatio, 8000)
	third := fee.Int64() / 3
	half := fee.Int64() / 2
	addrs := []common.Address{crypto.PubkeyToAddress(vals[0].PublicKey), crypto.PubkeyToAddress(vals[1].PublicKey), crypto.PubkeyToAddress(vals[2].PublicKey)}
	wantEarn := []int64{third + half, third + half, fee.Int64() - 2*third} // the last recorded takes the remainder
	var total int64
	for i, a := range addrs {
		got, err := e.ro.ValidatorEarnings(e.ctx, a)
		e.must(err)
		eq(t, "validator earnings", got, wantEarn[i])
		total += got.Int64()
	}
	eq(t, "fees paid out", big.NewInt(total), 2*fee.Int64())
	// A validator claims its earnings.
	vc := e.ro.As(vals[2])
	before, err := e.x.EC.BalanceAt(e.ctx, e.addr(8), nil)
	e.must(err)
	e.must(vc.ClaimEarnings(e.ctx, e.addr(8)))
	after, err := e.x.EC.BalanceAt(e.ctx, e.addr(8), nil)
	e.must(err)
	earned, _ := e.ro.ValidatorEarnings(e.ctx, addrs[2])
	eq(t, "earnings after claim", earned, 0)
	eq(t, "claimed", new(big.Int).Sub(after, before), wantEarn[2])
}

func TestUnvalidatedFeeIsRefundedOnlyAfterDelay(t *testing.T) {
	e := start(t)
	class := e.openClass()
	id, err := e.c[1].RegisterData(e.ctx, class, common.HexToHash("0x5555"), "https://example.com/5")
	e.must(err)
	e.wantRevert(e.c[2].WithdrawFee(e.ctx, id), "NotContributor")
	e.wantRevert(e.c[1].WithdrawFee(e.ctx, id), "RefundTooEarly")
	// The owner shortens the delay; the contributor takes the fee back and
	// the content hash is free again.
	admin := e.ro.As(e.x.D.Services.Admin.Key)
	fee, _ := e.ro.ValidationFee(e.ctx)
	_, err = admin.Transact(e.ctx, e.ro.Addresses.Registry, nil, registryPack().PackSetValidationFee(fee, big.NewInt(0), big.NewInt(30)))
	e.must(err)
	_, err = e.c[1].Transact(e.ctx, e.ro.Addresses.Registry, nil, registryPack().PackSetValidationFee(fee, big.NewInt(0), big.NewInt(30)))
	e.wantRevert(err, "OwnableUnauthorizedAccount")
	e.must(e.c[1].WithdrawFee(e.ctx, id))
	if e.file(id).Status != sdk.FileWithdrawn {
		t.Fatal("file not withdrawn")
	}
	e.wantRevert(e.c[1].WithdrawFee(e.ctx, id), "NotPending")
	_, err = e.c[1].RegisterData(e.ctx, class, common.HexToHash("0x5555"), "https://example.com/5")
	e.must(err)
}

func registryPack() *lazaibind.ContributionRegistry { return lazaibind.NewContributionRegistry() }
