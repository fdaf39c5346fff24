package txpool

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	gethpool "github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// memState is an in-memory StateReader.
type memState struct {
	mu      sync.Mutex
	nonces  map[common.Address]uint64
	balance map[common.Address]*uint256.Int
}

func newMemState() *memState {
	return &memState{nonces: map[common.Address]uint64{}, balance: map[common.Address]*uint256.Int{}}
}

func (m *memState) Nonce(a common.Address) uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.nonces[a]
}
func (m *memState) Balance(a common.Address) *uint256.Int {
	m.mu.Lock()
	defer m.mu.Unlock()
	if b, ok := m.balance[a]; ok {
		return b
	}
	return new(uint256.Int)
}

type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time { return c.now }

var cc = func() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.ChainID = big.NewInt(31337)
	return &c
}()

func header() *types.Header {
	return &types.Header{Number: big.NewInt(1), GasLimit: 30_000_000, BaseFee: big.NewInt(params.GWei), Time: 1}
}

type fixture struct {
	pool  *Pool
	state *memState
	keys  []*ecdsa.PrivateKey
	clock *fakeClock
}

func newFixture(t *testing.T, cfg Config) *fixture {
	t.Helper()
	st := newMemState()
	f := &fixture{state: st, clock: &fakeClock{now: time.Unix(1000, 0)}}
	for range 4 {
		k, _ := crypto.GenerateKey()
		f.keys = append(f.keys, k)
		st.balance[crypto.PubkeyToAddress(k.PublicKey)] = uint256.NewInt(params.Ether)
	}
	cfg.ChainConfig, cfg.Clock = cc, f.clock
	p, err := New(cfg, st, header())
	if err != nil {
		t.Fatal(err)
	}
	f.pool = p
	return f
}

func (f *fixture) tx(k int, nonce uint64, tip, feeCap int64) *types.Transaction {
	to := common.HexToAddress("0xbeef")
	return types.MustSignNewTx(f.keys[k], types.LatestSigner(cc), &types.DynamicFeeTx{
		ChainID: cc.ChainID, Nonce: nonce, Gas: 21000, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(feeCap), To: &to, Value: big.NewInt(1),
	})
}

func (f *fixture) addr(k int) common.Address { return crypto.PubkeyToAddress(f.keys[k].PublicKey) }

func TestNonceOrderingQueueAndPromotion(t *testing.T) {
	f := newFixture(t, Config{})
	ch := make(chan []*types.Transaction, 10)
	sub := f.pool.SubscribeNewTxs(ch)
	defer sub.Unsubscribe()
	must(t, f.pool.Add(f.tx(0, 0, 1, 2e9)))
	must(t, f.pool.Add(f.tx(0, 2, 1, 2e9)))
	if p, q := f.pool.Stats(); p != 1 || q != 1 {
		t.Fatalf("stats %d/%d, want 1 pending 1 queued", p, q)
	}
	if n := f.pool.PendingNonce(f.addr(0)); n != 1 {
		t.Fatalf("pending nonce %d", n)
	}
	must(t, f.pool.Add(f.tx(0, 1, 1, 2e9)))
	if p, q := f.pool.Stats(); p != 3 || q != 0 {
		t.Fatalf("after filling the gap: %d/%d", p, q)
	}
	if n := f.pool.PendingNonce(f.addr(0)); n != 3 {
		t.Fatalf("pending nonce %d", n)
	}
	announced := 0
	for len(ch) > 0 {
		announced += len(<-ch)
	}
	if announced != 3 {
		t.Fatalf("announced %d executable txs, want 3", announced)
	}
	// Nonces 0 and 1 get mined.
	f.state.nonces[f.addr(0)] = 2
	f.pool.Reset(header(), f.state)
	if p, _ := f.pool.Stats(); p != 1 || f.pool.Pending()[f.addr(0)][0].Nonce() != 2 {
		t.Fatalf("after reset pending = %v", f.pool.Pending())
	}
}

func TestValidationErrors(t *testing.T) {
	f := newFixture(t, Config{})
	to := common.HexToAddress("0xbeef")
	sign := func(k int, inner types.TxData, chainID int64) *types.Transaction {
		return types.MustSignNewTx(f.keys[k], types.LatestSignerForChainID(big.NewInt(chainID)), inner)
	}
	f.state.nonces[f.addr(1)] = 5
	must(t, f.pool.Add(f.tx(0, 0, 1e9, 2e9)))
	tests := []struct {
		name string
		tx   *types.Transaction
		want error
		msg  string
	}{
		{"known", f.tx(0, 0, 1e9, 2e9), gethpool.ErrAlreadyKnown, "already known"},
		{"underpriced replacement", f.tx(0, 0, 1e9+1, 2e9+1), gethpool.ErrReplaceUnderpriced, "replacement transaction underpriced"},
		{"nonce too low", f.tx(1, 4, 1, 2e9), core.ErrNonceTooLow, "nonce too low"},
		{"intrinsic", sign(0, &types.DynamicFeeTx{ChainID: cc.ChainID, Nonce: 1, Gas: 20000, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2e9), To: &to}, 31337), core.ErrIntrinsicGas, "intrinsic gas too low"},
		{"gas limit", sign(0, &types.DynamicFeeTx{ChainID: cc.ChainID, Nonce: 1, Gas: 30_000_001, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), To: &to}, 31337), gethpool.ErrGasLimit, "exceeds block gas limit"},
		{"funds", sign(2, &types.DynamicFeeTx{ChainID: cc.ChainID, Nonce: 0, Gas: 21000, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2e9), To: &to, Value: big.NewInt(params.Ether)}, 31337), core.ErrInsufficientFunds, "insufficient funds for gas * price + value"},
		{"tip above cap", f.tx(3, 0, 3e9, 2e9), core.ErrTipAboveFeeCap, "max priority fee per gas higher than max fee per gas"},
		{"chain id", sign(3, &types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: 0, Gas: 21000, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2e9), To: &to}, 1), types.ErrInvalidChainId, "invalid chain id"},
		{"oversized", sign(3, &types.DynamicFeeTx{ChainID: cc.ChainID, Nonce: 0, Gas: 10_000_000, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), To: &to, Data: make([]byte, 200<<10)}, 31337), gethpool.ErrOversizedData, "oversized data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := f.pool.Add(tc.tx)
			if !errors.Is(err, tc.want) || !strings.HasPrefix(err.Error(), tc.msg) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	// A 10% bump replaces.
	must(t, f.pool.Add(f.tx(0, 0, 1.1e9, 2.2e9)))
	if p, _ := f.pool.Stats(); p != 1 {
		t.Fatalf("pending %d after replacement", p)
	}
}

func TestCumulativeBalance(t *testing.T) {
	f := newFixture(t, Config{})
	f.state.balance[f.addr(0)] = uint256.NewInt(21000*2e9*2 + 2)
	must(t, f.pool.Add(f.tx(0, 0, 1, 2e9)))
	must(t, f.pool.Add(f.tx(0, 1, 1, 2e9)))
	if err := f.pool.Add(f.tx(0, 2, 1, 2e9)); !errors.Is(err, core.ErrInsufficientFunds) {
		t.Fatalf("third tx: %v", err)
	}
}

func TestEvictionWhenFull(t *testing.T) {
	f := newFixture(t, Config{GlobalSlots: 2, GlobalQueue: 1})
	must(t, f.pool.Add(f.tx(0, 0, 1, 1e9)))
	must(t, f.pool.Add(f.tx(1, 0, 5, 5e9)))
	must(t, f.pool.Add(f.tx(2, 0, 6, 6e9)))
	// Full: a cheaper tx than everything is refused.
	if err := f.pool.Add(f.tx(3, 0, 1, 1e8)); !errors.Is(err, gethpool.ErrUnderpriced) {
		t.Fatalf("cheap tx into full pool: %v", err)
	}
	// A pricier one evicts the cheapest (sender 0).
	must(t, f.pool.Add(f.tx(3, 0, 7, 7e9)))
	if f.pool.Pending()[f.addr(0)] != nil {
		t.Fatal("cheapest sender was not evicted")
	}
}

func TestQueuedLifetime(t *testing.T) {
	f := newFixture(t, Config{Lifetime: time.Hour})
	must(t, f.pool.Add(f.tx(0, 3, 1, 2e9)))
	f.clock.now = f.clock.now.Add(2 * time.Hour)
	f.pool.EvictStale()
	if _, q := f.pool.Stats(); q != 0 {
		t.Fatal("stale queued tx kept")
	}
}

func TestExecutableOrdering(t *testing.T) {
	f := newFixture(t, Config{})
	must(t, f.pool.Add(f.tx(0, 0, 1e9, 10e9)))
	must(t, f.pool.Add(f.tx(0, 1, 9e9, 10e9)))
	must(t, f.pool.Add(f.tx(1, 0, 5e9, 10e9)))
	must(t, f.pool.Add(f.tx(2, 0, 3e9, 10e9)))
	o := f.pool.Executable(big.NewInt(params.GWei))
	var order []string
	for tx := o.Peek(); tx != nil; tx = o.Peek() {
		from, _ := types.Sender(types.LatestSigner(cc), tx)
		for i := range f.keys {
			if from == f.addr(i) {
				order = append(order, string(rune('a'+i))+string(rune('0'+tx.Nonce())))
			}
		}
		if from == f.addr(2) {
			o.Drop()
			continue
		}
		o.Shift()
	}
	// b0 (5 gwei) > c0 (3 gwei, dropped) > a0 (1 gwei) then a1 (nonce order kept).
	if got := strings.Join(order, ","); got != "b0,c0,a0,a1" {
		t.Fatalf("order %s", got)
	}
}

func TestConcurrentUse(t *testing.T) {
	f := newFixture(t, Config{})
	var wg sync.WaitGroup
	for k := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 50 {
				_ = f.pool.Add(f.tx(k, uint64(n), 1, 2e9))
				_ = f.pool.Pending()
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 50 {
			f.pool.Reset(header(), f.state)
			_ = f.pool.Executable(big.NewInt(1))
		}
	}()
	wg.Wait()
	if p, _ := f.pool.Stats(); p != 200 {
		t.Fatalf("pending %d, want 200", p)
	}
}

func FuzzAdd(f *testing.F) {
	f.Add([]byte{0x02, 0xc0})
	f.Fuzz(func(t *testing.T, raw []byte) {
		fx := newFixture(t, Config{})
		tx := new(types.Transaction)
		if tx.UnmarshalBinary(raw) != nil {
			return
		}
		_ = fx.pool.Add(tx)
		for _, list := range fx.pool.Pending() {
			for i := 1; i < len(list); i++ {
				if list[i].Nonce() != list[i-1].Nonce()+1 {
					t.Fatal("pending not contiguous")
				}
			}
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
