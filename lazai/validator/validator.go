// Package validator is a LazAI contribution validator: given a file
// registered in the ContributionRegistry, it fetches the data, checks it
// against the registered content hash (SHA-256), scores it and signs the
// EIP-712 contribution proof the registry mints from. It serves
// POST /validate over HTTP, and Collect gathers a quorum of proofs from
// several validators.
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
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/sdk"
)

// MaxData bounds the data a validator downloads: 16 MiB.
const MaxData = 16 << 20

// Validator scores and signs contributions.
type Validator struct {
	Key    *ecdsa.PrivateKey
	Client *sdk.Client // reads the registry
	// Score rates data from 1 to 10000 (deterministic, so a quorum agrees).
	Score func(data []byte) uint64
	// HTTP fetches http(s) URIs; default a client with a 30 s timeout.
	HTTP   *http.Client
	Logger *slog.Logger
}

// Address is the validator's signing address.
func (v *Validator) Address() common.Address { return crypto.PubkeyToAddress(v.Key.PublicKey) }

// Validate checks a pending file's data and returns the signed proof.
func (v *Validator) Validate(ctx context.Context, fileID *big.Int) (sdk.Proof, error) {
	f, err := v.Client.File(ctx, fileID)
	if err != nil {
		return sdk.Proof{}, err
	}
	if f.Status != sdk.FilePending {
		return sdk.Proof{}, fmt.Errorf("validate file %s: it is %s, not pending", fileID, f.Status)
	}
	data, err := v.fetch(ctx, f.URI)
	if err != nil {
		return sdk.Proof{}, fmt.Errorf("validate file %s: %w", fileID, err)
	}
	if sum := sha256.Sum256(data); common.Hash(sum) != f.ContentHash {
		return sdk.Proof{}, fmt.Errorf("validate file %s: content hash mismatch: registered %s, data at %s hashes to %s", fileID, f.ContentHash, f.URI, common.Hash(sum))
	}
	score := v.Score(data)
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
	client := v.HTTP
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, uri, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", uri, err)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return nil, fmt.Errorf("fetch %q: only http and https URIs are fetched", uri)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", uri, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch %q: %s", uri, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxData+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", uri, err)
	}
	if len(data) > MaxData {
		return nil, fmt.Errorf("fetch %q: larger than %d bytes", uri, MaxData)
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
		if !ok || id.Sign() <= 0 {
			httpError(w, http.StatusBadRequest, "fileId must be a positive decimal integer")
			return
		}
		p, err := v.Validate(r.Context(), id)
		if err != nil {
			httpError(w, http.StatusUnprocessableEntity, err.Error())
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(Response{FileID: id.String(), Validator: p.Validator, Score: p.Score, Signature: p.Signature})
	})
	return mux
}

func httpError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// Collect asks validators (base URLs) in turn for proofs of a file until
// it has `need`, and returns them. Errors from validators that refused are
// returned only when too few answered.
func Collect(ctx context.Context, client *http.Client, urls []string, fileID *big.Int, need int) ([]sdk.Proof, error) {
	if client == nil {
		client = http.DefaultClient
	}
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
		proofs = append(proofs, sdk.Proof{Validator: out.Validator, Score: out.Score, Signature: out.Signature})
	}
	if len(proofs) < need {
		return nil, fmt.Errorf("collect proofs of file %s: %d of %d: %w", fileID, len(proofs), need, errors.Join(errs...))
	}
	return proofs, nil
}
