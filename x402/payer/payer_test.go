package payer

import (
	"math"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/x402"
)

// A server asking for an absurd validity gets at most MaxValidity, and
// nothing overflows.
func TestValidityIsBounded(t *testing.T) {
	key, _ := crypto.GenerateKey()
	now := time.Unix(1_800_000_000, 0)
	req := x402.Requirements{Scheme: "exact", Network: "eip155:31337", Amount: "1", Asset: "0x0000000000000000000000000000000000000001",
		PayTo: "0x0000000000000000000000000000000000000002", MaxTimeoutSeconds: math.MaxInt64, Extra: map[string]any{"name": "USD Coin", "version": "2"}}
	pl, err := Sign(key, &req, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	vb, err := x402.ParseUint256(pl.Authorization.ValidBefore)
	if err != nil || vb.Int64() != now.Add(MaxValidity).Unix() {
		t.Fatalf("validBefore %s (%v)", pl.Authorization.ValidBefore, err)
	}
	req.Extra = nil
	if _, err := Sign(key, &req, Options{Now: now}); err == nil {
		t.Fatal("signed without an EIP-712 domain")
	}
}
