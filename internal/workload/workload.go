// Package workload generates blocks of transactions, with the genesis state
// they run on, for tests and benchmarks of executors: independent ETH
// transfers, independent ERC-20 transfers, Uniswap-V2-style swaps over a few
// pools, a single hot counter that no two transactions can touch in
// parallel, and a mix of them.
//
// Generation is deterministic for a given seed and has no I/O.
package workload

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/program"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/metis-go/metis/contracts"
)

// Kinds returns the workloads Generate knows.
func Kinds() []string { return []string{"transfer", "erc20", "uniswap", "hot", "mix"} }

// Per-transaction gas limits of the workloads; the block holds as many
// transactions as fit its gas at these limits.
const (
	transferGas = 21_000
	erc20Gas    = 60_000
	swapGas     = 110_000
	hotGas      = 50_000
)

// PairCount is the number of Uniswap-V2-style pools the swap workloads use:
// swaps in the same pool conflict on its reserves, swaps in different pools
// do not.
const PairCount = 10

// Addresses of the contracts the workloads install in genesis.
const (
	TokenAddress   = "0x000000000000000000000000000000000000e020" // BenchToken; token0 of every pair
	Token1Address  = "0x000000000000000000000000000000000000e021" // BenchToken; token1 of every pair
	CounterAddress = "0x000000000000000000000000000000000000c0c0"
)

// PairAddress returns the address of pool i.
func PairAddress(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0xa000 + i))) }

// Workload is a block's worth of signed transactions and the genesis
// allocation they expect.
type Workload struct {
	Kind     string
	Alloc    types.GenesisAlloc
	Txs      []*types.Transaction
	GasLimit uint64 // the block gas limit the transactions were sized for
}

// generator builds one workload.
type generator struct {
	w       *Workload
	seed    uint64
	chainID *big.Int
	signer  types.Signer
	rng     *rand.Rand
	token   *contracts.Artifact
	pair    *contracts.Artifact
	senders int
	last    *sender // the previous transaction's sender, for same-sender chains
}

type sender struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64
}

// Generate builds a workload of the given kind whose transactions' gas
// limits add up to at most gas, signed for chainID: independent ETH
// transfers (transfer), independent ERC-20 transfers (erc20), swaps over
// PairCount Uniswap-V2-style pools (uniswap), calls of one counter that no
// two transactions can run in parallel (hot), or a mix of all of these with
// some senders sending several transactions in a row (mix).
func Generate(kind string, gas uint64, chainID *big.Int, seed uint64) (*Workload, error) {
	if !slices.Contains(Kinds(), kind) {
		return nil, fmt.Errorf("workload: unknown kind %q (want one of %v)", kind, Kinds())
	}
	g := &generator{
		w: &Workload{Kind: kind, Alloc: types.GenesisAlloc{}, GasLimit: gas}, seed: seed, chainID: chainID,
		signer: types.LatestSignerForChainID(chainID), rng: rand.New(rand.NewPCG(seed, 0x3e7)),
	}
	var err error
	if g.token, err = contracts.Load("BenchToken"); err != nil {
		return nil, err
	}
	if g.pair, err = contracts.Load("BenchPair"); err != nil {
		return nil, err
	}
	g.install(kind)
	for left := gas; ; {
		op := kind
		if kind == "mix" {
			op = g.mixOp()
		}
		per := map[string]uint64{"transfer": transferGas, "erc20": erc20Gas, "uniswap": swapGas, "hot": hotGas}[op]
		if per > left {
			break
		}
		left -= per
		tx, err := g.tx(op, per, kind == "mix")
		if err != nil {
			return nil, err
		}
		g.w.Txs = append(g.w.Txs, tx)
	}
	if len(g.w.Txs) == 0 {
		return nil, fmt.Errorf("workload: gas %d holds no %s transaction", gas, kind)
	}
	return g.w, nil
}

// mixOp picks the next transaction of the mix: mostly transfers of ETH and
// tokens, a fifth swaps, a few calls of the hot counter.
func (g *generator) mixOp() string {
	switch r := g.rng.IntN(100); {
	case r < 35:
		return "transfer"
	case r < 70:
		return "erc20"
	case r < 92:
		return "uniswap"
	default:
		return "hot"
	}
}

// install puts the contracts a kind needs in genesis.
func (g *generator) install(kind string) {
	alloc := g.w.Alloc
	tokens := []common.Address{common.HexToAddress(TokenAddress), common.HexToAddress(Token1Address)}
	if kind != "transfer" && kind != "hot" {
		for _, t := range tokens {
			alloc[t] = types.Account{Code: g.token.Runtime, Storage: map[common.Hash]common.Hash{}, Balance: new(big.Int)}
		}
	}
	if kind == "uniswap" || kind == "mix" {
		reserve := new(big.Int).Exp(big.NewInt(10), big.NewInt(26), nil)
		packed := new(big.Int).Or(reserve, new(big.Int).Lsh(reserve, 112))
		for i := range PairCount {
			p := PairAddress(i)
			alloc[p] = types.Account{Code: g.pair.Runtime, Balance: new(big.Int), Storage: map[common.Hash]common.Hash{
				common.BigToHash(big.NewInt(0)): common.BytesToHash(tokens[0].Bytes()),
				common.BigToHash(big.NewInt(1)): common.BytesToHash(tokens[1].Bytes()),
				common.BigToHash(big.NewInt(2)): common.BigToHash(packed),
			}}
			for _, t := range tokens {
				alloc[t].Storage[balanceSlot(p)] = common.BigToHash(reserve)
			}
		}
	}
	if kind == "hot" || kind == "mix" {
		alloc[common.HexToAddress(CounterAddress)] = types.Account{Code: counterRuntime(), Balance: new(big.Int)}
	}
}

// from returns the sender of the next transaction: a new funded account, or
// in a mix sometimes the previous sender again.
func (g *generator) from(chain bool) *sender {
	if chain && g.last != nil && g.rng.IntN(10) == 0 {
		return g.last
	}
	key := senderKey(g.seed, g.senders)
	g.senders++
	s := &sender{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	g.w.Alloc[s.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}
	units := new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)
	for _, t := range []string{TokenAddress, Token1Address} {
		if tok, ok := g.w.Alloc[common.HexToAddress(t)]; ok {
			tok.Storage[balanceSlot(s.addr)] = common.BigToHash(units)
			if g.w.Kind != "erc20" {
				for i := range PairCount {
					tok.Storage[allowanceSlot(s.addr, PairAddress(i))] = common.MaxHash // unlimited: never written
				}
			}
		}
	}
	g.last = s
	return s
}

func (g *generator) tx(op string, gas uint64, chain bool) (*types.Transaction, error) {
	s := g.from(chain)
	recipient := recipientAddress(g.seed, len(g.w.Txs))
	inner := &types.DynamicFeeTx{
		ChainID: g.chainID, Nonce: s.nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei * 100),
		Gas: gas, To: &recipient, Value: big.NewInt(1),
	}
	switch op {
	case "erc20":
		data, err := g.token.ABI.Pack("transfer", recipient, big.NewInt(1))
		if err != nil {
			return nil, fmt.Errorf("workload: %w", err)
		}
		token := common.HexToAddress(TokenAddress)
		inner.To, inner.Value, inner.Data = &token, new(big.Int), data
	case "uniswap":
		amount := new(big.Int).Mul(big.NewInt(int64(1+g.rng.IntN(100))), big.NewInt(params.Ether))
		data, err := g.pair.ABI.Pack("swapExactIn", g.rng.IntN(2) == 0, amount, big.NewInt(1), recipient)
		if err != nil {
			return nil, fmt.Errorf("workload: %w", err)
		}
		pair := PairAddress(g.rng.IntN(PairCount))
		inner.To, inner.Value, inner.Data = &pair, new(big.Int), data
	case "hot":
		counter := common.HexToAddress(CounterAddress)
		inner.To, inner.Value = &counter, new(big.Int)
	}
	s.nonce++
	return types.MustSignNewTx(s.key, g.signer, inner), nil
}

func senderKey(seed uint64, i int) *ecdsa.PrivateKey {
	buf := binary.BigEndian.AppendUint64([]byte("metis-workload-sender"), seed)
	buf = binary.BigEndian.AppendUint64(buf, uint64(i))
	key, err := crypto.ToECDSA(crypto.Keccak256(buf))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability
	}
	return key
}

func recipientAddress(seed uint64, i int) common.Address {
	buf := binary.BigEndian.AppendUint64([]byte("metis-workload-recipient"), seed)
	return common.BytesToAddress(crypto.Keccak256(binary.BigEndian.AppendUint64(buf, uint64(i))))
}

// balanceSlot is the storage slot of balanceOf[addr] in BenchToken.
func balanceSlot(addr common.Address) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(addr.Bytes(), 32), common.LeftPadBytes([]byte{1}, 32))
}

// allowanceSlot is the storage slot of allowance[owner][spender] in BenchToken.
func allowanceSlot(owner, spender common.Address) common.Hash {
	inner := crypto.Keccak256(common.LeftPadBytes(owner.Bytes(), 32), common.LeftPadBytes([]byte{2}, 32))
	return crypto.Keccak256Hash(common.LeftPadBytes(spender.Bytes(), 32), inner)
}

// counterRuntime increments storage slot 0 on every call.
func counterRuntime() []byte {
	return program.New().Push(0).Op(vm.SLOAD).Push(1).Op(vm.ADD).Push(0).Op(vm.SSTORE).Op(vm.STOP).Bytes()
}
