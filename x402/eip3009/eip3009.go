// Package eip3009 computes the EIP-712 digests of ERC-3009 ("Transfer With
// Authorization") messages, signs them and recovers their signers. It is
// the cryptography of x402's exact scheme on EVM chains.
package eip3009

import (
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Type hashes of the messages and of the EIP-712 domain.
var (
	TransferTypeHash = crypto.Keccak256Hash([]byte("TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"))
	ReceiveTypeHash  = crypto.Keccak256Hash([]byte("ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"))
	CancelTypeHash   = crypto.Keccak256Hash([]byte("CancelAuthorization(address authorizer,bytes32 nonce)"))
	DomainTypeHash   = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
)

// Domain is a token's EIP-712 domain.
type Domain struct {
	Name              string
	Version           string
	ChainID           uint64
	VerifyingContract common.Address
}

// Separator returns the domain separator.
func (d Domain) Separator() common.Hash {
	buf := make([]byte, 0, 5*32)
	buf = append(buf, DomainTypeHash[:]...)
	buf = append(buf, crypto.Keccak256([]byte(d.Name))...)
	buf = append(buf, crypto.Keccak256([]byte(d.Version))...)
	buf = append(buf, word(new(big.Int).SetUint64(d.ChainID))...)
	buf = append(buf, common.LeftPadBytes(d.VerifyingContract[:], 32)...)
	return crypto.Keccak256Hash(buf)
}

// Authorization is a transfer (or receive) authorization.
type Authorization struct {
	From, To    common.Address
	Value       *big.Int
	ValidAfter  *big.Int
	ValidBefore *big.Int
	Nonce       [32]byte
}

// TransferDigest is the digest a TransferWithAuthorization signature signs.
func (d Domain) TransferDigest(a *Authorization) common.Hash {
	return d.digest(a.structHash(TransferTypeHash))
}

// ReceiveDigest is the digest a ReceiveWithAuthorization signature signs.
func (d Domain) ReceiveDigest(a *Authorization) common.Hash {
	return d.digest(a.structHash(ReceiveTypeHash))
}

// CancelDigest is the digest a CancelAuthorization signature signs.
func (d Domain) CancelDigest(authorizer common.Address, nonce [32]byte) common.Hash {
	buf := make([]byte, 0, 3*32)
	buf = append(buf, CancelTypeHash[:]...)
	buf = append(buf, common.LeftPadBytes(authorizer[:], 32)...)
	buf = append(buf, nonce[:]...)
	return d.digest(crypto.Keccak256Hash(buf))
}

func (d Domain) digest(structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

func (a *Authorization) structHash(typeHash common.Hash) common.Hash {
	buf := make([]byte, 0, 7*32)
	buf = append(buf, typeHash[:]...)
	buf = append(buf, common.LeftPadBytes(a.From[:], 32)...)
	buf = append(buf, common.LeftPadBytes(a.To[:], 32)...)
	buf = append(buf, word(a.Value)...)
	buf = append(buf, word(a.ValidAfter)...)
	buf = append(buf, word(a.ValidBefore)...)
	buf = append(buf, a.Nonce[:]...)
	return crypto.Keccak256Hash(buf)
}

// word is the 32-byte big-endian encoding of a uint256 (nil is zero).
func word(v *big.Int) []byte {
	out := make([]byte, 32)
	if v != nil {
		v.FillBytes(out)
	}
	return out
}

// Sign signs digest with key and returns the 65-byte r‖s‖v signature, v
// being 27 or 28 as Solidity's ecrecover and the x402 SDKs expect.
func Sign(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("eip3009: sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// ErrBadSignature is returned for a signature that is not a valid 65-byte
// ECDSA signature in canonical (low-s) form.
var ErrBadSignature = errors.New("eip3009: malformed or non-canonical ECDSA signature")

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Recover returns the address whose key made the 65-byte signature of
// digest. v may be 0/1 or 27/28; s must be in the lower half of the curve
// order, as ecrecover-based tokens (OpenZeppelin's ECDSA) require.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, ErrBadSignature
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 || new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, ErrBadSignature
	}
	rsv := make([]byte, 65)
	copy(rsv, sig[:64])
	rsv[64] = v
	pub, err := crypto.SigToPub(digest[:], rsv)
	if err != nil {
		return common.Address{}, ErrBadSignature
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// RandomNonce returns 32 random bytes for an authorization nonce.
func RandomNonce() ([32]byte, error) {
	var n [32]byte
	if _, err := rand.Read(n[:]); err != nil {
		return n, fmt.Errorf("eip3009: nonce: %w", err)
	}
	return n, nil
}
