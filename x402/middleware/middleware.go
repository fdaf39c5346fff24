// Package middleware is x402 for net/http resource servers: routes priced in
// any accepted token and network answer 402 with what they accept, and
// serve a request only once its payment is verified by a facilitator and,
// by default after the handler ran, settled.
//
// It never fails open: when the facilitator cannot be asked, the client
// gets 502 and not the resource. A handler that answers an error status is
// not charged. A payload sent again (a client retrying after a lost
// response) gets the response it paid for, without paying twice; the same
// authorization inside a different payload is refused.
//
// Both protocol versions are served: the 402 carries the v2
// PAYMENT-REQUIRED header and a v1 body; payments come in PAYMENT-SIGNATURE
// (v2) or X-PAYMENT (v1) and are answered in PAYMENT-RESPONSE or
// X-PAYMENT-RESPONSE.
package middleware

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"

	"github.com/metis-go/metis/x402"
)

// Facilitator verifies and settles payments (facilitatorclient.Client).
type Facilitator interface {
	Verify(ctx context.Context, version int, payload, requirements json.RawMessage) (x402.VerifyResponse, error)
	Settle(ctx context.Context, version int, payload, requirements json.RawMessage) (x402.SettleResponse, error)
}

// Route is what a route costs: any one of Accepts.
type Route struct {
	Accepts     []x402.Requirements // in order of the server's preference; Scheme defaults to exact
	Description string
	MimeType    string
	// SettleFirst settles the payment before the handler runs (for
	// expensive or irreversible work); by default the handler runs first
	// and is charged only if it succeeds.
	SettleFirst bool
}

// Config configures the middleware.
type Config struct {
	Facilitator Facilitator
	// Routes maps "METHOD /path" to its price. A path ending in "/*" covers
	// everything below it. Unpriced requests pass through.
	Routes map[string]Route
	// MaxResponseBody bounds a paid response, which is held until the
	// payment settles; default 8 MiB.
	MaxResponseBody int
	// ReplayCache is how many paid responses are kept for retries of the
	// same payload; default 4096.
	ReplayCache int
	Logger      *slog.Logger
}

// Middleware guards priced routes.
type Middleware struct {
	cfg    Config
	routes []route

	mu      sync.Mutex
	paid    map[string]*paidResponse  // by authorization key
	order   []string                  // insertion order, for eviction
	unknown map[string]*unknownSettle // settlements whose outcome is unknown, by key
}

type route struct {
	method, path string
	prefix       bool
	Route
}

// New checks the routes and returns the middleware.
func New(cfg Config) (*Middleware, error) {
	if cfg.Facilitator == nil {
		return nil, errors.New("x402 middleware: no facilitator")
	}
	if cfg.MaxResponseBody <= 0 {
		cfg.MaxResponseBody = 8 << 20
	}
	if cfg.ReplayCache <= 0 {
		cfg.ReplayCache = 4096
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	m := &Middleware{cfg: cfg, paid: make(map[string]*paidResponse), unknown: make(map[string]*unknownSettle)}
	for pattern, r := range cfg.Routes {
		method, path, ok := strings.Cut(pattern, " ")
		if !ok || method == "" || !strings.HasPrefix(path, "/") {
			return nil, fmt.Errorf("x402 middleware: route %q: want \"METHOD /path\"", pattern)
		}
		if len(r.Accepts) == 0 {
			return nil, fmt.Errorf("x402 middleware: route %q accepts nothing", pattern)
		}
		for i := range r.Accepts {
			a := &r.Accepts[i]
			if a.Scheme == "" {
				a.Scheme = x402.SchemeExact
			}
			if _, err := x402.ChainID(a.Network); err != nil {
				return nil, fmt.Errorf("x402 middleware: route %q: %w", pattern, err)
			}
			if _, err := x402.ParseUint256(a.Amount); err != nil {
				return nil, fmt.Errorf("x402 middleware: route %q: amount: %w", pattern, err)
			}
			for _, addr := range []string{a.Asset, a.PayTo} {
				if _, err := x402.ParseAddress(addr); err != nil {
					return nil, fmt.Errorf("x402 middleware: route %q: %w", pattern, err)
				}
			}
			if a.ExtraString("name") == "" || a.ExtraString("version") == "" {
				return nil, fmt.Errorf("x402 middleware: route %q: extra.name and extra.version (the token's EIP-712 domain) are required", pattern)
			}
			if a.MaxTimeoutSeconds <= 0 {
				a.MaxTimeoutSeconds = 60
			}
		}
		rt := route{method: method, path: path, Route: r}
		if p, ok := strings.CutSuffix(path, "/*"); ok {
			rt.path, rt.prefix = p+"/", true
		}
		m.routes = append(m.routes, rt)
	}
	return m, nil
}

// Wrap returns next guarded by the middleware; m.Wrap is the
// func(http.Handler) http.Handler that routers take.
func (m *Middleware) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rt := m.match(r)
		if rt == nil {
			next.ServeHTTP(w, r)
			return
		}
		m.serve(w, r, rt, next)
	})
}

func (m *Middleware) match(r *http.Request) *route {
	for i := range m.routes {
		rt := &m.routes[i]
		// HEAD runs the GET handler (net/http does so): it is priced alike.
		if rt.method != r.Method && !(rt.method == http.MethodGet && r.Method == http.MethodHead) {
			continue
		}
		if r.URL.Path == rt.path || rt.prefix && (strings.HasPrefix(r.URL.Path, rt.path) || r.URL.Path+"/" == rt.path) {
			return rt
		}
	}
	return nil
}

// resource describes the requested URL.
func resource(r *http.Request, rt *route) *x402.ResourceInfo {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return &x402.ResourceInfo{URL: scheme + "://" + r.Host + r.URL.RequestURI(), Description: rt.Description, MimeType: rt.MimeType}
}

// paymentRequired answers 402 with the accepted payments: the v2 header and
// a v1 body (listing the networks v1 can name).
func (m *Middleware) paymentRequired(w http.ResponseWriter, r *http.Request, rt *route, reason string) {
	res := resource(r, rt)
	if reason == "" {
		reason = x402.HeaderPaymentSignature + " header is required"
	}
	pr := x402.PaymentRequired{X402Version: 2, Error: reason, Resource: res, Accepts: rt.Accepts}
	if h, err := x402.EncodeHeader(pr); err == nil {
		w.Header().Set(x402.HeaderPaymentRequired, h)
		w.Header().Set("Access-Control-Expose-Headers", x402.HeaderPaymentRequired)
	}
	v1 := x402.PaymentRequiredV1{X402Version: 1, Error: reason, Accepts: []x402.RequirementsV1{}}
	for _, a := range rt.Accepts {
		if id, err := x402.ChainID(a.Network); err == nil {
			if name, ok := x402.V1Name(id); ok {
				v1.Accepts = append(v1.Accepts, a.ToV1(name, *res))
			}
		}
	}
	writeJSON(w, http.StatusPaymentRequired, v1)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// paidResponse is the response to one paid request, kept for retries.
type paidResponse struct {
	payload string        // the header value that paid
	done    chan struct{} // closed when the fields below are final
	status  int
	header  http.Header
	body    []byte
}

func (p *paidResponse) replay(w http.ResponseWriter) {
	for k, v := range p.header {
		w.Header()[k] = v
	}
	w.WriteHeader(p.status)
	_, _ = w.Write(p.body)
}

// capture buffers a handler's response.
type capture struct {
	header http.Header
	status int
	body   bytes.Buffer
	limit  int
	over   bool
}

func (c *capture) Header() http.Header { return c.header }
func (c *capture) WriteHeader(status int) {
	if c.status == 0 {
		c.status = status
	}
}
func (c *capture) Write(p []byte) (int, error) {
	if c.status == 0 {
		c.status = http.StatusOK
	}
	if c.body.Len()+len(p) > c.limit {
		c.over = true
		return 0, errors.New("x402 middleware: response exceeds the buffer for paid responses")
	}
	return c.body.Write(p)
}
