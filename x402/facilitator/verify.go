package facilitator

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/metis-go/metis/contracts/bindings"
	"github.com/metis-go/metis/internal/txsend"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/eip3009"
)

// validBeforeMargin is how far in the future an authorization must still be
// valid when verified: time for the settlement to land in a block.
const validBeforeMargin = 6

var (
	token     = bindings.NewEIP3009Token()
	wallet    = bindings.NewSmartWallet()
	erc1271OK = [4]byte{0x16, 0x26, 0xba, 0x7e}
	tokenABI  = token.GetABI()
)

// chain is one network the facilitator serves.
type chain struct {
	http    *http.Client
	id      uint64
	network string // CAIP-2
	v1Name  string
	rpc     *rpc.Client
	client  *ethclient.Client
	assets  map[common.Address]Asset
	sender  *txsend.Sender
	// batchers, by asset, when the chain has a BatchSettler.
	batchers map[common.Address]*batcher
}

func (c *chain) close() {
	c.rpc.Close()
	c.http.CloseIdleConnections()
}

// invalid is a verification failure: the reason string and a message.
type invalid struct {
	reason  string
	message string
}

func (e *invalid) Error() string { return e.reason + ": " + e.message }

func fail(reason, format string, args ...any) *invalid {
	return &invalid{reason: reason, message: fmt.Sprintf(format, args...)}
}

// check is a payment that passed the checks that need no chain access.
type check struct {
	payment *x402.Payment
	chain   *chain
	asset   Asset
	auth    eip3009.Authorization
	digest  common.Hash
	// eoaSigned is set when the signature recovers to the payer; otherwise
	// the payer must be an ERC-1271 contract wallet that accepts it.
	eoaSigned bool
}

// network names the chain in answers as the payment's version does: v1 by
// name, v2 by CAIP-2 id.
func (c *check) network() string {
	if c.payment.Version == 1 && c.chain.v1Name != "" {
		return c.chain.v1Name
	}
	return c.chain.network
}

// payer returns the payer's address for responses, once known.
func (c *check) payer() string {
	if c == nil || c.payment == nil {
		return ""
	}
	return c.payment.From.Hex()
}

// prepare decodes a facilitator request and runs every check that needs no
// chain access. It returns the check so far along with any failure, so the
// answer can name the payer.
func (f *Facilitator) prepare(req *x402.FacilitatorRequest) (*check, *invalid) {
	if req.X402Version != 1 && req.X402Version != 2 {
		return nil, fail(x402.ReasonInvalidVersion, "x402Version %d is not supported (want 1 or 2)", req.X402Version)
	}
	if len(req.PaymentRequirements) == 0 || len(req.PaymentPayload) == 0 {
		return nil, fail(x402.ReasonInvalidPayload, "paymentPayload and paymentRequirements are required")
	}
	reqs, err := x402.DecodeRequirements(req.X402Version, req.PaymentRequirements)
	if err != nil {
		return nil, fail(x402.ReasonInvalidRequirements, "%v", err)
	}
	if reqs.Scheme != x402.SchemeExact {
		return nil, fail(x402.ReasonUnsupportedScheme, "scheme %q is not supported (only exact)", reqs.Scheme)
	}
	if method := reqs.ExtraString("assetTransferMethod"); method != "" && method != "eip3009" {
		return nil, fail(x402.ReasonUnsupportedScheme, "asset transfer method %q is not supported (only eip3009)", method)
	}
	p, err := x402.DecodePaymentPayload(req.PaymentPayload)
	if err != nil {
		var ve *x402.VersionError
		if errors.As(err, &ve) {
			return nil, fail(x402.ReasonInvalidVersion, "%v", err)
		}
		return nil, fail(x402.ReasonInvalidPayload, "%v", err)
	}
	ck := &check{payment: p}
	if p.Version != req.X402Version {
		return ck, fail(x402.ReasonInvalidVersion, "payload is x402Version %d, request says %d", p.Version, req.X402Version)
	}
	if p.Scheme != reqs.Scheme {
		return ck, fail(x402.ReasonInvalidScheme, "payload scheme %q, requirements %q", p.Scheme, reqs.Scheme)
	}
	if !x402.SameNetwork(p.Network, reqs.Network) {
		return ck, fail(x402.ReasonInvalidNetwork, "payload network %q, requirements %q", p.Network, reqs.Network)
	}
	ck.chain = f.chainFor(reqs.Network)
	if ck.chain == nil {
		return ck, fail(x402.ReasonInvalidNetwork, "network %q is not served by this facilitator", reqs.Network)
	}
	asset, err := x402.ParseAddress(reqs.Asset)
	if err != nil {
		return ck, fail(x402.ReasonInvalidRequirements, "asset: %v", err)
	}
	var ok bool
	if ck.asset, ok = ck.chain.assets[asset]; !ok {
		return ck, fail(x402.ReasonInvalidRequirements, "asset %s is not accepted on %s", asset.Hex(), ck.chain.network)
	}
	payTo, err := x402.ParseAddress(reqs.PayTo)
	if err != nil {
		return ck, fail(x402.ReasonInvalidRequirements, "payTo: %v", err)
	}
	amount, err := x402.ParseUint256(reqs.Amount)
	if err != nil {
		return ck, fail(x402.ReasonInvalidRequirements, "amount: %v", err)
	}
	if a := p.Accepted; a != nil {
		if !sameAddress(a.Asset, reqs.Asset) || !sameAddress(a.PayTo, reqs.PayTo) || a.Amount != reqs.Amount {
			return ck, fail(x402.ReasonInvalidPayload, "accepted (asset %s, payTo %s, amount %s) differs from the requirements (asset %s, payTo %s, amount %s)",
				a.Asset, a.PayTo, a.Amount, reqs.Asset, reqs.PayTo, reqs.Amount)
		}
	}
	if p.To != payTo {
		return ck, fail(x402.ReasonRecipientMismatch, "authorization pays %s, requirements payTo %s", p.To.Hex(), payTo.Hex())
	}
	if p.Value.Cmp(amount) != 0 {
		reason := x402.ReasonValueMismatch
		if p.Version == 1 {
			reason = x402.ReasonValueMismatchV1
		}
		return ck, fail(reason, "authorization value %s, requirements amount %s", p.Value, amount)
	}
	now := f.cfg.Now().Unix()
	if p.ValidBefore.Cmp(big.NewInt(now+validBeforeMargin)) < 0 {
		return ck, fail(x402.ReasonValidBefore, "authorization expires at %s, now is %d", p.ValidBefore, now)
	}
	if p.ValidAfter.Cmp(big.NewInt(now)) > 0 {
		return ck, fail(x402.ReasonValidAfter, "authorization is valid only after %s, now is %d", p.ValidAfter, now)
	}
	ck.auth = eip3009.Authorization{From: p.From, To: p.To, Value: p.Value, ValidAfter: p.ValidAfter, ValidBefore: p.ValidBefore, Nonce: p.Nonce}
	domain := eip3009.Domain{Name: ck.asset.Name, Version: ck.asset.Version, ChainID: ck.chain.id, VerifyingContract: ck.asset.Address}
	ck.digest = domain.TransferDigest(&ck.auth)
	if len(p.Signature) == 65 {
		if signer, err := eip3009.Recover(ck.digest, p.Signature); err == nil && signer == p.From {
			ck.eoaSigned = true
		}
	}
	return ck, nil
}

// transferCall is the calldata of the settlement: the v,r,s overload for a
// 65-byte signature, the bytes overload otherwise (contract wallets).
func (ck *check) transferCall() []byte {
	a, sig := &ck.auth, ck.payment.Signature
	if len(sig) == 65 {
		var r, s [32]byte
		copy(r[:], sig[:32])
		copy(s[:], sig[32:64])
		v := sig[64]
		if v < 27 {
			v += 27
		}
		return token.PackTransferWithAuthorization0(a.From, a.To, a.Value, a.ValidAfter, a.ValidBefore, a.Nonce, v, r, s)
	}
	return token.PackTransferWithAuthorization(a.From, a.To, a.Value, a.ValidAfter, a.ValidBefore, a.Nonce, sig)
}

// onChain runs the checks that read the chain. The common case costs one
// JSON-RPC round trip with one call: a simulation of the transfer from the
// facilitator's account (eth_call, or eth_estimateGas when estimate is set,
// which also gives the gas), plus, for a signature that is not the payer's
// own, the payer's ERC-1271 answer. Only when the simulation fails are the
// payer's balance and the nonce's state read, to name the reason.
func (f *Facilitator) onChain(ctx context.Context, ck *check, estimate bool) (uint64, *invalid, error) {
	a := &ck.auth
	asset := ck.asset.Address
	call := func(to common.Address, data []byte) map[string]any {
		return map[string]any{"from": f.address, "to": to, "input": hexutil.Bytes(data)}
	}
	var sim, isValid hexutil.Bytes
	var gas hexutil.Uint64
	batch := []rpc.BatchElem{{Method: "eth_call", Args: []any{call(asset, ck.transferCall()), "latest"}, Result: &sim}}
	if estimate {
		batch[0] = rpc.BatchElem{Method: "eth_estimateGas", Args: []any{call(asset, ck.transferCall())}, Result: &gas}
	}
	if !ck.eoaSigned {
		batch = append(batch, rpc.BatchElem{Method: "eth_call", Args: []any{call(a.From, wallet.PackIsValidSignature(ck.digest, ck.payment.Signature)), "latest"}, Result: &isValid})
	}
	if err := ck.chain.rpc.BatchCallContext(ctx, batch); err != nil {
		return 0, nil, fmt.Errorf("facilitator: %s: %w", ck.chain.network, err)
	}
	if !ck.eoaSigned {
		if batch[1].Error != nil || len(isValid) < 4 || [4]byte(isValid[:4]) != erc1271OK {
			return 0, fail(x402.ReasonSignature, "signature is not %s's (neither its key's nor accepted by it under ERC-1271)", a.From.Hex()), nil
		}
	}
	if batch[0].Error == nil {
		return uint64(gas), nil, nil
	}
	bad, err := f.diagnose(ctx, ck, batch[0].Error)
	return 0, bad, err
}

// diagnose names why a simulated transfer failed: nonce used or canceled,
// insufficient balance, or the token's own revert.
func (f *Facilitator) diagnose(ctx context.Context, ck *check, simErr error) (*invalid, error) {
	a := &ck.auth
	asset := ck.asset.Address
	call := func(data []byte) map[string]any {
		return map[string]any{"from": f.address, "to": asset, "input": hexutil.Bytes(data)}
	}
	var balance, used hexutil.Bytes
	batch := []rpc.BatchElem{
		{Method: "eth_call", Args: []any{call(token.PackBalanceOf(a.From)), "latest"}, Result: &balance},
		{Method: "eth_call", Args: []any{call(token.PackAuthorizationState(a.From, a.Nonce)), "latest"}, Result: &used},
	}
	if err := ck.chain.rpc.BatchCallContext(ctx, batch); err != nil {
		return nil, fmt.Errorf("facilitator: %s: %w", ck.chain.network, err)
	}
	for _, e := range batch {
		if e.Error != nil {
			return nil, fmt.Errorf("facilitator: %s: %s: %w", ck.chain.network, e.Method, e.Error)
		}
	}
	if ok, err := token.UnpackAuthorizationState(used); err != nil {
		return nil, fmt.Errorf("facilitator: authorizationState of %s: %w", asset, err)
	} else if ok {
		return fail(x402.ReasonNonceUsed, "authorization nonce %x of %s is already used or canceled", a.Nonce, a.From.Hex()), nil
	}
	bal, err := token.UnpackBalanceOf(balance)
	if err != nil {
		return nil, fmt.Errorf("facilitator: balanceOf on %s: %w", asset, err)
	}
	if bal.Cmp(a.Value) < 0 {
		return fail(x402.ReasonInsufficientFunds, "%s holds %s, the payment is %s", a.From.Hex(), bal, a.Value), nil
	}
	reason := revertReason(simErr)
	switch reason {
	case "InvalidSignature":
		return fail(x402.ReasonSignature, "the token rejects the signature"), nil
	case "AuthorizationExpired":
		return fail(x402.ReasonValidBefore, "the token says the authorization has expired"), nil
	case "AuthorizationNotYetValid":
		return fail(x402.ReasonValidAfter, "the token says the authorization is not valid yet"), nil
	}
	return fail(x402.ReasonSimulationFailed, "transferWithAuthorization would revert: %s", reason), nil
}

// revertReason describes a reverted call: the custom error's name when it
// is one of the token's, else the node's message.
func revertReason(err error) string {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil && len(data) >= 4 {
				if e, err := tokenABI.ErrorByID([4]byte(data[:4])); err == nil {
					return e.Name
				}
				if reason, err := abi.UnpackRevert(data); err == nil {
					return reason
				}
			}
		}
	}
	return strings.TrimPrefix(err.Error(), "execution reverted: ")
}

// Verify checks a payment against its requirements. Invalid payments are
// answered with IsValid false and the reason; it never returns an error.
func (f *Facilitator) Verify(ctx context.Context, req *x402.FacilitatorRequest) x402.VerifyResponse {
	resp := f.verify(ctx, req)
	f.metrics.observeVerify(resp)
	return resp
}

func (f *Facilitator) verify(ctx context.Context, req *x402.FacilitatorRequest) x402.VerifyResponse {
	ck, bad := f.prepare(req)
	if bad != nil {
		return x402.VerifyResponse{InvalidReason: bad.reason, InvalidMessage: bad.message, Payer: ck.payer()}
	}
	_, bad, err := f.onChain(ctx, ck, false)
	if err != nil {
		f.cfg.Logger.Warn("verify: chain read failed", "network", ck.chain.network, "err", err)
		return x402.VerifyResponse{InvalidReason: x402.ReasonUnexpectedVerifyError, InvalidMessage: err.Error(), Payer: ck.payer()}
	}
	if bad != nil {
		return x402.VerifyResponse{InvalidReason: bad.reason, InvalidMessage: bad.message, Payer: ck.payer()}
	}
	return x402.VerifyResponse{IsValid: true, Payer: ck.payer()}
}

// payloadHash identifies the exact authorization a settlement carries, to
// tell a repeat of it from another payload that reuses its nonce.
func (ck *check) payloadHash() common.Hash {
	raw, _ := json.Marshal([]any{ck.auth.From, ck.auth.To, ck.auth.Value, ck.auth.ValidAfter, ck.auth.ValidBefore, ck.auth.Nonce, ck.payment.Signature, ck.asset.Address})
	return crypto.Keccak256Hash(raw)
}
