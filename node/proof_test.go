package node_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// verify checks proof nodes against root for key with go-ethereum's
// trie.VerifyProof and returns the proven value (nil: proven absent).
func verify(t *testing.T, root common.Hash, key []byte, nodes []string) []byte {
	t.Helper()
	db := rawdb.NewMemoryDatabase()
	for _, n := range nodes {
		b, err := hexutil.Decode(n)
		must(t, err)
		must(t, db.Put(crypto.Keccak256(b), b))
	}
	v, err := trie.VerifyProof(root, crypto.Keccak256(key), db)
	if err != nil {
		t.Fatalf("proof of %x does not verify against %s: %v", key, root, err)
	}
	return v
}

// TestGetProof checks eth_getProof (EIP-1186) through go-ethereum's
// gethclient: account and storage proofs verify against the block's state
// root with trie.VerifyProof, at the head and at an older block, and
// absent accounts and slots are proven absent.
func TestGetProof(t *testing.T) {
	e := automine(t)
	c := e.deployLogger()
	word := common.BigToHash(big.NewInt(0x2a))
	e.wait(e.send(1, &c, nil, word[:], 100_000)) // slot 0 := 0x2a
	old, err := e.ec.BlockNumber(e.ctx())
	must(t, err)
	word = common.BigToHash(big.NewInt(0x2b))
	e.wait(e.send(1, &c, nil, word[:], 100_000)) // slot 0 := 0x2b

	gc := gethclient.New(e.rpc)
	for _, tc := range []struct {
		block *big.Int
		want  int64
	}{{nil, 0x2b}, {new(big.Int).SetUint64(old), 0x2a}} {
		header, err := e.ec.HeaderByNumber(e.ctx(), tc.block)
		must(t, err)
		res, err := gc.GetProof(e.ctx(), c, []string{"0x0", common.Hash{31: 1}.Hex()}, tc.block)
		must(t, err)
		enc := verify(t, header.Root, c.Bytes(), res.AccountProof)
		var acc types.StateAccount
		must(t, rlp.DecodeBytes(enc, &acc))
		if acc.Nonce != res.Nonce || acc.Balance.ToBig().Cmp(res.Balance) != 0 || acc.Root != res.StorageHash || !bytes.Equal(acc.CodeHash, res.CodeHash[:]) {
			t.Fatalf("proven account %+v, reported %+v", acc, res)
		}
		if res.StorageProof[0].Key != "0x0" || res.StorageProof[1].Key != (common.Hash{31: 1}).Hex() {
			t.Fatalf("keys echoed as %q, %q", res.StorageProof[0].Key, res.StorageProof[1].Key)
		}
		v := verify(t, res.StorageHash, common.Hash{}.Bytes(), res.StorageProof[0].Proof)
		var got big.Int
		must(t, rlp.DecodeBytes(v, &got))
		if got.Int64() != tc.want || res.StorageProof[0].Value.Int64() != tc.want {
			t.Fatalf("block %v: slot 0 proven %d, reported %d, want %d", tc.block, &got, res.StorageProof[0].Value, tc.want)
		}
		if v := verify(t, res.StorageHash, common.Hash{31: 1}.Bytes(), res.StorageProof[1].Proof); v != nil || res.StorageProof[1].Value.Sign() != 0 {
			t.Fatalf("unset slot proven %x, reported %v", v, res.StorageProof[1].Value)
		}
	}

	// An account that does not exist is proven absent.
	ghost := common.HexToAddress("0x000000000000000000000000000000000000dead")
	header, err := e.ec.HeaderByNumber(e.ctx(), nil)
	must(t, err)
	res, err := gc.GetProof(e.ctx(), ghost, []string{"0x01"}, nil)
	must(t, err)
	if v := verify(t, header.Root, ghost.Bytes(), res.AccountProof); v != nil {
		t.Fatalf("absent account proven as %x", v)
	}
	if res.Balance.Sign() != 0 || res.Nonce != 0 || res.StorageHash != (common.Hash{}) || len(res.StorageProof) != 1 || res.StorageProof[0].Key != "0x1" {
		t.Fatalf("absent account reported as %+v", res)
	}

	// Bad keys are invalid params.
	err = e.rpc.Call(new(any), "eth_getProof", ghost, []string{"0xzz"}, "latest")
	if code, _, _ := rpcErr(t, err); code != -32602 {
		t.Fatalf("bad key: code %d", code)
	}
	tooMany := make([]string, 1025)
	for i := range tooMany {
		tooMany[i] = "0x1"
	}
	err = e.rpc.Call(new(any), "eth_getProof", ghost, tooMany, "latest")
	if code, _, _ := rpcErr(t, err); code != -32602 {
		t.Fatalf("1025 keys: code %d", code)
	}
}
