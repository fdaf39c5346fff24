// Package loadgen measures how many transactions per second an Ethereum
// JSON-RPC node includes in blocks under sustained load, and how long
// inclusion takes. It works against any node (metis, anvil, geth): it
// funds fresh senders from a funded key, pre-signs every transaction, sends
// them in JSON-RPC batches and watches blocks for their inclusion.
package loadgen

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/metis-go/metis/contracts"
)

// Config configures a run.
type Config struct {
	RPC     string            // HTTP JSON-RPC endpoint
	Txs     int               // transactions to send
	Senders int               // distinct senders
	Funder  *ecdsa.PrivateKey // a funded key that pays the senders' balances
	Kind    string            // "transfer" (default) or "erc20"
	Batch   int               // transactions per JSON-RPC batch; default 100
	Workers int               // concurrent batch senders; default 4
	Timeout time.Duration     // give up waiting for inclusion after this; default 5m
}

// Result is what a run measured.
type Result struct {
	Sent, Included int
	Elapsed        time.Duration // from the first send to the last inclusion seen
	TPS            float64       // included transactions per second over Elapsed
	P50, P99       time.Duration // inclusion latency: send to first sight in a block
	Blocks         int           // blocks that held the load
}

type client struct{ c *rpc.Client }

func (c client) call(ctx context.Context, out any, method string, args ...any) error {
	return c.c.CallContext(ctx, out, method, args...)
}

// Run performs one measurement. Progress lines go to progress.
func Run(ctx context.Context, cfg Config, progress io.Writer) (*Result, error) {
	if cfg.Batch == 0 {
		cfg.Batch = 100
	}
	if cfg.Workers == 0 {
		cfg.Workers = 4
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 5 * time.Minute
	}
	if cfg.Txs <= 0 || cfg.Senders <= 0 || cfg.Funder == nil {
		return nil, errors.New("loadgen: Txs, Senders and Funder are required")
	}
	if cfg.Kind == "" {
		cfg.Kind = "transfer"
	}
	if cfg.Kind != "transfer" && cfg.Kind != "erc20" {
		return nil, fmt.Errorf("loadgen: unknown kind %q (transfer, erc20)", cfg.Kind)
	}
	rc, err := rpc.DialContext(ctx, cfg.RPC)
	if err != nil {
		return nil, fmt.Errorf("loadgen: dial %s: %w", cfg.RPC, err)
	}
	defer rc.Close()
	c := client{rc}
	var chainID hexutil.Big
	if err := c.call(ctx, &chainID, "eth_chainId"); err != nil {
		return nil, fmt.Errorf("loadgen: chain id: %w", err)
	}
	signer := types.LatestSignerForChainID(chainID.ToInt())
	senders := make([]*ecdsa.PrivateKey, cfg.Senders)
	for i := range senders {
		senders[i], _ = crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("metis-loadgen-sender-%d", i))))
	}
	fmt.Fprintf(progress, "funding %d senders\n", cfg.Senders)
	token, err := fund(ctx, c, signer, cfg, senders)
	if err != nil {
		return nil, err
	}
	// Pre-sign everything, round-robin over senders.
	nonces := make([]uint64, len(senders))
	for i, k := range senders {
		var n hexutil.Uint64
		if err := c.call(ctx, &n, "eth_getTransactionCount", crypto.PubkeyToAddress(k.PublicKey), "pending"); err != nil {
			return nil, err
		}
		nonces[i] = uint64(n)
	}
	raws := make([]hexutil.Bytes, cfg.Txs)
	hashes := make([]common.Hash, cfg.Txs)
	for i := range cfg.Txs {
		s := i % len(senders)
		recipient := common.BigToAddress(big.NewInt(int64(0x10000 + i%1000)))
		inner := &types.DynamicFeeTx{
			ChainID: chainID.ToInt(), Nonce: nonces[s], Gas: 21000,
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(200 * params.GWei),
			To: &recipient, Value: big.NewInt(1),
		}
		if token != nil {
			inner.To, inner.Value, inner.Gas = &token.address, new(big.Int), 80_000
			inner.Data = token.transfer(recipient, big.NewInt(1))
		}
		tx := types.MustSignNewTx(senders[s], signer, inner)
		nonces[s]++
		raws[i], _ = tx.MarshalBinary()
		hashes[i] = tx.Hash()
	}
	fmt.Fprintf(progress, "sending %d pre-signed %s transactions in batches of %d\n", cfg.Txs, cfg.Kind, cfg.Batch)
	var startBlock hexutil.Uint64
	if err := c.call(ctx, &startBlock, "eth_blockNumber"); err != nil {
		return nil, err
	}
	sentAt := make([]time.Time, cfg.Txs)
	index := make(map[common.Hash]int, cfg.Txs)
	for i, h := range hashes {
		index[h] = i
	}
	watchCtx, stopWatch := context.WithTimeout(ctx, cfg.Timeout)
	defer stopWatch()
	var mu sync.Mutex
	seenAt := make(map[int]time.Time, cfg.Txs)
	blocks := 0
	watchDone := make(chan error, 1)
	go func() {
		watchDone <- watch(watchCtx, c, uint64(startBlock), cfg.Txs, &mu, index, seenAt, &blocks, progress)
	}()

	start := time.Now()
	var (
		sendErrs atomic.Int64
		next     atomic.Int64
		workers  sync.WaitGroup
		sendErr  error
		errOnce  sync.Once
	)
	for range cfg.Workers {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for {
				lo := int(next.Add(int64(cfg.Batch))) - cfg.Batch
				if lo >= cfg.Txs || ctx.Err() != nil {
					return
				}
				hi := min(lo+cfg.Batch, cfg.Txs)
				batch := make([]rpc.BatchElem, 0, hi-lo)
				for i := lo; i < hi; i++ {
					batch = append(batch, rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{raws[i]}, Result: new(common.Hash)})
				}
				now := time.Now()
				mu.Lock()
				for i := lo; i < hi; i++ {
					sentAt[i] = now
				}
				mu.Unlock()
				if err := rc.BatchCallContext(ctx, batch); err != nil {
					errOnce.Do(func() { sendErr = fmt.Errorf("loadgen: send batch: %w", err) })
					return
				}
				for _, b := range batch {
					if b.Error != nil {
						sendErrs.Add(1)
					}
				}
			}
		}()
	}
	workers.Wait()
	if sendErr != nil {
		return nil, sendErr
	}
	fmt.Fprintf(progress, "all sent in %s\n", time.Since(start).Round(time.Millisecond))
	if n := sendErrs.Load(); n > 0 {
		fmt.Fprintf(progress, "%d transactions were rejected on submission\n", n)
	}
	if err := <-watchDone; err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return nil, err
	}
	mu.Lock()
	defer mu.Unlock()
	res := &Result{Sent: cfg.Txs - int(sendErrs.Load()), Included: len(seenAt), Blocks: blocks}
	var last time.Time
	lat := make([]time.Duration, 0, len(seenAt))
	for i, t := range seenAt {
		lat = append(lat, t.Sub(sentAt[i]))
		if t.After(last) {
			last = t
		}
	}
	if len(lat) > 0 {
		slices.Sort(lat)
		res.P50 = lat[len(lat)/2]
		res.P99 = lat[min(len(lat)-1, len(lat)*99/100)]
		res.Elapsed = last.Sub(start)
		res.TPS = float64(res.Included) / res.Elapsed.Seconds()
	}
	return res, nil
}

// watch polls new blocks and records when each of our transactions is
// first seen included.
func watch(ctx context.Context, c client, from uint64, want int, mu *sync.Mutex, index map[common.Hash]int, seenAt map[int]time.Time, blocks *int, progress io.Writer) error {
	next := from + 1
	for {
		var head hexutil.Uint64
		if err := c.call(ctx, &head, "eth_blockNumber"); err != nil {
			return err
		}
		for ; next <= uint64(head); next++ {
			var blk struct {
				Transactions []common.Hash `json:"transactions"`
			}
			if err := c.call(ctx, &blk, "eth_getBlockByNumber", hexutil.Uint64(next), false); err != nil {
				return err
			}
			now := time.Now()
			mu.Lock()
			got := 0
			for _, h := range blk.Transactions {
				if i, ok := index[h]; ok {
					if _, dup := seenAt[i]; !dup {
						seenAt[i] = now
						got++
					}
				}
			}
			if got > 0 {
				*blocks++
			}
			done := len(seenAt)
			mu.Unlock()
			if got > 0 {
				fmt.Fprintf(progress, "block %d: %d of ours, %d/%d included\n", next, got, done, want)
			}
			if done >= want {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// benchToken is a deployed BenchToken.
type benchToken struct {
	address common.Address
	abi     *contracts.Artifact
}

func (t *benchToken) transfer(to common.Address, amount *big.Int) []byte {
	data, err := t.abi.ABI.Pack("transfer", to, amount)
	if err != nil {
		panic(err) // the ABI is ours and static
	}
	return data
}

// funder sends transactions from the funding key with consecutive nonces.
type funder struct {
	c      client
	signer types.Signer
	key    *ecdsa.PrivateKey
	nonce  uint64
	last   common.Hash
}

func (f *funder) send(ctx context.Context, to *common.Address, value *big.Int, data []byte, gas uint64) error {
	tx := types.MustSignNewTx(f.key, f.signer, &types.DynamicFeeTx{
		ChainID: f.signer.ChainID(), Nonce: f.nonce, Gas: gas,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(200 * params.GWei), To: to, Value: value, Data: data,
	})
	raw, _ := tx.MarshalBinary()
	if err := f.c.call(ctx, &f.last, "eth_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
		return err
	}
	f.nonce++
	return nil
}

// wait waits for the receipt of the last transaction sent and returns it.
func (f *funder) wait(ctx context.Context) (map[string]any, error) {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		var r map[string]any
		if err := f.c.call(ctx, &r, "eth_getTransactionReceipt", f.last); err == nil && r != nil {
			if r["status"] != "0x1" {
				return nil, fmt.Errorf("loadgen: set-up transaction %s failed", f.last)
			}
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return nil, errors.New("loadgen: set-up transactions were not mined in 2 minutes")
}

// fund sends each sender 10 ether from the funder and, for the erc20 kind,
// deploys a BenchToken and gives each sender tokens. It waits until all of
// it is mined.
func fund(ctx context.Context, c client, signer types.Signer, cfg Config, senders []*ecdsa.PrivateKey) (*benchToken, error) {
	var n hexutil.Uint64
	if err := c.call(ctx, &n, "eth_getTransactionCount", crypto.PubkeyToAddress(cfg.Funder.PublicKey), "pending"); err != nil {
		return nil, fmt.Errorf("loadgen: funder nonce: %w", err)
	}
	f := &funder{c: c, signer: signer, key: cfg.Funder, nonce: uint64(n)}
	amount := new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))
	for i, k := range senders {
		to := crypto.PubkeyToAddress(k.PublicKey)
		if err := f.send(ctx, &to, amount, nil, 21000); err != nil {
			return nil, fmt.Errorf("loadgen: fund sender %d: %w", i, err)
		}
	}
	if cfg.Kind != "erc20" {
		_, err := f.wait(ctx)
		return nil, err
	}
	art, err := contracts.Load("BenchToken")
	if err != nil {
		return nil, err
	}
	supply := new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)
	deploy, err := art.DeployData(supply)
	if err != nil {
		return nil, err
	}
	if err := f.send(ctx, nil, new(big.Int), deploy, 2_000_000); err != nil {
		return nil, fmt.Errorf("loadgen: deploy token: %w", err)
	}
	r, err := f.wait(ctx)
	if err != nil {
		return nil, err
	}
	addr, _ := r["contractAddress"].(string)
	token := &benchToken{address: common.HexToAddress(addr), abi: art}
	share := new(big.Int).Div(supply, big.NewInt(int64(len(senders)+1)))
	for i, k := range senders {
		if err := f.send(ctx, &token.address, new(big.Int), token.transfer(crypto.PubkeyToAddress(k.PublicKey), share), 100_000); err != nil {
			return nil, fmt.Errorf("loadgen: give tokens to sender %d: %w", i, err)
		}
	}
	if _, err := f.wait(ctx); err != nil {
		return nil, err
	}
	return token, nil
}
