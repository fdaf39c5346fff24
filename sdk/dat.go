package sdk

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/contracts/bindings"
	lazaibind "github.com/metis-go/metis/contracts/bindings/lazai"
)

var (
	datABI   = lazaibind.NewDAT()
	erc20ABI = bindings.NewEIP3009Token()
)

// NativeAsset is the asset address ERC-8028 uses for the chain's coin.
var NativeAsset = common.Address{}

// MetricInferenceCalls is the usage metric of one paid inference call:
// keccak256("inference_calls"), as in ERC-8028's example.
var MetricInferenceCalls = crypto.Keccak256Hash([]byte("inference_calls"))

// ClassSpec describes a new DAT class.
type ClassSpec struct {
	MetadataURI   string
	IntegrityHash common.Hash
	UnitDecimals  uint8
	PolicyURI     string
}

// Class is a DAT class as the contract reports it.
type Class struct {
	ID            *big.Int         `json:"id"`
	Admin         common.Address   `json:"admin"`
	MetadataURI   string           `json:"metadataURI"`
	IntegrityHash common.Hash      `json:"integrityHash"`
	UnitDecimals  uint8            `json:"unitDecimals"`
	PolicyURI     string           `json:"policyURI"`
	TotalShare    *big.Int         `json:"totalShare"`
	Assets        []common.Address `json:"assets"`
	// Settled is the revenue ever settled to the class, per asset.
	Settled map[common.Address]*big.Int `json:"settled"`
}

// Token is a DAT token as the contract reports it.
type Token struct {
	ID         *big.Int       `json:"id"`
	Class      *big.Int       `json:"class"`
	Owner      common.Address `json:"owner"`
	Value      *big.Int       `json:"value"`
	ShareRatio *big.Int       `json:"shareRatio"`
	ExpireAt   uint64         `json:"expireAt"`
	Expired    bool           `json:"expired"`
	// Pending is what the token can claim now, per asset the class was
	// paid in.
	Pending map[common.Address]*big.Int `json:"pending"`
}

// CreateClass creates a class administered by the signer and returns its id.
func (c *Client) CreateClass(ctx context.Context, spec ClassSpec) (*big.Int, error) {
	r, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackCreateClass(spec.MetadataURI, spec.IntegrityHash, spec.UnitDecimals, spec.PolicyURI))
	if err != nil {
		return nil, fmt.Errorf("create class: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := datABI.UnpackClassCreatedEvent(l); err == nil {
			return ev.ClassId, nil
		}
	}
	return nil, errors.New("create class: no ClassCreated event")
}

// SetMinter allows or disallows minter to mint in a class (class admin).
func (c *Client) SetMinter(ctx context.Context, class *big.Int, minter common.Address, allowed bool) error {
	if err := checkUints(class); err != nil {
		return err
	}
	_, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackSetMinter(class, minter, allowed))
	return wrap("set minter", err)
}

// Mint mints a token of a class (class admin or minter) and returns its id.
// expireAt 0 means no expiry.
func (c *Client) Mint(ctx context.Context, class *big.Int, to common.Address, value, shareRatio *big.Int, expireAt uint64) (*big.Int, error) {
	if err := checkUints(class, value, shareRatio); err != nil {
		return nil, err
	}
	r, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackMint(class, to, value, shareRatio, expireAt))
	if err != nil {
		return nil, fmt.Errorf("mint: %w", err)
	}
	return mintedToken(r)
}

func mintedToken(r *types.Receipt) (*big.Int, error) {
	for _, l := range r.Logs {
		if ev, err := datABI.UnpackMintedEvent(l); err == nil {
			return ev.TokenId, nil
		}
	}
	return nil, errors.New("no Minted event")
}

// SetRevenueAsset makes a class accept (or stop accepting) an ERC-20 as
// revenue (class admin). The native coin is always accepted.
func (c *Client) SetRevenueAsset(ctx context.Context, class *big.Int, asset common.Address, accepted bool) error {
	if err := checkUints(class); err != nil {
		return err
	}
	_, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackSetRevenueAsset(class, asset, accepted))
	return wrap("set revenue asset", err)
}

// RecordUsage spends amount of a token's quota (owner or class operator).
func (c *Client) RecordUsage(ctx context.Context, token *big.Int, metric common.Hash, amount *big.Int) error {
	if err := checkUints(token, amount); err != nil {
		return err
	}
	_, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackRecordUsage(token, metric, amount))
	return wrap("record usage", err)
}

// TransferValue moves quota between two tokens of one class.
func (c *Client) TransferValue(ctx context.Context, from, to, value *big.Int) error {
	if err := checkUints(from, to, value); err != nil {
		return err
	}
	_, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackTransferValue(from, to, value))
	return wrap("transfer value", err)
}

// TransferToken gives a token to another owner.
func (c *Client) TransferToken(ctx context.Context, token *big.Int, to common.Address) error {
	if err := checkUints(token); err != nil {
		return err
	}
	_, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackTransferToken(token, to))
	return wrap("transfer token", err)
}

// ApproveForClass lets operator use the signer's tokens of a class (record
// usage, move value and tokens).
func (c *Client) ApproveForClass(ctx context.Context, class *big.Int, operator common.Address, approved bool) error {
	if err := checkUints(class); err != nil {
		return err
	}
	_, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackApproveForClass(class, operator, approved))
	return wrap("approve for class", err)
}

// SetShareRatio changes a token's revenue weight (class admin).
func (c *Client) SetShareRatio(ctx context.Context, token, shareRatio *big.Int) error {
	if err := checkUints(token, shareRatio); err != nil {
		return err
	}
	_, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackSetShareRatio(token, shareRatio))
	return wrap("set share ratio", err)
}

// SettleRevenueERC20 approves and settles amount of an ERC-20 to a class's
// holders.
func (c *Client) SettleRevenueERC20(ctx context.Context, class *big.Int, asset common.Address, amount *big.Int) error {
	if err := checkUints(class, amount); err != nil {
		return err
	}
	if _, err := c.Transact(ctx, asset, nil, erc20ABI.PackApprove(c.Addresses.DAT, amount)); err != nil {
		return fmt.Errorf("settle revenue: approve: %w", err)
	}
	_, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackSettleRevenueERC20(class, asset, amount))
	return wrap("settle revenue", err)
}

// SettleRevenueETH settles amount of the native coin to a class's holders.
func (c *Client) SettleRevenueETH(ctx context.Context, class, amount *big.Int) error {
	if err := checkUints(class, amount); err != nil {
		return err
	}
	_, err := c.Transact(ctx, c.Addresses.DAT, amount, datABI.PackSettleRevenueETH(class))
	return wrap("settle revenue", err)
}

// Claim pays a token's pending revenue in asset to `to` and returns the
// amount paid.
func (c *Client) Claim(ctx context.Context, token *big.Int, asset, to common.Address) (*big.Int, error) {
	if err := checkUints(token); err != nil {
		return nil, err
	}
	r, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackClaim(token, asset, to))
	if err != nil {
		return nil, fmt.Errorf("claim: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := datABI.UnpackClaimedEvent(l); err == nil && l.Address == c.Addresses.DAT {
			return ev.Amount, nil
		}
	}
	return nil, errors.New("claim: no Claimed event")
}

// ClaimAccrued pays what tokens the signer gave away had earned in asset.
func (c *Client) ClaimAccrued(ctx context.Context, asset, to common.Address) (*big.Int, error) {
	r, err := c.Transact(ctx, c.Addresses.DAT, nil, datABI.PackClaimAccrued(asset, to))
	if err != nil {
		return nil, fmt.Errorf("claim accrued: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := datABI.UnpackAccruedClaimedEvent(l); err == nil {
			return ev.Amount, nil
		}
	}
	return nil, errors.New("claim accrued: no AccruedClaimed event")
}

// PendingRevenue is what a token can claim now in asset.
func (c *Client) PendingRevenue(ctx context.Context, token *big.Int, asset common.Address) (*big.Int, error) {
	if err := checkUints(token); err != nil {
		return nil, err
	}
	out, err := c.call(ctx, c.Addresses.DAT, datABI.PackPendingRevenue(token, asset))
	if err != nil {
		return nil, fmt.Errorf("pending revenue: %w", err)
	}
	return datABI.UnpackPendingRevenue(out)
}

// ClassCount is how many classes exist (ids 1..count).
func (c *Client) ClassCount(ctx context.Context) (*big.Int, error) {
	out, err := c.call(ctx, c.Addresses.DAT, datABI.PackClassCount())
	if err != nil {
		return nil, fmt.Errorf("class count: %w", err)
	}
	return datABI.UnpackClassCount(out)
}

// Class reads a class.
func (c *Client) Class(ctx context.Context, id *big.Int) (*Class, error) {
	if err := checkUints(id); err != nil {
		return nil, err
	}
	cl := &Class{ID: id, Settled: map[common.Address]*big.Int{}}
	out, err := c.call(ctx, c.Addresses.DAT, datABI.PackGetClassMeta(id))
	if err != nil {
		return nil, fmt.Errorf("class %s: %w", id, err)
	}
	meta, err := datABI.UnpackGetClassMeta(out)
	if err != nil {
		return nil, fmt.Errorf("class %s: %w", id, err)
	}
	cl.MetadataURI, cl.IntegrityHash, cl.UnitDecimals, cl.PolicyURI = meta.MetadataURI, meta.IntegrityHash, meta.UnitDecimals, meta.PolicyURI
	if out, err = c.call(ctx, c.Addresses.DAT, datABI.PackClassAdminOf(id)); err == nil {
		cl.Admin, err = datABI.UnpackClassAdminOf(out)
	}
	if err == nil {
		if out, err = c.call(ctx, c.Addresses.DAT, datABI.PackTotalShareOf(id)); err == nil {
			cl.TotalShare, err = datABI.UnpackTotalShareOf(out)
		}
	}
	if err == nil {
		if out, err = c.call(ctx, c.Addresses.DAT, datABI.PackClassAssets(id)); err == nil {
			cl.Assets, err = datABI.UnpackClassAssets(out)
		}
	}
	for _, a := range cl.Assets {
		if err != nil {
			break
		}
		if out, err = c.call(ctx, c.Addresses.DAT, datABI.PackSettledTotal(id, a)); err == nil {
			cl.Settled[a], err = datABI.UnpackSettledTotal(out)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("class %s: %w", id, err)
	}
	return cl, nil
}

// Token reads a token, with its pending revenue in every asset its class
// was paid in.
func (c *Client) Token(ctx context.Context, id *big.Int) (*Token, error) {
	if err := checkUints(id); err != nil {
		return nil, err
	}
	t := &Token{ID: id, Pending: map[common.Address]*big.Int{}}
	var err error
	read := func(data []byte, unpack func([]byte) error) {
		if err != nil {
			return
		}
		var out []byte
		if out, err = c.call(ctx, c.Addresses.DAT, data); err == nil {
			err = unpack(out)
		}
	}
	read(datABI.PackClassOf(id), func(b []byte) (e error) { t.Class, e = datABI.UnpackClassOf(b); return })
	read(datABI.PackOwnerOf(id), func(b []byte) (e error) { t.Owner, e = datABI.UnpackOwnerOf(b); return })
	read(datABI.PackValueOf(id), func(b []byte) (e error) { t.Value, e = datABI.UnpackValueOf(b); return })
	read(datABI.PackShareRatioOf(id), func(b []byte) (e error) { t.ShareRatio, e = datABI.UnpackShareRatioOf(b); return })
	read(datABI.PackExpireAtOf(id), func(b []byte) (e error) { t.ExpireAt, e = datABI.UnpackExpireAtOf(b); return })
	read(datABI.PackIsExpired(id), func(b []byte) (e error) { t.Expired, e = datABI.UnpackIsExpired(b); return })
	var assets []common.Address
	if err == nil {
		read(datABI.PackClassAssets(t.Class), func(b []byte) (e error) { assets, e = datABI.UnpackClassAssets(b); return })
	}
	for _, a := range assets {
		read(datABI.PackPendingRevenue(id, a), func(b []byte) (e error) { t.Pending[a], e = datABI.UnpackPendingRevenue(b); return })
	}
	if err != nil {
		return nil, fmt.Errorf("token %s: %w", id, err)
	}
	return t, nil
}

// Tokens lists the tokens minted in a class (from its Minted events), in
// mint order, as they are now.
func (c *Client) Tokens(ctx context.Context, class *big.Int) ([]*Token, error) {
	if err := checkUints(class); err != nil {
		return nil, err
	}
	logs, err := c.EC.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{c.Addresses.DAT},
		Topics:    [][]common.Hash{{datABI.GetABI().Events["Minted"].ID}, nil, {common.BigToHash(class)}},
	})
	if err != nil {
		return nil, fmt.Errorf("tokens of class %s: %w", class, err)
	}
	var out []*Token
	for _, l := range logs {
		ev, err := datABI.UnpackMintedEvent(&l)
		if err != nil {
			return nil, fmt.Errorf("tokens of class %s: %w", class, err)
		}
		t, err := c.Token(ctx, ev.TokenId)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// UsageRecord is one UsageRecorded event.
type UsageRecord struct {
	Token  *big.Int       `json:"token"`
	Metric common.Hash    `json:"metric"`
	Amount *big.Int       `json:"amount"`
	Actor  common.Address `json:"actor"`
	Block  uint64         `json:"block"`
	Tx     common.Hash    `json:"tx"`
}

// Usage lists the usage recorded against a token.
func (c *Client) Usage(ctx context.Context, token *big.Int) ([]UsageRecord, error) {
	if err := checkUints(token); err != nil {
		return nil, err
	}
	logs, err := c.EC.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{c.Addresses.DAT},
		Topics:    [][]common.Hash{{datABI.GetABI().Events["UsageRecorded"].ID}, {common.BigToHash(token)}},
	})
	if err != nil {
		return nil, fmt.Errorf("usage of token %s: %w", token, err)
	}
	out := make([]UsageRecord, 0, len(logs))
	for _, l := range logs {
		ev, err := datABI.UnpackUsageRecordedEvent(&l)
		if err != nil {
			return nil, fmt.Errorf("usage of token %s: %w", token, err)
		}
		out = append(out, UsageRecord{Token: ev.TokenId, Metric: ev.MetricType, Amount: ev.Amount, Actor: ev.Actor, Block: l.BlockNumber, Tx: l.TxHash})
	}
	return out, nil
}

// IsApprovedForClass reports whether operator may act for owner's tokens of
// a class.
func (c *Client) IsApprovedForClass(ctx context.Context, owner common.Address, class *big.Int, operator common.Address) (bool, error) {
	if err := checkUints(class); err != nil {
		return false, err
	}
	out, err := c.call(ctx, c.Addresses.DAT, datABI.PackIsApprovedForClass(owner, class, operator))
	if err != nil {
		return false, fmt.Errorf("is approved: %w", err)
	}
	return datABI.UnpackIsApprovedForClass(out)
}

// ERC20Balance reads an ERC-20 balance.
func (c *Client) ERC20Balance(ctx context.Context, asset, who common.Address) (*big.Int, error) {
	out, err := c.call(ctx, asset, erc20ABI.PackBalanceOf(who))
	if err != nil {
		return nil, fmt.Errorf("balance: %w", err)
	}
	return erc20ABI.UnpackBalanceOf(out)
}

func wrap(what string, err error) error {
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}
