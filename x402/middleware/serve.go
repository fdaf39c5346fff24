package middleware

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/metis-go/metis/x402"
)

// Paid describes the payment of a request, for the handler.
type Paid struct {
	Payer       common.Address
	Network     string // as the route names it
	Asset       string
	Amount      string // atomic units
	Transaction string // the settlement, when the route settles first
}

type paidKey struct{}

// PaidFrom returns the payment of a request being served by the
// middleware.
func PaidFrom(ctx context.Context) (*Paid, bool) {
	p, ok := ctx.Value(paidKey{}).(*Paid)
	return p, ok
}

// payment is a decoded payment header with the requirements it pays.
type payment struct {
	version int
	header  string          // the raw header value
	raw     json.RawMessage // its JSON
	p       *x402.Payment
	reqs    []x402.Requirements // candidates, best first
}

// errNoMatch is the problem of a well-formed payment for something the
// route does not accept (another amount, asset, recipient or network).
const errNoMatch = "the payment matches none of the accepted requirements"

// decode reads the payment header of a request; nil when there is none.
func (m *Middleware) decode(r *http.Request, rt *route) (*payment, string) {
	pay := &payment{version: 2, header: r.Header.Get(x402.HeaderPaymentSignature)}
	if pay.header == "" {
		pay.version, pay.header = 1, r.Header.Get(x402.HeaderXPayment)
	}
	if pay.header == "" {
		return nil, ""
	}
	raw, err := x402.DecodeHeader(pay.header)
	if err != nil {
		return nil, err.Error()
	}
	p, err := x402.DecodePaymentPayload(raw)
	if err != nil {
		return nil, err.Error()
	}
	if p.Version != pay.version {
		return nil, "payment header and payload versions differ"
	}
	pay.raw, pay.p = raw, p
	for _, a := range rt.Accepts {
		if a.Scheme != p.Scheme || !x402.SameNetwork(a.Network, p.Network) {
			continue
		}
		if acc := p.Accepted; acc != nil {
			if strings.EqualFold(acc.Asset, a.Asset) && strings.EqualFold(acc.PayTo, a.PayTo) && acc.Amount == a.Amount {
				pay.reqs = append(pay.reqs, a)
			}
			continue
		}
		// v1 payloads do not name the asset: every requirement on the
		// network whose amount and recipient the authorization matches is a
		// candidate; the facilitator's signature check tells which it is.
		if p.Value.String() == a.Amount && strings.EqualFold(p.To.Hex(), a.PayTo) {
			pay.reqs = append(pay.reqs, a)
		}
	}
	if len(pay.reqs) == 0 {
		return pay, errNoMatch
	}
	return pay, ""
}

// requirementsJSON encodes requirements in the payment's version.
func (pay *payment) requirementsJSON(r *http.Request, rt *route, req x402.Requirements) json.RawMessage {
	var v any = req
	if pay.version == 1 {
		v = req.ToV1(pay.p.Network, *resource(r, rt))
	}
	raw, _ := json.Marshal(v)
	return raw
}

func (m *Middleware) serve(w http.ResponseWriter, r *http.Request, rt *route, next http.Handler) {
	pay, problem := m.decode(r, rt)
	if problem == errNoMatch {
		m.paymentRequired(w, r, rt, x402.ReasonInvalidPayload+": "+errNoMatch)
		return
	}
	if pay == nil {
		if problem == "" {
			m.paymentRequired(w, r, rt, "")
			return
		}
		w.Header().Set("Cache-Control", "no-store")
		writeError(w, http.StatusBadRequest, "malformed payment: "+problem)
		return
	}
	// One authorization pays for one response.
	// The key names the chain by id, so that aliases of one network
	// ("base", "eip155:8453") share it.
	chainID, _ := x402.ChainID(pay.p.Network)
	key := fmt.Sprintf("%d/%s/%x", chainID, pay.p.From.Hex(), pay.p.Nonce)
	m.mu.Lock()
	prev, seen := m.paid[key]
	if !seen {
		prev = &paidResponse{payload: pay.header, done: make(chan struct{})}
		m.remember(key, prev)
	}
	m.mu.Unlock()
	if seen {
		if prev.payload != pay.header {
			m.paymentRequired(w, r, rt, x402.ReasonNonceUsed)
			return
		}
		select {
		case <-prev.done:
		case <-r.Context().Done():
			return
		}
		if prev.status == 0 {
			// The first attempt ended without a paid response: try afresh.
			m.serve(w, r, rt, next)
			return
		}
		prev.replay(w)
		return
	}
	var (
		status int
		header http.Header
		body   []byte
		paid   bool
	)
	defer func() {
		// Runs also when the handler panics: the entry must not stay in
		// flight for ever.
		m.mu.Lock()
		if paid {
			prev.status, prev.header, prev.body = status, header, body
		} else {
			m.forget(key)
		}
		m.mu.Unlock()
		close(prev.done)
	}()
	status, header, body, paid = m.pay(r, rt, pay, key, next)
	for k, v := range header {
		w.Header()[k] = v
	}
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// remember records a paid response, evicting the oldest finished ones past
// the bound (responses still in flight are never evicted).
// REQUIRES: m.mu held.
func (m *Middleware) remember(key string, p *paidResponse) {
	m.paid[key] = p
	m.order = append(m.order, key)
	for len(m.order) > m.cfg.ReplayCache {
		if q := m.paid[m.order[0]]; q != nil {
			select {
			case <-q.done:
				delete(m.paid, m.order[0])
			default:
				return
			}
		}
		m.order = m.order[1:]
	}
}

// forget drops a key. REQUIRES: m.mu held.
func (m *Middleware) forget(key string) {
	delete(m.paid, key)
	for i, k := range m.order {
		if k == key {
			m.order = append(m.order[:i], m.order[i+1:]...)
			break
		}
	}
}

// pay verifies, runs the handler and settles, in the route's order, and
// returns the response to send and whether it was paid for.
func (m *Middleware) pay(r *http.Request, rt *route, pay *payment, key string, next http.Handler) (int, http.Header, []byte, bool) {
	ctx := r.Context()
	var reqJSON json.RawMessage
	var chosen x402.Requirements
	m.mu.Lock()
	u, retry := m.unknown[key]
	m.mu.Unlock()
	if retry && u.payload == pay.header {
		// An earlier attempt with this payload ended without knowing if it
		// settled: settle again (idempotent) instead of verifying, which
		// would find the nonce used.
		chosen, reqJSON = u.chosen, u.reqJSON
	} else {
		var verdict x402.VerifyResponse
		for _, cand := range pay.reqs {
			chosen, reqJSON = cand, pay.requirementsJSON(r, rt, cand)
			v, err := m.cfg.Facilitator.Verify(ctx, pay.version, pay.raw, reqJSON)
			if err != nil {
				m.cfg.Logger.Warn("x402: verify failed", "err", err)
				return errorResponse(http.StatusBadGateway, "payment facilitator unavailable: "+err.Error())
			}
			verdict = v
			if v.IsValid {
				break
			}
		}
		if !verdict.IsValid {
			return m.required(r, rt, verdict.InvalidReason)
		}
	}
	pending := &unknownSettle{payload: pay.header, chosen: chosen, reqJSON: reqJSON}
	info := &Paid{Payer: pay.p.From, Network: chosen.Network, Asset: chosen.Asset, Amount: chosen.Amount}
	r = r.WithContext(context.WithValue(ctx, paidKey{}, info))
	if rt.SettleFirst || retry {
		s, failed := m.settle(r, rt, pay, key, pending)
		if failed != nil {
			return failed()
		}
		info.Transaction = s.Transaction
		c := m.run(r, next)
		if c.over {
			// Paid, but the response cannot be held for replay; answer
			// honestly rather than truncate.
			return errorResponse(http.StatusInternalServerError, "response too large to serve")
		}
		setResponseHeader(c.header, pay.version, s)
		return c.status, c.header, c.body.Bytes(), true
	}
	c := m.run(r, next)
	if c.over {
		return errorResponse(http.StatusInternalServerError, "response too large to serve as a paid response")
	}
	if c.status >= 400 {
		// Not charged for a failure.
		return c.status, c.header, c.body.Bytes(), false
	}
	s, failed := m.settle(r, rt, pay, key, pending)
	if failed != nil {
		return failed()
	}
	setResponseHeader(c.header, pay.version, s)
	return c.status, c.header, c.body.Bytes(), true
}

// unknownSettle is a payment whose settlement ended without an answer
// (the facilitator unreachable, or pending before a transaction existed).
type unknownSettle struct {
	payload string
	chosen  x402.Requirements
	reqJSON json.RawMessage
}

// settleTimeout bounds a settle call; it outlives the client's request.
const settleTimeout = 2 * time.Minute

// settle asks the facilitator to settle; when it did not pay, failed
// returns the response to send instead. The call does not end when the
// client goes away: a payment that settles must be known to have settled.
// When the outcome is unknown, the answer is 502 and the payment is
// remembered, so that the client's retry with the same payload settles
// again (idempotently) rather than being refused.
func (m *Middleware) settle(r *http.Request, rt *route, pay *payment, key string, u *unknownSettle) (x402.SettleResponse, func() (int, http.Header, []byte, bool)) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), settleTimeout)
	defer cancel()
	s, err := m.cfg.Facilitator.Settle(ctx, pay.version, pay.raw, u.reqJSON)
	unknown := err != nil || s.ErrorReason == x402.ReasonUnexpectedSettleError ||
		s.ErrorReason == x402.ReasonSettlementPending && s.Transaction == ""
	m.mu.Lock()
	if unknown {
		if len(m.unknown) >= m.cfg.ReplayCache {
			for k := range m.unknown { // bounded: drop one
				delete(m.unknown, k)
				break
			}
		}
		m.unknown[key] = u
	} else {
		delete(m.unknown, key)
	}
	m.mu.Unlock()
	switch {
	case err != nil:
		m.cfg.Logger.Warn("x402: settle failed", "err", err)
		return s, func() (int, http.Header, []byte, bool) {
			return errorResponse(http.StatusBadGateway, "payment facilitator unavailable (retry with the same payment): "+err.Error())
		}
	case unknown:
		return s, func() (int, http.Header, []byte, bool) {
			return errorResponse(http.StatusBadGateway, "settlement outcome unknown (retry with the same payment): "+s.ErrorReason+" "+s.ErrorMessage)
		}
	case !settled(s):
		return s, func() (int, http.Header, []byte, bool) { return m.settleFailed(r, rt, pay, s) }
	}
	return s, nil
}

// settled reports whether a settlement paid: success, or submitted and
// awaiting its receipt (settlement_pending is paid, unconfirmed; refusing
// the client then would make it pay twice).
func settled(s x402.SettleResponse) bool {
	return s.Success || s.ErrorReason == x402.ReasonSettlementPending && s.Transaction != ""
}

func (m *Middleware) run(r *http.Request, next http.Handler) *capture {
	c := &capture{header: make(http.Header), limit: m.cfg.MaxResponseBody}
	next.ServeHTTP(c, r)
	if c.status == 0 {
		c.status = http.StatusOK
	}
	return c
}

func setResponseHeader(h http.Header, version int, s x402.SettleResponse) {
	v, err := x402.EncodeHeader(s)
	if err != nil {
		return
	}
	name := x402.HeaderPaymentResponse
	if version == 1 {
		name = x402.HeaderXPaymentResponse
	}
	h.Set(name, v)
	h.Set("Access-Control-Expose-Headers", name)
}

func (m *Middleware) required(r *http.Request, rt *route, reason string) (int, http.Header, []byte, bool) {
	rec := &capture{header: make(http.Header), limit: 1 << 20}
	m.paymentRequired(rec, r, rt, reason)
	return rec.status, rec.header, rec.body.Bytes(), false
}

func (m *Middleware) settleFailed(r *http.Request, rt *route, pay *payment, s x402.SettleResponse) (int, http.Header, []byte, bool) {
	status, header, body, _ := m.required(r, rt, s.ErrorReason)
	setResponseHeader(header, pay.version, s)
	return status, header, body, false
}

func errorResponse(status int, msg string) (int, http.Header, []byte, bool) {
	raw, _ := json.Marshal(map[string]string{"error": msg})
	h := make(http.Header)
	h.Set("Content-Type", "application/json")
	return status, h, append(raw, '\n'), false
}
