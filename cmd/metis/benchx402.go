package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/metis-go/metis/contracts/bindings"
	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/internal/x402bench"
	"github.com/metis-go/metis/node"
	"github.com/metis-go/metis/x402"
	"github.com/metis-go/metis/x402/facilitator"
)

// x402Report is the JSON output of `metis bench x402`.
type x402Report struct {
	Machine string             `json:"machine"`
	Results []x402bench.Result `json:"results"`
	Ratios  map[string]float64 `json:"ratios"` // ours / TypeScript
}

func runBenchX402(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("metis bench x402", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		verifyN     = fs.Int("verify", 3000, "verify requests per facilitator")
		settleN     = fs.Int("settle", 3000, "settlements by our facilitator")
		tsSettleN   = fs.Int("ts-settle", 300, "settlements by the TypeScript facilitator (it is slower)")
		concurrency = fs.Int("concurrency", 32, "requests in flight for verify")
		settleConc  = fs.Int("settle-concurrency", 1000, "settle requests in flight to our facilitator")
		tsConc      = fs.Int("ts-settle-concurrency", 1, "settle requests in flight to the TypeScript facilitator (above 1 its settlements collide on the account's nonce)")
		blockTime   = fs.Duration("block-time", time.Second, "block time of the dev chain")
		gasLimit    = fs.Uint64("gas-limit", 60_000_000, "block gas limit of the dev chain")
		tsScript    = fs.String("ts-facilitator", "e2e/x402/ts-facilitator.mjs", "script serving the official TypeScript facilitator (needs `npm ci` in e2e/); empty skips it")
		asJSON      = fs.Bool("json", false, "print results as JSON")
	)
	if err := parseCommand(fs, args, "Usage: metis bench x402 [flags]\n\nStarts a dev chain with our facilitator and the official TypeScript one (@x402/evm on viem), and measures\nverify throughput and latency and sustained settlements of both, with the same signed payments.\n\n"); err != nil {
		return err
	}
	useNodeGC()
	progress := stderr
	d, err := devnet.Start(devnet.Config{
		Node:            node.Config{Ephemeral: true, HTTPAddr: "127.0.0.1:0", BlockTime: *blockTime, GasLimit: *gasLimit},
		FacilitatorAddr: "127.0.0.1:0",
	})
	if err != nil {
		return err
	}
	defer d.Close()
	accs := d.Node.Accounts()
	if len(accs) < 2 {
		return errors.New("need at least 2 dev accounts")
	}
	network := x402.CAIP2(d.Node.Chain().Config().ChainID.Uint64())
	var ts *x402bench.Script
	if *tsScript != "" {
		ts, err = x402bench.StartScript(ctx, *tsScript, []string{
			"RPC=" + d.Node.HTTPEndpoint(), "CHAIN_ID=" + d.Node.Chain().Config().ChainID.String(),
			"KEY=" + hexutil.Encode(crypto.FromECDSA(accs[0].Key)),
		}, io.Discard)
		if err != nil {
			return fmt.Errorf("%w (run `npm ci` in e2e/, or pass --ts-facilitator '')", err)
		}
		defer ts.Stop()
	}
	payers := make([]*ecdsa.PrivateKey, 0, len(accs)-1)
	for _, a := range accs[1:] {
		payers = append(payers, a.Key)
	}
	price := func(payTo common.Address) x402.Requirements {
		return devnet.Price(network, d.Tokens.USDC, big.NewInt(1000), payTo.Hex())
	}
	report := x402Report{Machine: machineDescription(), Ratios: map[string]float64{}}
	run := func(name, url, op string, bodies [][]byte, conc int) x402bench.Result {
		fmt.Fprintf(progress, "%s %s: %d requests, %d in flight...\n", name, op, len(bodies), conc)
		last := time.Now()
		r := x402bench.Run(ctx, name, url, op, bodies, conc, func(done int) {
			if time.Since(last) > 2*time.Second {
				last = time.Now()
				fmt.Fprintf(progress, "  %d/%d\n", done, len(bodies))
			}
		})
		report.Results = append(report.Results, r)
		return r
	}

	// Verify: the same payments to both (verify moves nothing).
	bodies, err := x402bench.Bodies(payers, price(common.HexToAddress("0x00000000000000000000000000000000000be7c1")), *verifyN)
	if err != nil {
		return err
	}
	ours := run("metis", d.FacilitatorURL, "verify", bodies, *concurrency)
	if ts != nil {
		theirs := run("typescript", ts.URL, "verify", bodies, *concurrency)
		report.Ratios["verify_per_second"] = ratio(ours.PerSecond, theirs.PerSecond)
		report.Ratios["verify_p50_latency"] = ratio(theirs.P50Ms, ours.P50Ms)
	}

	// Settle: fresh payments for each, to distinct payees, checked on chain.
	settle := func(name, url string, n, conc int, payTo common.Address) (x402bench.Result, error) {
		bodies, err := x402bench.Bodies(payers, price(payTo), n)
		if err != nil {
			return x402bench.Result{}, err
		}
		r := run(name, url, "settle", bodies, conc)
		got, err := usdcBalance(ctx, d, payTo)
		if err != nil {
			return r, err
		}
		if want := big.NewInt(int64(r.OK) * 1000); got.Cmp(want) != 0 {
			return r, fmt.Errorf("%s: %d settlements reported, payee received %s units, want %s", name, r.OK, got, want)
		}
		return r, nil
	}
	oursS, err := settle("metis", d.FacilitatorURL, *settleN, *settleConc, common.HexToAddress("0x00000000000000000000000000000000000be7c2"))
	if err != nil {
		return err
	}
	// The same with batching: a second facilitator (its own account) that
	// gathers settlements into BatchSettler transactions.
	batchedURL, stopBatched, err := serveBatchedFacilitator(ctx, d)
	if err != nil {
		return err
	}
	defer stopBatched()
	batchedS, err := settle("metis-batch", batchedURL, *settleN, *settleConc, common.HexToAddress("0x00000000000000000000000000000000000be7c4"))
	if err != nil {
		return err
	}
	if ts != nil {
		theirsS, err := settle("typescript", ts.URL, *tsSettleN, *tsConc, common.HexToAddress("0x00000000000000000000000000000000000be7c3"))
		if err != nil {
			return err
		}
		report.Ratios["settle_per_second"] = ratio(oursS.PerSecond, theirsS.PerSecond)
		report.Ratios["batched_settle_per_second"] = ratio(batchedS.PerSecond, theirsS.PerSecond)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	fmt.Fprintf(stdout, "\nx402 facilitators on a metis dev chain (block time %s, gas limit %d) — %s\n\n", *blockTime, *gasLimit, report.Machine)
	fmt.Fprintf(stdout, "%-11s %-7s %9s %9s %10s %10s %10s %s\n", "facilitator", "op", "requests", "ok", "ok/s", "p50 ms", "p99 ms", "first error")
	for _, r := range report.Results {
		fmt.Fprintf(stdout, "%-11s %-7s %9d %9d %10.1f %10.2f %10.2f %s\n", r.Facilitator, r.Operation, r.Requests, r.OK, r.PerSecond, r.P50Ms, r.P99Ms, r.FirstError)
	}
	if len(report.Ratios) > 0 {
		fmt.Fprintf(stdout, "\nmetis / typescript: verify %.1fx throughput, %.1fx lower p50 latency; settle %.1fx settlements/s (batched %.1fx)\n",
			report.Ratios["verify_per_second"], report.Ratios["verify_p50_latency"], report.Ratios["settle_per_second"], report.Ratios["batched_settle_per_second"])
	}
	return nil
}

// serveBatchedFacilitator serves a facilitator on the devnet's chain that
// batches settlements, signing with the devnet's admin account.
func serveBatchedFacilitator(ctx context.Context, d *devnet.Devnet) (string, func(), error) {
	f, err := facilitator.New(ctx, facilitator.Config{
		Networks: []facilitator.Network{{RPC: d.Node.HTTPEndpoint(), BatchSettler: d.Tokens.BatchSettler, Assets: []facilitator.Asset{
			{Address: d.Tokens.USDC.Address, Name: d.Tokens.USDC.Name, Version: d.Tokens.USDC.Version},
		}}},
		Key: d.Services.Admin.Key,
	})
	if err != nil {
		return "", nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		f.Close()
		return "", nil, err
	}
	srv := &http.Server{Handler: f.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close(); f.Close() }, nil
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func usdcBalance(ctx context.Context, d *devnet.Devnet, who common.Address) (*big.Int, error) {
	ec, err := ethclient.DialContext(ctx, d.Node.HTTPEndpoint())
	if err != nil {
		return nil, err
	}
	defer ec.Close()
	token := d.Tokens.USDC.Address
	raw, err := ec.CallContract(ctx, ethereum.CallMsg{To: &token, Data: bindings.NewEIP3009Token().PackBalanceOf(who)}, nil)
	if err != nil {
		return nil, err
	}
	return bindings.NewEIP3009Token().UnpackBalanceOf(raw)
}

// machineDescription names the machine a benchmark ran on: CPU model and
// count.
func machineDescription() string {
	model := "unknown CPU"
	if raw, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(raw), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				model = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
	}
	return fmt.Sprintf("%s, %d CPUs", model, runtime.NumCPU())
}
