// Package demo runs LazAI's data-to-revenue loop on a chain, end to end:
// three contributors register sentiment-labelled datasets, a quorum of
// validators fetches, checks and scores them and signs proofs, DATs mint
// with shares that follow the scores, and a naive Bayes model trained on
// the three datasets is served as a paid endpoint whose x402 payments are
// split between the compute provider, the iDAO treasury, the protocol and
// the DAT holders. The example under examples/lazai-sentiment runs it
// against `metis dev`, and its test runs it against a devnet.
package demo

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/internal/txsend"
	"github.com/metis-go/metis/lazai/paidai"
	"github.com/metis-go/metis/lazai/sentiment"
	"github.com/metis-go/metis/lazai/validator"
	"github.com/metis-go/metis/sdk"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/facilitatorclient"
	"github.com/metis-go/metis/x402/middleware"
)

//go:embed data/*.tsv
var datasets embed.FS

// Datasets are the contributors' files, in contributor order.
var Datasets = []string{"alice.tsv", "bob.tsv", "carol.tsv"}

// Dataset returns a contributor's file by name.
func Dataset(name string) []byte {
	b, _ := datasets.ReadFile("data/" + name)
	return b
}

// Route is the paid inference route.
const Route = "POST /v1/sentiment"

// Config configures the demo.
type Config struct {
	RPC          string
	Addresses    sdk.Addresses
	ClassAdmin   *ecdsa.PrivateKey    // creates the class and the splitter
	Contributors [3]*ecdsa.PrivateKey // register the datasets
	Validators   []*ecdsa.PrivateKey  // run the validators (the registry's members); each signs every file
	// Provider runs the model: it is paid its share and sends the
	// distribution and usage transactions.
	Provider           *ecdsa.PrivateKey
	Treasury, Protocol common.Address
	ProviderBps        uint16
	TreasuryBps        uint16
	ProtocolBps        uint16
	// Prices are what one call costs (PayTo is the splitter).
	Prices      []x402.Requirements
	Facilitator middleware.Facilitator
	Logger      *slog.Logger
}

// ForDevnet configures the demo on a devnet: dev account 0 administers
// the class, 1–3 contribute, 4 provides the compute (and its share), 5 is
// the iDAO treasury and 6 the protocol; the devnet's validators validate,
// its facilitator settles.
func ForDevnet(d *devnet.Devnet, prices []x402.Requirements, providerBps, treasuryBps, protocolBps uint16) Config {
	acc := d.Node.Accounts()
	var validators []*ecdsa.PrivateKey
	for _, v := range d.Services.Validators {
		validators = append(validators, v.Key)
	}
	return Config{
		RPC: d.Node.HTTPEndpoint(), Addresses: d.LazAI, ClassAdmin: acc[0].Key,
		Contributors: [3]*ecdsa.PrivateKey{acc[1].Key, acc[2].Key, acc[3].Key},
		Validators:   validators,
		Provider:     acc[4].Key, Treasury: acc[5].Address, Protocol: acc[6].Address,
		ProviderBps: providerBps, TreasuryBps: treasuryBps, ProtocolBps: protocolBps,
		Prices: prices, Facilitator: facilitatorclient.New(d.FacilitatorURL),
	}
}

// Demo is the running loop.
type Demo struct {
	Class         *big.Int
	Files         []*big.Int // registry file ids, in contributor order
	Tokens        []*big.Int // the contributors' DATs
	Splitter      common.Address
	Split         sdk.Split
	Model         *sentiment.Model
	Service       *paidai.Service
	DataURL       string   // where the contributors' files are served
	ValidatorURLs []string // the validators' HTTP endpoints
	Operator      common.Address

	client  *sdk.Client
	servers []*http.Server
	senders []*txsend.Sender
	log     *slog.Logger
	ctx     context.Context // ends at Close
	cancel  context.CancelFunc
	wg      sync.WaitGroup
}

// Setup runs the contribution half of the loop and builds the paid
// service; Run then runs its background work.
func Setup(ctx context.Context, cfg Config) (*Demo, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	ec, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	client, err := sdk.New(ctx, ec, cfg.Addresses)
	if err != nil {
		ec.Close()
		return nil, err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	d := &Demo{client: client, log: cfg.Logger, ctx: runCtx, cancel: cancel}
	if err := d.setup(ctx, cfg); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

func (d *Demo) setup(ctx context.Context, cfg Config) error {
	// The contributors' storage (a stand-in for IPFS): plain HTTP.
	storage := http.NewServeMux()
	storage.Handle("GET /", http.FileServerFS(mustSub(datasets, "data")))
	url, err := d.serve(storage)
	if err != nil {
		return err
	}
	d.DataURL = url
	// The validators.
	for _, key := range cfg.Validators {
		// The demo's storage is on this machine, hence AllowPrivate.
		v := &validator.Validator{Key: key, Client: d.client, Score: func(b []byte) uint64 { return sentiment.Score(b, nil) }, AllowPrivate: true, Logger: d.log}
		u, err := d.serve(v.Handler())
		if err != nil {
			return err
		}
		d.ValidatorURLs = append(d.ValidatorURLs, u)
	}
	// The class, open to the registry.
	admin := d.client.As(cfg.ClassAdmin)
	var all []byte
	for _, name := range Datasets {
		all = append(all, Dataset(name)...)
	}
	d.Class, err = admin.CreateClass(ctx, sdk.ClassSpec{
		MetadataURI:   d.DataURL + "/",
		IntegrityHash: crypto.Keccak256Hash(all),
		PolicyURI:     "per-call: x402; revenue: provider/treasury/protocol/holders by bps",
	})
	if err != nil {
		return err
	}
	if err := admin.SetMinter(ctx, d.Class, cfg.Addresses.Registry, true); err != nil {
		return err
	}
	for _, p := range cfg.Prices {
		if err := admin.SetRevenueAsset(ctx, d.Class, common.HexToAddress(p.Asset), true); err != nil {
			return err
		}
	}
	// Contributions: register, collect a quorum of proofs, mint.
	var examples []sentiment.Example
	for i, name := range Datasets {
		data, err := validator.Download(ctx, http.DefaultClient, d.DataURL+"/"+name)
		if err != nil {
			return err
		}
		c := d.client.As(cfg.Contributors[i])
		file, err := c.RegisterData(ctx, d.Class, sha256.Sum256(data), d.DataURL+"/"+name)
		if err != nil {
			return fmt.Errorf("contributor %d: %w", i, err)
		}
		// Every validator answers, so the file mints at once (no
		// collection window to wait out).
		proofs, err := validator.Collect(ctx, d.client, nil, d.ValidatorURLs, file, len(d.ValidatorURLs))
		if err != nil {
			return err
		}
		token, err := c.MintContribution(ctx, file, proofs)
		if err != nil {
			return fmt.Errorf("contributor %d: %w", i, err)
		}
		d.Files, d.Tokens = append(d.Files, file), append(d.Tokens, token)
		ex, _ := sentiment.Parse(data)
		examples = append(examples, ex...)
		d.log.Info("contribution minted", "contributor", c.From(), "file", file, "dat", token, "score", proofs[0].Score)
	}
	// The model, trained on what the three contributed.
	if d.Model, err = sentiment.Train(examples); err != nil {
		return err
	}
	// The paid endpoint and its splitter.
	provider := crypto.PubkeyToAddress(cfg.Provider.PublicKey)
	d.Split = sdk.Split{Class: d.Class, Provider: provider, Treasury: cfg.Treasury, Protocol: cfg.Protocol,
		ProviderBps: cfg.ProviderBps, TreasuryBps: cfg.TreasuryBps, ProtocolBps: cfg.ProtocolBps}
	if d.Splitter, err = admin.DeploySplitter(ctx, d.Split); err != nil {
		return err
	}
	sender := txsend.New(d.client.EC, d.client.ChainID.Uint64(), cfg.Provider, 0, d.log)
	d.senders = append(d.senders, sender)
	d.Operator = sender.Address()
	d.Service, err = paidai.New(paidai.Config{
		Client: d.client, Class: d.Class, Splitter: d.Splitter, Routes: []string{Route}, Prices: cfg.Prices,
		Description: "sentiment of a text, by a model trained on DAT-anchored data",
		Facilitator: cfg.Facilitator, Distributor: sender, Operator: sender, Logger: d.log,
	}, d.inference())
	return err
}

// Request and Response are the inference API.
type Request struct {
	Text string `json:"text"`
}

// Response is the model's answer.
type Response struct {
	sentiment.Prediction
	Class string `json:"datClass"`
}

func (d *Demo) inference() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req Request
		if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&req); err != nil || req.Text == "" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": `want {"text": "..."}`})
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(Response{Prediction: d.Model.Predict(req.Text), Class: d.Class.String()})
	})
}

// Handler serves the paid endpoint.
func (d *Demo) Handler() http.Handler { return d.Service.Handler() }

// Start runs the transaction senders and the revenue distributor in the
// background until Close.
func (d *Demo) Start() {
	d.wg.Add(len(d.senders) + 1)
	for _, s := range d.senders {
		go func() {
			defer d.wg.Done()
			s.Run(d.ctx)
		}()
	}
	go func() {
		defer d.wg.Done()
		d.Service.Run(d.ctx)
	}()
}

// Close stops the background work, the demo's HTTP servers and its
// connection.
func (d *Demo) Close() {
	d.cancel()
	for _, s := range d.servers {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_ = s.Shutdown(ctx)
		cancel()
	}
	d.wg.Wait()
	d.client.Close()
}

func (d *Demo) serve(h http.Handler) (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("demo: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	d.servers = append(d.servers, srv)
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			d.log.Error("demo: server stopped", "err", err)
		}
	}()
	return "http://" + ln.Addr().String(), nil
}

func mustSub(f embed.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err) // the embedded directory is fixed at build time
	}
	return sub
}
