// Package facilitatorclient calls an x402 facilitator's HTTP API.
//
// An invalid payment is an answer, not an error: Verify and Settle return
// the facilitator's response whenever it sent one, whatever the HTTP status
// (some facilitators answer invalid payments with 4xx or 5xx and a body).
// They return an error only when no answer was obtained: the facilitator
// was unreachable, timed out, or sent something that is not a response.
package facilitatorclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/metis-go/metis/x402"
)

// maxResponse bounds a facilitator's answer.
const maxResponse = 1 << 20

// Client is a facilitator's HTTP API.
type Client struct {
	URL  string // base URL, e.g. http://127.0.0.1:8402
	HTTP *http.Client
}

// New returns a client of the facilitator at url with a 90 s timeout per
// call (longer than a facilitator's wait for a receipt, 30 s by default, so
// that a slow settlement answers settlement_pending rather than timing out).
func New(url string) *Client {
	return &Client{URL: strings.TrimRight(url, "/"), HTTP: &http.Client{Timeout: 90 * time.Second}}
}

// Verify asks whether a payment meets its requirements. payload and
// requirements are JSON of the given x402 version.
func (c *Client) Verify(ctx context.Context, version int, payload, requirements json.RawMessage) (x402.VerifyResponse, error) {
	var resp struct {
		x402.VerifyResponse
		IsValid *bool `json:"isValid"`
	}
	if err := c.post(ctx, "/verify", version, payload, requirements, &resp); err != nil {
		return x402.VerifyResponse{}, err
	}
	if resp.IsValid == nil {
		return x402.VerifyResponse{}, fmt.Errorf("facilitator: /verify answer lacks isValid")
	}
	resp.VerifyResponse.IsValid = *resp.IsValid
	return resp.VerifyResponse, nil
}

// Settle asks the facilitator to transfer a payment.
func (c *Client) Settle(ctx context.Context, version int, payload, requirements json.RawMessage) (x402.SettleResponse, error) {
	var resp struct {
		x402.SettleResponse
		Success *bool `json:"success"`
	}
	if err := c.post(ctx, "/settle", version, payload, requirements, &resp); err != nil {
		return x402.SettleResponse{}, err
	}
	if resp.Success == nil {
		return x402.SettleResponse{}, fmt.Errorf("facilitator: /settle answer lacks success")
	}
	resp.SettleResponse.Success = *resp.Success
	return resp.SettleResponse, nil
}

// Supported returns what the facilitator handles.
func (c *Client) Supported(ctx context.Context) (x402.SupportedResponse, error) {
	var resp x402.SupportedResponse
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.URL+"/supported", nil)
	if err != nil {
		return resp, fmt.Errorf("facilitator: %w", err)
	}
	status, body, err := c.do(req)
	if err != nil {
		return resp, err
	}
	if status != http.StatusOK {
		return resp, fmt.Errorf("facilitator: /supported: HTTP %d", status)
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		return resp, fmt.Errorf("facilitator: /supported: %w", err)
	}
	return resp, nil
}

func (c *Client) post(ctx context.Context, path string, version int, payload, requirements json.RawMessage, out any) error {
	raw, err := json.Marshal(x402.FacilitatorRequest{X402Version: version, PaymentPayload: payload, PaymentRequirements: requirements})
	if err != nil {
		return fmt.Errorf("facilitator: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+path, bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("facilitator: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	status, body, err := c.do(req)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("facilitator: %s: HTTP %d, not an x402 answer: %w", path, status, err)
	}
	return nil
}

func (c *Client) do(req *http.Request) (int, []byte, error) {
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("facilitator unreachable: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse+1))
	if err != nil {
		return 0, nil, fmt.Errorf("facilitator: read answer: %w", err)
	}
	if len(body) > maxResponse {
		return 0, nil, fmt.Errorf("facilitator: answer exceeds %d bytes", maxResponse)
	}
	return resp.StatusCode, body, nil
}
