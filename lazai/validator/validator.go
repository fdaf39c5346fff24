// Package validator is a LazAI contribution validator: given a file
// registered in the ContributionRegistry, it fetches the data, checks it
// against the registered content hash (SHA-256), scores it and signs the
// EIP-712 contribution proof the registry mints from. It serves
// POST /validate over HTTP, and Collect gathers proofs from several
// validators, checking each.
//
// The URIs it fetches were registered by anyone, so by default it connects
// only to public addresses (no loopback, private, link-local, CGNAT,
// multicast or unspecified ones, checked on every connection, redirects
// included), reads at most MaxData, fetches at most four files at once and
// remembers each file's outcome, and its errors do not echo what a
// refused fetch found.
package validator

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/sdk"
)

// MaxData bounds the data a validator downloads: 16 MiB.
const MaxData = 16 << 20

// MaxScore is the registry's highest score.
const MaxScore = 10_000

// Validator scores and signs contributions.
type Validator struct {
	Key    *ecdsa.PrivateKey
	Client *sdk.Client // reads the registry
	// Score rates data from 1 to 10000 (deterministic, so a quorum agrees).
	Score func(data []byte) uint64
	// AllowPrivate lets it fetch from private and loopback addresses (a
	// local demo's storage); off, only public addresses are reached.
	AllowPrivate bool
	Logger       *slog.Logger

	once    sync.Once
	http    *http.Client
	fetches chan struct{} // bounds concurrent fetches
	mu      sync.Mutex
	results map[string]*result // by file id
}

// result is a file's validation, shared by concurrent and later requests.
type result struct {
	done  chan struct{}
	proof sdk.Proof
	err   error
}

// maxResults bounds the remembered outcomes.
const maxResults = 4096

// ErrUnavailable wraps failures of the chain or of the data's host, which
// are not the file's fault.
var ErrUnavailable = errors.New("unavailable")

func (v *Validator) init() {
	v.once.Do(func() {
		v.fetches = make(chan struct{}, 4)
		v.results = map[string]*result{}
		dialer := &net.Dialer{Timeout: 10 * time.Second, Control: func(_, address string, _ syscall.RawConn) error {
			if v.AllowPrivate {
				return nil
			}
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip, err := netip.ParseAddr(host)
			if err != nil || !public(ip) {
				return errors.New("refusing to connect to a non-public address")
			}
			return nil
		}}
		v.http = &http.Client{
			Timeout:   30 * time.Second,
			Transport: &http.Transport{DialContext: dialer.DialContext, Proxy: nil, MaxIdleConns: 16, IdleConnTimeout: 30 * time.Second},
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= 3 {
					return errors.New("too many redirects")
				}
				if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
					return errors.New("redirect to a non-http URI")
				}
				return nil
			},
		}
	})
}

// cgnat is the shared address space of carrier-grade NAT (RFC 6598).
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// public reports whether ip is a globally routable unicast address.
func public(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsGlobalUnicast() && !ip.IsPrivate() && !ip.IsLoopback() && !ip.IsLinkLocalUnicast() && !cgnat.Contains(ip)
}

// Address is the validator's signing address.
func (v *Validator) Address() common.Address { return crypto.PubkeyToAddress(v.Key.PublicKey) }

// Validate checks a pending file's data and returns the signed proof.
// Concurrent and repeated requests for one file share one validation.
func (v *Validator) Validate(ctx context.Context, fileID *big.Int) (sdk.Proof, error) {
	v.init()
	key := fileID.String()
	v.mu.Lock()
	r, ok := v.results[key]
	if !ok {
		if len(v.results) >= maxResults {
			clear(v.results)
		}
		r = &result{done: make(chan struct{})}
		v.results[key] = r
		go func() {
			// The validation outlives the request that asked first.
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
			defer cancel()
			r.proof, r.err = v.validate(cctx, fileID)
			if r.err != nil && errors.Is(r.err, ErrUnavailable) {
				v.mu.Lock()
				delete(v.results, key) // a passing failure: try again next time
				v.mu.Unlock()
			}
			close(r.done)
		}()
	}
	v.mu.Unlock()
	select {
	case <-r.done:
		return r.proof, r.err
	case <-ctx.Done():
		return sdk.Proof{}, ctx.Err()
	}
}

func (v *Validator) validate(ctx context.Context, fileID *big.Int) (sdk.Proof, error) {
	f, err := v.Client.File(ctx, fileID)
	if err != nil {
		if sdk.DecodeRevertError(err) != nil {
			return sdk.Proof{}, err
		}
		return sdk.Proof{}, fmt.Errorf("read file %s: %w: %v", fileID, ErrUnavailable, err)
	}
	if f.Status != sdk.FilePending {
		return sdk.Proof{}, fmt.Errorf("validate file %s: it is %s, not pending", fileID, f.Status)
	}
	select {
	case v.fetches <- struct{}{}:
	case <-ctx.Done():
		return sdk.Proof{}, fmt.Errorf("validate file %s: %w: %v", fileID, ErrUnavailable, ctx.Err())
	}
	data, err := v.fetch(ctx, f.URI)
	<-v.fetches
	if err != nil {
		return sdk.Proof{}, fmt.Errorf("validate file %s: %w", fileID, err)
	}
	if sum := sha256.Sum256(data); common.Hash(sum) != f.ContentHash {
		return sdk.Proof{}, fmt.Errorf("validate file %s: content hash mismatch: the data does not hash to the registered %s", fileID, f.ContentHash)
	}
	score := v.Score(data)
	if score == 0 || score > MaxScore {
		return sdk.Proof{}, fmt.Errorf("validate file %s: the scorer returned %d, outside 1..%d", fileID, score, MaxScore)
	}
	p, err := sdk.SignProof(v.Key, v.Client.ChainID, v.Client.Addresses.Registry, f, score)
	if err != nil {
		return sdk.Proof{}, err
	}
	if v.Logger != nil {
		v.Logger.Info("validated contribution", "file", fileID, "score", score, "validator", p.Validator)
	}
	return p, nil
}

func (v *Validator) fetch(ctx context.Context, uri string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, uri, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", uri, err)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return nil, fmt.Errorf("fetch %q: only http and https URIs are fetched", uri)
	}
	data, err := Download(ctx, v.http, uri)
	var status *StatusError
	switch {
	case err == nil:
		return data, nil
	case errors.Is(err, ErrTooLarge):
		return nil, fmt.Errorf("fetch %q: larger than %d bytes", uri, MaxData)
	case errors.As(err, &status):
		return nil, fmt.Errorf("fetch %q: %w: the data's host answered %d", uri, ErrUnavailable, status.Code)
	default:
		// Not the error itself: it would tell a prober what is listening where.
		return nil, fmt.Errorf("fetch %q: %w: the data could not be fetched", uri, ErrUnavailable)
	}
}

// ErrTooLarge is returned by Download for data over MaxData.
var ErrTooLarge = fmt.Errorf("larger than %d bytes", MaxData)

// StatusError is a download answered with a status other than 200.
type StatusError struct{ Code int }

func (e *StatusError) Error() string {
	return fmt.Sprintf("answered %d %s", e.Code, http.StatusText(e.Code))
}

// Download GETs uri with client and returns its body, at most MaxData
// bytes (ErrTooLarge beyond); a status other than 200 is a *StatusError.
func Download(ctx context.Context, client *http.Client, uri string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, uri, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", uri, err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", uri, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch %s: %w", uri, &StatusError{Code: resp.StatusCode})
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxData+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", uri, err)
	}
	if len(data) > MaxData {
		return nil, fmt.Errorf("fetch %s: %w", uri, ErrTooLarge)
	}
	return data, nil
}

// Request is the body of POST /validate.
type Request struct {
	FileID string `json:"fileId"` // decimal
}

// Response is a signed proof.
type Response struct {
	FileID    string         `json:"fileId"`
	Validator common.Address `json:"validator"`
	Score     uint64         `json:"score"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Handler serves POST /validate.
func (v *Validator) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /validate", func(w http.ResponseWriter, r *http.Request) {
		var req Request
		if err := json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&req); err != nil {
			httpError(w, http.StatusBadRequest, "malformed request: "+err.Error())
			return
		}
		id, ok := new(big.Int).SetString(req.FileID, 10)
		if !ok || id.Sign() <= 0 || id.BitLen() > 256 {
			httpError(w, http.StatusBadRequest, "fileId must be a positive decimal integer below 2^256")
			return
		}
		p, err := v.Validate(r.Context(), id)
		if err != nil {
			code := http.StatusUnprocessableEntity
			if errors.Is(err, ErrUnavailable) {
				code = http.StatusBadGateway
			}
			httpError(w, code, err.Error())
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(Response{FileID: id.String(), Validator: p.Validator, Score: p.Score, Signature: p.Signature})
	})
	return mux
}

// check verifies a proof before it is submitted: score in range, signed by
// the validator it names, who is a member of the registry.
func check(ctx context.Context, c *sdk.Client, f *sdk.File, p sdk.Proof) error {
	if p.Score == 0 || p.Score > MaxScore {
		return fmt.Errorf("score %d out of range", p.Score)
	}
	if len(p.Signature) != 65 {
		return errors.New("malformed signature")
	}
	sig := append([]byte(nil), p.Signature...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	digest := sdk.ProofDigest(c.ChainID, c.Addresses.Registry, f, p.Score)
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != p.Validator {
		return fmt.Errorf("the proof is not signed by %s", p.Validator)
	}
	ok, err := c.IsValidator(ctx, p.Validator)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%s is not a validator of the registry", p.Validator)
	}
	return nil
}

func httpError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// Collect asks validators (base URLs) in turn for proofs of a file until
// it has `need` from distinct registry validators, and returns them. Each
// proof is checked (score in range, signature by the validator it names,
// a member of the registry) before it counts. Errors from validators that
// refused are returned only when too few answered.
func Collect(ctx context.Context, c *sdk.Client, client *http.Client, urls []string, fileID *big.Int, need int) ([]sdk.Proof, error) {
	if client == nil {
		client = &http.Client{Timeout: time.Minute}
	}
	f, err := c.File(ctx, fileID)
	if err != nil {
		return nil, fmt.Errorf("collect proofs of file %s: %w", fileID, err)
	}
	seen := map[common.Address]bool{}
	var proofs []sdk.Proof
	var errs []error
	body, _ := json.Marshal(Request{FileID: fileID.String()})
	for _, u := range urls {
		if len(proofs) == need {
			break
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, u+"/validate", bytes.NewReader(body))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", u, err))
			continue
		}
		raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			errs = append(errs, fmt.Errorf("%s: %s %s", u, resp.Status, bytes.TrimSpace(raw)))
			continue
		}
		var out Response
		if err := json.Unmarshal(raw, &out); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", u, err))
			continue
		}
		p := sdk.Proof{Validator: out.Validator, Score: out.Score, Signature: out.Signature}
		if err := check(ctx, c, f, p); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", u, err))
			continue
		}
		if seen[p.Validator] {
			errs = append(errs, fmt.Errorf("%s: a second proof by %s", u, p.Validator))
			continue
		}
		seen[p.Validator] = true
		proofs = append(proofs, p)
	}
	if len(proofs) < need {
		return nil, fmt.Errorf("collect proofs of file %s: %d of %d: %w", fileID, len(proofs), need, errors.Join(errs...))
	}
	return proofs, nil
}

// LineQuality is a generic deterministic data score for text datasets:
//
//	10000 * unique/lines * min(bytes, 4096)/4096
//
// where lines counts the non-empty lines and unique those not seen before
// in the data; duplicates and tiny files cost. It is what `metis dev`'s
// validators use; a real network would run a scorer for its data's kind
// (see lazai/sentiment for one).
func LineQuality(data []byte) uint64 {
	seen := map[string]bool{}
	var lines, unique uint64
	for _, line := range bytes.Split(data, []byte{'\n'}) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		lines++
		if !seen[string(line)] {
			seen[string(line)] = true
			unique++
		}
	}
	if lines == 0 {
		return 1
	}
	size := min(uint64(len(data)), 4096)
	return max(1, min(MaxScore, MaxScore*unique*size/(lines*4096)))
}
