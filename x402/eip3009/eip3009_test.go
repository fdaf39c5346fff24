package eip3009

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// The x402 v2 specification's example payment is a valid signature; it
// and the USDC domain separators are golden vectors (shared/ref/x402.md §2.6).
func TestSpecExampleVector(t *testing.T) {
	d := Domain{Name: "USDC", Version: "2", ChainID: 84532, VerifyingContract: common.HexToAddress("0x036CbD53842c5426634e7929541eC2318f3dCF7e")}
	if got, want := d.Separator(), common.HexToHash("0x71f17a3b2ff373b803d70a5a07c046c1a2bc8e89c09ef722fcb047abe94c9818"); got != want {
		t.Fatalf("separator %s, want %s", got, want)
	}
	a := &Authorization{
		From:        common.HexToAddress("0x857b06519E91e3A54538791bDbb0E22373e36b66"),
		To:          common.HexToAddress("0x209693Bc6afc0C5328bA36FaF03C514EF312287C"),
		Value:       big.NewInt(10000),
		ValidAfter:  big.NewInt(1740672089),
		ValidBefore: big.NewInt(1740672154),
		Nonce:       common.HexToHash("0xf3746613c2d920b5fdabc0856f2aeb2d4f88ee6037b8cc5d04a71a4462f13480"),
	}
	sig := hexutil.MustDecode("0x2d6a7588d6acca505cbf0d9a4a227e0c52c6c34008c8e8986a1283259764173608a2ce6496642e377d6da8dbbf5836e9bd15092f9ecab05ded3d6293af148b571c")
	signer, err := Recover(d.TransferDigest(a), sig)
	if err != nil {
		t.Fatal(err)
	}
	if signer != a.From {
		t.Fatalf("recovered %s, want %s", signer, a.From)
	}
	// Any change to the message changes the signer.
	a.Value = big.NewInt(10001)
	if signer, _ := Recover(d.TransferDigest(a), sig); signer == a.From {
		t.Fatal("signature still valid for another value")
	}
	for _, c := range []struct {
		d    Domain
		want string
	}{
		{Domain{"USD Coin", "2", 8453, common.HexToAddress("0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913")}, "0x02fa7265e7c5d81118673727957699e4d68f74cd74b7db77da710fe8a2c7834f"},
		{Domain{"USD Coin", "2", 1, common.HexToAddress("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")}, "0x06c37168a7db5138defc7866392bb87a741f9b3d104deb5094588ce041cae335"},
	} {
		if got := c.d.Separator(); got != common.HexToHash(c.want) {
			t.Errorf("%v: separator %s, want %s", c.d, got, c.want)
		}
	}
}

func TestTypeHashes(t *testing.T) {
	for got, want := range map[common.Hash]string{
		TransferTypeHash: "0x7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a2267",
		ReceiveTypeHash:  "0xd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de8",
		CancelTypeHash:   "0x158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a1597429",
		DomainTypeHash:   "0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f",
	} {
		if got != common.HexToHash(want) {
			t.Errorf("type hash %s, want %s", got, want)
		}
	}
}

func TestSignRecover(t *testing.T) {
	key, _ := crypto.GenerateKey()
	d := Domain{Name: "USD Coin", Version: "2", ChainID: 31337, VerifyingContract: common.HexToAddress("0x01")}
	nonce, err := RandomNonce()
	if err != nil {
		t.Fatal(err)
	}
	a := &Authorization{From: crypto.PubkeyToAddress(key.PublicKey), To: common.HexToAddress("0x02"), Value: big.NewInt(1), ValidAfter: big.NewInt(0), ValidBefore: big.NewInt(1 << 40), Nonce: nonce}
	sig, err := Sign(key, d.TransferDigest(a))
	if err != nil {
		t.Fatal(err)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Fatalf("v = %d", sig[64])
	}
	if got, err := Recover(d.TransferDigest(a), sig); err != nil || got != a.From {
		t.Fatalf("recover: %s, %v", got, err)
	}
	// A receive authorization is a different message.
	if got, _ := Recover(d.ReceiveDigest(a), sig); got == a.From {
		t.Fatal("transfer signature valid as receive")
	}
	// High-s (malleated) and short signatures are refused.
	high := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(high[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(high[32:64])
	high[64] ^= 1
	if _, err := Recover(d.TransferDigest(a), high); err != ErrBadSignature {
		t.Fatalf("high-s signature: %v", err)
	}
	if _, err := Recover(d.TransferDigest(a), sig[:64]); err != ErrBadSignature {
		t.Fatalf("short signature: %v", err)
	}
}

func FuzzRecover(f *testing.F) {
	f.Add(make([]byte, 65), []byte{1})
	f.Fuzz(func(t *testing.T, sig, msg []byte) {
		_, _ = Recover(crypto.Keccak256Hash(msg), sig)
	})
}
