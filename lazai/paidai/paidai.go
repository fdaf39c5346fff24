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
// 32 bytes, fresh per request), X-DAT-Expires (unix seconds, at most 5
// minutes ahead) and X-DAT-Signature (65-byte hex EIP-191 signature of
// UsageMessage by the token's owner). Each (token, nonce) is accepted once.
package paidai

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
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
	HeaderExpires   = "X-DAT-Expires"
	HeaderSignature = "X-DAT-Signature"
)

// MaxSignatureLifetime bounds how far ahead X-DAT-Expires may be.
const MaxSignatureLifetime = 5 * time.Minute

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

	mu   sync.Mutex
	used map[common.Hash]time.Time // (token, nonce) of quota calls seen, until they expire
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
	if cfg.Metric == (common.Hash{}) {
		cfg.Metric = sdk.MetricInferenceCalls
	}
	if cfg.DistributeEvery <= 0 {
		cfg.DistributeEvery = 2 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Service{cfg: cfg, next: next, kick: make(chan struct{}, 1), used: map[common.Hash]time.Time{}}
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
// through x402.
func (s *Service) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
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
		if amount.Sign() == 0 {
			continue
		}
		hash, receipt, err := s.cfg.Distributor.Send(ctx, s.cfg.Splitter, splitterABI.PackDistribute(asset), 400_000)
		if err != nil {
			return fmt.Errorf("distribute %s: %w", asset, err)
		}
		select {
		case r := <-receipt:
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("distribute %s: transaction %s reverted", asset, hash)
			}
			s.metrics.distributions.Inc()
			s.cfg.Logger.Info("distributed revenue", "asset", asset, "amount", amount, "tx", hash)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// UsageMessage is what a token's owner signs (EIP-191 personal message)
// to spend one unit of quota on a request.
func UsageMessage(chainID *big.Int, dat common.Address, token *big.Int, nonce []byte, method, path string, expires int64) []byte {
	return fmt.Appendf(nil, "LazAI DAT usage\nchain: %s\ndat: %s\ntoken: %s\nnonce: %x\nrequest: %s %s\nexpires: %d", chainID, dat.Hex(), token, nonce, method, path, expires)
}

// SignUsage returns the quota headers for a request, signed by the token's
// owner, valid for lifetime.
func SignUsage(key *ecdsa.PrivateKey, chainID *big.Int, dat common.Address, token *big.Int, method, path string, expires time.Time) (http.Header, error) {
	exp := expires.Unix()
	nonce := make([]byte, 16)
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("sign usage: %w", err)
	}
	sig, err := crypto.Sign(accounts.TextHash(UsageMessage(chainID, dat, token, nonce, method, path, exp)), key)
	if err != nil {
		return nil, fmt.Errorf("sign usage: %w", err)
	}
	sig[64] += 27
	h := http.Header{}
	h.Set(HeaderToken, token.String())
	h.Set(HeaderNonce, hexutil.Encode(nonce))
	h.Set(HeaderExpires, strconv.FormatInt(exp, 10))
	h.Set(HeaderSignature, hexutil.Encode(sig))
	return h, nil
}

// quotaError is a refused quota call.
type quotaError struct {
	status int
	code   string
	msg    string
}

func (s *Service) serveQuota(w http.ResponseWriter, r *http.Request) {
	if qe := s.chargeQuota(r); qe != nil {
		s.metrics.quotaRefused.WithLabelValues(qe.code).Inc()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(qe.status)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": qe.code, "message": qe.msg})
		return
	}
	s.metrics.quotaCalls.Inc()
	s.next.ServeHTTP(w, r)
}

// Usage is a verified quota request: who signed for which token.
type Usage struct {
	Token   *big.Int
	Nonce   []byte
	Expires int64
	Signer  common.Address
}

// ParseUsage reads and verifies the quota headers of a request to
// METHOD path on the chain and DAT given, at time now. The signer it
// returns still has to own the token.
func ParseUsage(h http.Header, chainID *big.Int, dat common.Address, method, path string, now time.Time) (*Usage, error) {
	token, ok := new(big.Int).SetString(h.Get(HeaderToken), 10)
	if !ok || token.Sign() <= 0 || token.BitLen() > 256 {
		return nil, errors.New(HeaderToken + " must be a positive decimal token id")
	}
	nonce, err := hexutil.Decode(h.Get(HeaderNonce))
	if err != nil || len(nonce) == 0 || len(nonce) > 32 {
		return nil, errors.New(HeaderNonce + " must be 1 to 32 bytes of hex")
	}
	exp, err := strconv.ParseInt(h.Get(HeaderExpires), 10, 64)
	if err != nil {
		return nil, errors.New(HeaderExpires + " must be unix seconds")
	}
	if exp < now.Unix() {
		return nil, errors.New("the usage signature has expired")
	}
	if exp-now.Unix() > int64(MaxSignatureLifetime/time.Second) {
		return nil, fmt.Errorf("%s is more than %s ahead", HeaderExpires, MaxSignatureLifetime)
	}
	sig, err := hexutil.Decode(h.Get(HeaderSignature))
	if err != nil || len(sig) != 65 {
		return nil, errors.New(HeaderSignature + " must be a 65-byte hex signature")
	}
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(accounts.TextHash(UsageMessage(chainID, dat, token, nonce, method, path, exp)), sig)
	if err != nil {
		return nil, errors.New("the usage signature does not recover")
	}
	return &Usage{Token: token, Nonce: nonce, Expires: exp, Signer: crypto.PubkeyToAddress(*pub)}, nil
}

// chargeQuota checks the request's quota headers and records one unit of
// usage on chain.
func (s *Service) chargeQuota(r *http.Request) *quotaError {
	u, err := ParseUsage(r.Header, s.cfg.Client.ChainID, s.cfg.Client.Addresses.DAT, r.Method, r.URL.Path, time.Now())
	if err != nil {
		return &quotaError{http.StatusBadRequest, "invalid_dat_usage", err.Error()}
	}
	token, nonce, exp, signer := u.Token, u.Nonce, u.Expires, u.Signer
	ctx := r.Context()
	t, err := s.cfg.Client.Token(ctx, token)
	if err != nil {
		if sdk.DecodeRevertError(err) != nil {
			return &quotaError{http.StatusForbidden, "unknown_dat_token", err.Error()}
		}
		return &quotaError{http.StatusBadGateway, "chain_unavailable", err.Error()}
	}
	if t.Owner != signer {
		return &quotaError{http.StatusForbidden, "not_token_owner", fmt.Sprintf("the usage is signed by %s, but token %s belongs to %s", signer, token, t.Owner)}
	}
	if t.Class.Cmp(s.cfg.Class) != 0 {
		return &quotaError{http.StatusForbidden, "wrong_dat_class", fmt.Sprintf("token %s is of class %s; this endpoint serves class %s", token, t.Class, s.cfg.Class)}
	}
	sigKey := crypto.Keccak256Hash(common.BigToHash(token).Bytes(), nonce)
	if !s.claimSignature(sigKey, time.Unix(exp, 0)) {
		return &quotaError{http.StatusConflict, "dat_usage_replayed", "this usage nonce was already used for this token"}
	}
	operator := s.cfg.Operator.Address()
	data := datABI.PackRecordUsage(token, s.cfg.Metric, big.NewInt(1))
	// Simulate first, so a refusal names its reason and costs no gas.
	if _, err := s.cfg.Client.EC.CallContract(ctx, ethereum.CallMsg{From: operator, To: &s.cfg.Client.Addresses.DAT, Data: data}, nil); err != nil {
		s.releaseSignature(sigKey)
		return s.refusal(token, t, operator, err)
	}
	hash, receipt, err := s.cfg.Operator.Send(ctx, s.cfg.Client.Addresses.DAT, data, 120_000)
	if err != nil {
		return &quotaError{http.StatusBadGateway, "dat_usage_not_recorded", err.Error()}
	}
	select {
	case rc := <-receipt:
		if rc.Status != types.ReceiptStatusSuccessful {
			return &quotaError{http.StatusConflict, "dat_quota_exhausted", fmt.Sprintf("recording usage on token %s reverted (tx %s): its quota ran out meanwhile", token, hash)}
		}
	case <-ctx.Done():
		return &quotaError{http.StatusGatewayTimeout, "dat_usage_pending", fmt.Sprintf("usage transaction %s is not in a block yet", hash)}
	}
	return nil
}

func (s *Service) refusal(token *big.Int, t *sdk.Token, operator common.Address, err error) *quotaError {
	re := sdk.DecodeRevertError(err)
	switch {
	case re == nil:
		return &quotaError{http.StatusBadGateway, "dat_usage_not_recorded", err.Error()}
	case re.Name == "QuotaExceeded":
		return &quotaError{http.StatusPaymentRequired, "dat_quota_exhausted", fmt.Sprintf("DAT token %s has no quota left (value %s); recharge it with transferValue or pay per call with x402", token, t.Value)}
	case re.Name == "TokenExpired":
		return &quotaError{http.StatusForbidden, "dat_token_expired", fmt.Sprintf("DAT token %s expired at %d", token, t.ExpireAt)}
	case re.Name == "NotOwnerOrOperator":
		return &quotaError{http.StatusForbidden, "operator_not_approved", fmt.Sprintf("approve this service's operator %s for class %s (approveForClass) to spend quota", operator, t.Class)}
	}
	return &quotaError{http.StatusForbidden, "dat_usage_refused", re.Error()}
}

func (s *Service) claimSignature(key common.Hash, until time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	for k, exp := range s.used {
		if exp.Before(now) {
			delete(s.used, k)
		}
	}
	if _, ok := s.used[key]; ok {
		return false
	}
	s.used[key] = until
	return true
}

func (s *Service) releaseSignature(key common.Hash) {
	s.mu.Lock()
	delete(s.used, key)
	s.mu.Unlock()
}
