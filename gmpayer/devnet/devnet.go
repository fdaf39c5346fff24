// Package devnet assembles GMPayer on a local chain: a Hyperion dev node
// whose genesis holds the payment tokens (USDC-style stablecoin, xMETIS,
// BANG), an x402 facilitator settling on it, and the $BANG mint service.
// It is what `metis dev` runs, and what the tests start.
package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/chain/predeploy"
	"github.com/metis-go/metis/gmpayer/bang"
	"github.com/metis-go/metis/gmpayer/tokens"
	"github.com/metis-go/metis/internal/txsend"
	"github.com/metis-go/metis/lazai"
	"github.com/metis-go/metis/lazai/validator"
	"github.com/metis-go/metis/node"
	"github.com/metis-go/metis/sdk"
	"github.com/metis-go/metis/vm"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/facilitator"
	"github.com/metis-go/metis/x402/facilitatorclient"
)

// Indexes of the service accounts in the dev mnemonic's derivation path,
// far past the dev accounts.
const (
	FacilitatorIndex = 1_000_000 // signs settlements
	AdminIndex       = 1_000_001 // token admin, BANG minter, contribution registry owner
	TreasuryIndex    = 1_000_002 // receives BANG mint payments
	// ValidatorIndex is the first of the LazAI contribution validators
	// (ValidatorIndex, +1, +2; two of the three must sign).
	ValidatorIndex = 1_000_010
)

// Validators is how many contribution validators a devnet has.
const Validators = 3

// Config configures a devnet.
type Config struct {
	Node node.Config
	// FacilitatorAddr and BangAddr are the listen addresses of the
	// facilitator and the BANG service; "" disables the service.
	FacilitatorAddr string
	BangAddr        string
	// ValidatorsAddr is where the LazAI contribution validators answer
	// (POST /validators/{0,1,2}/validate); "" disables them. They score
	// with validator.LineQuality and may fetch from this machine.
	ValidatorsAddr string
	// Batch makes the facilitator gather settlements into BatchSettler
	// transactions.
	Batch bool
	// BangPriceUSDC and BangPriceXMetis are the price of one mint in atomic
	// units; defaults 1 USDC (1,000,000) and 1 xMETIS (1e18).
	BangPriceUSDC   *big.Int
	BangPriceXMetis *big.Int
	// BangCap is the BANG mint cap in atomic units; default 250,000,000 BANG.
	BangCap *big.Int
	Logger  *slog.Logger
}

// Devnet is a running devnet.
type Devnet struct {
	Node           *node.Node
	Tokens         tokens.Set
	LazAI          sdk.Addresses            // the DAT and the contribution registry
	Facilitator    *facilitator.Facilitator // nil when disabled
	FacilitatorURL string
	BangURL        string
	// ValidatorURLs are the validators' base URLs (for validator.Collect).
	ValidatorURLs []string
	Services      Services

	servers []*http.Server
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	client  *ethclient.Client
	closers []func()
}

// Services are the service accounts.
type Services struct {
	Facilitator, Admin, Treasury devkeys.Account
	Validators                   []devkeys.Account // LazAI contribution validators
}

// Start builds the genesis, starts the node and the services.
func Start(cfg Config) (*Devnet, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg.Node.Logger = cfg.Logger
	mnemonic := cfg.Node.Mnemonic
	if mnemonic == "" {
		mnemonic = devkeys.TestMnemonic
	}
	accounts := cfg.Node.Accounts
	if accounts == 0 {
		accounts = 10
	}
	devs, err := devkeys.Derive(mnemonic, accounts)
	if err != nil {
		return nil, err
	}
	svc, err := devkeys.DeriveIndexes(mnemonic, FacilitatorIndex, AdminIndex, TreasuryIndex, ValidatorIndex, ValidatorIndex+1, ValidatorIndex+2)
	if err != nil {
		return nil, err
	}
	services := Services{Facilitator: svc[0], Admin: svc[1], Treasury: svc[2], Validators: svc[3:]}
	holders := make([]common.Address, len(devs))
	for i, a := range devs {
		holders[i] = a.Address
	}
	chainID := cfg.Node.ChainID
	if chainID == 0 {
		chainID = vm.DefaultChainID
	}
	set, lz := tokens.Dev(), sdk.DevAddresses()
	if cfg.Node.Genesis == nil {
		alloc, deployed, err := devGenesis(vm.ChainConfig(chainID), services, holders, cfg.BangCap)
		if err != nil {
			return nil, err
		}
		gas := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
		for _, a := range append([]devkeys.Account{services.Facilitator, services.Admin}, services.Validators...) {
			alloc[a.Address] = types.Account{Balance: new(big.Int).Set(gas)}
		}
		for addr, acc := range cfg.Node.Alloc {
			alloc[addr] = acc
		}
		cfg.Node.Alloc, set = alloc, deployed.Tokens
		lz = deployed.LazAI
	}
	n, err := node.New(cfg.Node)
	if err != nil {
		return nil, err
	}
	if err := n.Start(); err != nil {
		n.Close()
		return nil, err
	}
	if (cfg.FacilitatorAddr != "" || cfg.BangAddr != "") && !deployed(n, set) {
		// A chain from a genesis file that did not come from a metis dev
		// chain, or a data directory made before the tokens were part of the
		// dev genesis: the chain goes on without GMPayer.
		cfg.Logger.Warn("this chain has no GMPayer tokens at the dev addresses (a foreign --genesis, or a data directory that predates them): the x402 facilitator and the BANG mint are off")
		cfg.FacilitatorAddr, cfg.BangAddr, cfg.ValidatorsAddr = "", "", ""
	}
	ctx, cancel := context.WithCancel(context.Background())
	d := &Devnet{Node: n, Tokens: set, LazAI: lz, Services: services, cancel: cancel}
	if err := d.startServices(ctx, cfg); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

func (d *Devnet) startServices(ctx context.Context, cfg Config) error {
	rpcURL := d.Node.HTTPEndpoint()
	network := x402.CAIP2(d.Node.Chain().Config().ChainID.Uint64())
	if cfg.FacilitatorAddr != "" {
		reg := prometheus.NewRegistry()
		nw := facilitator.Network{RPC: rpcURL, Assets: []facilitator.Asset{
			{Address: d.Tokens.USDC.Address, Name: d.Tokens.USDC.Name, Version: d.Tokens.USDC.Version},
			{Address: d.Tokens.XMetis.Address, Name: d.Tokens.XMetis.Name, Version: d.Tokens.XMetis.Version},
		}}
		if cfg.Batch {
			nw.BatchSettler = d.Tokens.BatchSettler
		}
		f, err := facilitator.New(ctx, facilitator.Config{
			Networks:   []facilitator.Network{nw},
			Key:        d.Services.Facilitator.Key,
			Logger:     cfg.Logger.With("service", "facilitator"),
			Registerer: reg,
		})
		if err != nil {
			return err
		}
		d.Facilitator = f
		mux := http.NewServeMux()
		mux.Handle("/", f.Handler())
		mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		url, err := d.serve(cfg.FacilitatorAddr, mux, cfg.Logger)
		if err != nil {
			return fmt.Errorf("devnet: facilitator: %w", err)
		}
		d.FacilitatorURL = url
	}
	if cfg.ValidatorsAddr != "" {
		if err := d.startValidators(ctx, cfg); err != nil {
			return err
		}
	}
	if cfg.BangAddr != "" {
		if d.FacilitatorURL == "" {
			return errors.New("devnet: the BANG service needs the facilitator")
		}
		client, err := ethclient.DialContext(ctx, rpcURL)
		if err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
		d.client = client
		minter := txsend.New(client, d.Node.Chain().Config().ChainID.Uint64(), d.Services.Admin.Key, 0, cfg.Logger.With("service", "bang"))
		d.wg.Add(1)
		go func() {
			defer d.wg.Done()
			minter.Run(ctx)
		}()
		usdc, xmetis := cfg.BangPriceUSDC, cfg.BangPriceXMetis
		if usdc == nil {
			usdc = big.NewInt(1_000_000)
		}
		if xmetis == nil {
			xmetis = big.NewInt(params.Ether)
		}
		treasury := d.Services.Treasury.Address.Hex()
		srv, err := bang.New(ctx, bang.Config{
			Client: client, Token: d.Tokens.Bang.Address, Minter: minter,
			Prices: []x402.Requirements{
				Price(network, d.Tokens.USDC, usdc, treasury),
				Price(network, d.Tokens.XMetis, xmetis, treasury),
			},
			Facilitator: facilitatorclient.New(d.FacilitatorURL),
			Logger:      cfg.Logger.With("service", "bang"),
		})
		if err != nil {
			return err
		}
		url, err := d.serve(cfg.BangAddr, srv, cfg.Logger)
		if err != nil {
			return fmt.Errorf("devnet: BANG: %w", err)
		}
		d.BangURL = url
	}
	return nil
}

// predeploys are where the dev genesis placed its contracts.
type predeploys struct {
	Tokens tokens.Set
	LazAI  sdk.Addresses
}

// devGenesis deploys GMPayer's tokens and LazAI's DAT and contribution
// registry into a genesis allocation, in that order.
func devGenesis(cfg *params.ChainConfig, services Services, holders []common.Address, bangCap *big.Int) (types.GenesisAlloc, predeploys, error) {
	list, err := tokens.Artifacts(tokens.DevConfig{Admin: services.Admin.Address, Holders: holders, BangCap: bangCap})
	if err != nil {
		return nil, predeploys{}, err
	}
	validators := make([]common.Address, len(services.Validators))
	for i, v := range services.Validators {
		validators[i] = v.Address
	}
	lz, err := lazai.Artifacts(predeploy.Address(len(list)), lazai.DevConfig{Owner: services.Admin.Address, Validators: validators})
	if err != nil {
		return nil, predeploys{}, err
	}
	alloc, addrs, err := predeploy.Deploy(cfg, append(list, lz...))
	if err != nil {
		return nil, predeploys{}, fmt.Errorf("devnet genesis: %w", err)
	}
	return alloc, predeploys{
		Tokens: tokens.At(addrs[0], addrs[1], addrs[2], addrs[3]),
		LazAI:  sdk.Addresses{DAT: addrs[4], Registry: addrs[5]},
	}, nil
}

// startValidators serves the dev validators under one listener.
func (d *Devnet) startValidators(ctx context.Context, cfg Config) error {
	client, err := sdk.Dial(ctx, d.Node.HTTPEndpoint(), d.LazAI)
	if err != nil {
		return fmt.Errorf("devnet: validators: %w", err)
	}
	d.closers = append(d.closers, client.Close)
	mux := http.NewServeMux()
	var paths []string
	for i, v := range d.Services.Validators {
		val := &validator.Validator{Key: v.Key, Client: client, Score: validator.LineQuality, AllowPrivate: true, Logger: cfg.Logger.With("service", "validator", "index", i)}
		prefix := fmt.Sprintf("/validators/%d", i)
		mux.Handle(prefix+"/", http.StripPrefix(prefix, val.Handler()))
		paths = append(paths, prefix)
	}
	url, err := d.serve(cfg.ValidatorsAddr, mux, cfg.Logger)
	if err != nil {
		return fmt.Errorf("devnet: validators: %w", err)
	}
	for _, p := range paths {
		d.ValidatorURLs = append(d.ValidatorURLs, url+p)
	}
	return nil
}

// deployed reports whether the head state of the node has code at the
// stablecoin's and BANG's addresses.
func deployed(n *node.Node, set tokens.Set) bool {
	r, err := n.Chain().StateAt(n.Chain().Head().Root())
	if err != nil {
		return false
	}
	for _, addr := range []common.Address{set.USDC.Address, set.Bang.Address} {
		acc, err := r.Account(addr)
		if err != nil || acc == nil || acc.CodeHash == types.EmptyCodeHash {
			return false
		}
	}
	return true
}

// Price is the x402 requirement of paying amount (atomic units) of t to payTo.
func Price(network string, t tokens.Token, amount *big.Int, payTo string) x402.Requirements {
	return x402.Requirements{
		Scheme: x402.SchemeExact, Network: network, Amount: amount.String(), Asset: t.Address.Hex(), PayTo: payTo,
		MaxTimeoutSeconds: 120, Extra: map[string]any{"name": t.Name, "version": t.Version},
	}
}

func (d *Devnet) serve(addr string, h http.Handler, log *slog.Logger) (string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 64 << 10}
	d.servers = append(d.servers, srv)
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("devnet: server stopped", "addr", addr, "err", err)
		}
	}()
	return "http://" + ln.Addr().String(), nil
}

// Close stops the services and the node.
func (d *Devnet) Close() error {
	for _, s := range d.servers {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = s.Shutdown(ctx)
		cancel()
	}
	d.cancel()
	if d.Facilitator != nil {
		d.Facilitator.Close()
	}
	d.wg.Wait()
	if d.client != nil {
		d.client.Close()
	}
	for _, c := range d.closers {
		c()
	}
	return d.Node.Close()
}
