package node_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/internal/testcontract"
	"github.com/metis-go/metis/node"
)

type env struct {
	t      *testing.T
	node   *node.Node
	rpc    *gethrpc.Client
	ec     *ethclient.Client
	accs   []devkeys.Account
	signer types.Signer
}

func start(t *testing.T, cfg node.Config) *env {
	t.Helper()
	if cfg.DataDir == "" {
		cfg.Ephemeral = true
	}
	cfg.HTTPAddr = "127.0.0.1:0"
	n, err := node.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(); err != nil {
		t.Fatal(err)
	}
	c, err := gethrpc.DialContext(t.Context(), n.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c.Close()
		if err := n.Close(); err != nil {
			t.Errorf("close node: %v", err)
		}
	})
	return &env{t: t, node: n, rpc: c, ec: ethclient.NewClient(c), accs: n.Accounts(), signer: types.LatestSignerForChainID(big.NewInt(31337))}
}

func automine(t *testing.T) *env { return start(t, node.Config{BlockTime: -1}) }

func (e *env) ctx() context.Context { return e.t.Context() }

// send signs a dynamic-fee tx from account i and submits it.
func (e *env) send(i int, to *common.Address, value *big.Int, data []byte, gas uint64) *types.Transaction {
	e.t.Helper()
	from := e.accs[i].Address
	nonce, err := e.ec.PendingNonceAt(e.ctx(), from)
	if err != nil {
		e.t.Fatal(err)
	}
	tx := types.MustSignNewTx(e.accs[i].Key, e.signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(31337), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei),
		Gas: gas, To: to, Value: value, Data: data,
	})
	if err := e.ec.SendTransaction(e.ctx(), tx); err != nil {
		e.t.Fatalf("send: %v", err)
	}
	return tx
}

func (e *env) wait(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(e.ctx(), 20*time.Second)
	defer cancel()
	for {
		r, err := e.ec.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) {
			e.t.Fatalf("receipt: %v", err)
		}
		select {
		case <-ctx.Done():
			e.t.Fatalf("tx %s not mined", tx.Hash())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func (e *env) deployLogger() common.Address {
	e.t.Helper()
	r := e.wait(e.send(0, nil, nil, testcontract.LoggerInitCode(), 1_000_000))
	if r.Status != 1 {
		e.t.Fatal("deploy failed")
	}
	return r.ContractAddress
}

func rpcErr(t *testing.T, err error) (int, string, any) {
	t.Helper()
	var re gethrpc.Error
	if !errors.As(err, &re) {
		t.Fatalf("want JSON-RPC error, got %v", err)
	}
	var data any
	var de gethrpc.DataError
	if errors.As(err, &de) {
		data = de.ErrorData()
	}
	return re.ErrorCode(), re.Error(), data
}

func TestNodeInfoMethods(t *testing.T) {
	e := automine(t)
	var s string
	checks := []struct {
		method string
		want   string
		args   []any
	}{
		{"eth_chainId", "0x7a69", nil},
		{"net_version", "31337", nil},
		{"web3_sha3", crypto.Keccak256Hash([]byte("hi")).Hex(), []any{"0x6869"}},
	}
	for _, tc := range checks {
		t.Run(tc.method, func(t *testing.T) {
			if err := e.rpc.CallContext(t.Context(), &s, tc.method, tc.args...); err != nil {
				t.Fatal(err)
			}
			if s != tc.want {
				t.Fatalf("%s = %s, want %s", tc.method, s, tc.want)
			}
		})
	}
	var listening, syncing bool
	if err := e.rpc.CallContext(t.Context(), &listening, "net_listening"); err != nil || !listening {
		t.Fatalf("net_listening = %v, %v", listening, err)
	}
	if err := e.rpc.CallContext(t.Context(), &syncing, "eth_syncing"); err != nil || syncing {
		t.Fatalf("eth_syncing = %v, %v", syncing, err)
	}
	if err := e.rpc.CallContext(t.Context(), &s, "web3_clientVersion"); err != nil || !strings.HasPrefix(s, "metis/") {
		t.Fatalf("web3_clientVersion = %q, %v", s, err)
	}
	var accs []common.Address
	if err := e.rpc.CallContext(t.Context(), &accs, "eth_accounts"); err != nil || len(accs) != 10 || accs[0] != common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Fatalf("eth_accounts = %v, %v", accs, err)
	}
	if tip, err := e.ec.SuggestGasTipCap(t.Context()); err != nil || tip.Sign() <= 0 {
		t.Fatalf("eth_maxPriorityFeePerGas = %v, %v", tip, err)
	}
	price, err := e.ec.SuggestGasPrice(t.Context())
	head, _ := e.ec.HeaderByNumber(t.Context(), nil)
	if err != nil || price.Cmp(head.BaseFee) <= 0 {
		t.Fatalf("eth_gasPrice = %v (base fee %v), %v", price, head.BaseFee, err)
	}
	id, err := e.ec.ChainID(t.Context())
	if err != nil || id.Int64() != 31337 {
		t.Fatalf("chain id %v %v", id, err)
	}
}

func TestTransferAndBlockQueries(t *testing.T) {
	e := automine(t)
	ctx := t.Context()
	to := e.accs[1].Address
	before, _ := e.ec.BalanceAt(ctx, to, nil)
	senderBefore, _ := e.ec.BalanceAt(ctx, e.accs[0].Address, nil)
	value := big.NewInt(1234567)
	tx := e.send(0, &to, value, nil, 21000)
	r := e.wait(tx)
	if r.Status != types.ReceiptStatusSuccessful || r.GasUsed != 21000 || r.BlockNumber.Uint64() != 1 {
		t.Fatalf("receipt %+v", r)
	}
	after, _ := e.ec.BalanceAt(ctx, to, nil)
	if new(big.Int).Sub(after, before).Cmp(value) != 0 {
		t.Fatalf("recipient got %v, want %v", new(big.Int).Sub(after, before), value)
	}
	senderAfter, _ := e.ec.BalanceAt(ctx, e.accs[0].Address, nil)
	fee := new(big.Int).Mul(r.EffectiveGasPrice, big.NewInt(int64(r.GasUsed)))
	if spent := new(big.Int).Sub(senderBefore, senderAfter); spent.Cmp(new(big.Int).Add(value, fee)) != 0 {
		t.Fatalf("sender spent %v, want value+fee %v", spent, new(big.Int).Add(value, fee))
	}
	// Historic balance through a block number and an EIP-1898 hash.
	genesis, err := e.ec.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	if b, err := e.ec.BalanceAtHash(ctx, to, genesis.Hash()); err != nil || b.Cmp(before) != 0 {
		t.Fatalf("balance at genesis hash = %v, %v", b, err)
	}
	if b, err := e.ec.BalanceAt(ctx, to, big.NewInt(0)); err != nil || b.Cmp(before) != 0 {
		t.Fatalf("balance at 0 = %v, %v", b, err)
	}
	if n, err := e.ec.NonceAt(ctx, e.accs[0].Address, nil); err != nil || n != 1 {
		t.Fatalf("nonce = %d, %v", n, err)
	}
	// Blocks by number, hash and tag; full and hashes only.
	block, err := e.ec.BlockByNumber(ctx, big.NewInt(1))
	if err != nil || len(block.Transactions()) != 1 || block.Transactions()[0].Hash() != tx.Hash() {
		t.Fatalf("block 1: %v", err)
	}
	if block.Hash() != r.BlockHash {
		t.Fatalf("block hash %s, receipt says %s", block.Hash(), r.BlockHash)
	}
	byHash, err := e.ec.BlockByHash(ctx, r.BlockHash)
	if err != nil || byHash.NumberU64() != 1 {
		t.Fatalf("block by hash: %v", err)
	}
	for _, tag := range []string{"latest", "pending", "safe", "finalized", "earliest"} {
		var blk map[string]any
		if err := e.rpc.CallContext(ctx, &blk, "eth_getBlockByNumber", tag, false); err != nil || blk == nil {
			t.Fatalf("block %s: %v", tag, err)
		}
		want := "0x1"
		if tag == "earliest" {
			want = "0x0"
		}
		if blk["number"] != want {
			t.Fatalf("block %s number %v, want %s", tag, blk["number"], want)
		}
		if tag == "latest" {
			txs := blk["transactions"].([]any)
			if len(txs) != 1 || txs[0] != tx.Hash().Hex() {
				t.Fatalf("hashes-only transactions = %v", txs)
			}
		}
	}
	var missing map[string]any
	if err := e.rpc.CallContext(ctx, &missing, "eth_getBlockByNumber", "0x99", true); err != nil || missing != nil {
		t.Fatalf("missing block = %v, %v", missing, err)
	}
	if n, err := e.ec.TransactionCount(ctx, r.BlockHash); err != nil || n != 1 {
		t.Fatalf("tx count by hash = %d, %v", n, err)
	}
	var count hexutil.Uint
	if err := e.rpc.CallContext(ctx, &count, "eth_getBlockTransactionCountByNumber", "0x1"); err != nil || count != 1 {
		t.Fatalf("tx count by number = %d, %v", count, err)
	}
	got, pending, err := e.ec.TransactionByHash(ctx, tx.Hash())
	if err != nil || pending || got.Hash() != tx.Hash() {
		t.Fatalf("tx by hash: %v pending=%v", err, pending)
	}
	if sender, err := e.ec.TransactionSender(ctx, got, r.BlockHash, 0); err != nil || sender != e.accs[0].Address {
		t.Fatalf("sender %s, %v", sender, err)
	}
	var byIndex map[string]any
	if err := e.rpc.CallContext(ctx, &byIndex, "eth_getTransactionByBlockNumberAndIndex", "0x1", "0x0"); err != nil || byIndex["hash"] != tx.Hash().Hex() {
		t.Fatalf("tx by block number and index: %v %v", byIndex, err)
	}
	if got, err := e.ec.TransactionInBlock(ctx, r.BlockHash, 0); err != nil || got.Hash() != tx.Hash() {
		t.Fatalf("tx by block hash and index: %v", err)
	}
	receipts, err := e.ec.BlockReceipts(ctx, gethrpc.BlockNumberOrHashWithNumber(1))
	if err != nil || len(receipts) != 1 || receipts[0].TxHash != tx.Hash() {
		t.Fatalf("block receipts: %v", err)
	}
	var raw map[string]any
	if err := e.rpc.CallContext(ctx, &raw, "eth_getTransactionReceipt", tx.Hash()); err != nil {
		t.Fatal(err)
	}
	if raw["from"] != strings.ToLower(e.accs[0].Address.Hex()) || raw["to"] != strings.ToLower(to.Hex()) {
		t.Fatalf("receipt from/to = %v/%v", raw["from"], raw["to"])
	}
	if bn, err := e.ec.BlockNumber(ctx); err != nil || bn != 1 {
		t.Fatalf("block number %d %v", bn, err)
	}
}

func TestContractCallsLogsAndFilters(t *testing.T) {
	e := automine(t)
	ctx := t.Context()
	logFilter := map[string]any{"topics": []any{testcontract.LogTopic()}}
	var logFilterID, blockFilterID, pendingFilterID string
	must(t, e.rpc.CallContext(ctx, &logFilterID, "eth_newFilter", logFilter))
	must(t, e.rpc.CallContext(ctx, &blockFilterID, "eth_newBlockFilter"))
	must(t, e.rpc.CallContext(ctx, &pendingFilterID, "eth_newPendingTransactionFilter"))

	addr := e.deployLogger()
	code, err := e.ec.CodeAt(ctx, addr, nil)
	if err != nil || string(code) != string(testcontract.LoggerRuntime()) {
		t.Fatalf("code mismatch: %v", err)
	}
	word := common.HexToHash("0x2a")
	r := e.wait(e.send(1, &addr, nil, word[:], 100_000))
	if r.Status != 1 || len(r.Logs) != 1 || r.Logs[0].Topics[0] != testcontract.LogTopic() || common.BytesToHash(r.Logs[0].Data) != word {
		t.Fatalf("receipt logs %+v", r.Logs)
	}
	slot, err := e.ec.StorageAt(ctx, addr, common.Hash{}, nil)
	if err != nil || common.BytesToHash(slot) != word {
		t.Fatalf("storage slot 0 = %x, %v", slot, err)
	}
	var short hexutil.Bytes
	must(t, e.rpc.CallContext(ctx, &short, "eth_getStorageAt", addr, "0x0", "latest"))
	if common.BytesToHash(short) != word {
		t.Fatalf("storage via short key = %x", short)
	}
	out, err := e.ec.CallContract(ctx, ethereum.CallMsg{From: e.accs[2].Address, To: &addr, Data: common.HexToHash("0x07").Bytes()}, nil)
	if err != nil || common.BytesToHash(out) != common.HexToHash("0x07") {
		t.Fatalf("call = %x, %v", out, err)
	}
	logs, err := e.ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addr}, Topics: [][]common.Hash{{testcontract.LogTopic()}}})
	if err != nil || len(logs) != 1 || logs[0].TxHash != r.TxHash || logs[0].BlockHash != r.BlockHash {
		t.Fatalf("getLogs = %+v, %v", logs, err)
	}
	none, err := e.ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Topics: [][]common.Hash{{common.HexToHash("0x01")}}})
	if err != nil || len(none) != 0 {
		t.Fatalf("getLogs(no match) = %v, %v", none, err)
	}
	byHash, err := e.ec.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &r.BlockHash})
	if err != nil || len(byHash) != 1 {
		t.Fatalf("getLogs(blockHash) = %v, %v", byHash, err)
	}
	var changes []types.Log
	must(t, e.rpc.CallContext(ctx, &changes, "eth_getFilterChanges", logFilterID))
	if len(changes) != 1 || changes[0].TxHash != r.TxHash {
		t.Fatalf("log filter changes = %+v", changes)
	}
	must(t, e.rpc.CallContext(ctx, &changes, "eth_getFilterChanges", logFilterID))
	if len(changes) != 0 {
		t.Fatalf("second poll returned %d logs", len(changes))
	}
	must(t, e.rpc.CallContext(ctx, &changes, "eth_getFilterLogs", logFilterID))
	if len(changes) != 1 {
		t.Fatalf("filter logs = %d", len(changes))
	}
	var hashes []common.Hash
	must(t, e.rpc.CallContext(ctx, &hashes, "eth_getFilterChanges", blockFilterID))
	if len(hashes) != 2 {
		t.Fatalf("block filter saw %d blocks, want 2", len(hashes))
	}
	must(t, e.rpc.CallContext(ctx, &hashes, "eth_getFilterChanges", pendingFilterID))
	if len(hashes) != 2 {
		t.Fatalf("pending tx filter saw %d txs, want 2", len(hashes))
	}
	var ok bool
	must(t, e.rpc.CallContext(ctx, &ok, "eth_uninstallFilter", logFilterID))
	if !ok {
		t.Fatal("uninstall returned false")
	}
	err = e.rpc.CallContext(ctx, &changes, "eth_getFilterChanges", logFilterID)
	if err == nil || !strings.Contains(err.Error(), "filter not found") {
		t.Fatalf("poll after uninstall: %v", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestSubscriptions(t *testing.T) {
	e := automine(t)
	ctx := t.Context()
	ws, err := ethclient.DialContext(ctx, e.node.WSEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 16)
	headSub, err := ws.SubscribeNewHead(ctx, heads)
	must(t, err)
	defer headSub.Unsubscribe()
	logsCh := make(chan types.Log, 16)
	logSub, err := ws.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Topics: [][]common.Hash{{testcontract.LogTopic()}}}, logsCh)
	must(t, err)
	defer logSub.Unsubscribe()
	pendingCh := make(chan common.Hash, 16)
	pendSub, err := ws.Client().EthSubscribe(ctx, pendingCh, "newPendingTransactions")
	must(t, err)
	defer pendSub.Unsubscribe()

	addr := e.deployLogger()
	tx := e.send(1, &addr, nil, []byte{1}, 100_000)
	r := e.wait(tx)
	timeout := time.After(10 * time.Second)
	var gotHeads, gotLogs, gotPending int
	for gotHeads < 2 || gotLogs < 1 || gotPending < 2 {
		select {
		case h := <-heads:
			gotHeads++
			if h.Number.Uint64() == 2 && h.Hash() != r.BlockHash {
				t.Fatalf("newHeads hash %s, receipt block %s", h.Hash(), r.BlockHash)
			}
		case l := <-logsCh:
			gotLogs++
			if l.TxHash != tx.Hash() || l.Address != addr {
				t.Fatalf("logs subscription got %+v", l)
			}
		case <-pendingCh:
			gotPending++
		case err := <-headSub.Err():
			t.Fatal(err)
		case <-timeout:
			t.Fatalf("timeout: heads=%d logs=%d pending=%d", gotHeads, gotLogs, gotPending)
		}
	}
}

func TestRevertsAndEstimates(t *testing.T) {
	e := automine(t)
	ctx := t.Context()
	addr := e.deployLogger()
	for _, method := range []string{"eth_call", "eth_estimateGas"} {
		t.Run(method, func(t *testing.T) {
			var out any
			args := []any{map[string]any{"from": e.accs[0].Address, "to": addr}}
			if method == "eth_call" {
				args = append(args, "latest")
			}
			err := e.rpc.CallContext(ctx, &out, method, args...)
			code, msg, data := rpcErr(t, err)
			if code != 3 || msg != "execution reverted: nope" || data != hexutil.Encode(testcontract.RevertData()) {
				t.Fatalf("got code=%d msg=%q data=%v", code, msg, data)
			}
		})
	}
	gas, err := e.ec.EstimateGas(ctx, ethereum.CallMsg{From: e.accs[0].Address, To: &addr, Data: []byte{9}})
	must(t, err)
	// The estimate must be enough, and not wildly more than needed.
	tx := e.send(0, &addr, nil, []byte{9}, gas)
	r := e.wait(tx)
	if r.Status != 1 {
		t.Fatalf("tx with estimated gas %d failed", gas)
	}
	if gas > r.GasUsed*2 {
		t.Fatalf("estimate %d much larger than used %d", gas, r.GasUsed)
	}
	to := e.accs[5].Address
	if g, err := e.ec.EstimateGas(ctx, ethereum.CallMsg{From: e.accs[0].Address, To: &to, Value: big.NewInt(1)}); err != nil || g != 21000 {
		t.Fatalf("transfer estimate = %d, %v", g, err)
	}
	// Insufficient funds with a fee set.
	poor := common.HexToAddress("0x1234")
	_, err = e.ec.EstimateGas(ctx, ethereum.CallMsg{From: poor, To: &to, Value: big.NewInt(1), GasPrice: big.NewInt(params.GWei)})
	if _, msg, _ := rpcErr(t, err); !strings.Contains(msg, "insufficient funds") {
		t.Fatalf("estimate from empty account: %v", msg)
	}
}

func TestCallStateOverrides(t *testing.T) {
	e := automine(t)
	ctx := t.Context()
	target := common.HexToAddress("0xc0de")
	var out hexutil.Bytes
	overrides := map[common.Address]map[string]any{
		target: {"code": hexutil.Bytes(testcontract.LoggerRuntime())},
	}
	call := map[string]any{"to": target, "data": hexutil.Bytes(common.HexToHash("0x55").Bytes())}
	must(t, e.rpc.CallContext(ctx, &out, "eth_call", call, "latest", overrides))
	if common.BytesToHash(out) != common.HexToHash("0x55") {
		t.Fatalf("call with code override = %x", out)
	}
	// Without the override there is no code: empty result.
	must(t, e.rpc.CallContext(ctx, &out, "eth_call", call, "latest"))
	if len(out) != 0 {
		t.Fatalf("call without override = %x", out)
	}
	// A balance override lets an empty account pay.
	poor := common.HexToAddress("0xbeef")
	transfer := map[string]any{"from": poor, "to": e.accs[1].Address, "value": "0x100", "gasPrice": "0x3b9aca00"}
	balanceOverride := map[common.Address]map[string]any{poor: {"balance": "0xde0b6b3a7640000"}}
	must(t, e.rpc.CallContext(ctx, &out, "eth_call", transfer, "latest", balanceOverride))
	err := e.rpc.CallContext(ctx, &out, "eth_call", transfer, "latest")
	if _, msg, _ := rpcErr(t, err); !strings.Contains(msg, "insufficient funds") {
		t.Fatalf("without balance override: %v", msg)
	}
}

func TestCreateAccessList(t *testing.T) {
	e := automine(t)
	addr := e.deployLogger()
	caller := testcontract.CallerInitCode(addr)
	r := e.wait(e.send(0, nil, nil, caller, 1_000_000))
	var res struct {
		AccessList types.AccessList `json:"accessList"`
		GasUsed    hexutil.Uint64   `json:"gasUsed"`
		Error      string           `json:"error"`
	}
	must(t, e.rpc.CallContext(t.Context(), &res, "eth_createAccessList", map[string]any{"from": e.accs[0].Address, "to": r.ContractAddress, "data": "0x01"}))
	if res.Error != "" || res.GasUsed == 0 {
		t.Fatalf("access list result %+v", res)
	}
	if len(res.AccessList) != 1 || res.AccessList[0].Address != addr || len(res.AccessList[0].StorageKeys) != 1 {
		t.Fatalf("access list = %+v, want the Logger and its slot 0", res.AccessList)
	}
}

func TestFeeHistory(t *testing.T) {
	e := automine(t)
	to := e.accs[1].Address
	for range 3 {
		e.wait(e.send(0, &to, big.NewInt(1), nil, 21000))
	}
	fh, err := e.ec.FeeHistory(t.Context(), 3, nil, []float64{10, 50, 90})
	must(t, err)
	if fh.OldestBlock.Uint64() != 1 || len(fh.BaseFee) != 4 || len(fh.GasUsedRatio) != 3 || len(fh.Reward) != 3 {
		t.Fatalf("fee history %+v", fh)
	}
	for i, rw := range fh.Reward {
		if len(rw) != 3 || rw[1].Cmp(big.NewInt(params.GWei)) != 0 {
			t.Fatalf("block %d rewards %v, want the 1 gwei tip", i, rw)
		}
	}
	head, _ := e.ec.HeaderByNumber(t.Context(), nil)
	if fh.BaseFee[2].Cmp(head.BaseFee) != 0 {
		t.Fatalf("base fee of head %v, header says %v", fh.BaseFee[2], head.BaseFee)
	}
}

func TestTransactionErrors(t *testing.T) {
	e := start(t, node.Config{BlockTime: time.Hour}) // nothing gets mined
	ctx := t.Context()
	to := e.accs[1].Address
	key := e.accs[0].Key
	sign := func(nonce uint64, gas uint64, tip, cap int64, value *big.Int, chainID int64) *types.Transaction {
		s := types.LatestSignerForChainID(big.NewInt(chainID))
		return types.MustSignNewTx(key, s, &types.DynamicFeeTx{ChainID: big.NewInt(chainID), Nonce: nonce, Gas: gas, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(cap), To: &to, Value: value})
	}
	first := sign(0, 21000, params.GWei, 10*params.GWei, big.NewInt(1), 31337)
	must(t, e.ec.SendTransaction(ctx, first))
	tests := []struct {
		name string
		tx   *types.Transaction
		want string
	}{
		{"already known", first, "already known"},
		{"replacement underpriced", sign(0, 21000, params.GWei+1, 10*params.GWei+1, big.NewInt(2), 31337), "replacement transaction underpriced"},
		{"intrinsic gas", sign(1, 20000, params.GWei, 10*params.GWei, big.NewInt(1), 31337), "intrinsic gas too low"},
		{"gas limit", sign(1, 61_000_000, params.GWei, 10*params.GWei, big.NewInt(1), 31337), "exceeds block gas limit"},
		{"insufficient funds", sign(1, 21000, params.GWei, 10*params.GWei, new(big.Int).Mul(big.NewInt(20_000), big.NewInt(params.Ether)), 31337), "insufficient funds for gas * price + value"},
		{"wrong chain id", sign(1, 21000, params.GWei, 10*params.GWei, big.NewInt(1), 1), "invalid chain id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := e.ec.SendTransaction(ctx, tc.tx)
			code, msg, _ := rpcErr(t, err)
			if code != -32000 || !strings.HasPrefix(msg, tc.want) {
				t.Fatalf("got %d %q, want -32000 %q", code, msg, tc.want)
			}
		})
	}
	// A 10% bump replaces the pending transaction.
	replacement := sign(0, 21000, params.GWei*11/10, 11*params.GWei, big.NewInt(3), 31337)
	must(t, e.ec.SendTransaction(ctx, replacement))
	if _, _, err := e.ec.TransactionByHash(ctx, first.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("replaced tx still known: %v", err)
	}
	// Pending nonce counts the pool; a future nonce is queued.
	must(t, e.ec.SendTransaction(ctx, sign(5, 21000, params.GWei, 10*params.GWei, big.NewInt(1), 31337)))
	if n, err := e.ec.PendingNonceAt(ctx, e.accs[0].Address); err != nil || n != 1 {
		t.Fatalf("pending nonce %d, %v", n, err)
	}
	var status map[string]hexutil.Uint
	must(t, e.rpc.CallContext(ctx, &status, "txpool_status"))
	if status["pending"] != 1 || status["queued"] != 1 {
		t.Fatalf("txpool_status = %v", status)
	}
	var content map[string]map[string]map[string]map[string]any
	must(t, e.rpc.CallContext(ctx, &content, "txpool_content"))
	if tx := content["pending"][e.accs[0].Address.Hex()]["0"]; tx == nil || tx["hash"] != replacement.Hash().Hex() {
		t.Fatalf("txpool_content pending = %v", content["pending"])
	}
	if content["queued"][e.accs[0].Address.Hex()]["5"] == nil {
		t.Fatalf("txpool_content queued = %v", content["queued"])
	}
}

func TestNonceTooLowAndBadInput(t *testing.T) {
	e := automine(t)
	ctx := t.Context()
	to := e.accs[1].Address
	tx := e.send(0, &to, big.NewInt(1), nil, 21000)
	e.wait(tx)
	stale := types.MustSignNewTx(e.accs[0].Key, e.signer, &types.DynamicFeeTx{ChainID: big.NewInt(31337), Nonce: 0, Gas: 21000, GasTipCap: big.NewInt(params.GWei * 2), GasFeeCap: big.NewInt(20 * params.GWei), To: &to})
	code, msg, _ := rpcErr(t, e.ec.SendTransaction(ctx, stale))
	if code != -32000 || !strings.HasPrefix(msg, "nonce too low") {
		t.Fatalf("stale nonce: %d %q", code, msg)
	}
	var h common.Hash
	for _, bad := range []string{"0x", "0xf8", "0x02f8aa", "0x7f00", "0xc0"} {
		err := e.rpc.CallContext(ctx, &h, "eth_sendRawTransaction", bad)
		if code, _, _ := rpcErr(t, err); code != -32602 {
			t.Fatalf("raw %s: code %d", bad, code)
		}
	}
	// A blob transaction type is not supported.
	err := e.rpc.CallContext(ctx, &h, "eth_sendRawTransaction", "0x03c0")
	if code, _, _ := rpcErr(t, err); code != -32602 {
		t.Fatalf("blob envelope: code %d (%v)", code, err)
	}
	var out any
	if code, _, _ := rpcErr(t, e.rpc.CallContext(ctx, &out, "eth_noSuchMethod")); code != -32601 {
		t.Fatalf("unknown method code %d", code)
	}
	if code, _, _ := rpcErr(t, e.rpc.CallContext(ctx, &out, "eth_getBalance", "0xnotanaddress", "latest")); code != -32602 {
		t.Fatalf("bad params code %d", code)
	}
	if code, _, _ := rpcErr(t, e.rpc.CallContext(ctx, &out, "eth_getBalance", to, "0xzz")); code != -32602 {
		t.Fatalf("bad block code %d", code)
	}
	// Batches work.
	batch := []gethrpc.BatchElem{
		{Method: "eth_chainId", Result: new(string)},
		{Method: "eth_blockNumber", Result: new(string)},
		{Method: "eth_noSuchMethod", Result: new(string)},
	}
	must(t, e.rpc.BatchCallContext(ctx, batch))
	if *batch[0].Result.(*string) != "0x7a69" || batch[1].Error != nil || batch[2].Error == nil {
		t.Fatalf("batch results %+v", batch)
	}
	// The node is still alive.
	if _, err := e.ec.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestSendTransactionAndSign(t *testing.T) {
	e := automine(t)
	ctx := t.Context()
	var hash common.Hash
	to := e.accs[3].Address
	before, _ := e.ec.BalanceAt(ctx, to, nil)
	must(t, e.rpc.CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{"from": e.accs[2].Address, "to": to, "value": "0x64"}))
	r := e.waitReceipt(hash)
	if r.Status != 1 {
		t.Fatal("eth_sendTransaction tx failed")
	}
	after, _ := e.ec.BalanceAt(ctx, to, nil)
	if new(big.Int).Sub(after, before).Int64() != 100 {
		t.Fatalf("recipient got %v", new(big.Int).Sub(after, before))
	}
	msg := []byte("hello metis")
	var sig hexutil.Bytes
	must(t, e.rpc.CallContext(ctx, &sig, "eth_sign", e.accs[4].Address, hexutil.Bytes(msg)))
	if len(sig) != 65 || sig[64] < 27 {
		t.Fatalf("signature %x", sig)
	}
	sig[64] -= 27
	pub, err := crypto.SigToPub(accounts.TextHash(msg), sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != e.accs[4].Address {
		t.Fatalf("eth_sign recovers to %v, %v", pub, err)
	}
	err = e.rpc.CallContext(ctx, &sig, "eth_sign", common.HexToAddress("0x1"), hexutil.Bytes(msg))
	if _, m, _ := rpcErr(t, err); !strings.Contains(m, "unknown account") {
		t.Fatalf("eth_sign with unknown account: %v", m)
	}
}

func (e *env) waitReceipt(h common.Hash) *types.Receipt {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(e.ctx(), 20*time.Second)
	defer cancel()
	for {
		r, err := e.ec.TransactionReceipt(ctx, h)
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			e.t.Fatalf("tx %s not mined: %v", h, err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func TestDebugTracing(t *testing.T) {
	e := automine(t)
	ctx := t.Context()
	addr := e.deployLogger()
	tx := e.send(1, &addr, nil, []byte{7}, 100_000)
	e.wait(tx)
	var call struct {
		Type  string `json:"type"`
		From  common.Address
		To    common.Address
		Logs  []any `json:"logs"`
		Input string
	}
	must(t, e.rpc.CallContext(ctx, &call, "debug_traceTransaction", tx.Hash(), map[string]any{"tracer": "callTracer", "tracerConfig": map[string]any{"withLog": true}}))
	if call.Type != "CALL" || call.From != e.accs[1].Address || call.To != addr || len(call.Logs) != 1 || call.Input != "0x07" {
		t.Fatalf("callTracer = %+v", call)
	}
	var structLog struct {
		Gas         uint64            `json:"gas"`
		Failed      bool              `json:"failed"`
		StructLogs  []json.RawMessage `json:"structLogs"`
		ReturnValue string            `json:"returnValue"`
	}
	must(t, e.rpc.CallContext(ctx, &structLog, "debug_traceTransaction", tx.Hash()))
	r := e.wait(tx)
	if structLog.Failed || structLog.Gas != r.GasUsed || len(structLog.StructLogs) == 0 {
		t.Fatalf("struct logger: failed=%v gas=%d (receipt %d) steps=%d", structLog.Failed, structLog.Gas, r.GasUsed, len(structLog.StructLogs))
	}
	must(t, e.rpc.CallContext(ctx, &call, "debug_traceCall", map[string]any{"from": e.accs[2].Address, "to": addr}, "latest", map[string]any{"tracer": "callTracer"}))
	if call.Type != "CALL" || call.From != e.accs[2].Address {
		t.Fatalf("traceCall = %+v", call)
	}
	var anyOut any
	err := e.rpc.CallContext(ctx, &anyOut, "debug_traceTransaction", common.HexToHash("0x1"))
	if err == nil {
		t.Fatal("trace of unknown tx succeeded")
	}
	err = e.rpc.CallContext(ctx, &anyOut, "debug_traceTransaction", tx.Hash(), map[string]any{"tracer": "noSuchTracer"})
	if code, _, _ := rpcErr(t, err); code != -32602 {
		t.Fatalf("unknown tracer code %d", code)
	}
}

func TestRestartKeepsChain(t *testing.T) {
	dir := t.TempDir()
	e := start(t, node.Config{BlockTime: -1, DataDir: dir})
	addr := e.deployLogger()
	tx := e.send(1, &addr, nil, common.HexToHash("0x05").Bytes(), 100_000)
	r := e.wait(tx)
	head, err := e.ec.HeaderByNumber(t.Context(), nil)
	must(t, err)
	e.rpc.Close()
	must(t, e.node.Close())

	e2 := start(t, node.Config{BlockTime: -1, DataDir: dir})
	ctx := t.Context()
	head2, err := e2.ec.HeaderByNumber(ctx, nil)
	must(t, err)
	if head2.Hash() != head.Hash() {
		t.Fatalf("head after restart %s, before %s", head2.Hash(), head.Hash())
	}
	r2, err := e2.ec.TransactionReceipt(ctx, tx.Hash())
	must(t, err)
	if r2.BlockHash != r.BlockHash || len(r2.Logs) != 1 {
		t.Fatalf("receipt after restart %+v", r2)
	}
	slot, err := e2.ec.StorageAt(ctx, addr, common.Hash{}, nil)
	if err != nil || common.BytesToHash(slot) != common.HexToHash("0x05") {
		t.Fatalf("storage after restart %x %v", slot, err)
	}
	// The chain goes on from where it was.
	to := e2.accs[2].Address
	r3 := e2.wait(e2.send(0, &to, big.NewInt(1), nil, 21000))
	if r3.BlockNumber.Uint64() != head.Number.Uint64()+1 {
		t.Fatalf("next block %d, want %d", r3.BlockNumber, head.Number.Uint64()+1)
	}
}

func TestMetricsEndpoint(t *testing.T) {
	e := automine(t)
	to := e.accs[1].Address
	e.wait(e.send(0, &to, big.NewInt(1), nil, 21000))
	resp, err := http.Get(e.node.HTTPEndpoint() + "/metrics")
	must(t, err)
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics: %d", resp.StatusCode)
	}
	for _, want := range []string{"metis_chain_head_block 1", "metis_sequencer_transactions_total 1", "metis_blockstm_transactions_total 1", "metis_txpool_pending 0", "metis_state_flat_block ", "metis_state_prunes_total 0", "metis_state_trims_total 0", "metis_state_trie_growth_bytes ", `metis_rpc_http_requests_total{code="200"}`, "go_goroutines"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestOversizedRequestRejected(t *testing.T) {
	e := automine(t)
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x` + strings.Repeat("00", 6<<20) + `"]}`
	resp, err := http.Post(e.node.HTTPEndpoint(), "application/json", strings.NewReader(body))
	must(t, err)
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("6 MiB request: status %d, want 413", resp.StatusCode)
	}
	if _, err := e.ec.BlockNumber(t.Context()); err != nil {
		t.Fatalf("node down after oversized request: %v", err)
	}
}

func TestTransactionTypesAndCoinbase(t *testing.T) {
	coinbase := common.HexToAddress("0xfee")
	e := start(t, node.Config{BlockTime: -1, Coinbase: coinbase})
	ctx := t.Context()
	to := e.accs[1].Address
	key := e.accs[3].Key
	// Legacy without EIP-155 replay protection is accepted, like anvil.
	unprotected := types.MustSignNewTx(key, types.HomesteadSigner{}, &types.LegacyTx{Nonce: 0, GasPrice: big.NewInt(10 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1)})
	submit := func(tx *types.Transaction) *types.Receipt {
		t.Helper()
		must(t, e.ec.SendTransaction(ctx, tx))
		return e.wait(tx)
	}
	r := submit(unprotected)
	if r.Status != 1 {
		t.Fatal("unprotected legacy tx failed")
	}
	// EIP-155 legacy and EIP-2930 access-list transactions.
	legacy := types.MustSignNewTx(key, e.signer, &types.LegacyTx{Nonce: 1, GasPrice: big.NewInt(10 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1)})
	submit(legacy)
	al := types.MustSignNewTx(key, e.signer, &types.AccessListTx{ChainID: big.NewInt(31337), Nonce: 2, GasPrice: big.NewInt(10 * params.GWei), Gas: 30000, To: &to,
		AccessList: types.AccessList{{Address: to, StorageKeys: []common.Hash{{}}}}})
	if r := submit(al); r.Type != types.AccessListTxType || r.Status != 1 {
		t.Fatalf("access list tx receipt %+v", r)
	}
	// The coinbase received exactly the priority fees of the block.
	before, _ := e.ec.BalanceAt(ctx, coinbase, nil)
	tip := big.NewInt(3 * params.GWei)
	dyn := types.MustSignNewTx(key, e.signer, &types.DynamicFeeTx{ChainID: big.NewInt(31337), Nonce: 3, GasTipCap: tip, GasFeeCap: big.NewInt(50 * params.GWei), Gas: 21000, To: &to})
	submit(dyn)
	after, _ := e.ec.BalanceAt(ctx, coinbase, nil)
	if got, want := new(big.Int).Sub(after, before), new(big.Int).Mul(tip, big.NewInt(21000)); got.Cmp(want) != 0 {
		t.Fatalf("coinbase got %v, want tip*gas %v", got, want)
	}
	// Blob transactions are not supported on this chain.
	blob := types.MustSignNewTx(key, e.signer, &types.BlobTx{ChainID: uint256.NewInt(31337), Nonce: 4, GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.NewInt(50 * params.GWei), Gas: 21000, To: to,
		BlobFeeCap: uint256.NewInt(1), BlobHashes: []common.Hash{{0x01}}})
	code, msg, _ := rpcErr(t, e.ec.SendTransaction(ctx, blob))
	if code != -32000 || !strings.HasPrefix(msg, "transaction type not supported") {
		t.Fatalf("blob tx: %d %q", code, msg)
	}
}

// TestFullBlocksWithParallelExecutor fills blocks far beyond their gas limit
// with chains of transfers from several senders: the parallel executor
// (the default) must reject what does not fit, leave it in the pool, and
// mine everything over the next blocks with the right balances.
func TestFullBlocksWithParallelExecutor(t *testing.T) {
	for _, mode := range []string{"parallel", "serial"} {
		t.Run(mode, func(t *testing.T) {
			e := start(t, node.Config{BlockTime: 100 * time.Millisecond, GasLimit: 100_000, Exec: mode, Workers: 4})
			to := common.HexToAddress("0xbeef")
			var txs []*types.Transaction
			for range 6 {
				for i := range 4 {
					txs = append(txs, e.send(i, &to, big.NewInt(1), nil, 21000))
				}
			}
			blocks := map[uint64]uint64{}
			for _, tx := range txs {
				r := e.wait(tx)
				if r.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("tx %s failed", tx.Hash())
				}
				blocks[r.BlockNumber.Uint64()] = 0
			}
			for n := range blocks {
				b, err := e.ec.BlockByNumber(e.ctx(), new(big.Int).SetUint64(n))
				must(t, err)
				if b.GasUsed() > 100_000 || len(b.Transactions()) > 4 {
					t.Fatalf("block %d: %d gas, %d txs", n, b.GasUsed(), len(b.Transactions()))
				}
			}
			if len(blocks) < 6 {
				t.Fatalf("24 transfers of 21000 gas fit in %d blocks of 100000 gas", len(blocks))
			}
			bal, err := e.ec.BalanceAt(e.ctx(), to, nil)
			must(t, err)
			if bal.Int64() != int64(len(txs)) {
				t.Fatalf("recipient has %d wei, want %d", bal, len(txs))
			}
		})
	}
}

// TestStateRetention: by default the state of the last 128 blocks (and a
// checkpoint every 128) stays readable and older state answers a clear
// error; an archive node answers for every block.
func TestStateRetention(t *testing.T) {
	for _, archive := range []bool{false, true} {
		e := start(t, node.Config{BlockTime: -1, Archive: archive})
		to := common.HexToAddress("0x1234")
		for range 140 {
			e.wait(e.send(1, &to, big.NewInt(1), nil, 21000))
		}
		head, err := e.ec.BlockNumber(e.ctx())
		if err != nil || head < 140 {
			t.Fatalf("head %d: %v", head, err)
		}
		// Recent, checkpoint and genesis state is there in both modes.
		for _, n := range []uint64{head, head - 127, 128, 0} {
			if _, err := e.ec.BalanceAt(e.ctx(), to, new(big.Int).SetUint64(n)); err != nil {
				t.Fatalf("archive=%v: balance at %d: %v", archive, n, err)
			}
		}
		_, err = e.ec.BalanceAt(e.ctx(), to, big.NewInt(5))
		if archive && err != nil {
			t.Fatalf("archive: balance at 5: %v", err)
		}
		if !archive {
			code, msg, _ := rpcErr(t, err)
			if code != -32000 || !strings.Contains(msg, "historical state of block 5") || !strings.Contains(msg, "--archive") {
				t.Fatalf("pruned state: %d %q", code, msg)
			}
		}
	}
}
