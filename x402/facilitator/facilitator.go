// Package facilitator verifies and settles x402 payments of the exact scheme
// on EVM chains (EIP-3009 transferWithAuthorization), for any number of
// chains, each reached over JSON-RPC, and any number of tokens per chain.
//
// Verify checks a payment against its requirements without moving funds;
// an invalid payment is an answer (isValid false and the reason string),
// not an error. Settle re-verifies and submits the transfer from the
// facilitator's own account, whose nonces it allocates itself so that many
// settlements can be in flight. Settle is idempotent: the same
// authorization settled twice, concurrently or not, even after a restart,
// returns the same transaction and moves funds once.
//
// Concurrency: a Facilitator is safe for concurrent use. Close stops its
// background goroutines (one receipt watcher per chain).
package facilitator

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/metis-go/metis/internal/txsend"
	"github.com/metis-go/metis/x402"
)

// Asset is a token the facilitator accepts, with its EIP-712 domain.
type Asset struct {
	Address common.Address
	Name    string // EIP-712 domain name, e.g. "USD Coin"
	Version string // EIP-712 domain version, e.g. "2"
}

// Network is one chain the facilitator settles on.
type Network struct {
	// RPC is the chain's JSON-RPC endpoint (http, https, ws or wss).
	RPC string
	// V1Name optionally names the chain for x402 v1 payloads ("base-sepolia");
	// by default the well-known name of its chain id, if any.
	V1Name string
	Assets []Asset
	// BatchSettler, if set, is a BatchSettler contract on the chain:
	// settlements of one token are then gathered and sent together.
	BatchSettler common.Address
}

// Config configures a Facilitator.
type Config struct {
	Networks []Network
	// Key signs the settlement transactions on every network; its account
	// pays their gas.
	Key *ecdsa.PrivateKey
	// ReceiptTimeout bounds how long Settle waits for a receipt before it
	// answers settlement_pending; default 30s.
	ReceiptTimeout time.Duration
	// PollInterval is how often a chain is asked for new blocks while
	// settlements wait for receipts; default 100ms.
	PollInterval time.Duration
	// BatchWindow is how long a settlement waits for others to share its
	// transaction, on networks with a BatchSettler; default 20ms.
	BatchWindow time.Duration
	// BatchMax is the most settlements in one transaction; default 200.
	BatchMax int
	// Now is the clock of the validity-window checks; default time.Now.
	Now        func() time.Time
	Logger     *slog.Logger
	Registerer prometheus.Registerer
}

// Facilitator verifies and settles payments.
type Facilitator struct {
	cfg     Config
	chains  map[uint64]*chain
	order   []*chain
	address common.Address
	metrics *metrics

	mu          sync.Mutex
	settlements map[string]*settlement
	inserts     int  // settlements started, for sweeps
	closed      bool // no settlement starts after Close

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New connects to every network, checks each answers with the chain id it
// is configured under, and starts the receipt watchers.
func New(ctx context.Context, cfg Config) (*Facilitator, error) {
	if cfg.Key == nil {
		return nil, errors.New("facilitator: no signing key")
	}
	if len(cfg.Networks) == 0 {
		return nil, errors.New("facilitator: no networks")
	}
	if cfg.ReceiptTimeout <= 0 {
		cfg.ReceiptTimeout = 30 * time.Second
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 100 * time.Millisecond
	}
	if cfg.BatchWindow <= 0 {
		cfg.BatchWindow = 20 * time.Millisecond
	}
	if cfg.BatchMax <= 0 {
		cfg.BatchMax = 200
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	m, err := newMetrics(cfg.Registerer)
	if err != nil {
		return nil, err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	f := &Facilitator{
		cfg:         cfg,
		chains:      make(map[uint64]*chain),
		address:     crypto.PubkeyToAddress(cfg.Key.PublicKey),
		metrics:     m,
		settlements: make(map[string]*settlement),
		ctx:         runCtx,
		cancel:      cancel,
	}
	for _, n := range cfg.Networks {
		c, err := f.dial(ctx, n)
		if err != nil {
			f.Close()
			return nil, err
		}
		if _, dup := f.chains[c.id]; dup {
			c.close()
			f.Close()
			return nil, fmt.Errorf("facilitator: chain %d configured twice", c.id)
		}
		f.chains[c.id] = c
		f.order = append(f.order, c)
		f.wg.Add(1)
		go func() {
			defer f.wg.Done()
			c.sender.Run(runCtx)
		}()
		for _, b := range c.batchers {
			f.wg.Add(1)
			go b.run()
		}
	}
	return f, nil
}

func (f *Facilitator) dial(ctx context.Context, n Network) (*chain, error) {
	// Its own HTTP client, so that Close can drop the keep-alive connections
	// (a node's graceful shutdown waits for connections left open).
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64, IdleConnTimeout: 90 * time.Second}}
	rc, err := rpc.DialOptions(ctx, n.RPC, rpc.WithHTTPClient(hc))
	if err != nil {
		return nil, fmt.Errorf("facilitator: dial %s: %w", n.RPC, err)
	}
	ec := ethclient.NewClient(rc)
	idCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := ec.ChainID(idCtx)
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("facilitator: chain id of %s: %w", n.RPC, err)
	}
	c := &chain{
		http:    hc,
		id:      id.Uint64(),
		network: x402.CAIP2(id.Uint64()),
		v1Name:  n.V1Name,
		rpc:     rc,
		client:  ec,
		assets:  make(map[common.Address]Asset, len(n.Assets)),
	}
	if c.v1Name == "" {
		c.v1Name, _ = x402.V1Name(c.id)
	}
	for _, a := range n.Assets {
		if a.Name == "" || a.Version == "" {
			rc.Close()
			return nil, fmt.Errorf("facilitator: asset %s on %s: EIP-712 name and version are required", a.Address, c.network)
		}
		c.assets[a.Address] = a
		if n.BatchSettler != (common.Address{}) {
			if c.batchers == nil {
				c.batchers = make(map[common.Address]*batcher)
			}
			c.batchers[a.Address] = &batcher{f: f, c: c, asset: a.Address, settler: n.BatchSettler, in: make(chan *batchItem)}
		}
	}
	c.sender = txsend.New(ec, c.id, f.cfg.Key, f.cfg.PollInterval, f.cfg.Logger.With("network", c.network))
	return c, nil
}

// Address is the facilitator's signing account.
func (f *Facilitator) Address() common.Address { return f.address }

// Close stops the watchers and closes the RPC connections. Settlements in
// flight end with settlement_pending.
func (f *Facilitator) Close() {
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
	f.cancel()
	f.wg.Wait()
	for _, c := range f.order {
		c.close()
	}
}

// Supported lists what the facilitator handles: the exact scheme, v2 on
// every chain by CAIP-2 id, v1 on every chain with a v1 name.
func (f *Facilitator) Supported() x402.SupportedResponse {
	resp := x402.SupportedResponse{Extensions: []string{}, Signers: map[string][]string{"eip155:*": {f.address.Hex()}}}
	for _, c := range f.order {
		resp.Kinds = append(resp.Kinds, x402.SupportedKind{X402Version: 2, Scheme: x402.SchemeExact, Network: c.network})
	}
	for _, c := range f.order {
		if c.v1Name != "" {
			resp.Kinds = append(resp.Kinds, x402.SupportedKind{X402Version: 1, Scheme: x402.SchemeExact, Network: c.v1Name})
		}
	}
	return resp
}

// chainFor returns the chain a network identifier names.
func (f *Facilitator) chainFor(network string) *chain {
	for _, c := range f.order {
		if network == c.network || (c.v1Name != "" && network == c.v1Name) {
			return c
		}
	}
	return nil
}

func sameAddress(a, b string) bool { return strings.EqualFold(a, b) }
