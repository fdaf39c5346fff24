// Package bang is GMPayer's $BANG proof of concept: POST /bang/mint costs a
// price in any accepted token (paid with x402, settled before minting) and
// mints a fixed amount of BANG to the payer, until the per-chain mint cap is
// reached; GET /bang shows what has been minted.
package bang

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/metis-go/metis/contracts/bindings"
	"github.com/metis-go/metis/internal/txsend"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/middleware"
)

// DefaultPerMint is what one paid mint gives: 5000 BANG.
var DefaultPerMint = new(big.Int).Mul(big.NewInt(5000), big.NewInt(1e18))

// mintGas bounds a mint transaction.
const mintGas = 120_000

var bang = bindings.NewBang()

// Config configures the service.
type Config struct {
	Client  *ethclient.Client
	Token   common.Address // the BANG contract
	Minter  *txsend.Sender // holds the token's MINTER_ROLE
	PerMint *big.Int       // default DefaultPerMint
	// Prices are the accepted payments for one mint (the payTo in each is
	// the treasury).
	Prices      []x402.Requirements
	Facilitator middleware.Facilitator
	Logger      *slog.Logger
}

// Server serves /bang and /bang/mint.
type Server struct {
	cfg     Config
	cap     *big.Int
	handler http.Handler

	mu       sync.Mutex
	reserved *big.Int // mints paid for and not yet in a block
	mints    int
}

// New reads the token's cap and builds the handler.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.PerMint == nil {
		cfg.PerMint = DefaultPerMint
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	raw, err := cfg.Client.CallContract(ctx, ethereum.CallMsg{To: &cfg.Token, Data: bang.PackCap()}, nil)
	if err != nil {
		return nil, fmt.Errorf("bang: read cap: %w", err)
	}
	capacity, err := bang.UnpackCap(raw)
	if err != nil {
		return nil, fmt.Errorf("bang: read cap: %w", err)
	}
	s := &Server{cfg: cfg, cap: capacity, reserved: new(big.Int)}
	pay, err := middleware.New(middleware.Config{
		Facilitator: cfg.Facilitator,
		Routes: map[string]middleware.Route{
			"POST /bang/mint": {Accepts: cfg.Prices, Description: "Mint BANG", MimeType: "application/json", SettleFirst: true},
		},
		Logger: cfg.Logger,
	})
	if err != nil {
		return nil, fmt.Errorf("bang: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /bang", s.status)
	// The cap is checked, and a mint reserved, before payment is asked: a
	// payer is never charged for a mint that cannot happen.
	mux.Handle("POST /bang/mint", s.reserve(pay.Wrap(http.HandlerFunc(s.mint))))
	s.handler = mux
	return s, nil
}

// ServeHTTP serves the API.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Status is the answer of GET /bang (amounts in atomic units, 18 decimals).
type Status struct {
	Token     string `json:"token"`
	Minted    string `json:"minted"`
	Cap       string `json:"cap"`
	PerMint   string `json:"perMint"`
	Remaining string `json:"remaining"`
	Mints     int    `json:"mints"` // served by this process
}

func (s *Server) supply(ctx context.Context) (*big.Int, error) {
	raw, err := s.cfg.Client.CallContract(ctx, ethereum.CallMsg{To: &s.cfg.Token, Data: bang.PackTotalSupply()}, nil)
	if err != nil {
		return nil, err
	}
	return bang.UnpackTotalSupply(raw)
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	minted, err := s.supply(r.Context())
	if err != nil {
		writeJSON(w, http.StatusBadGateway, map[string]string{"error": "read BANG supply: " + err.Error()})
		return
	}
	s.mu.Lock()
	mints := s.mints
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, Status{
		Token: s.cfg.Token.Hex(), Minted: minted.String(), Cap: s.cap.String(), PerMint: s.cfg.PerMint.String(),
		Remaining: new(big.Int).Sub(s.cap, minted).String(), Mints: mints,
	})
}

// reserve refuses a mint the cap cannot take, counting mints in flight.
func (s *Server) reserve(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The supply is read under the lock, so that a mint landing
		// meanwhile is counted either in it or in reserved, never in
		// neither.
		s.mu.Lock()
		minted, err := s.supply(r.Context())
		if err != nil {
			s.mu.Unlock()
			writeJSON(w, http.StatusBadGateway, map[string]string{"error": "read BANG supply: " + err.Error()})
			return
		}
		after := new(big.Int).Add(minted, s.reserved)
		after.Add(after, s.cfg.PerMint)
		if after.Cmp(s.cap) > 0 {
			s.mu.Unlock()
			writeJSON(w, http.StatusConflict, map[string]string{"error": fmt.Sprintf("BANG mint cap reached: %s of %s minted or being minted; minting has ended on this chain", new(big.Int).Sub(after, s.cfg.PerMint), s.cap)})
			return
		}
		s.reserved.Add(s.reserved, s.cfg.PerMint)
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			s.reserved.Sub(s.reserved, s.cfg.PerMint)
			s.mu.Unlock()
		}()
		next.ServeHTTP(w, r)
	})
}

// MintResult is the answer of a paid POST /bang/mint.
type MintResult struct {
	To          string `json:"to"`
	Amount      string `json:"amount"`
	Transaction string `json:"transaction"`
	Payment     string `json:"payment"` // the settlement transaction
}

// mint runs after the payment settled.
func (s *Server) mint(w http.ResponseWriter, r *http.Request) {
	paid, ok := middleware.PaidFrom(r.Context())
	if !ok {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "mint without payment"})
		return
	}
	// The payer has paid: the mint must not depend on the client staying.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), time.Minute)
	defer cancel()
	tx, receipt, err := s.cfg.Minter.Send(ctx, s.cfg.Token, bang.PackMint(paid.Payer, s.cfg.PerMint), mintGas)
	if err != nil && receipt != nil {
		err = nil // the send timed out but may have reached the node: wait for it
	}
	if err == nil {
		select {
		case rc := <-receipt:
			if rc.Status != types.ReceiptStatusSuccessful {
				err = errors.New("mint transaction reverted")
			}
		case <-ctx.Done():
			s.cfg.Minter.Forget(tx)
			err = errors.New("mint transaction not mined in time")
		}
	}
	if err != nil {
		s.cfg.Logger.Error("bang: paid mint failed", "payer", paid.Payer, "payment", paid.Transaction, "mint", tx, "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "payment settled but mint failed: " + err.Error(), "payment": paid.Transaction})
		return
	}
	s.mu.Lock()
	s.mints++
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, MintResult{To: paid.Payer.Hex(), Amount: s.cfg.PerMint.String(), Transaction: tx.Hex(), Payment: paid.Transaction})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
