package serial_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	gstate "github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	gethvm "github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/exec"
	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/internal/testcontract"
	"github.com/metis-go/metis/state"
	"github.com/metis-go/metis/vm"
)

// workload makes random blocks of transfers, touches of empty accounts,
// deployments, storage writes and clears, reverts, out-of-gas calls and
// self-destructs (in the creating transaction and later).
type workload struct {
	rng       *rand.Rand
	keys      []*ecdsa.PrivateKey
	nonces    []uint64
	contracts []common.Address
	killers   []common.Address
	signer    types.Signer
	chainID   *big.Int
}

func (w *workload) tx(k int, to *common.Address, value int64, data []byte, gas uint64) *types.Transaction {
	tx := types.MustSignNewTx(w.keys[k], w.signer, &types.DynamicFeeTx{
		ChainID: w.chainID, Nonce: w.nonces[k], Gas: gas, GasTipCap: big.NewInt(int64(w.rng.IntN(3))), GasFeeCap: big.NewInt(params.GWei * 10),
		To: to, Value: big.NewInt(value), Data: data,
	})
	w.nonces[k]++
	return tx
}

func (w *workload) block(n int) []*types.Transaction {
	var txs []*types.Transaction
	for range n {
		k := w.rng.IntN(len(w.keys))
		from := crypto.PubkeyToAddress(w.keys[k].PublicKey)
		fresh := common.BigToAddress(big.NewInt(int64(0x1000 + w.rng.IntN(50))))
		switch op := w.rng.IntN(10); {
		case op == 0:
			txs = append(txs, w.tx(k, &fresh, int64(w.rng.IntN(1000)), nil, 21000))
		case op == 1: // zero-value touch of a (possibly) empty account
			txs = append(txs, w.tx(k, &fresh, 0, nil, 21000))
		case op == 2:
			w.contracts = append(w.contracts, crypto.CreateAddress(from, w.nonces[k]))
			txs = append(txs, w.tx(k, nil, 0, testcontract.LoggerInitCode(), 300_000))
		case op == 3 && len(w.contracts) > 0: // write or clear slot 0
			c := w.contracts[w.rng.IntN(len(w.contracts))]
			word := common.BigToHash(big.NewInt(int64(w.rng.IntN(3))))
			txs = append(txs, w.tx(k, &c, int64(w.rng.IntN(2)), word[:], 100_000))
		case op == 4 && len(w.contracts) > 0: // revert
			c := w.contracts[w.rng.IntN(len(w.contracts))]
			txs = append(txs, w.tx(k, &c, 0, nil, 100_000))
		case op == 5 && len(w.contracts) > 0: // out of gas
			c := w.contracts[w.rng.IntN(len(w.contracts))]
			txs = append(txs, w.tx(k, &c, 0, []byte{1}, 21_500))
		case op == 6: // created and destroyed in one transaction
			txs = append(txs, w.tx(k, nil, int64(w.rng.IntN(100)), testcontract.SelfDestructInitCode(fresh), 200_000))
		case op == 7:
			w.killers = append(w.killers, crypto.CreateAddress(from, w.nonces[k]))
			txs = append(txs, w.tx(k, nil, 500, testcontract.SelfDestructorInitCode(), 200_000))
		case op == 8 && len(w.killers) > 0: // SELFDESTRUCT of an older contract: moves the balance only
			c := w.killers[w.rng.IntN(len(w.killers))]
			txs = append(txs, w.tx(k, &c, int64(w.rng.IntN(10)), nil, 100_000))
		case op == 9: // nonce gap: rejected by both
			w.nonces[k] += 5
			txs = append(txs, w.tx(k, &fresh, 1, nil, 21000))
			w.nonces[k] -= 6
		default:
			txs = append(txs, w.tx(k, &fresh, 1, nil, 21000))
		}
	}
	return txs
}

// TestSerialMatchesGeth runs the same random blocks through our serial
// executor (overlay StateDB, state.Store) and through go-ethereum's
// core.ApplyTransaction on core/state, and compares every receipt and the
// state root after every block.
func TestSerialMatchesGeth(t *testing.T) {
	for seed := range uint64(32) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) { differential(t, seed) })
	}
}

func differential(t *testing.T, seed uint64) {
	cc := vm.ChainConfig(vm.DefaultChainID)
	w := &workload{rng: rand.New(rand.NewPCG(seed, 7)), signer: types.LatestSigner(cc), chainID: cc.ChainID}
	genesis := state.WriteSet{}
	gdb := gstate.NewDatabaseForTesting()
	gst, _ := gstate.New(types.EmptyRootHash, gdb)
	for i := range 4 {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), byte(seed)}))
		w.keys = append(w.keys, k)
		w.nonces = append(w.nonces, 0)
		addr := crypto.PubkeyToAddress(k.PublicKey)
		bal := uint256.NewInt(params.Ether)
		genesis[addr] = &state.AccountChange{Account: &state.Account{Balance: bal, CodeHash: types.EmptyCodeHash}}
		gst.SetBalance(addr, bal, tracing.BalanceChangeUnspecified)
	}
	store := state.NewStore(rawdb.NewMemoryDatabase())
	root, err := store.Commit(types.EmptyRootHash, 0, genesis)
	if err != nil {
		t.Fatal(err)
	}
	gethRoot, err := gst.Commit(vm.Rules(cc, &types.Header{Number: common.Big0}), 0)
	if err != nil {
		t.Fatal(err)
	}
	if root != gethRoot {
		t.Fatalf("genesis root %s, geth %s", root, gethRoot)
	}
	ex := serial.New()
	var failed, logs, rejected, created int
	defer func() {
		if !t.Failed() && (failed == 0 || logs == 0 || rejected == 0 || created == 0) {
			t.Errorf("workload too tame: %d failed, %d logs, %d rejected, %d creations", failed, logs, rejected, created)
		}
	}()
	for n := uint64(1); n <= 12; n++ {
		header := &types.Header{
			Number: new(big.Int).SetUint64(n), Time: 100 + n, GasLimit: 30_000_000, BaseFee: big.NewInt(params.GWei),
			Coinbase: common.HexToAddress("0xc0ffee"), Difficulty: new(big.Int), ExcessBlobGas: new(uint64),
		}
		getHash := func(i uint64) common.Hash { return crypto.Keccak256Hash(new(big.Int).SetUint64(i).Bytes()) }
		txs := w.block(1 + w.rng.IntN(25))

		pre, err := store.Reader(root)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ex.Execute(context.Background(), &exec.Block{Config: cc, Header: header, GetHash: getHash}, txs, pre)
		if err != nil {
			t.Fatal(err)
		}
		if root, err = store.Commit(root, n, res.WriteSet); err != nil {
			t.Fatal(err)
		}

		gst, err := gstate.New(gethRoot, gdb)
		if err != nil {
			t.Fatal(err)
		}
		evm := gethvm.NewEVM(vm.BlockContext(cc, header, getHash), gst, cc, gethvm.Config{})
		gp := core.NewGasPool(header.GasLimit)
		var gethReceipts []*types.Receipt
		var gethIncluded []*types.Transaction
		for _, tx := range txs {
			gst.SetTxContext(tx.Hash(), len(gethIncluded), uint32(len(gethIncluded)+1))
			snap := gst.Snapshot()
			r, _, err := core.ApplyTransaction(context.Background(), evm, gp, gst, header, tx)
			if err != nil {
				gst.RevertToSnapshot(snap)
				continue
			}
			gethReceipts = append(gethReceipts, r)
			gethIncluded = append(gethIncluded, tx)
		}
		if gethRoot, err = gst.Commit(vm.Rules(cc, header), n); err != nil {
			t.Fatal(err)
		}
		if len(res.Included) != len(gethIncluded) {
			t.Fatalf("block %d: included %d, geth %d", n, len(res.Included), len(gethIncluded))
		}
		rejected += len(res.Rejected)
		for i, r := range res.Receipts {
			g := gethReceipts[i]
			if r.Status == types.ReceiptStatusFailed {
				failed++
			}
			if r.ContractAddress != (common.Address{}) {
				created++
			}
			logs += len(r.Logs)
			if r.TxHash != g.TxHash || r.Status != g.Status || r.GasUsed != g.GasUsed || r.CumulativeGasUsed != g.CumulativeGasUsed ||
				r.ContractAddress != g.ContractAddress || r.Bloom != g.Bloom || len(r.Logs) != len(g.Logs) {
				t.Fatalf("block %d tx %d: receipt %+v, geth %+v", n, i, r, g)
			}
			for j := range r.Logs {
				a, b := r.Logs[j], g.Logs[j]
				if a.Address != b.Address || string(a.Data) != string(b.Data) || len(a.Topics) != len(b.Topics) || a.Index != b.Index {
					t.Fatalf("block %d tx %d log %d differs", n, i, j)
				}
			}
		}
		if root != gethRoot {
			t.Fatalf("block %d: root %s, geth %s", n, root, gethRoot)
		}
	}
}
