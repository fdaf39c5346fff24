// Package lazai places LazAI's contracts on a chain: the ERC-8028 Data
// Anchoring Token and the contribution registry whose validator quorum
// mints DATs. Its subpackages are the services around them: validators
// (validator), paid AI endpoints tied to a DAT class (paidai), and an
// example model (sentiment). The Go client is package sdk.
package lazai

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/metis-go/metis/chain/predeploy"
	"github.com/metis-go/metis/contracts"
)

// DevConfig configures the registry of a dev chain.
type DevConfig struct {
	Owner      common.Address   // may change validators and fees
	Validators []common.Address // the quorum's members
	Threshold  int              // proofs needed to mint; default 2 (or 1 with one validator)
	// Fee is the validation fee per registered file (wei); default 0.01.
	Fee *big.Int
	// RefundDelay is how long a file waits for a quorum before its
	// contributor may take the fee back; default one day.
	RefundDelay uint64
	// CollectWindow is how long after a quorum the other validators'
	// proofs are still awaited (a file all validators answered mints at
	// once); default 30 seconds.
	CollectWindow uint64
}

// DefaultFee is the dev validation fee: 0.01 of the chain's coin.
var DefaultFee = new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(100))

// Artifacts returns the creation code of the DAT and the registry, for
// deploying them right after the contracts before them: the registry is
// built to point at the DAT, which must land at datAddress.
func Artifacts(datAddress common.Address, dc DevConfig) ([]predeploy.Contract, error) {
	threshold := dc.Threshold
	if threshold == 0 {
		threshold = min(2, len(dc.Validators))
	}
	fee := dc.Fee
	if fee == nil {
		fee = DefaultFee
	}
	delay := dc.RefundDelay
	if delay == 0 {
		delay = 24 * 60 * 60
	}
	window := dc.CollectWindow
	if window == 0 {
		window = 30
	}
	validators := dc.Validators
	if validators == nil {
		validators = []common.Address{}
	}
	dat, err := contracts.Load("DataAnchoringToken")
	if err != nil {
		return nil, err
	}
	reg, err := contracts.Load("ContributionRegistry")
	if err != nil {
		return nil, err
	}
	regCode, err := reg.DeployData(datAddress, dc.Owner, validators, big.NewInt(int64(threshold)), fee, new(big.Int).SetUint64(delay), new(big.Int).SetUint64(window))
	if err != nil {
		return nil, err
	}
	return []predeploy.Contract{
		{Name: "DataAnchoringToken", InitCode: dat.Bytecode},
		{Name: "ContributionRegistry", InitCode: regCode},
	}, nil
}
