package paidai_test

import (
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/lazai/paidai"
)

var request = paidai.UsageRequest{
	ChainID: big.NewInt(31337),
	DAT:     common.HexToAddress("0x06AF030F307526dCB3B162379371961B39Be44D1"),
	Service: common.HexToAddress("0x00000000000000000000000000000000000c0de1"),
	Method:  "POST",
	Path:    "/v1/x",
}

func signed(t testing.TB, now time.Time) (http.Header, common.Address) {
	key, _ := crypto.GenerateKey()
	u := request
	u.Token = big.NewInt(7)
	h, err := paidai.SignUsage(key, u, now, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	return h, crypto.PubkeyToAddress(key.PublicKey)
}

func TestParseUsage(t *testing.T) {
	now := time.Now()
	h, signer := signed(t, now)
	u, err := paidai.ParseUsage(h, request, now)
	if err != nil {
		t.Fatal(err)
	}
	if u.Signer != signer || u.Token.Int64() != 7 || len(u.Nonce) != 16 {
		t.Fatalf("usage %+v", u)
	}
	// The signature binds the request, the chain, the DAT and the service:
	// any change recovers another signer.
	for name, edit := range map[string]func(*paidai.UsageRequest){
		"path":    func(r *paidai.UsageRequest) { r.Path = "/v1/y" },
		"verb":    func(r *paidai.UsageRequest) { r.Method = "GET" },
		"chain":   func(r *paidai.UsageRequest) { r.ChainID = big.NewInt(1) },
		"dat":     func(r *paidai.UsageRequest) { r.DAT = common.Address{1} },
		"service": func(r *paidai.UsageRequest) { r.Service = common.Address{2} },
	} {
		r := request
		edit(&r)
		if other, err := paidai.ParseUsage(h, r, now); err == nil && other.Signer == signer {
			t.Errorf("changing the %s kept the signer", name)
		}
	}
	unix := func(d time.Duration) string { return strconv.FormatInt(now.Add(d).Unix(), 10) }
	for name, c := range map[string]struct {
		edit func(http.Header)
		want string
	}{
		"no token":      {func(h http.Header) { h.Del(paidai.HeaderToken) }, "token id"},
		"huge token":    {func(h http.Header) { h.Set(paidai.HeaderToken, strings.Repeat("9", 90)) }, "token id"},
		"no nonce":      {func(h http.Header) { h.Del(paidai.HeaderNonce) }, "Nonce"},
		"long nonce":    {func(h http.Header) { h.Set(paidai.HeaderNonce, "0x"+strings.Repeat("ab", 33)) }, "Nonce"},
		"expired":       {func(h http.Header) { h.Set(paidai.HeaderExpires, "1") }, "expired"},
		"no issued":     {func(h http.Header) { h.Del(paidai.HeaderIssued) }, "unix seconds"},
		"future issued": {func(h http.Header) { h.Set(paidai.HeaderIssued, unix(time.Hour)) }, "future"},
		"long lifetime": {func(h http.Header) { h.Set(paidai.HeaderExpires, unix(time.Hour)) }, "within"},
		"bad signature": {func(h http.Header) { h.Set(paidai.HeaderSignature, "0x00") }, "65-byte"},
	} {
		bad := h.Clone()
		c.edit(bad)
		if _, err := paidai.ParseUsage(bad, request, now); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error about %q", name, err, c.want)
		}
	}
}

// FuzzParseUsage feeds arbitrary quota headers to the parser: it must
// never panic, and whatever it accepts must be within its bounds.
func FuzzParseUsage(f *testing.F) {
	now := time.Unix(1_800_000_000, 0)
	h, _ := signed(f, now)
	f.Add(h.Get(paidai.HeaderToken), h.Get(paidai.HeaderNonce), h.Get(paidai.HeaderIssued), h.Get(paidai.HeaderExpires), h.Get(paidai.HeaderSignature))
	f.Add("0", "0x", "0", "-1", "0x")
	f.Add("115792089237316195423570985008687907853269984665640564039457584007913129639936", "0x01", "1800000000", "1800000001", "0x"+strings.Repeat("ff", 65))
	f.Fuzz(func(t *testing.T, token, nonce, issued, expires, sig string) {
		h := http.Header{}
		h.Set(paidai.HeaderToken, token)
		h.Set(paidai.HeaderNonce, nonce)
		h.Set(paidai.HeaderIssued, issued)
		h.Set(paidai.HeaderExpires, expires)
		h.Set(paidai.HeaderSignature, sig)
		u, err := paidai.ParseUsage(h, request, now)
		if err != nil {
			return
		}
		if u.Token.Sign() <= 0 || u.Token.BitLen() > 256 || len(u.Nonce) == 0 || len(u.Nonce) > 32 || u.Expires < now.Unix() || u.Expires <= u.Issued || u.Issued > now.Add(paidai.ClockSkew).Unix() {
			t.Fatalf("accepted out-of-bounds usage %+v", u)
		}
	})
}
