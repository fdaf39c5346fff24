package rpc

import (
	"bytes"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/metis-go/metis/chain"
	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/chain/txpool"
	"github.com/metis-go/metis/exec/serial"
	"github.com/metis-go/metis/vm"
)

// newTestServer returns an RPC server over an in-memory chain with one
// committed block of one transfer.
func newTestServer(tb testing.TB) (*Server, *chain.Chain) {
	tb.Helper()
	accs, err := devkeys.Derive(devkeys.TestMnemonic, 2)
	if err != nil {
		tb.Fatal(err)
	}
	cc := vm.ChainConfig(vm.DefaultChainID)
	alloc := types.GenesisAlloc{}
	for _, a := range accs {
		alloc[a.Address] = types.Account{Balance: big.NewInt(params.Ether)}
	}
	c, err := chain.Open(rawdb.NewMemoryDatabase(), chain.Config{
		ChainConfig: cc, Executor: serial.New(),
		Genesis: &chain.Genesis{Alloc: alloc, GasLimit: 30_000_000, Timestamp: 1},
	})
	if err != nil {
		tb.Fatal(err)
	}
	to := accs[1].Address
	tx := types.MustSignNewTx(accs[0].Key, types.LatestSigner(cc), &types.DynamicFeeTx{ChainID: cc.ChainID, Gas: 21000, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei), To: &to, Value: big.NewInt(1)})
	if _, err := c.BuildBlock(tb.Context(), []*types.Transaction{tx}, 2, true); err != nil {
		tb.Fatal(err)
	}
	reader, err := c.StateAt(c.Head().Root())
	if err != nil {
		tb.Fatal(err)
	}
	pool, err := txpool.New(txpool.Config{ChainConfig: cc}, chain.PoolState{R: reader}, c.Head().Header())
	if err != nil {
		tb.Fatal(err)
	}
	srv, err := NewServer(Config{Chain: c, Pool: pool, Accounts: []Account{{Address: accs[0].Address, Key: accs[0].Key}}})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		srv.Close()
		c.Close()
	})
	return srv, c
}

// FuzzDecodeTransaction feeds arbitrary bytes to eth_sendRawTransaction:
// the node must answer with a hash or an error, never panic, and a
// transaction that decodes must re-encode to the same bytes.
func FuzzDecodeTransaction(f *testing.F) {
	for _, seed := range []string{"", "c0", "02c0", "01c0", "03c0", "04c0", "f86b", "02f87082"} {
		f.Add(common.FromHex(seed))
	}
	srv, _ := newTestServer(f)
	api := &EthAPI{b: srv.backendForTest()}
	f.Fuzz(func(t *testing.T, raw []byte) {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err == nil {
			enc, err := tx.MarshalBinary()
			if err != nil || !bytes.Equal(enc, raw) {
				t.Fatalf("round trip: %x -> %x (%v)", raw, enc, err)
			}
		}
		_, _ = api.SendRawTransaction(raw)
	})
}

// FuzzRPCRequest sends arbitrary request bodies to the HTTP handler: every
// method's parameter parsing must reject bad input with a JSON-RPC error
// and never crash the node.
func FuzzRPCRequest(f *testing.F) {
	seeds := []string{
		`{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","latest"]}`,
		`{"jsonrpc":"2.0","id":1,"method":"eth_getLogs","params":[{"fromBlock":"0x0","toBlock":"latest","address":["0x0000000000000000000000000000000000000001"],"topics":[null,["0x01"]]}]}`,
		`{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[{"to":"0x0000000000000000000000000000000000000001","data":"0x00"},"latest",{"0x0000000000000000000000000000000000000002":{"balance":"0x1","stateDiff":{}}}]}`,
		`{"jsonrpc":"2.0","id":1,"method":"eth_estimateGas","params":[{"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","value":"0x1","gasPrice":"0x1"}]}`,
		`{"jsonrpc":"2.0","id":1,"method":"eth_feeHistory","params":["0x5","latest",[10,50]]}`,
		`{"jsonrpc":"2.0","id":1,"method":"eth_getBlockByNumber","params":["0x1",true]}`,
		`{"jsonrpc":"2.0","id":1,"method":"eth_getStorageAt","params":["0x0000000000000000000000000000000000000001","0x0",{"blockHash":"0x00"}]}`,
		`{"jsonrpc":"2.0","id":1,"method":"eth_createAccessList","params":[{"to":"0x0000000000000000000000000000000000000001"}]}`,
		`{"jsonrpc":"2.0","id":1,"method":"debug_traceCall","params":[{"to":"0x0000000000000000000000000000000000000001"},"latest",{"tracer":"callTracer"}]}`,
		`{"jsonrpc":"2.0","id":1,"method":"eth_sendTransaction","params":[{"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","to":"0x0000000000000000000000000000000000000001"}]}`,
		`{"jsonrpc":"2.0","id":1,"method":"eth_newFilter","params":[{"topics":[[null]]}]}`,
		`[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","id":2,"method":"eth_blockNumber"}]`,
		`{"jsonrpc":"2.0","id":1,"method":"eth_getTransactionByBlockNumberAndIndex","params":["0x1","0xffffffff"]}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	srv, _ := newTestServer(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code == http.StatusOK && rec.Body.Len() > 0 && !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("invalid JSON response %q", rec.Body.String())
		}
	})
}

// FuzzFilterCriteria checks that any filter query parses or fails cleanly
// and that running a parsed one never panics.
func FuzzFilterCriteria(f *testing.F) {
	f.Add([]byte(`{"address":"0x0000000000000000000000000000000000000001","topics":["0x01",null,["0x02","0x03"]]}`))
	f.Add([]byte(`{"blockHash":"0x01","fromBlock":"latest"}`))
	f.Add([]byte(`{"fromBlock":"0x5","toBlock":"0x1"}`))
	srv, _ := newTestServer(f)
	b := srv.backendForTest()
	f.Fuzz(func(t *testing.T, data []byte) {
		var crit FilterCriteria
		if err := json.Unmarshal(data, &crit); err != nil {
			return
		}
		_, _ = b.getLogs(t.Context(), &crit)
	})
}
