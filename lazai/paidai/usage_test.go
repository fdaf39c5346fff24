package paidai_test

import (
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/lazai/paidai"
)

var (
	chainID = big.NewInt(31337)
	dat     = common.HexToAddress("0x06AF030F307526dCB3B162379371961B39Be44D1")
)

func TestParseUsage(t *testing.T) {
	key, _ := crypto.GenerateKey()
	now := time.Now()
	h, err := paidai.SignUsage(key, chainID, dat, big.NewInt(7), "POST", "/v1/x", now.Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	u, err := paidai.ParseUsage(h, chainID, dat, "POST", "/v1/x", now)
	if err != nil {
		t.Fatal(err)
	}
	if u.Signer != crypto.PubkeyToAddress(key.PublicKey) || u.Token.Int64() != 7 || len(u.Nonce) != 16 {
		t.Fatalf("usage %+v", u)
	}
	// The signature binds the request, the chain and the DAT: any change
	// recovers another signer.
	for name, parse := range map[string]func() (*paidai.Usage, error){
		"path":  func() (*paidai.Usage, error) { return paidai.ParseUsage(h, chainID, dat, "POST", "/v1/y", now) },
		"verb":  func() (*paidai.Usage, error) { return paidai.ParseUsage(h, chainID, dat, "GET", "/v1/x", now) },
		"chain": func() (*paidai.Usage, error) { return paidai.ParseUsage(h, big.NewInt(1), dat, "POST", "/v1/x", now) },
		"dat": func() (*paidai.Usage, error) {
			return paidai.ParseUsage(h, chainID, common.Address{1}, "POST", "/v1/x", now)
		},
	} {
		if other, err := parse(); err == nil && other.Signer == u.Signer {
			t.Errorf("changing the %s kept the signer", name)
		}
	}
	for name, c := range map[string]struct {
		edit func(http.Header)
		want string
	}{
		"no token":      {func(h http.Header) { h.Del(paidai.HeaderToken) }, "token id"},
		"huge token":    {func(h http.Header) { h.Set(paidai.HeaderToken, strings.Repeat("9", 90)) }, "token id"},
		"no nonce":      {func(h http.Header) { h.Del(paidai.HeaderNonce) }, "Nonce"},
		"long nonce":    {func(h http.Header) { h.Set(paidai.HeaderNonce, "0x"+strings.Repeat("ab", 33)) }, "Nonce"},
		"expired":       {func(h http.Header) { h.Set(paidai.HeaderExpires, "1") }, "expired"},
		"far future":    {func(h http.Header) { h.Set(paidai.HeaderExpires, "99999999999") }, "ahead"},
		"bad signature": {func(h http.Header) { h.Set(paidai.HeaderSignature, "0x00") }, "65-byte"},
	} {
		bad := h.Clone()
		c.edit(bad)
		if _, err := paidai.ParseUsage(bad, chainID, dat, "POST", "/v1/x", now); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error about %q", name, err, c.want)
		}
	}
}

// FuzzParseUsage feeds arbitrary quota headers to the parser: it must
// never panic, and whatever it accepts must be within its bounds.
func FuzzParseUsage(f *testing.F) {
	key, _ := crypto.GenerateKey()
	now := time.Unix(1_800_000_000, 0)
	h, _ := paidai.SignUsage(key, chainID, dat, big.NewInt(7), "POST", "/v1/x", now.Add(time.Minute))
	f.Add(h.Get(paidai.HeaderToken), h.Get(paidai.HeaderNonce), h.Get(paidai.HeaderExpires), h.Get(paidai.HeaderSignature))
	f.Add("0", "0x", "-1", "0x")
	f.Add("115792089237316195423570985008687907853269984665640564039457584007913129639936", "0x01", "1800000001", "0x"+strings.Repeat("ff", 65))
	f.Fuzz(func(t *testing.T, token, nonce, expires, sig string) {
		h := http.Header{}
		h.Set(paidai.HeaderToken, token)
		h.Set(paidai.HeaderNonce, nonce)
		h.Set(paidai.HeaderExpires, expires)
		h.Set(paidai.HeaderSignature, sig)
		u, err := paidai.ParseUsage(h, chainID, dat, "POST", "/v1/x", now)
		if err != nil {
			return
		}
		if u.Token.Sign() <= 0 || u.Token.BitLen() > 256 || len(u.Nonce) == 0 || len(u.Nonce) > 32 || u.Expires < now.Unix() {
			t.Fatalf("accepted out-of-bounds usage %+v", u)
		}
	})
}
