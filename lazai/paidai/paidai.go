// Package paidai puts an AI endpoint behind payments tied to a DAT class.
//
// A caller gets in one of two ways:
//   - Pay per call with x402: the price's payTo is the class's
//     DATRevenueSplitter, and a background distributor calls
//     distribute(asset) after payments settle, so each payment is split by
//     basis points between the compute provider, the iDAO treasury, the
//     protocol and the DAT class's holders (settleRevenueERC20).
//   - Spend quota: a caller holding a DAT token of the class signs the
//     request (headers below); the service, approved by the owner as a
//     class operator, records one unit of usage with recordUsage before
//     serving. An exhausted quota is refused with 402 and
//     {"error":"dat_quota_exhausted"}.
//
// Quota headers: X-DAT-Token (decimal token id), X-DAT-Nonce (hex, up to
// 32 bytes, fresh per request), X-DAT-Issued and X-DAT-Expires (unix
// seconds, at most 5 minutes apart) and X-DAT-Signature (65-byte hex
// EIP-191 signature of UsageRequest.Message by the token's owner; it names
// the chain, the DAT, the service's operator, the request's method and
// path). Each (token, nonce) is charged once: presenting it again (a
// client retrying) is served again while the signature is valid, without
// a second charge. Signatures issued before the service started are
// refused, so a restart does not reopen them.
//
// Only the configured routes are served; anything else is 404.
package paidai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	lazaibind "github.com/metis-go/metis/contracts/bindings/lazai"
	"github.com/metis-go/metis/internal/txsend"
	"github.com/metis-go/metis/sdk"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/middleware"
)

// Quota request headers.
const (
	HeaderToken     = "X-DAT-Token"
	HeaderNonce     = "X-DAT-Nonce"
	HeaderIssued    = "X-DAT-Issued"
	HeaderExpires   = "X-DAT-Expires"
	HeaderSignature = "X-DAT-Signature"
)

var (
	datABI      = lazaibind.NewDAT()
	splitterABI = lazaibind.NewDATRevenueSplitter()
)

// Config configures a paid endpoint.
type Config struct {
	// Client reads the chain (DAT owners, approvals, splitter balances).
	Client *sdk.Client
	Class  *big.Int
	// Splitter is the class's DATRevenueSplitter: the payTo of every price.
	Splitter common.Address
	// Routes are the priced routes ("POST /v1/sentiment"); each accepts
	// any of Prices (their PayTo is set to Splitter).
	Routes      []string
	Prices      []x402.Requirements
	Description string
	Facilitator middleware.Facilitator
	// Distributor sends distribute() calls; nil leaves distribution to
	// someone else (anyone may call it).
	Distributor *txsend.Sender
	// Operator records quota usage; nil turns quota access off. The
	// token's owner must have approved its address for the class.
	Operator *txsend.Sender
	// Metric is the usage metric recorded; default keccak256("inference_calls").
	Metric common.Hash
	// DistributeEvery is how often the distributor looks for undistributed
	// revenue besides after each settled payment; default 2 s.
	DistributeEvery time.Duration
	Registerer      prometheus.Registerer
	Logger          *slog.Logger
}

// Service is a paid endpoint.
type Service struct {
	cfg     Config
	next    http.Handler
	paid    http.Handler
	kick    chan struct{}
	metrics metrics

	routes  []route
	started time.Time

	mu        sync.Mutex
	used      map[common.Hash]*usageEntry // by (token, nonce)
	inflight  map[string]*flight          // usage transactions on their way, by token
	nextSweep time.Time
}

// route is one served "METHOD /path" (a path ending in "/*" covers what is
// below it).
type route struct {
	method, path string
	prefix       bool
}

func (rt route) matches(r *http.Request) bool {
	if r.Method != rt.method {
		return false
	}
	if rt.prefix {
		return len(r.URL.Path) > len(rt.path) && r.URL.Path[:len(rt.path)] == rt.path
	}
	return r.URL.Path == rt.path
}

type metrics struct {
	quotaCalls    prometheus.Counter
	quotaRefused  *prometheus.CounterVec
	distributions prometheus.Counter
}

// New builds the service around the AI handler next.
func New(cfg Config, next http.Handler) (*Service, error) {
	if cfg.Client == nil || cfg.Class == nil || cfg.Facilitator == nil {
		return nil, errors.New("paidai: Client, Class and Facilitator are required")
	}
	if len(cfg.Routes) == 0 || len(cfg.Prices) == 0 {
		return nil, errors.New("paidai: at least one route and one price are required")
	}
	if cfg.Metric == (common.Hash{}) {
		cfg.Metric = sdk.MetricInferenceCalls
	}
	if cfg.DistributeEvery <= 0 {
		cfg.DistributeEvery = 2 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Service{cfg: cfg, next: next, kick: make(chan struct{}, 1), started: time.Now(),
		used: map[common.Hash]*usageEntry{}, inflight: map[string]*flight{}}
	for _, r := range cfg.Routes {
		method, path, ok := strings.Cut(r, " ")
		if !ok || !strings.HasPrefix(path, "/") {
			return nil, fmt.Errorf("paidai: route %q: want \"METHOD /path\"", r)
		}
		rt := route{method: method, path: path}
		if p, ok := strings.CutSuffix(path, "/*"); ok {
			rt.path, rt.prefix = p+"/", true
		}
		s.routes = append(s.routes, rt)
	}
	s.metrics = metrics{
		quotaCalls:    prometheus.NewCounter(prometheus.CounterOpts{Name: "metis_paidai_quota_calls_total", Help: "Calls served against DAT quota."}),
		quotaRefused:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "metis_paidai_quota_refused_total", Help: "Quota calls refused, by reason."}, []string{"reason"}),
		distributions: prometheus.NewCounter(prometheus.CounterOpts{Name: "metis_paidai_distributions_total", Help: "Splitter distributions sent."}),
	}
	if cfg.Registerer != nil {
		for _, c := range []prometheus.Collector{s.metrics.quotaCalls, s.metrics.quotaRefused, s.metrics.distributions} {
			if err := cfg.Registerer.Register(c); err != nil {
				return nil, fmt.Errorf("paidai: metrics: %w", err)
			}
		}
	}
	routes := map[string]middleware.Route{}
	for _, r := range cfg.Routes {
		accepts := make([]x402.Requirements, len(cfg.Prices))
		for i, p := range cfg.Prices {
			p.PayTo = cfg.Splitter.Hex()
			accepts[i] = p
		}
		routes[r] = middleware.Route{Accepts: accepts, Description: cfg.Description, MimeType: "application/json"}
	}
	mw, err := middleware.New(middleware.Config{Facilitator: kicker{cfg.Facilitator, s.kick}, Routes: routes, Logger: cfg.Logger})
	if err != nil {
		return nil, fmt.Errorf("paidai: %w", err)
	}
	s.paid = mw.Wrap(next)
	return s, nil
}

// Handler serves the endpoint: quota callers by their DAT, everyone else
// through x402, and nothing outside the routes.
func (s *Service) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served := false
		for _, rt := range s.routes {
			served = served || rt.matches(r)
		}
		if !served {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusNotFound)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": "not_found", "message": "this service serves only its priced routes"})
			return
		}
		if r.Header.Get(HeaderToken) != "" && s.cfg.Operator != nil {
			s.serveQuota(w, r)
			return
		}
		s.paid.ServeHTTP(w, r)
	})
}

// kicker wakes the distributor after each settled payment.
type kicker struct {
	middleware.Facilitator
	kick chan struct{}
}

func (k kicker) Settle(ctx context.Context, version int, payload, requirements json.RawMessage) (x402.SettleResponse, error) {
	resp, err := k.Facilitator.Settle(ctx, version, payload, requirements)
	if err == nil && resp.Success {
		select {
		case k.kick <- struct{}{}:
		default:
		}
	}
	return resp, err
}

// Run distributes the splitter's revenue until ctx ends: after settled
// payments and every DistributeEvery. It returns when ctx is cancelled.
func (s *Service) Run(ctx context.Context) {
	if s.cfg.Distributor == nil {
		<-ctx.Done()
		return
	}
	tick := time.NewTicker(s.cfg.DistributeEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.kick:
		case <-tick.C:
		}
		if err := s.DistributeNow(ctx); err != nil && ctx.Err() == nil {
			s.cfg.Logger.Warn("distribute revenue", "err", err)
		}
	}
}

// DistributeNow splits whatever the splitter holds undistributed, for
// every asset of the prices, and waits for the transactions.
func (s *Service) DistributeNow(ctx context.Context) error {
	seen := map[string]bool{}
	for _, p := range s.cfg.Prices {
		if seen[p.Asset] {
			continue
		}
		seen[p.Asset] = true
		asset := common.HexToAddress(p.Asset)
		amount, err := s.cfg.Client.Undistributed(ctx, s.cfg.Splitter, asset)
		if err != nil {
			return err
		}
		if amount.Sign() <= 0 {
			continue
		}
		hash, receipt, err := s.cfg.Distributor.Send(ctx, s.cfg.Splitter, splitterABI.PackDistribute(asset), 600_000)
		if err != nil && receipt == nil {
			return fmt.Errorf("distribute %s: %w", asset, err)
		}
		timer := time.NewTimer(usageTimeout)
		select {
		case r := <-receipt:
			timer.Stop()
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("distribute %s: transaction %s reverted", asset, hash)
			}
			s.metrics.distributions.Inc()
			s.cfg.Logger.Info("distributed revenue", "asset", asset, "amount", amount, "tx", hash)
		case <-timer.C:
			s.cfg.Distributor.Forget(hash)
			return fmt.Errorf("distribute %s: transaction %s not in a block after %s", asset, hash, usageTimeout)
		case <-ctx.Done():
			timer.Stop()
			return ctx.Err()
		}
	}
	return nil
}

// Address is the service's operator: the address quota holders approve
// and sign for.
func (s *Service) Address() common.Address {
	if s.cfg.Operator == nil {
		return common.Address{}
	}
	return s.cfg.Operator.Address()
}

func sdkRevert(err error) *sdk.RevertError { return sdk.DecodeRevertError(err) }
