package x402

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
)

// HTTP header names of the protocol.
const (
	HeaderPaymentRequired  = "PAYMENT-REQUIRED"   // v2, server to client
	HeaderPaymentSignature = "PAYMENT-SIGNATURE"  // v2, client to server
	HeaderPaymentResponse  = "PAYMENT-RESPONSE"   // v2, server to client
	HeaderXPayment         = "X-PAYMENT"          // v1, client to server
	HeaderXPaymentResponse = "X-PAYMENT-RESPONSE" // v1, server to client
)

// MaxHeaderSize bounds an encoded x402 header. A payment payload is about
// 1 KiB of base64; the bound leaves room for extensions.
const MaxHeaderSize = 16 << 10

// EncodeHeader returns the header value of v: standard base64 (RFC 4648,
// padded) of its JSON.
func EncodeHeader(v any) (string, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("x402: encode header: %w", err)
	}
	return base64.StdEncoding.EncodeToString(raw), nil
}

// DecodeHeader decodes a header value into the JSON it carries. It accepts
// standard base64 with or without padding (some clients strip it) and
// rejects values over MaxHeaderSize.
func DecodeHeader(value string) ([]byte, error) {
	if len(value) > MaxHeaderSize {
		return nil, fmt.Errorf("x402: header of %d bytes exceeds %d", len(value), MaxHeaderSize)
	}
	raw, err := base64.StdEncoding.DecodeString(value)
	if err != nil {
		raw, err = base64.RawStdEncoding.DecodeString(value)
	}
	if err != nil {
		return nil, fmt.Errorf("x402: header is not standard base64: %w", err)
	}
	if !json.Valid(raw) {
		return nil, fmt.Errorf("x402: header does not hold JSON")
	}
	return raw, nil
}

// DecodeHeaderInto decodes a header value into v.
func DecodeHeaderInto(value string, v any) error {
	raw, err := DecodeHeader(value)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("x402: header JSON: %w", err)
	}
	return nil
}
