// Package workload generates blocks of transactions, with the genesis state
// they run on, for tests and benchmarks of executors: independent ETH
// transfers, independent ERC-20 transfers, and a single hot counter that no
// two transactions can touch in parallel.
//
// Generation is deterministic for a given seed and has no I/O.
package workload

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/program"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/metis-go/metis/contracts"
)

// Kinds returns the workloads Generate knows.
func Kinds() []string { return []string{"transfer", "erc20", "hot"} }

// Per-transaction gas limits of the workloads; the block holds as many
// transactions as fit its gas at these limits.
const (
	transferGas = 21_000
	erc20Gas    = 60_000
	hotGas      = 50_000
)

// Addresses of the contracts the workloads install in genesis.
const (
	TokenAddress   = "0x000000000000000000000000000000000000e020"
	CounterAddress = "0x000000000000000000000000000000000000c0c0"
)

// Workload is a block's worth of signed transactions and the genesis
// allocation they expect.
type Workload struct {
	Kind     string
	Alloc    types.GenesisAlloc
	Txs      []*types.Transaction
	GasLimit uint64 // the block gas limit the transactions were sized for
}

// Generate builds a workload of the given kind whose transactions' gas
// limits add up to at most gas, signed for chainID.
func Generate(kind string, gas uint64, chainID *big.Int, seed uint64) (*Workload, error) {
	per := map[string]uint64{"transfer": transferGas, "erc20": erc20Gas, "hot": hotGas}[kind]
	if per == 0 {
		return nil, fmt.Errorf("workload: unknown kind %q (want one of %v)", kind, Kinds())
	}
	n := int(gas / per)
	if n == 0 {
		return nil, fmt.Errorf("workload: gas %d holds no %s transaction", gas, kind)
	}
	w := &Workload{Kind: kind, Alloc: types.GenesisAlloc{}, GasLimit: gas}
	signer := types.LatestSignerForChainID(chainID)
	funds := new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))
	var (
		token   *contracts.Artifact
		tokenAt = common.HexToAddress(TokenAddress)
		counter = common.HexToAddress(CounterAddress)
	)
	switch kind {
	case "erc20":
		var err error
		if token, err = contracts.Load("BenchToken"); err != nil {
			return nil, err
		}
		w.Alloc[tokenAt] = types.Account{Code: token.Runtime, Storage: map[common.Hash]common.Hash{}, Balance: new(big.Int)}
	case "hot":
		w.Alloc[counter] = types.Account{Code: counterRuntime(), Balance: new(big.Int)}
	}
	for i := range n {
		key := senderKey(seed, i)
		from := crypto.PubkeyToAddress(key.PublicKey)
		w.Alloc[from] = types.Account{Balance: funds}
		recipient := recipientAddress(seed, i)
		inner := &types.DynamicFeeTx{
			ChainID: chainID, Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei * 100),
			Gas: per, To: &recipient, Value: big.NewInt(1),
		}
		switch kind {
		case "erc20":
			// Give the sender tokens in genesis: balanceOf is slot 1.
			w.Alloc[tokenAt].Storage[balanceSlot(from)] = common.BigToHash(big.NewInt(1_000_000))
			data, err := token.ABI.Pack("transfer", recipient, big.NewInt(1))
			if err != nil {
				return nil, fmt.Errorf("workload: %w", err)
			}
			inner.To, inner.Value, inner.Data = &tokenAt, new(big.Int), data
		case "hot":
			inner.To, inner.Value = &counter, new(big.Int)
		}
		w.Txs = append(w.Txs, types.MustSignNewTx(key, signer, inner))
	}
	return w, nil
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

// counterRuntime increments storage slot 0 on every call.
func counterRuntime() []byte {
	return program.New().Push(0).Op(vm.SLOAD).Push(1).Op(vm.ADD).Push(0).Op(vm.SSTORE).Op(vm.STOP).Bytes()
}
