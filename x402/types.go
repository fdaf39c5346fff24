package x402

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// SchemeExact is the "exact" payment scheme: a fixed amount, on EVM chains
// an EIP-3009 transferWithAuthorization.
const SchemeExact = "exact"

// ResourceInfo describes the paid resource (v2).
type ResourceInfo struct {
	URL         string `json:"url"`
	Description string `json:"description,omitempty"`
	MimeType    string `json:"mimeType,omitempty"`
}

// Requirements is one way to pay for a resource (v2 PaymentRequirements).
// Amount is in the asset's atomic units, as a decimal string.
type Requirements struct {
	Scheme            string         `json:"scheme"`
	Network           string         `json:"network"`
	Amount            string         `json:"amount"`
	Asset             string         `json:"asset"`
	PayTo             string         `json:"payTo"`
	MaxTimeoutSeconds int64          `json:"maxTimeoutSeconds"`
	Extra             map[string]any `json:"extra,omitempty"`
}

// RequirementsV1 is v1's PaymentRequirements.
type RequirementsV1 struct {
	Scheme            string          `json:"scheme"`
	Network           string          `json:"network"`
	MaxAmountRequired string          `json:"maxAmountRequired"`
	Resource          string          `json:"resource"`
	Description       string          `json:"description"`
	MimeType          string          `json:"mimeType"`
	OutputSchema      json.RawMessage `json:"outputSchema,omitempty"`
	PayTo             string          `json:"payTo"`
	MaxTimeoutSeconds int64           `json:"maxTimeoutSeconds"`
	Asset             string          `json:"asset"`
	Extra             map[string]any  `json:"extra,omitempty"`
}

// PaymentRequired is the v2 402 answer, carried in the PAYMENT-REQUIRED header.
type PaymentRequired struct {
	X402Version int                        `json:"x402Version"`
	Error       string                     `json:"error,omitempty"`
	Resource    *ResourceInfo              `json:"resource,omitempty"`
	Accepts     []Requirements             `json:"accepts"`
	Extensions  map[string]json.RawMessage `json:"extensions,omitempty"`
}

// PaymentRequiredV1 is the v1 402 answer, carried in the response body.
type PaymentRequiredV1 struct {
	X402Version int              `json:"x402Version"`
	Error       string           `json:"error,omitempty"`
	Accepts     []RequirementsV1 `json:"accepts"`
}

// Authorization is the signed EIP-3009 message of the exact EVM scheme, as
// on the wire: numbers are decimal strings, the nonce 32 bytes of hex.
type Authorization struct {
	From        string `json:"from"`
	To          string `json:"to"`
	Value       string `json:"value"`
	ValidAfter  string `json:"validAfter"`
	ValidBefore string `json:"validBefore"`
	Nonce       string `json:"nonce"`
}

// ExactEVMPayload is the payload of the exact scheme on EVM (EIP-3009).
type ExactEVMPayload struct {
	Signature     string        `json:"signature"`
	Authorization Authorization `json:"authorization"`
}

// PaymentPayload is a v2 payment, carried in the PAYMENT-SIGNATURE header.
type PaymentPayload struct {
	X402Version int                        `json:"x402Version"`
	Resource    *ResourceInfo              `json:"resource,omitempty"`
	Accepted    Requirements               `json:"accepted"`
	Payload     ExactEVMPayload            `json:"payload"`
	Extensions  map[string]json.RawMessage `json:"extensions,omitempty"`
}

// PaymentPayloadV1 is a v1 payment, carried in the X-PAYMENT header.
type PaymentPayloadV1 struct {
	X402Version int             `json:"x402Version"`
	Scheme      string          `json:"scheme"`
	Network     string          `json:"network"`
	Payload     ExactEVMPayload `json:"payload"`
}

// FacilitatorRequest is the body of POST /verify and POST /settle. The
// payload and requirements stay raw until the version is known.
type FacilitatorRequest struct {
	X402Version         int             `json:"x402Version"`
	PaymentPayload      json.RawMessage `json:"paymentPayload"`
	PaymentRequirements json.RawMessage `json:"paymentRequirements"`
}

// VerifyResponse is the answer of POST /verify.
type VerifyResponse struct {
	IsValid        bool   `json:"isValid"`
	InvalidReason  string `json:"invalidReason,omitempty"`
	InvalidMessage string `json:"invalidMessage,omitempty"`
	Payer          string `json:"payer,omitempty"`
}

// SettleResponse is the answer of POST /settle, and the content of the
// PAYMENT-RESPONSE (v1: X-PAYMENT-RESPONSE) header.
type SettleResponse struct {
	Success      bool   `json:"success"`
	ErrorReason  string `json:"errorReason,omitempty"`
	ErrorMessage string `json:"errorMessage,omitempty"`
	Payer        string `json:"payer,omitempty"`
	Transaction  string `json:"transaction"`
	Network      string `json:"network"`
	Amount       string `json:"amount,omitempty"`
}

// SupportedKind is one (version, scheme, network) a facilitator handles.
type SupportedKind struct {
	X402Version int            `json:"x402Version"`
	Scheme      string         `json:"scheme"`
	Network     string         `json:"network"`
	Extra       map[string]any `json:"extra,omitempty"`
}

// SupportedResponse is the answer of GET /supported.
type SupportedResponse struct {
	Kinds      []SupportedKind     `json:"kinds"`
	Extensions []string            `json:"extensions"`
	Signers    map[string][]string `json:"signers"`
}

// Payment is a payment of either version in one normalised form, with its
// numbers parsed. Accepted holds the requirements the payer chose (v2
// accepted; for v1 only Scheme and Network are known).
type Payment struct {
	Version     int
	Scheme      string
	Network     string
	Accepted    *Requirements // v2 only
	Signature   []byte
	From, To    common.Address
	Value       *big.Int
	ValidAfter  *big.Int
	ValidBefore *big.Int
	Nonce       [32]byte
}

// ParseAuthorization checks and parses the exact EVM payload.
func ParseAuthorization(pl *ExactEVMPayload) (*Payment, error) {
	p := new(Payment)
	var err error
	if p.Signature, err = hexutil.Decode(pl.Signature); err != nil || len(p.Signature) == 0 {
		return nil, fmt.Errorf("signature: not 0x-prefixed hex")
	}
	a := &pl.Authorization
	if p.From, err = ParseAddress(a.From); err != nil {
		return nil, fmt.Errorf("authorization.from: %w", err)
	}
	if p.To, err = ParseAddress(a.To); err != nil {
		return nil, fmt.Errorf("authorization.to: %w", err)
	}
	for _, f := range []struct {
		name string
		s    string
		dst  **big.Int
	}{{"value", a.Value, &p.Value}, {"validAfter", a.ValidAfter, &p.ValidAfter}, {"validBefore", a.ValidBefore, &p.ValidBefore}} {
		if *f.dst, err = ParseUint256(f.s); err != nil {
			return nil, fmt.Errorf("authorization.%s: %w", f.name, err)
		}
	}
	nonce, err := hexutil.Decode(a.Nonce)
	if err != nil || len(nonce) != 32 {
		return nil, fmt.Errorf("authorization.nonce: want 0x and 64 hex digits")
	}
	copy(p.Nonce[:], nonce)
	return p, nil
}

// DecodePaymentPayload parses a payment payload of version 1 or 2 (the
// JSON, not base64) into its normalised form.
func DecodePaymentPayload(raw []byte) (*Payment, error) {
	var head struct {
		X402Version int `json:"x402Version"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, fmt.Errorf("payment payload: %w", err)
	}
	switch head.X402Version {
	case 2:
		var pl PaymentPayload
		if err := json.Unmarshal(raw, &pl); err != nil {
			return nil, fmt.Errorf("payment payload: %w", err)
		}
		p, err := ParseAuthorization(&pl.Payload)
		if err != nil {
			return nil, fmt.Errorf("payment payload: %w", err)
		}
		p.Version, p.Scheme, p.Network = 2, pl.Accepted.Scheme, pl.Accepted.Network
		p.Accepted = &pl.Accepted
		return p, nil
	case 1:
		var pl PaymentPayloadV1
		if err := json.Unmarshal(raw, &pl); err != nil {
			return nil, fmt.Errorf("payment payload: %w", err)
		}
		p, err := ParseAuthorization(&pl.Payload)
		if err != nil {
			return nil, fmt.Errorf("payment payload: %w", err)
		}
		p.Version, p.Scheme, p.Network = 1, pl.Scheme, pl.Network
		return p, nil
	}
	return nil, &VersionError{Version: head.X402Version}
}

// VersionError reports an x402Version other than 1 or 2.
type VersionError struct{ Version int }

func (e *VersionError) Error() string {
	return fmt.Sprintf("unsupported x402Version %d (want 1 or 2)", e.Version)
}

// DecodeRequirements parses payment requirements of the given version into
// the v2 form (v1's maxAmountRequired becomes Amount).
func DecodeRequirements(version int, raw []byte) (*Requirements, error) {
	switch version {
	case 2:
		var r Requirements
		if err := json.Unmarshal(raw, &r); err != nil {
			return nil, fmt.Errorf("payment requirements: %w", err)
		}
		return &r, nil
	case 1:
		var r RequirementsV1
		if err := json.Unmarshal(raw, &r); err != nil {
			return nil, fmt.Errorf("payment requirements: %w", err)
		}
		v2 := FromV1(r)
		return &v2, nil
	}
	return nil, &VersionError{Version: version}
}

// FromV1 converts v1 requirements to the v2 form.
func FromV1(r RequirementsV1) Requirements {
	return Requirements{Scheme: r.Scheme, Network: r.Network, Amount: r.MaxAmountRequired, Asset: r.Asset, PayTo: r.PayTo, MaxTimeoutSeconds: r.MaxTimeoutSeconds, Extra: r.Extra}
}

// ToV1 converts v2 requirements to v1's form for the given resource; the
// network must already be a v1 name.
func (r Requirements) ToV1(network string, res ResourceInfo) RequirementsV1 {
	mime := res.MimeType
	if mime == "" {
		mime = "application/json"
	}
	return RequirementsV1{Scheme: r.Scheme, Network: network, MaxAmountRequired: r.Amount, Resource: res.URL, Description: res.Description, MimeType: mime, PayTo: r.PayTo, MaxTimeoutSeconds: r.MaxTimeoutSeconds, Asset: r.Asset, Extra: r.Extra}
}

// ExtraString returns extra[key] if it is a string.
func (r *Requirements) ExtraString(key string) string {
	s, _ := r.Extra[key].(string)
	return s
}

// ParseAddress parses a 0x-prefixed 20-byte hex address, in any letter case.
func ParseAddress(s string) (common.Address, error) {
	if len(s) != 42 || !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") || !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not a 0x-prefixed address", truncate(s))
	}
	return common.HexToAddress(s), nil
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// ParseUint256 parses a decimal string of a number in [0, 2^256).
func ParseUint256(s string) (*big.Int, error) {
	if s == "" || len(s) > 78 {
		return nil, fmt.Errorf("%q is not a decimal uint256", truncate(s))
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return nil, fmt.Errorf("%q is not a decimal uint256", truncate(s))
		}
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("%q is not a decimal uint256", truncate(s))
	}
	return v, nil
}

func truncate(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
