// Package payer builds and signs x402 payments of the exact scheme on EVM
// chains: an EIP-3009 TransferWithAuthorization for the requirements the
// payer chose, in the payload format of x402 version 2 or 1.
package payer

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/eip3009"
)

// ValidAfterSkew backdates validAfter, so that a payment is valid at once
// even on a chain whose clock runs behind the payer's (the official
// clients use the same 10 minutes).
const ValidAfterSkew = 600 * time.Second

// MaxValidity bounds how long a payment stays valid.
const MaxValidity = time.Hour

// Options adjust a payment; the zero value is the normal case.
type Options struct {
	Now   time.Time // default time.Now()
	Nonce *[32]byte // default random
}

// Sign returns the authorization for the requirements, signed by key.
// The requirements must name the token's EIP-712 domain in extra.name and
// extra.version, as the exact scheme requires.
func Sign(key *ecdsa.PrivateKey, req *x402.Requirements, opts Options) (*x402.ExactEVMPayload, error) {
	if req.Scheme != x402.SchemeExact {
		return nil, fmt.Errorf("payer: scheme %q is not supported", req.Scheme)
	}
	chainID, err := x402.ChainID(req.Network)
	if err != nil {
		return nil, fmt.Errorf("payer: %w", err)
	}
	asset, err := x402.ParseAddress(req.Asset)
	if err != nil {
		return nil, fmt.Errorf("payer: asset: %w", err)
	}
	payTo, err := x402.ParseAddress(req.PayTo)
	if err != nil {
		return nil, fmt.Errorf("payer: payTo: %w", err)
	}
	amount, err := x402.ParseUint256(req.Amount)
	if err != nil {
		return nil, fmt.Errorf("payer: amount: %w", err)
	}
	name, version := req.ExtraString("name"), req.ExtraString("version")
	if name == "" || version == "" {
		return nil, errors.New("payer: requirements lack extra.name and extra.version (the token's EIP-712 domain)")
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	timeout := req.MaxTimeoutSeconds
	if timeout <= 0 {
		timeout = 60
	}
	// A signed authorization can be submitted by whoever holds it until it
	// expires: never sign one for longer than MaxValidity, whatever the
	// server asks.
	timeout = min(timeout, int64(MaxValidity/time.Second))
	var nonce [32]byte
	if opts.Nonce != nil {
		nonce = *opts.Nonce
	} else if nonce, err = eip3009.RandomNonce(); err != nil {
		return nil, err
	}
	auth := &eip3009.Authorization{
		From:        crypto.PubkeyToAddress(key.PublicKey),
		To:          payTo,
		Value:       amount,
		ValidAfter:  big.NewInt(max(0, now.Add(-ValidAfterSkew).Unix())),
		ValidBefore: big.NewInt(now.Unix() + timeout),
		Nonce:       nonce,
	}
	domain := eip3009.Domain{Name: name, Version: version, ChainID: chainID, VerifyingContract: asset}
	sig, err := eip3009.Sign(key, domain.TransferDigest(auth))
	if err != nil {
		return nil, err
	}
	return &x402.ExactEVMPayload{
		Signature: hexutil.Encode(sig),
		Authorization: x402.Authorization{
			From: auth.From.Hex(), To: auth.To.Hex(), Value: auth.Value.String(),
			ValidAfter: auth.ValidAfter.String(), ValidBefore: auth.ValidBefore.String(), Nonce: hexutil.Encode(nonce[:]),
		},
	}, nil
}

// PayloadV2 returns a version 2 payment payload for the chosen requirements.
func PayloadV2(key *ecdsa.PrivateKey, req *x402.Requirements, resource *x402.ResourceInfo, opts Options) (*x402.PaymentPayload, error) {
	pl, err := Sign(key, req, opts)
	if err != nil {
		return nil, err
	}
	return &x402.PaymentPayload{X402Version: 2, Resource: resource, Accepted: *req, Payload: *pl}, nil
}

// PayloadV1 returns a version 1 payment payload for the chosen requirements.
func PayloadV1(key *ecdsa.PrivateKey, req *x402.RequirementsV1, opts Options) (*x402.PaymentPayloadV1, error) {
	v2 := x402.FromV1(*req)
	pl, err := Sign(key, &v2, opts)
	if err != nil {
		return nil, err
	}
	return &x402.PaymentPayloadV1{X402Version: 1, Scheme: req.Scheme, Network: req.Network, Payload: *pl}, nil
}
