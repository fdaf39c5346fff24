// Package agent is an x402 paying HTTP client for AI agents: an
// http.RoundTripper that answers 402 Payment Required by itself, within a
// spending policy the agent cannot exceed (allowed networks and assets, a
// maximum per request, budgets per host per day, per day and in total),
// recording every payment in a ledger that persists across restarts.
//
// A payment is signed once: if the response to a paid request is lost, the
// retry (by this transport, or after a restart) sends the same signed
// payload, which the server answers without charging again. Payments
// follow the server's order of preference among what the policy allows.
package agent

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/payer"
)

// Limit allows paying in one asset on one network, within bounds (atomic
// units; nil means unbounded).
type Limit struct {
	Network       string // CAIP-2, e.g. eip155:31337
	Asset         common.Address
	MaxPerRequest *big.Int
	PerHostPerDay *big.Int
	PerDay        *big.Int
	Total         *big.Int
}

// Policy is what the agent may spend: only the assets listed.
type Policy struct {
	Allow []Limit
}

// ErrRefused is wrapped by errors for payments the policy does not allow.
var ErrRefused = errors.New("payment refused by policy")

// Transport answers 402s by paying.
type Transport struct {
	Base   http.RoundTripper // default http.DefaultTransport
	Key    *ecdsa.PrivateKey
	Policy Policy
	Ledger *Ledger
	// Retries is how many times a paid request is resent, with the same
	// payment, after a transport error; default 3.
	Retries int
	// Now is the clock; default time.Now.
	Now func() time.Time
	// MaxRequestBody bounds a request body kept for resending; default 8 MiB.
	MaxRequestBody int64
}

// Client returns an http.Client that pays through t.
func (t *Transport) Client() *http.Client { return &http.Client{Transport: t} }

func (t *Transport) base() http.RoundTripper {
	if t.Base != nil {
		return t.Base
	}
	return http.DefaultTransport
}

func (t *Transport) now() time.Time {
	if t.Now != nil {
		return t.Now()
	}
	return time.Now()
}

// RoundTrip sends the request and, if the answer is 402, pays and resends it.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := t.bufferBody(req)
	if err != nil {
		return nil, err
	}
	// A stored payment is resent only for the same request: method, URL
	// and body.
	request := fmt.Sprintf("%s %s %x", req.Method, req.URL.String(), sha256.Sum256(body))
	// A payment sent before whose outcome is unknown is resent as it was.
	if e := t.Ledger.pending(request, t.now()); e != nil {
		return t.sendPaid(req, body, e)
	}
	resp, err := t.base().RoundTrip(withBody(req, body))
	if err != nil || resp.StatusCode != http.StatusPaymentRequired {
		return resp, err
	}
	offer, err := readOffer(resp)
	if err != nil {
		return nil, err
	}
	e, err := t.reserve(req, request, offer)
	if err != nil {
		return nil, err
	}
	return t.sendPaid(req, body, e)
}

// offer is a 402 answer.
type offer struct {
	version  int
	accepts  []x402.Requirements
	v1       []x402.RequirementsV1 // v1 originals, same order as accepts
	resource *x402.ResourceInfo
}

func readOffer(resp *http.Response) (*offer, error) {
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("x402 agent: read 402: %w", err)
	}
	if h := resp.Header.Get(x402.HeaderPaymentRequired); h != "" {
		var pr x402.PaymentRequired
		if err := x402.DecodeHeaderInto(h, &pr); err != nil {
			return nil, fmt.Errorf("x402 agent: %w", err)
		}
		return &offer{version: 2, accepts: pr.Accepts, resource: pr.Resource}, nil
	}
	var head struct {
		X402Version int `json:"x402Version"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return nil, fmt.Errorf("x402 agent: 402 without x402 payment requirements")
	}
	switch head.X402Version {
	case 1:
		var pr x402.PaymentRequiredV1
		if err := json.Unmarshal(raw, &pr); err != nil {
			return nil, fmt.Errorf("x402 agent: 402 body: %w", err)
		}
		o := &offer{version: 1, v1: pr.Accepts}
		for _, a := range pr.Accepts {
			o.accepts = append(o.accepts, x402.FromV1(a))
		}
		return o, nil
	case 2:
		var pr x402.PaymentRequired
		if err := json.Unmarshal(raw, &pr); err != nil {
			return nil, fmt.Errorf("x402 agent: 402 body: %w", err)
		}
		return &offer{version: 2, accepts: pr.Accepts, resource: pr.Resource}, nil
	}
	return nil, fmt.Errorf("x402 agent: 402 with x402Version %d", head.X402Version)
}

// reserve picks the first requirement the policy allows, checks budgets,
// signs the payment and records it, atomically with respect to other
// payments of this ledger.
func (t *Transport) reserve(req *http.Request, request string, o *offer) (*Entry, error) {
	now := t.now()
	host := req.URL.Hostname()
	l := t.Ledger
	l.mu.Lock()
	defer l.mu.Unlock()
	var reasons []string
	for i, a := range o.accepts {
		if a.Scheme != x402.SchemeExact {
			reasons = append(reasons, fmt.Sprintf("%s: scheme %q unsupported", a.Network, a.Scheme))
			continue
		}
		lim, network := t.limitFor(&a)
		if lim == nil {
			reasons = append(reasons, fmt.Sprintf("%s %s: asset not allowed", a.Network, a.Asset))
			continue
		}
		amount, err := x402.ParseUint256(a.Amount)
		if err != nil {
			reasons = append(reasons, fmt.Sprintf("%s %s: %v", a.Network, a.Asset, err))
			continue
		}
		if why := lim.exceeded(l, network, host, amount, now); why != "" {
			reasons = append(reasons, fmt.Sprintf("%s %s: %s", a.Network, a.Asset, why))
			continue
		}
		name, header, pl, err := t.sign(o, i, now)
		if err != nil {
			reasons = append(reasons, err.Error())
			continue
		}
		validBefore, err := x402.ParseUint256(pl.Authorization.ValidBefore)
		if err != nil || !validBefore.IsInt64() {
			return nil, fmt.Errorf("x402 agent: signed an unusable validBefore %q", pl.Authorization.ValidBefore)
		}
		e := &Entry{
			ID: pl.Authorization.Nonce, Time: now, Request: request, Host: host,
			Network: network, Asset: strings.ToLower(lim.Asset.Hex()), Amount: amount.String(),
			Header: name, Value: header, ValidBefore: validBefore.Int64(),
		}
		if err := l.write(&record{Op: "reserve", Entry: e}); err != nil {
			return nil, err
		}
		l.inflight[e.ID] = true
		c := *e
		return &c, nil
	}
	return nil, fmt.Errorf("x402 agent: %w: %s", ErrRefused, strings.Join(reasons, "; "))
}

// sign builds the payment for the offer's i-th requirement in the offer's
// version and returns the header that carries it.
func (t *Transport) sign(o *offer, i int, now time.Time) (name, value string, pl *x402.ExactEVMPayload, err error) {
	var payload any
	if o.version == 1 {
		p, err := payer.PayloadV1(t.Key, &o.v1[i], payer.Options{Now: now})
		if err != nil {
			return "", "", nil, err
		}
		payload, pl, name = p, &p.Payload, x402.HeaderXPayment
	} else {
		p, err := payer.PayloadV2(t.Key, &o.accepts[i], o.resource, payer.Options{Now: now})
		if err != nil {
			return "", "", nil, err
		}
		payload, pl, name = p, &p.Payload, x402.HeaderPaymentSignature
	}
	value, err = x402.EncodeHeader(payload)
	return name, value, pl, err
}

// limitFor returns the policy's limit for a requirement and the CAIP-2 id
// of its network.
func (t *Transport) limitFor(a *x402.Requirements) (*Limit, string) {
	id, err := x402.ChainID(a.Network)
	if err != nil {
		return nil, ""
	}
	network := x402.CAIP2(id)
	asset, err := x402.ParseAddress(a.Asset)
	if err != nil {
		return nil, ""
	}
	for i := range t.Policy.Allow {
		lim := &t.Policy.Allow[i]
		if lim.Network == network && lim.Asset == asset {
			return lim, network
		}
	}
	return nil, ""
}

// exceeded says which bound a payment of amount would break, if any.
// REQUIRES: l.mu held.
func (lim *Limit) exceeded(l *Ledger, network, host string, amount *big.Int, now time.Time) string {
	asset := strings.ToLower(lim.Asset.Hex())
	day := now.UTC().Truncate(24 * time.Hour)
	over := func(bound *big.Int, spent *big.Int) bool {
		return bound != nil && new(big.Int).Add(spent, amount).Cmp(bound) > 0
	}
	switch {
	case lim.MaxPerRequest != nil && amount.Cmp(lim.MaxPerRequest) > 0:
		return fmt.Sprintf("price %s exceeds the maximum per request %s", amount, lim.MaxPerRequest)
	case lim.Total != nil && over(lim.Total, l.spent(network, asset, "", time.Time{}, now)):
		return fmt.Sprintf("total budget %s would be exceeded", lim.Total)
	case lim.PerDay != nil && over(lim.PerDay, l.spent(network, asset, "", day, now)):
		return fmt.Sprintf("daily budget %s would be exceeded", lim.PerDay)
	case lim.PerHostPerDay != nil && over(lim.PerHostPerDay, l.spent(network, asset, host, day, now)):
		return fmt.Sprintf("daily budget %s for %s would be exceeded", lim.PerHostPerDay, host)
	}
	return ""
}

// sendPaid sends the request with the payment, resending the same payment
// after transport errors, and records the outcome.
func (t *Transport) sendPaid(req *http.Request, body []byte, e *Entry) (*http.Response, error) {
	defer t.Ledger.done(e.ID)
	retries := t.Retries
	if retries <= 0 {
		retries = 3
	}
	var lastErr error
	for attempt := 0; attempt <= retries; attempt++ {
		if attempt > 0 {
			select {
			case <-req.Context().Done():
				return nil, req.Context().Err()
			case <-time.After(time.Duration(attempt) * 200 * time.Millisecond):
			}
		}
		r := withBody(req, body)
		r.Header = req.Header.Clone()
		r.Header.Set(e.Header, e.Value)
		resp, err := t.base().RoundTrip(r)
		if err != nil {
			lastErr = err
			continue
		}
		paid, tx := outcome(resp)
		switch {
		case paid:
			err = t.Ledger.settle(e.ID, true, tx)
		case resp.StatusCode >= 500:
			// The server could not tell whether the payment settled (its
			// facilitator was unreachable, say): resend the same payment.
			if attempt < retries {
				resp.Body.Close()
				lastErr = fmt.Errorf("HTTP %s", resp.Status)
				continue
			}
			// Still unknown: the payment stays reserved, to be resent.
		case nonceUsed(resp):
			// The authorization's nonce is used: this payment settled (an
			// earlier attempt's response was lost).
			err = t.Ledger.settle(e.ID, true, "")
		case resp.StatusCode >= 400:
			// Refused: it counts against budgets until it expires.
			err = t.Ledger.settle(e.ID, false, "")
		}
		if err != nil {
			resp.Body.Close()
			return nil, err
		}
		return resp, nil
	}
	// The outcome is unknown: the payment stays reserved and will be resent.
	return nil, fmt.Errorf("x402 agent: paid request failed %d times (payment kept for retry): %w", retries+1, lastErr)
}

// nonceUsed reports whether a 402 says the payment's nonce is already used.
func nonceUsed(resp *http.Response) bool {
	if resp.StatusCode != http.StatusPaymentRequired {
		return false
	}
	var pr x402.PaymentRequired
	if h := resp.Header.Get(x402.HeaderPaymentRequired); h != "" && x402.DecodeHeaderInto(h, &pr) == nil && strings.Contains(pr.Error, x402.ReasonNonceUsed) {
		return true
	}
	var s x402.SettleResponse
	for _, name := range []string{x402.HeaderPaymentResponse, x402.HeaderXPaymentResponse} {
		if h := resp.Header.Get(name); h != "" && x402.DecodeHeaderInto(h, &s) == nil && s.ErrorReason == x402.ReasonNonceUsed {
			return true
		}
	}
	return false
}

// outcome reads the settlement a response reports.
func outcome(resp *http.Response) (paid bool, tx string) {
	h := resp.Header.Get(x402.HeaderPaymentResponse)
	if h == "" {
		h = resp.Header.Get(x402.HeaderXPaymentResponse)
	}
	if h == "" {
		return false, ""
	}
	var s x402.SettleResponse
	if err := x402.DecodeHeaderInto(h, &s); err != nil {
		return false, ""
	}
	if s.Success || s.ErrorReason == x402.ReasonSettlementPending && s.Transaction != "" {
		return true, s.Transaction
	}
	return false, ""
}

func (t *Transport) bufferBody(req *http.Request) ([]byte, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return nil, nil
	}
	limit := t.MaxRequestBody
	if limit <= 0 {
		limit = 8 << 20
	}
	defer req.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(req.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("x402 agent: read request body: %w", err)
	}
	if int64(len(raw)) > limit {
		return nil, fmt.Errorf("x402 agent: request body over %d bytes", limit)
	}
	return raw, nil
}

func withBody(req *http.Request, body []byte) *http.Request {
	r := req.Clone(req.Context())
	if body != nil {
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	}
	return r
}
