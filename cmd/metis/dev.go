package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/chain"
	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/node"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

func versionString() string {
	v := "v" + node.Version
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 8 {
				v += "-" + s.Value[:8]
			}
		}
	}
	return v
}

func defaultDataDir() string {
	if dir, err := os.UserHomeDir(); err == nil {
		return filepath.Join(dir, ".metis", "dev")
	}
	return filepath.Join(os.TempDir(), "metis-dev")
}

func runDev(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("metis dev", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		dataDir   = fs.String("datadir", defaultDataDir(), "directory for chain data (kept across restarts)")
		ephemeral = fs.Bool("ephemeral", false, "keep everything in memory; nothing is written to disk")
		archive   = fs.Bool("archive", false, "keep the state of every block (default: the last 128, plus a checkpoint every 128)")
		retain    = fs.Int("state.retain", state.DefaultRetain, "without --archive: how many recent blocks' states stay readable")
		ckptEvery = fs.Uint64("state.checkpoint", 0, "without --archive: blocks between state checkpoints on disk (default: --state.retain)")
		pruneAft  = fs.Int("state.prune-after", state.DefaultPruneAfter, "without --archive: outdated checkpoints kept before the disk is pruned in the background (-1: never prune)")
		stateMem  = fs.Int64("state.memory", state.DefaultMemoryLimit>>20, "MiB of trie nodes the newest state grows by in memory before it is written to disk and trimmed to the top of its trie")
		addr      = fs.String("http.addr", "127.0.0.1", "JSON-RPC listen address (HTTP and WebSocket)")
		port      = fs.Int("http.port", 8545, "JSON-RPC listen port (HTTP and WebSocket)")
		chainID   = fs.Uint64("chain-id", vm.DefaultChainID, "chain id")
		genesis   = fs.String("genesis", "", "start a new chain from this genesis file (go-ethereum's JSON format, or `metis state export`'s); its alloc replaces the dev funding, its config.chainId the --chain-id")
		blockTime = fs.Duration("block-time", time.Second, "time between blocks; 0 mines a block per transaction")
		gasLimit  = fs.Uint64("gas-limit", 60_000_000, "block gas limit")
		accounts  = fs.Int("accounts", 10, "number of prefunded dev accounts")
		balance   = fs.String("balance", "10000", "balance of each dev account, in ether")
		coinbase  = fs.String("coinbase", "0x0000000000000000000000000000000000000000", "address that receives priority fees")
		logLevel  = fs.String("log.level", "info", "log level: debug, info, warn, error")
		pprofAddr = fs.String("pprof.addr", "", "serve Go's net/http/pprof profiles on this address (e.g. 127.0.0.1:6060)")
		execMode  = fs.String("exec", "parallel", "block executor: parallel (Block-STM) or serial; both give identical blocks")
		workers   = fs.Int("exec.workers", runtime.NumCPU(), "worker goroutines of the parallel executor")
		facAddr   = fs.String("facilitator.addr", "127.0.0.1:8402", "x402 facilitator listen address (\"\" disables it and the BANG service)")
		facBatch  = fs.Bool("facilitator.batch", false, "settle x402 payments in batches (one BatchSettler transaction per 20 ms per token)")
		bangAddr  = fs.String("bang.addr", "127.0.0.1:8403", "$BANG mint service listen address (\"\" disables it)")
		valAddr   = fs.String("validators.addr", "127.0.0.1:8405", "LazAI contribution validators listen address (\"\" disables them)")
		bangUSDC  = fs.String("bang.price-usdc", "1", "price of one BANG mint in USDC")
		bangXM    = fs.String("bang.price-xmetis", "1", "price of one BANG mint in xMETIS")
	)
	if err := parseCommand(fs, args, "Usage: metis dev [flags]\n\nRuns a single-node development chain.\n\n"); err != nil {
		return err
	}
	useNodeGC()
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return fmt.Errorf("--log.level: %w", err)
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	wei, err := parseUnits(*balance, 18)
	if err != nil {
		return fmt.Errorf("--balance: %w", err)
	}
	if !common.IsHexAddress(*coinbase) {
		return fmt.Errorf("--coinbase: %q is not an address", *coinbase)
	}
	if *accounts < 1 || *accounts > 10_000 {
		return fmt.Errorf("--accounts: must be between 1 and 10000")
	}
	if *execMode != "parallel" && *execMode != "serial" {
		return fmt.Errorf("--exec: %q is neither parallel nor serial", *execMode)
	}
	if *retain < 1 {
		return fmt.Errorf("--state.retain: must be at least 1")
	}
	if *stateMem < 1 {
		return fmt.Errorf("--state.memory: must be at least 1 (MiB)")
	}
	if *pruneAft == 0 {
		return fmt.Errorf("--state.prune-after: must be at least 1, or -1 to never prune")
	}
	if *workers < 1 || *workers > 1024 {
		return fmt.Errorf("--exec.workers: must be between 1 and 1024")
	}
	priceUSDC, err := parseUnits(*bangUSDC, 6)
	if err != nil {
		return fmt.Errorf("--bang.price-usdc: %w", err)
	}
	priceXM, err := parseUnits(*bangXM, 18)
	if err != nil {
		return fmt.Errorf("--bang.price-xmetis: %w", err)
	}
	if *facAddr == "" {
		*bangAddr = ""
	}
	var gen *chain.Genesis
	if *genesis != "" {
		raw, err := os.ReadFile(*genesis)
		if err != nil {
			return fmt.Errorf("--genesis: %w", err)
		}
		var id uint64
		if gen, id, err = chain.ParseGenesis(raw); err != nil {
			return fmt.Errorf("--genesis %s: %w", *genesis, err)
		}
		*chainID = id
	}
	bt := *blockTime
	if bt == 0 {
		bt = -1 // automine
	}
	cfg := node.Config{
		DataDir:         *dataDir,
		Ephemeral:       *ephemeral,
		Archive:         *archive,
		StateRetain:     *retain,
		StateCheckpoint: *ckptEvery,
		StatePruneAfter: *pruneAft,
		StateMemory:     *stateMem << 20,
		HTTPAddr:        net.JoinHostPort(*addr, strconv.Itoa(*port)),
		ChainID:         *chainID,
		BlockTime:       bt,
		GasLimit:        *gasLimit,
		Accounts:        *accounts,
		Balance:         wei,
		Coinbase:        common.HexToAddress(*coinbase),
		Logger:          logger,
		Exec:            *execMode,
		Workers:         *workers,
		Genesis:         gen,
	}
	d, err := devnet.Start(devnet.Config{
		Node: cfg, FacilitatorAddr: *facAddr, BangAddr: *bangAddr, ValidatorsAddr: *valAddr, Batch: *facBatch,
		BangPriceUSDC: priceUSDC, BangPriceXMetis: priceXM, Logger: logger,
	})
	if err != nil {
		return err
	}
	if *pprofAddr != "" {
		stopPprof, err := servePprof(*pprofAddr, logger)
		if err != nil {
			d.Close()
			return err
		}
		defer stopPprof()
	}
	printBanner(stdout, d.Node, cfg, *balance)
	if d.FacilitatorURL != "" || gen == nil {
		printGMPayer(stdout, d, *bangUSDC, *bangXM)
	}
	select {
	case <-ctx.Done():
	case err = <-d.Node.Err():
	}
	logger.Info("shutting down")
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// printGMPayer lists the payment tokens and services of the devnet.
func printGMPayer(w io.Writer, d *devnet.Devnet, priceUSDC, priceXMetis string) {
	fmt.Fprintf(w, "Tokens (each dev account holds 1,000,000 USDC and 1,000,000 xMETIS)\n==================\n")
	for _, t := range d.Tokens.Tokens() {
		domain := ""
		if t.Name != "" {
			domain = fmt.Sprintf("  EIP-3009, EIP-712 domain %q version %q", t.Name, t.Version)
		}
		fmt.Fprintf(w, "%-7s %s  %d decimals%s\n", t.Symbol, t.Address, t.Decimals, domain)
	}
	if d.FacilitatorURL != "" {
		fmt.Fprintf(w, "\nBatchSettler %s\nx402 facilitator  %s  (settles from %s)\n", d.Tokens.BatchSettler, d.FacilitatorURL, d.Services.Facilitator.Address)
	}
	if d.BangURL != "" {
		fmt.Fprintf(w, "$BANG mint        %s/bang/mint  (%s USDC or %s xMETIS per 5000 BANG; try: metis pay -X POST %s/bang/mint)\n", d.BangURL, priceUSDC, priceXMetis, d.BangURL)
	}
	fmt.Fprintf(w, "\nLazAI (ERC-8028 data anchoring tokens; try: metis dat class create --uri ipfs://my-dataset)\n==================\n")
	fmt.Fprintf(w, "DataAnchoringToken    %s\nContributionRegistry  %s  (validators:", d.LazAI.DAT, d.LazAI.Registry)
	for _, v := range d.Services.Validators {
		fmt.Fprintf(w, " %s", v.Address)
	}
	fmt.Fprintf(w, "; 2 must sign)\n")
	for i, u := range d.ValidatorURLs {
		fmt.Fprintf(w, "validator %d          %s/validate\n", i, u)
	}
	if len(d.ValidatorURLs) > 0 {
		fmt.Fprintf(w, "contribute data: metis dat register --class N --uri URL, then metis dat contribute FILE_ID\n")
	}
	fmt.Fprintln(w)
}

// parseUnits parses a decimal amount of a token with the given decimals
// into atomic units.
func parseUnits(s string, decimals int) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%q is not a non-negative number", s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("%q has more than %d decimals", s, decimals)
	}
	return r.Num(), nil
}

func printBanner(w io.Writer, n *node.Node, cfg node.Config, balance string) {
	head := n.Chain().Head()
	fmt.Fprintf(w, "\nmetis dev %s\n\n", versionString())
	fmt.Fprintf(w, "Chain ID:   %d\n", n.Chain().Config().ChainID)
	fmt.Fprintf(w, "Head block: %d (%s)\n", head.NumberU64(), head.Hash())
	if bt := cfg.BlockTime; bt > 0 {
		fmt.Fprintf(w, "Block time: %s\n", bt)
	} else {
		fmt.Fprintf(w, "Block time: automine (a block per transaction)\n")
	}
	fmt.Fprintf(w, "Gas limit:  %d\n", cfg.GasLimit)
	if dir := n.DataDir(); dir != "" {
		fmt.Fprintf(w, "Data dir:   %s\n", dir)
	} else {
		fmt.Fprintf(w, "Data dir:   none (--ephemeral: in memory)\n")
	}
	fmt.Fprintf(w, "\nAvailable accounts (%s ETH each)\n==================\n", balance)
	for i, a := range n.Accounts() {
		fmt.Fprintf(w, "(%d) %s\n", i, a.Address)
	}
	fmt.Fprintf(w, "\nPrivate keys\n==================\n")
	for i, a := range n.Accounts() {
		fmt.Fprintf(w, "(%d) 0x%x\n", i, crypto.FromECDSA(a.Key))
	}
	fmt.Fprintf(w, "\nMnemonic: %s\nDerivation path: m/44'/60'/0'/0/\n", "test test test test test test test test test test test junk")
	fmt.Fprintf(w, "\nListening on %s (HTTP) and %s (WebSocket)\n\n", n.HTTPEndpoint(), n.WSEndpoint())
}

// useNodeGC sets the garbage collector the way the node runs it: a node's
// heap is small and its work is allocation-heavy (JSON, RLP, EVM frames),
// so it collects less often, unless the user chose GOGC. Benchmarks use it
// too, so that they measure what the node does.
func useNodeGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(400)
	}
}
