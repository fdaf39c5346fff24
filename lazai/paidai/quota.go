package paidai

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Quota-path time limits.
const (
	// MaxSignatureLifetime bounds expires − issued of a usage signature.
	MaxSignatureLifetime = 5 * time.Minute
	// ClockSkew is how far in the future an issued time may be.
	ClockSkew = 30 * time.Second
	// chainTimeout bounds the chain reads of one quota check.
	chainTimeout = 10 * time.Second
	// usageTimeout bounds the wait for a usage transaction's receipt; the
	// wait outlives the request that started it.
	usageTimeout = 2 * time.Minute
)

// UsageRequest is what a usage signature covers.
type UsageRequest struct {
	ChainID *big.Int
	DAT     common.Address
	Service common.Address // the service's operator: a signature is good at one service only
	Token   *big.Int
	Method  string
	Path    string
}

// Message is the EIP-191 personal message a token's owner signs to spend
// one unit of quota on one request.
func (u UsageRequest) Message(nonce []byte, issued, expires int64) []byte {
	return fmt.Appendf(nil, "LazAI DAT usage\nchain: %s\ndat: %s\nservice: %s\ntoken: %s\nnonce: %x\nrequest: %s %s\nissued: %d\nexpires: %d",
		u.ChainID, u.DAT.Hex(), u.Service.Hex(), u.Token, nonce, u.Method, u.Path, issued, expires)
}

// SignUsage returns the quota headers for a request, signed by the token's
// owner with a fresh nonce, issued now and valid for lifetime.
func SignUsage(key *ecdsa.PrivateKey, u UsageRequest, now time.Time, lifetime time.Duration) (http.Header, error) {
	nonce := make([]byte, 16)
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("sign usage: %w", err)
	}
	issued, expires := now.Unix(), now.Add(lifetime).Unix()
	sig, err := crypto.Sign(accounts.TextHash(u.Message(nonce, issued, expires)), key)
	if err != nil {
		return nil, fmt.Errorf("sign usage: %w", err)
	}
	sig[64] += 27
	h := http.Header{}
	h.Set(HeaderToken, u.Token.String())
	h.Set(HeaderNonce, hexutil.Encode(nonce))
	h.Set(HeaderIssued, strconv.FormatInt(issued, 10))
	h.Set(HeaderExpires, strconv.FormatInt(expires, 10))
	h.Set(HeaderSignature, hexutil.Encode(sig))
	return h, nil
}

// Usage is a verified quota request: who signed for which token.
type Usage struct {
	Token   *big.Int
	Nonce   []byte
	Issued  int64
	Expires int64
	Signer  common.Address
}

// ParseUsage reads and verifies the quota headers of a request (u without
// Token, which comes from the headers) at time now. The signer it returns
// still has to own the token.
func ParseUsage(h http.Header, u UsageRequest, now time.Time) (*Usage, error) {
	raw := h.Get(HeaderToken)
	token, ok := new(big.Int).SetString(raw, 10)
	if len(raw) > 78 || !ok || token.Sign() <= 0 || token.BitLen() > 256 {
		return nil, errors.New(HeaderToken + " must be a positive decimal token id")
	}
	nonce, err := hexutil.Decode(h.Get(HeaderNonce))
	if err != nil || len(nonce) == 0 || len(nonce) > 32 {
		return nil, errors.New(HeaderNonce + " must be 1 to 32 bytes of hex")
	}
	issued, err1 := strconv.ParseInt(h.Get(HeaderIssued), 10, 64)
	expires, err2 := strconv.ParseInt(h.Get(HeaderExpires), 10, 64)
	if err1 != nil || err2 != nil {
		return nil, errors.New(HeaderIssued + " and " + HeaderExpires + " must be unix seconds")
	}
	switch {
	case expires < now.Unix():
		return nil, errors.New("the usage signature has expired")
	case issued > now.Add(ClockSkew).Unix():
		return nil, errors.New("the usage signature is issued in the future")
	case expires <= issued || expires-issued > int64(MaxSignatureLifetime/time.Second):
		return nil, fmt.Errorf("a usage signature must expire after it is issued and within %s", MaxSignatureLifetime)
	}
	sig, err := hexutil.Decode(h.Get(HeaderSignature))
	if err != nil || len(sig) != 65 {
		return nil, errors.New(HeaderSignature + " must be a 65-byte hex signature")
	}
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	u.Token = token
	pub, err := crypto.SigToPub(accounts.TextHash(u.Message(nonce, issued, expires)), sig)
	if err != nil {
		return nil, errors.New("the usage signature does not recover")
	}
	return &Usage{Token: token, Nonce: nonce, Issued: issued, Expires: expires, Signer: crypto.PubkeyToAddress(*pub)}, nil
}

// quotaError is a refused quota call.
type quotaError struct {
	status int
	code   string
	msg    string
}

// flight counts one token's usage transactions on their way to the chain;
// changed closes whenever one of them settles.
type flight struct {
	n       int
	changed chan struct{}
}

// usageEntry is one (token, nonce): the call it paid for, once or while
// its usage transaction is on the way.
type usageEntry struct {
	done    chan struct{} // closed when the outcome is known
	charged bool          // the usage is recorded on chain
	err     *quotaError   // why not, when done and not charged
	expires time.Time
	token   string
}

func (s *Service) serveQuota(w http.ResponseWriter, r *http.Request) {
	e, qe := s.chargeQuota(r)
	if qe == nil {
		select {
		case <-e.done:
			if !e.charged {
				qe = e.err
			}
		case <-r.Context().Done():
			return
		}
	}
	if qe != nil {
		s.metrics.quotaRefused.WithLabelValues(qe.code).Inc()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(qe.status)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": qe.code, "message": qe.msg, "service": s.cfg.Operator.Address().Hex()})
		return
	}
	s.metrics.quotaCalls.Inc()
	s.next.ServeHTTP(w, r)
}

// chargeQuota checks a request's quota headers and, unless the same
// signed request was charged already (a retry: it is served again),
// records one unit of usage on chain. The returned entry's done closes
// when the charge is known.
func (s *Service) chargeQuota(r *http.Request) (*usageEntry, *quotaError) {
	operator := s.cfg.Operator.Address()
	req := UsageRequest{ChainID: s.cfg.Client.ChainID, DAT: s.cfg.Client.Addresses.DAT, Service: operator, Method: r.Method, Path: r.URL.Path}
	now := time.Now()
	u, err := ParseUsage(r.Header, req, now)
	if err != nil {
		return nil, &quotaError{http.StatusBadRequest, "invalid_dat_usage", err.Error()}
	}
	if time.Unix(u.Issued, 0).Add(ClockSkew).Before(s.started) {
		return nil, &quotaError{http.StatusBadRequest, "invalid_dat_usage", "the usage signature was issued before this service started; sign the request again"}
	}
	key := crypto.Keccak256Hash(common.BigToHash(u.Token).Bytes(), u.Nonce)
	tokenKey := u.Token.String()

	s.mu.Lock()
	s.sweep(now)
	if e, ok := s.used[key]; ok {
		s.mu.Unlock()
		if now.Unix() > u.Expires {
			return nil, &quotaError{http.StatusBadRequest, "invalid_dat_usage", "the usage signature has expired"}
		}
		return e, nil // a retry of a call charged (or being charged) already
	}
	e := &usageEntry{done: make(chan struct{}), expires: time.Unix(u.Expires+1, 0), token: tokenKey}
	s.used[key] = e
	s.mu.Unlock()
	fail := func(qe *quotaError) (*usageEntry, *quotaError) {
		s.mu.Lock()
		delete(s.used, key)
		s.mu.Unlock()
		e.err = qe
		close(e.done)
		return nil, qe
	}

	ctx, cancel := context.WithTimeout(r.Context(), chainTimeout)
	defer cancel()
	var class, value *big.Int
	for {
		var owner common.Address
		owner, class, value, err = s.tokenFacts(ctx, u.Token)
		if err != nil {
			if re := sdkRevert(err); re != nil {
				return fail(&quotaError{http.StatusForbidden, "unknown_dat_token", re.Error()})
			}
			return fail(&quotaError{http.StatusBadGateway, "chain_unavailable", err.Error()})
		}
		if owner != u.Signer {
			return fail(&quotaError{http.StatusForbidden, "not_token_owner", fmt.Sprintf("the usage is signed by %s, but token %s belongs to %s", u.Signer, u.Token, owner)})
		}
		if class.Cmp(s.cfg.Class) != 0 {
			return fail(&quotaError{http.StatusForbidden, "wrong_dat_class", fmt.Sprintf("token %s is of class %s; this endpoint serves class %s", u.Token, class, s.cfg.Class)})
		}
		// Units on their way to the chain count against the quota, so a
		// burst of calls cannot send transactions bound to revert. The
		// value read may already include some of them, so a call that
		// does not fit waits for those to settle and reads again: it is
		// refused only when nothing is on its way.
		s.mu.Lock()
		f := s.inflight[tokenKey]
		if f == nil {
			f = &flight{changed: make(chan struct{})}
			s.inflight[tokenKey] = f
		}
		if value.Cmp(big.NewInt(int64(f.n)+1)) >= 0 {
			f.n++
			s.mu.Unlock()
			break
		}
		if f.n == 0 {
			delete(s.inflight, tokenKey)
			s.mu.Unlock()
			return fail(&quotaError{http.StatusPaymentRequired, "dat_quota_exhausted", fmt.Sprintf("DAT token %s has no quota left (value %s); recharge it with transferValue or pay per call with x402", u.Token, value)})
		}
		changed := f.changed
		s.mu.Unlock()
		select {
		case <-changed:
		case <-ctx.Done():
			return fail(&quotaError{http.StatusGatewayTimeout, "dat_usage_pending", fmt.Sprintf("DAT token %s has no quota left beyond the usage already on its way to the chain", u.Token)})
		}
	}
	release := func() {
		s.mu.Lock()
		f := s.inflight[tokenKey]
		f.n--
		close(f.changed)
		if f.n <= 0 {
			delete(s.inflight, tokenKey)
		} else {
			f.changed = make(chan struct{})
		}
		s.mu.Unlock()
	}
	data := datABI.PackRecordUsage(u.Token, s.cfg.Metric, big.NewInt(1))
	// Simulate first, so a refusal names its reason and costs no gas.
	if _, err := s.cfg.Client.EC.CallContract(ctx, ethereum.CallMsg{From: operator, To: &s.cfg.Client.Addresses.DAT, Data: data}, nil); err != nil {
		release()
		return fail(s.refusal(u.Token, class, value, operator, err))
	}
	hash, receipt, err := s.cfg.Operator.Send(context.WithoutCancel(ctx), s.cfg.Client.Addresses.DAT, data, 120_000)
	if err != nil && receipt == nil {
		release()
		return fail(&quotaError{http.StatusBadGateway, "dat_usage_not_recorded", err.Error()})
	}
	// The transaction may be on its way: its outcome is awaited apart from
	// the request, so a client that gives up and retries with the same
	// headers is served once it lands, and charged once.
	go func() {
		defer release()
		timer := time.NewTimer(usageTimeout)
		defer timer.Stop()
		select {
		case rc := <-receipt:
			if rc.Status == types.ReceiptStatusSuccessful {
				e.charged = true
			} else {
				e.err = &quotaError{http.StatusConflict, "dat_usage_failed", fmt.Sprintf("recording usage on token %s reverted (tx %s)", u.Token, hash)}
				s.mu.Lock()
				delete(s.used, key)
				s.mu.Unlock()
			}
		case <-timer.C:
			s.cfg.Operator.Forget(hash)
			e.err = &quotaError{http.StatusGatewayTimeout, "dat_usage_pending", fmt.Sprintf("usage transaction %s is not in a block after %s", hash, usageTimeout)}
		}
		close(e.done)
	}()
	return e, nil
}

// tokenFacts reads what a quota check needs about a token.
func (s *Service) tokenFacts(ctx context.Context, token *big.Int) (owner common.Address, class, value *big.Int, err error) {
	dat := s.cfg.Client.Addresses.DAT
	call := func(data []byte) ([]byte, error) {
		return s.cfg.Client.EC.CallContract(ctx, ethereum.CallMsg{To: &dat, Data: data}, nil)
	}
	var out []byte
	if out, err = call(datABI.PackOwnerOf(token)); err != nil {
		return
	}
	if owner, err = datABI.UnpackOwnerOf(out); err != nil {
		return
	}
	if out, err = call(datABI.PackClassOf(token)); err != nil {
		return
	}
	if class, err = datABI.UnpackClassOf(out); err != nil {
		return
	}
	if out, err = call(datABI.PackValueOf(token)); err != nil {
		return
	}
	value, err = datABI.UnpackValueOf(out)
	return
}

func (s *Service) refusal(token, class, value *big.Int, operator common.Address, err error) *quotaError {
	re := sdkRevert(err)
	switch {
	case re == nil:
		return &quotaError{http.StatusBadGateway, "dat_usage_not_recorded", err.Error()}
	case re.Name == "QuotaExceeded":
		return &quotaError{http.StatusPaymentRequired, "dat_quota_exhausted", fmt.Sprintf("DAT token %s has no quota left (value %s); recharge it with transferValue or pay per call with x402", token, value)}
	case re.Name == "TokenExpired":
		return &quotaError{http.StatusForbidden, "dat_token_expired", fmt.Sprintf("DAT token %s has expired", token)}
	case re.Name == "NotOwnerOrOperator":
		return &quotaError{http.StatusForbidden, "operator_not_approved", fmt.Sprintf("approve this service's operator %s for class %s (approveForClass) to spend quota", operator, class)}
	}
	return &quotaError{http.StatusForbidden, "dat_usage_refused", re.Error()}
}

// sweep drops the usage entries that can no longer be presented. Called
// with s.mu held.
func (s *Service) sweep(now time.Time) {
	if now.Before(s.nextSweep) {
		return
	}
	for k, e := range s.used {
		if e.expires.Before(now) {
			select {
			case <-e.done:
				delete(s.used, k)
			default: // still on its way
			}
		}
	}
	s.nextSweep = now.Add(time.Second)
}
