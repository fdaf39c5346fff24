// Package devkeys derives the well-known development accounts from a BIP-39
// mnemonic along the BIP-44 Ethereum path m/44'/60'/0'/0/i, the same keys
// anvil and Hardhat print for the test mnemonic.
//
// Everything here is deterministic and has no I/O.
package devkeys

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestMnemonic is the standard development mnemonic.
const TestMnemonic = "test test test test test test test test test test test junk"

const hardened = 1 << 31

// Account is a derived development account.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// Derive returns the first n accounts of mnemonic (no passphrase).
func Derive(mnemonic string, n int) ([]Account, error) {
	indexes := make([]uint32, n)
	for i := range indexes {
		indexes[i] = uint32(i)
	}
	return DeriveIndexes(mnemonic, indexes...)
}

// DeriveIndexes returns the accounts at the given indexes of the standard
// path m/44'/60'/0'/0/i of mnemonic (no passphrase).
func DeriveIndexes(mnemonic string, indexes ...uint32) ([]Account, error) {
	words := strings.Join(strings.Fields(mnemonic), " ")
	seed, err := pbkdf2.Key(sha512.New, words, []byte("mnemonic"), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("devkeys: seed: %w", err)
	}
	key, chain := master(seed)
	for _, idx := range []uint32{44 + hardened, 60 + hardened, hardened, 0} {
		if key, chain, err = child(key, chain, idx); err != nil {
			return nil, err
		}
	}
	accounts := make([]Account, 0, len(indexes))
	for _, i := range indexes {
		k, _, err := child(key, chain, i)
		if err != nil {
			return nil, err
		}
		priv, err := crypto.ToECDSA(common.LeftPadBytes(k.Bytes(), 32))
		if err != nil {
			return nil, fmt.Errorf("devkeys: account %d: %w", i, err)
		}
		accounts = append(accounts, Account{Address: crypto.PubkeyToAddress(priv.PublicKey), Key: priv})
	}
	return accounts, nil
}

func master(seed []byte) (*big.Int, []byte) {
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	return new(big.Int).SetBytes(sum[:32]), sum[32:]
}

// child implements BIP-32 CKDpriv.
func child(key *big.Int, chain []byte, index uint32) (*big.Int, []byte, error) {
	mac := hmac.New(sha512.New, chain)
	if index >= hardened {
		mac.Write([]byte{0})
		mac.Write(common.LeftPadBytes(key.Bytes(), 32))
	} else {
		priv, err := crypto.ToECDSA(common.LeftPadBytes(key.Bytes(), 32))
		if err != nil {
			return nil, nil, fmt.Errorf("devkeys: parent key: %w", err)
		}
		mac.Write(crypto.CompressPubkey(&priv.PublicKey))
	}
	mac.Write(binary.BigEndian.AppendUint32(nil, index))
	sum := mac.Sum(nil)
	n := crypto.S256().Params().N
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(n) >= 0 {
		return nil, nil, errors.New("devkeys: invalid child key, try the next index")
	}
	k := il.Add(il, key)
	k.Mod(k, n)
	if k.Sign() == 0 {
		return nil, nil, errors.New("devkeys: zero child key")
	}
	return k, sum[32:], nil
}
