package sdk

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/metis-go/metis/contracts"
	lazaibind "github.com/metis-go/metis/contracts/bindings/lazai"
)

var splitterABI = lazaibind.NewDATRevenueSplitter()

// Split is how a paid endpoint's revenue is divided, in basis points; the
// DAT class's holders get what the three parts leave (10000 minus their
// sum), so nothing is lost to rounding.
type Split struct {
	Class       *big.Int
	Provider    common.Address // runs the compute
	Treasury    common.Address // the iDAO treasury
	Protocol    common.Address
	ProviderBps uint16
	TreasuryBps uint16
	ProtocolBps uint16
}

// HoldersBps is the holders' share of a split.
func (s Split) HoldersBps() int {
	return 10_000 - int(s.ProviderBps) - int(s.TreasuryBps) - int(s.ProtocolBps)
}

// Parts divides amount the way the splitter contract does: each named part
// is floor(amount * bps / 10000), the holders get the rest.
func (s Split) Parts(amount *big.Int) (provider, treasury, protocol, holders *big.Int) {
	part := func(bps uint16) *big.Int {
		p := new(big.Int).Mul(amount, big.NewInt(int64(bps)))
		return p.Quo(p, big.NewInt(10_000))
	}
	provider, treasury, protocol = part(s.ProviderBps), part(s.TreasuryBps), part(s.ProtocolBps)
	holders = new(big.Int).Sub(amount, provider)
	holders.Sub(holders, treasury).Sub(holders, protocol)
	return
}

// DeploySplitter deploys a revenue splitter for a DAT class and returns its
// address: the payTo of the endpoint's x402 prices.
func (c *Client) DeploySplitter(ctx context.Context, s Split) (common.Address, error) {
	if s.HoldersBps() < 0 {
		return common.Address{}, errors.New("deploy splitter: the parts exceed 10000 bps")
	}
	a, err := contracts.Load("DATRevenueSplitter")
	if err != nil {
		return common.Address{}, err
	}
	code, err := a.DeployData(c.Addresses.DAT, s.Class, s.Provider, s.Treasury, s.Protocol, s.ProviderBps, s.TreasuryBps, s.ProtocolBps)
	if err != nil {
		return common.Address{}, err
	}
	r, err := c.Create(ctx, code)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy splitter: %w", err)
	}
	return r, nil
}

// Distribute splits what a splitter received in asset since its last
// distribution.
func (c *Client) Distribute(ctx context.Context, splitter, asset common.Address) error {
	_, err := c.Transact(ctx, splitter, nil, splitterABI.PackDistribute(asset))
	return wrap("distribute", err)
}

// Undistributed is what a splitter holds in asset that its next
// distribution will split: its balance less the holders' part it keeps
// while the class cannot take it and what payees are owed; never below 0.
func (c *Client) Undistributed(ctx context.Context, splitter, asset common.Address) (*big.Int, error) {
	bal, err := c.ERC20Balance(ctx, asset, splitter)
	if err != nil {
		return nil, err
	}
	out, err := c.call(ctx, splitter, splitterABI.PackHeldForHolders(asset))
	if err != nil {
		return nil, fmt.Errorf("held for holders: %w", err)
	}
	held, err := splitterABI.UnpackHeldForHolders(out)
	if err != nil {
		return nil, err
	}
	if out, err = c.call(ctx, splitter, splitterABI.PackUnpaidTotal(asset)); err != nil {
		return nil, fmt.Errorf("unpaid: %w", err)
	}
	unpaid, err := splitterABI.UnpackUnpaidTotal(out)
	if err != nil {
		return nil, err
	}
	bal.Sub(bal, held).Sub(bal, unpaid)
	if bal.Sign() < 0 {
		bal.SetInt64(0)
	}
	return bal, nil
}
