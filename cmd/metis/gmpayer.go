package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/gmpayer/tokens"
	"github.com/metis-go/metis/vm"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/agent"
	"github.com/metis-go/metis/x402/facilitator"
)

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// facilitatorFile is the JSON configuration of `metis facilitator --config`.
type facilitatorFile struct {
	Networks []struct {
		RPC          string `json:"rpc"`
		V1Name       string `json:"v1Name,omitempty"`
		BatchSettler string `json:"batchSettler,omitempty"`
		Assets       []struct {
			Address string `json:"address"`
			Name    string `json:"name"`
			Version string `json:"version"`
		} `json:"assets"`
	} `json:"networks"`
}

func runFacilitator(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("metis facilitator", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		addr     = fs.String("addr", "127.0.0.1:8402", "listen address")
		config   = fs.String("config", "", "JSON file: {\"networks\":[{\"rpc\":URL,\"batchSettler\":ADDRESS (optional),\"assets\":[{\"address\",\"name\",\"version\"}]}]}")
		batch    = fs.String("batch-settler", "", "BatchSettler contract on --rpc: settle in batches (\"dev\": the dev chain's)")
		rpcURL   = fs.String("rpc", "", "JSON-RPC URL of a single network (instead of --config)")
		keyHex   = fs.String("key", "", "hex private key of the settling account (or METIS_KEY)")
		timeout  = fs.Duration("receipt-timeout", 30*time.Second, "how long /settle waits for a receipt before answering settlement_pending")
		logLevel = fs.String("log.level", "info", "log level")
		assets   stringList
	)
	fs.Var(&assets, "asset", "ADDRESS:NAME:VERSION of an accepted EIP-3009 token on --rpc (repeatable; default: the dev chain's USDC and xMETIS)")
	if err := parseCommand(fs, args, "Usage: metis facilitator [flags]\n\nServes the x402 facilitator API (POST /verify, POST /settle, GET /supported, GET /health, GET /metrics).\n\n"); err != nil {
		return err
	}
	logger, err := newLogger(stderr, *logLevel)
	if err != nil {
		return err
	}
	key, err := parseKey(*keyHex)
	if err != nil {
		return fmt.Errorf("--key: %w", err)
	}
	networks, err := facilitatorNetworks(*config, *rpcURL, *batch, assets)
	if err != nil {
		return err
	}
	reg := prometheus.NewRegistry()
	f, err := facilitator.New(ctx, facilitator.Config{Networks: networks, Key: key, ReceiptTimeout: *timeout, Logger: logger, Registerer: reg})
	if err != nil {
		return err
	}
	defer f.Close()
	mux := http.NewServeMux()
	mux.Handle("/", f.Handler())
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 64 << 10}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	var kinds []string
	for _, k := range f.Supported().Kinds {
		kinds = append(kinds, fmt.Sprintf("v%d %s", k.X402Version, k.Network))
	}
	logger.Info("Facilitator listening", "url", "http://"+ln.Addr().String(), "signer", f.Address(), "kinds", strings.Join(kinds, ", "))
	select {
	case <-ctx.Done():
	case err := <-done:
		return err
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shut)
}

func facilitatorNetworks(config, rpcURL, batch string, assets []string) ([]facilitator.Network, error) {
	if config != "" {
		raw, err := os.ReadFile(config)
		if err != nil {
			return nil, err
		}
		var file facilitatorFile
		if err := json.Unmarshal(raw, &file); err != nil {
			return nil, fmt.Errorf("--config: %w", err)
		}
		var out []facilitator.Network
		for _, n := range file.Networks {
			nw := facilitator.Network{RPC: n.RPC, V1Name: n.V1Name}
			if n.BatchSettler != "" {
				addr, err := x402.ParseAddress(n.BatchSettler)
				if err != nil {
					return nil, fmt.Errorf("--config: batchSettler: %w", err)
				}
				nw.BatchSettler = addr
			}
			for _, a := range n.Assets {
				addr, err := x402.ParseAddress(a.Address)
				if err != nil {
					return nil, fmt.Errorf("--config: %w", err)
				}
				nw.Assets = append(nw.Assets, facilitator.Asset{Address: addr, Name: a.Name, Version: a.Version})
			}
			out = append(out, nw)
		}
		return out, nil
	}
	if rpcURL == "" {
		rpcURL = "http://127.0.0.1:8545"
	}
	nw := facilitator.Network{RPC: rpcURL}
	switch batch {
	case "":
	case "dev":
		nw.BatchSettler = tokens.Dev().BatchSettler
	default:
		addr, err := x402.ParseAddress(batch)
		if err != nil {
			return nil, fmt.Errorf("--batch-settler: %w", err)
		}
		nw.BatchSettler = addr
	}
	if len(assets) == 0 {
		dev := tokens.Dev()
		for _, t := range []tokens.Token{dev.USDC, dev.XMetis} {
			nw.Assets = append(nw.Assets, facilitator.Asset{Address: t.Address, Name: t.Name, Version: t.Version})
		}
	}
	for _, a := range assets {
		parts := strings.SplitN(a, ":", 3)
		if len(parts) != 3 {
			return nil, fmt.Errorf("--asset %q: want ADDRESS:NAME:VERSION", a)
		}
		addr, err := x402.ParseAddress(parts[0])
		if err != nil {
			return nil, fmt.Errorf("--asset: %w", err)
		}
		nw.Assets = append(nw.Assets, facilitator.Asset{Address: addr, Name: parts[1], Version: parts[2]})
	}
	return []facilitator.Network{nw}, nil
}

func newLogger(w io.Writer, level string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log.level: %w", err)
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l})), nil
}

// parseKey parses a hex private key, from the flag or METIS_KEY.
func parseKey(s string) (*ecdsa.PrivateKey, error) {
	if s == "" {
		s = os.Getenv("METIS_KEY")
	}
	if s == "" {
		return nil, errors.New("a private key is required")
	}
	return crypto.HexToECDSA(strings.TrimPrefix(s, "0x"))
}

func runPay(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("metis pay", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		method  = fs.String("X", "GET", "HTTP method")
		data    = fs.String("d", "", "request body")
		ctype   = fs.String("content-type", "application/json", "content type of the request body")
		keyHex  = fs.String("key", "", "hex private key of the paying account (or METIS_KEY)")
		account = fs.Int("account", 0, "dev account index to pay from, when --key is not given")
		ledger  = fs.String("ledger", defaultLedger(), "spend ledger file (budgets hold across runs)")
		allow   stringList
	)
	fs.Var(&allow, "allow", "NETWORK/ASSET[,max=N][,day=N][,host-day=N][,total=N]: an asset the agent may pay with and its limits in atomic units (repeatable; default: the dev chain's USDC and xMETIS, at most 10 per request and 100 per day)")
	if err := parseCommand(fs, args, "Usage: metis pay [flags] URL\n\nRequests URL and pays an x402 402 answer within the spending policy; the body goes to stdout, the payment to stderr.\n\n"); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("metis pay: one URL is required")
	}
	var key *ecdsa.PrivateKey
	var err error
	if *keyHex != "" || os.Getenv("METIS_KEY") != "" {
		key, err = parseKey(*keyHex)
	} else {
		var accs []devkeys.Account
		accs, err = devkeys.DeriveIndexes(devkeys.TestMnemonic, uint32(*account))
		if err == nil {
			key = accs[0].Key
		}
	}
	if err != nil {
		return fmt.Errorf("key: %w", err)
	}
	policy, err := parsePolicy(allow)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(*ledger), 0o700); err != nil {
		return err
	}
	l, err := agent.OpenLedger(*ledger)
	if err != nil {
		return err
	}
	defer l.Close()
	tr := &agent.Transport{Key: key, Ledger: l, Policy: policy}
	var body io.Reader
	if *data != "" {
		body = strings.NewReader(*data)
	}
	req, err := http.NewRequestWithContext(ctx, *method, fs.Arg(0), body)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", *ctype)
	}
	resp, err := tr.Client().Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	fmt.Fprintf(stderr, "HTTP %s\n", resp.Status)
	for _, h := range []string{x402.HeaderPaymentResponse, x402.HeaderXPaymentResponse} {
		if v := resp.Header.Get(h); v != "" {
			var s x402.SettleResponse
			if err := x402.DecodeHeaderInto(v, &s); err == nil {
				fmt.Fprintf(stderr, "paid: success=%t network=%s transaction=%s payer=%s %s\n", s.Success, s.Network, s.Transaction, s.Payer, s.ErrorReason)
			}
		}
	}
	if _, err := io.Copy(stdout, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode >= 400 {
		return fmt.Errorf("HTTP %s", resp.Status)
	}
	return nil
}

func defaultLedger() string {
	if dir, err := os.UserHomeDir(); err == nil {
		return filepath.Join(dir, ".metis", "agent-ledger.jsonl")
	}
	return filepath.Join(os.TempDir(), "metis-agent-ledger.jsonl")
}

// parsePolicy parses --allow values.
func parsePolicy(allow []string) (agent.Policy, error) {
	if len(allow) == 0 {
		dev := tokens.Dev()
		network := x402.CAIP2(vm.DefaultChainID)
		ten := func(decimals int64) *big.Int {
			return new(big.Int).Mul(big.NewInt(10), new(big.Int).Exp(big.NewInt(10), big.NewInt(decimals), nil))
		}
		return agent.Policy{Allow: []agent.Limit{
			{Network: network, Asset: dev.USDC.Address, MaxPerRequest: ten(6), PerDay: new(big.Int).Mul(ten(6), big.NewInt(10))},
			{Network: network, Asset: dev.XMetis.Address, MaxPerRequest: ten(18), PerDay: new(big.Int).Mul(ten(18), big.NewInt(10))},
		}}, nil
	}
	var p agent.Policy
	for _, a := range allow {
		fields := strings.Split(a, ",")
		network, asset, ok := strings.Cut(fields[0], "/")
		if !ok {
			return p, fmt.Errorf("--allow %q: want NETWORK/ASSET[,max=N]...", a)
		}
		id, err := x402.ChainID(network)
		if err != nil {
			return p, fmt.Errorf("--allow: %w", err)
		}
		addr, err := x402.ParseAddress(asset)
		if err != nil {
			return p, fmt.Errorf("--allow: %w", err)
		}
		lim := agent.Limit{Network: x402.CAIP2(id), Asset: addr}
		for _, f := range fields[1:] {
			k, v, _ := strings.Cut(f, "=")
			n, err := x402.ParseUint256(v)
			if err != nil {
				return p, fmt.Errorf("--allow %q: %s: %w", a, k, err)
			}
			switch k {
			case "max":
				lim.MaxPerRequest = n
			case "day":
				lim.PerDay = n
			case "host-day":
				lim.PerHostPerDay = n
			case "total":
				lim.Total = n
			default:
				return p, fmt.Errorf("--allow %q: unknown limit %q (max, day, host-day, total)", a, k)
			}
		}
		p.Allow = append(p.Allow, lim)
	}
	return p, nil
}
