package blockstm_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/blockstm"
)

// snapshot serialises everything a result holds, to tell whether it
// changed later.
func snapshot(r *exec.Result) string {
	type account struct {
		Destructed, Live bool
		Nonce            uint64
		Balance, Code    string
		CodeHash         common.Hash
		Storage          map[common.Hash]common.Hash
	}
	ws := map[common.Address]account{}
	for a, ch := range r.WriteSet {
		x := account{Destructed: ch.Destructed, Storage: ch.Storage, Code: fmt.Sprintf("%x", ch.Code)}
		if ch.Account != nil {
			x.Live, x.Nonce, x.CodeHash = true, ch.Account.Nonce, ch.Account.CodeHash
			if ch.Account.Balance != nil {
				x.Balance = ch.Account.Balance.Dec()
			}
		}
		ws[a] = x
	}
	var rejected []string
	for _, x := range r.Rejected {
		rejected = append(rejected, fmt.Sprint(x.Index, x.Err))
	}
	b, err := json.Marshal(struct {
		Receipts []*types.Receipt
		Rejected []string
		Gas      uint64
		WS       map[common.Address]account
	}{r.Receipts, rejected, r.GasUsed, ws})
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestExecutorReuse runs chains of blocks through one executor, which
// keeps its working memory from block to block (found worth a test in
// review): results already returned stay intact while later blocks run, a
// cancelled block does not disturb the next, and concurrent Execute calls
// on one executor each match the serial result.
func TestExecutorReuse(t *testing.T) {
	for seed := range uint64(4) {
		c := newChain(t, seed)
		ex := blockstm.New(4)
		type kept struct {
			res  *exec.Result
			snap string
		}
		var old []kept
		for b := range 8 {
			coinbase := common.HexToAddress("0xc0ffee")
			if b%3 == 1 {
				coinbase = c.addrs[0]
			}
			gasLimit := uint64(30_000_000)
			if b%4 == 3 {
				gasLimit = 600_000
			}
			blk := c.nextBlock(gasLimit, coinbase)
			txs := c.block(1+c.rng.IntN(70), coinbase)
			pre, want := c.serial(t, blk, txs)
			cancelled, cancel := context.WithCancel(context.Background())
			cancel()
			_, _ = ex.Execute(cancelled, blk, txs, pre) // fails or finishes; the next runs must not care
			var wg sync.WaitGroup
			var got [3]*exec.Result
			var errs [3]error
			for i := range got {
				wg.Add(1)
				go func() {
					defer wg.Done()
					got[i], errs[i] = ex.Execute(context.Background(), blk, txs, pre)
				}()
			}
			wg.Wait()
			wantSnap := snapshot(want)
			for i := range got {
				if errs[i] != nil {
					t.Fatal(errs[i])
				}
				if d := resultDiff(want, got[i]); d != "" {
					t.Fatalf("seed %d block %d run %d: %s", seed, b, i, d)
				}
				if snapshot(got[i]) != wantSnap {
					t.Fatalf("seed %d block %d run %d: result differs from serial", seed, b, i)
				}
				old = append(old, kept{got[i], wantSnap})
			}
			for k, o := range old {
				if snapshot(o.res) != o.snap {
					t.Fatalf("seed %d: result %d changed after block %d ran", seed, k, b)
				}
			}
			c.commit(t, want)
		}
	}
}
