package blockstm_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/program"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/blockstm"
	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/internal/testcontract"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

// Contracts installed in the genesis of the random chains.
var (
	counterAddr   = common.HexToAddress("0xc1") // slot 0 += 1: every call conflicts
	coinbaseProbe = common.HexToAddress("0xc2") // stores BALANCE(COINBASE) and SELFBALANCE
	transientAddr = common.HexToAddress("0xc3") // TSTORE then TLOAD into storage
	factoryAddr   = common.HexToAddress("0xc4") // CREATE2 with a fixed salt: the second call collides
	balanceProbe  = common.HexToAddress("0xc5") // stores the balance of the first sender
	clearerAddr   = common.HexToAddress("0xc6") // clears slot 0 (a refund)
	ledgerAddr    = common.HexToAddress("0xc7") // slot CALLER = CALLVALUE+1, slot CALLER+1 = NUMBER: a slot pair per sender
)

func genesisCode(hot common.Address) map[common.Address][]byte {
	return map[common.Address][]byte{
		counterAddr:   program.New().Push(0).Op(gethvm.SLOAD).Push(1).Op(gethvm.ADD).Push(0).Op(gethvm.SSTORE).Op(gethvm.STOP).Bytes(),
		coinbaseProbe: program.New().Op(gethvm.COINBASE).Op(gethvm.BALANCE).Push(0).Op(gethvm.SSTORE).Op(gethvm.SELFBALANCE).Push(1).Op(gethvm.SSTORE).Op(gethvm.STOP).Bytes(),
		transientAddr: program.New().Op(gethvm.CALLVALUE).Push(1).Op(gethvm.ADD).Push(0).Op(gethvm.TSTORE).Push(0).Op(gethvm.TLOAD).Push(1).Op(gethvm.SSTORE).Op(gethvm.STOP).Bytes(),
		factoryAddr:   program.New().Create2(testcontract.LoggerInitCode(), 7).Op(gethvm.NUMBER).Op(gethvm.SSTORE).Op(gethvm.STOP).Bytes(),
		balanceProbe:  program.New().Push(hot.Big()).Op(gethvm.BALANCE).Op(gethvm.NUMBER).Op(gethvm.SSTORE).Op(gethvm.STOP).Bytes(),
		clearerAddr:   program.New().Push(0).Push(0).Op(gethvm.SSTORE).Op(gethvm.STOP).Bytes(),
		ledgerAddr: program.New().Op(gethvm.CALLVALUE).Push(1).Op(gethvm.ADD).Op(gethvm.CALLER).Op(gethvm.SSTORE).
			Op(gethvm.NUMBER).Op(gethvm.CALLER).Push(1).Op(gethvm.ADD).Op(gethvm.SSTORE).Op(gethvm.STOP).Bytes(),
	}
}

// chain generates random blocks full of conflicts: same-sender chains, a hot
// counter, transfers to and from the fee recipient, reads of balances other
// transactions change, creations and CREATE2 collisions, self-destructs,
// reverts, out-of-gas, transient storage, access lists, refunds, nonce gaps,
// unaffordable transactions and blocks too small for what is offered.
type chain struct {
	rng       *rand.Rand
	keys      []*ecdsa.PrivateKey
	addrs     []common.Address
	nonces    []uint64
	contracts []common.Address
	killers   []common.Address
	signer    types.Signer
	cfg       *params.ChainConfig
	store     *state.Store
	root      common.Hash
	number    uint64
	executors map[int]*blockstm.Executor
}

func newChain(t testing.TB, seed uint64) *chain {
	cfg := vm.ChainConfig(vm.DefaultChainID)
	c := &chain{rng: rand.New(rand.NewPCG(seed, 11)), signer: types.LatestSigner(cfg), cfg: cfg, store: state.NewStore(rawdb.NewMemoryDatabase())}
	genesis := state.WriteSet{}
	for i := range 6 {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 0x5e}))
		c.keys = append(c.keys, k)
		c.addrs = append(c.addrs, crypto.PubkeyToAddress(k.PublicKey))
		c.nonces = append(c.nonces, 0)
		bal := uint256.NewInt(params.Ether)
		if i == 5 { // too poor for most of what it sends
			bal = uint256.NewInt(30_000 * params.GWei * 3)
		}
		genesis[c.addrs[i]] = &state.AccountChange{Account: &state.Account{Balance: bal, CodeHash: types.EmptyCodeHash}}
	}
	for addr, code := range genesisCode(c.addrs[0]) {
		genesis[addr] = &state.AccountChange{Account: &state.Account{Balance: uint256.NewInt(1000), CodeHash: crypto.Keccak256Hash(code)}, Code: code}
	}
	root, err := c.store.Commit(types.EmptyRootHash, 0, genesis)
	if err != nil {
		t.Fatal(err)
	}
	c.root = root
	return c
}

func (c *chain) tx(k int, to *common.Address, value int64, data []byte, gas uint64) *types.Transaction {
	var inner types.TxData
	tip := big.NewInt(int64(c.rng.IntN(3)) * params.GWei / 2)
	if c.rng.IntN(4) == 0 {
		var list types.AccessList
		if c.rng.IntN(2) == 0 {
			list = types.AccessList{{Address: counterAddr, StorageKeys: []common.Hash{{}}}}
		}
		inner = &types.AccessListTx{ChainID: c.cfg.ChainID, Nonce: c.nonces[k], GasPrice: big.NewInt(3 * params.GWei), Gas: gas, To: to, Value: big.NewInt(value), Data: data, AccessList: list}
	} else {
		inner = &types.DynamicFeeTx{ChainID: c.cfg.ChainID, Nonce: c.nonces[k], GasTipCap: tip, GasFeeCap: big.NewInt(3 * params.GWei), Gas: gas, To: to, Value: big.NewInt(value), Data: data}
	}
	c.nonces[k]++
	return types.MustSignNewTx(c.keys[k], c.signer, inner)
}

func (c *chain) block(n int, coinbase common.Address) []*types.Transaction {
	var txs []*types.Transaction
	for range n {
		k := c.rng.IntN(len(c.keys))
		if c.rng.IntN(3) == 0 {
			k = 0 // long same-sender chains
		}
		fresh := common.BigToAddress(big.NewInt(int64(0x1000 + c.rng.IntN(20))))
		pick := func(list []common.Address) *common.Address { a := list[c.rng.IntN(len(list))]; return &a }
		switch op := c.rng.IntN(17); {
		case op == 0:
			txs = append(txs, c.tx(k, &fresh, int64(c.rng.IntN(1000)), nil, 21000))
		case op == 1: // zero-value touch of an empty account
			txs = append(txs, c.tx(k, &fresh, 0, nil, 21000))
		case op == 2:
			c.contracts = append(c.contracts, crypto.CreateAddress(c.addrs[k], c.nonces[k]))
			txs = append(txs, c.tx(k, nil, 0, testcontract.LoggerInitCode(), 300_000))
		case op == 3 && len(c.contracts) > 0: // write or clear slot 0, log
			word := common.BigToHash(big.NewInt(int64(c.rng.IntN(3))))
			txs = append(txs, c.tx(k, pick(c.contracts), int64(c.rng.IntN(2)), word[:], 100_000))
		case op == 4 && len(c.contracts) > 0: // revert
			txs = append(txs, c.tx(k, pick(c.contracts), 0, nil, 100_000))
		case op == 5: // out of gas
			txs = append(txs, c.tx(k, &counterAddr, 0, nil, 21_100+uint64(c.rng.IntN(3))*10_000))
		case op == 6: // created and destroyed in one transaction
			txs = append(txs, c.tx(k, nil, int64(c.rng.IntN(100)), testcontract.SelfDestructInitCode(fresh), 200_000))
		case op == 7:
			c.killers = append(c.killers, crypto.CreateAddress(c.addrs[k], c.nonces[k]))
			txs = append(txs, c.tx(k, nil, 500, testcontract.SelfDestructorInitCode(), 200_000))
		case op == 8 && len(c.killers) > 0:
			txs = append(txs, c.tx(k, pick(c.killers), int64(c.rng.IntN(10)), nil, 100_000))
		case op == 9: // nonce gap
			c.nonces[k] += 5
			txs = append(txs, c.tx(k, &fresh, 1, nil, 21000))
			c.nonces[k] -= 6
		case op == 10:
			txs = append(txs, c.tx(k, &counterAddr, 0, nil, 60_000))
		case op == 11: // pays the fee recipient, or reads its balance
			if c.rng.IntN(2) == 0 {
				txs = append(txs, c.tx(k, &coinbase, int64(c.rng.IntN(1000)), nil, 21000))
			} else {
				txs = append(txs, c.tx(k, &coinbaseProbe, int64(c.rng.IntN(3)), nil, 80_000))
			}
		case op == 12:
			txs = append(txs, c.tx(k, &transientAddr, int64(c.rng.IntN(3)), nil, 80_000))
		case op == 13:
			txs = append(txs, c.tx(k, &factoryAddr, 0, nil, 400_000))
		case op == 14:
			txs = append(txs, c.tx(k, &balanceProbe, 0, nil, 60_000))
		case op == 15:
			txs = append(txs, c.tx(k, &clearerAddr, 0, nil, 60_000))
		default: // a transfer to another sender: balances they read change
			txs = append(txs, c.tx(k, &c.addrs[c.rng.IntN(len(c.addrs))], int64(c.rng.IntN(1_000_000)), nil, 21000))
		}
	}
	return txs
}

// compare runs txs serially and in parallel on the chain's head and fails
// on any difference; it then commits the serial result.
func (c *chain) compare(t testing.TB, txs []*types.Transaction, gasLimit uint64, coinbase common.Address, workers []int) (included, rejected int) {
	t.Helper()
	blk := c.nextBlock(gasLimit, coinbase)
	pre, want := c.serial(t, blk, txs)
	wantRoot, err := c.store.Root(c.root, want.WriteSet)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range workers {
		// One executor per worker count for the whole chain, so that its
		// blocks reuse one another's scratch memory.
		if c.executors == nil {
			c.executors = map[int]*blockstm.Executor{}
		}
		if c.executors[n] == nil {
			c.executors[n] = blockstm.New(n)
		}
		got, err := c.executors[n].Execute(context.Background(), blk, txs, pre)
		if err != nil {
			t.Fatalf("block %d, %d workers: %v", c.number, n, err)
		}
		if diff := resultDiff(want, got); diff != "" {
			t.Fatalf("block %d (%d txs, gas limit %d), %d workers: %s", c.number, len(txs), gasLimit, n, diff)
		}
		gotRoot, err := c.store.Root(c.root, got.WriteSet)
		if err != nil {
			t.Fatal(err)
		}
		if gotRoot != wantRoot {
			t.Fatalf("block %d, %d workers: root %s, serial %s", c.number, n, gotRoot, wantRoot)
		}
	}
	c.commit(t, want)
	return len(want.Included), len(want.Rejected)
}

// serial runs txs as blk with the serial executor on the chain's head and
// returns the head's reader and the result.
func (c *chain) serial(t testing.TB, blk *exec.Block, txs []*types.Transaction) (state.Reader, *exec.Result) {
	t.Helper()
	pre, err := c.store.Reader(c.root)
	if err != nil {
		t.Fatal(err)
	}
	want, err := serial.New().Execute(context.Background(), blk, txs, pre)
	if err != nil {
		t.Fatal(err)
	}
	return pre, want
}

// nextBlock is the chain's next block.
func (c *chain) nextBlock(gasLimit uint64, coinbase common.Address) *exec.Block {
	c.number++
	header := &types.Header{
		Number: new(big.Int).SetUint64(c.number), Time: 100 + c.number, GasLimit: gasLimit, BaseFee: big.NewInt(params.GWei),
		Coinbase: coinbase, Difficulty: new(big.Int), ExcessBlobGas: new(uint64),
	}
	return &exec.Block{Config: c.cfg, Header: header, GetHash: func(i uint64) common.Hash { return crypto.Keccak256Hash(new(big.Int).SetUint64(i).Bytes()) }}
}

// commit makes the serial result the chain's new head.
func (c *chain) commit(t testing.TB, want *exec.Result) {
	t.Helper()
	var err error
	if c.root, err = c.store.Commit(c.root, c.number, want.WriteSet); err != nil {
		t.Fatal(err)
	}
	// Nonces of rejected transactions were not used.
	for _, r := range want.Rejected {
		from, _ := types.Sender(c.signer, r.Tx)
		for k, a := range c.addrs {
			if a == from && c.nonces[k] > r.Tx.Nonce() {
				c.nonces[k] = r.Tx.Nonce()
			}
		}
	}
}

// resultDiff describes the first difference between two results, or "".
func resultDiff(want, got *exec.Result) string {
	if want.GasUsed != got.GasUsed {
		return fmt.Sprintf("gas used %d, serial %d", got.GasUsed, want.GasUsed)
	}
	if len(want.Included) != len(got.Included) || len(want.Rejected) != len(got.Rejected) {
		return fmt.Sprintf("%d included %d rejected, serial %d and %d", len(got.Included), len(got.Rejected), len(want.Included), len(want.Rejected))
	}
	for i := range want.Included {
		a, _ := json.Marshal(want.Receipts[i])
		b, _ := json.Marshal(got.Receipts[i])
		if want.Included[i].Hash() != got.Included[i].Hash() || !bytes.Equal(a, b) {
			return fmt.Sprintf("receipt %d:\n got %s\nwant %s", i, b, a)
		}
	}
	for i := range want.Rejected {
		a, b := want.Rejected[i], got.Rejected[i]
		if a.Index != b.Index || a.Err.Error() != b.Err.Error() {
			return fmt.Sprintf("rejected %d: tx %d %v, serial tx %d %v", i, b.Index, b.Err, a.Index, a.Err)
		}
	}
	return writeSetDiff(want.WriteSet, got.WriteSet)
}

// writeSetDiff describes the first difference between two write sets, or
// "": the same accounts, each with the same fields, code and storage.
func writeSetDiff(want, got state.WriteSet) string {
	for _, addr := range want.Addresses() {
		if got[addr] == nil {
			return fmt.Sprintf("write set lacks %s", addr)
		}
	}
	for _, addr := range got.Addresses() {
		w, g := want[addr], got[addr]
		if w == nil {
			return fmt.Sprintf("write set has %s, serial does not", addr)
		}
		if !reflect.DeepEqual(w, g) {
			a, _ := json.Marshal(w)
			b, _ := json.Marshal(g)
			return fmt.Sprintf("write set of %s:\n got %s\nwant %s", addr, b, a)
		}
	}
	return ""
}

// TestParallelMatchesSerial runs random conflict-heavy blocks through the
// serial executor and through Block-STM with several worker counts.
func TestParallelMatchesSerial(t *testing.T) {
	seeds, blocks := 40, 12
	if testing.Short() || raceEnabled {
		seeds = 12
	}
	var included, rejected int
	for seed := range uint64(seeds) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			c := newChain(t, seed)
			for range blocks {
				coinbase := common.HexToAddress("0xc0ffee")
				switch c.rng.IntN(4) {
				case 0:
					coinbase = c.addrs[0] // the busiest sender receives the fees
				case 1:
					coinbase = coinbaseProbe // a contract
				}
				gasLimit := uint64(30_000_000)
				if c.rng.IntN(3) == 0 {
					gasLimit = 200_000 + uint64(c.rng.IntN(1_500_000)) // too small: the tail is rejected
				}
				in, rej := c.compare(t, c.block(1+c.rng.IntN(60), coinbase), gasLimit, coinbase, []int{1, 2, 3, 8})
				included, rejected = included+in, rejected+rej
			}
		})
	}
	if included == 0 || rejected == 0 {
		t.Fatalf("workload too tame: %d included, %d rejected", included, rejected)
	}
}

// FuzzParallelMatchesSerial generates a block from the fuzzer's input and
// checks that Block-STM's result equals the serial executor's.
func FuzzParallelMatchesSerial(f *testing.F) {
	f.Add(uint64(1), uint8(20), uint32(30_000_000), uint8(2))
	f.Add(uint64(2), uint8(60), uint32(400_000), uint8(8))
	f.Fuzz(func(t *testing.T, seed uint64, n uint8, gasLimit uint32, workers uint8) {
		c := newChain(t, seed)
		coinbase := c.addrs[seed%uint64(len(c.addrs))]
		if seed%3 == 0 {
			coinbase = common.HexToAddress("0xc0ffee")
		}
		gl := max(uint64(gasLimit), 21_000)
		for range 2 {
			c.compare(t, c.block(1+int(n%80), coinbase), gl, coinbase, []int{1 + int(workers%8)})
		}
	})
}

// newWideChain is newChain with n funded senders.
func newWideChain(t testing.TB, n int) *chain {
	c := newChain(t, 99)
	ws := state.WriteSet{}
	for i := len(c.keys); i < n; i++ {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), byte(i >> 8), 0x77}))
		c.keys = append(c.keys, k)
		c.addrs = append(c.addrs, crypto.PubkeyToAddress(k.PublicKey))
		c.nonces = append(c.nonces, 0)
		ws[c.addrs[i]] = &state.AccountChange{Account: &state.Account{Balance: uint256.NewInt(params.Ether), CodeHash: types.EmptyCodeHash}}
	}
	c.number++
	var err error
	if c.root, err = c.store.Commit(c.root, c.number, ws); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestClaimsGiveBackOnContention runs blocks whose first transactions are
// independent, so that workers claim runs of them, and whose dependencies
// (a sender's second transaction, calls of one counter) start inside the
// claimed runs: claimed transactions must be handed back and run in order,
// with results equal to the serial executor's.
func TestClaimsGiveBackOnContention(t *testing.T) {
	c := newWideChain(t, 200)
	coinbase := common.HexToAddress("0xc0ffee")
	for _, at := range []int{3, 20, 37, 70} {
		var txs []*types.Transaction
		for i := range 100 {
			fresh := common.BigToAddress(big.NewInt(int64(0x5000 + i)))
			switch {
			case i >= at && i%2 == 0:
				txs = append(txs, c.tx(10+i, &counterAddr, 0, nil, 60_000))
			case i == at+1:
				txs = append(txs, c.tx(10+at-1, &fresh, 7, nil, 21_000)) // the sender of tx at-1, again
			default:
				txs = append(txs, c.tx(10+i, &fresh, int64(i), nil, 21_000))
			}
		}
		c.compare(t, txs, 30_000_000, coinbase, []int{1, 2, 3, 8})
	}
}

// TestManySlotsOfOneContract commits blocks in which one contract gains
// hundreds of slots (gathered in a list as they commit, made into a map at
// the end), some written twice by a sender's later transaction, with other
// accounts committed in between.
func TestManySlotsOfOneContract(t *testing.T) {
	c := newWideChain(t, 400)
	coinbase := common.HexToAddress("0xc0ffee")
	for _, n := range []int{100, 390} {
		var txs []*types.Transaction
		for i := range n {
			fresh := common.BigToAddress(big.NewInt(int64(0x6000 + i)))
			switch {
			case i%9 == 4:
				txs = append(txs, c.tx(10+i%300, &fresh, int64(i), nil, 21_000))
			case i%13 == 5:
				txs = append(txs, c.tx(10+i%300, &counterAddr, 0, nil, 60_000))
			default:
				txs = append(txs, c.tx(10+i%300, &ledgerAddr, int64(i%3), nil, 80_000))
			}
		}
		c.compare(t, txs, 60_000_000, coinbase, []int{1, 2, 3, 8})
	}
}

// failingReader fails every read of one account.
type failingReader struct {
	state.Reader
	bad common.Address
}

func (f failingReader) Account(addr common.Address) (*state.Account, error) {
	if addr == f.bad {
		return nil, fmt.Errorf("test: cannot read %s", addr)
	}
	return f.Reader.Account(addr)
}

// TestUnreadableCalleeOfARejectedTransaction: the accounts Block-STM reads
// ahead of execution include the callee of a transaction that is rejected
// before it runs (here, a stale nonce). Serially that callee is never read,
// so an error reading it must not fail the block.
func TestUnreadableCalleeOfARejectedTransaction(t *testing.T) {
	c := newChain(t, 5)
	bad := common.HexToAddress("0xbad")
	ok := c.tx(1, &c.addrs[2], 1, nil, 21_000)
	c.nonces[0] += 3
	stale := c.tx(0, &bad, 1, nil, 21_000) // nonce too high: rejected before it runs
	blk := c.nextBlock(30_000_000, common.HexToAddress("0xc0ffee"))
	pre, err := c.store.Reader(c.root)
	if err != nil {
		t.Fatal(err)
	}
	reader := failingReader{Reader: pre, bad: bad}
	txs := []*types.Transaction{ok, stale}
	want, err := serial.New().Execute(context.Background(), blk, txs, reader)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Rejected) != 1 {
		t.Fatalf("serial rejected %d transactions, want 1", len(want.Rejected))
	}
	for _, n := range []int{1, 2} {
		got, err := blockstm.New(n).Execute(context.Background(), blk, txs, reader)
		if err != nil {
			t.Fatalf("%d workers: %v", n, err)
		}
		if diff := resultDiff(want, got); diff != "" {
			t.Fatalf("%d workers: %s", n, diff)
		}
	}
}
