package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/metis-go/metis/gmpayer/bang"
	"github.com/metis-go/metis/internal/x402test"
)

// metis pay buys a BANG mint on a devnet with its default policy (the dev
// chain's tokens) and records it in its ledger; a budget too small refuses.
func TestPayCommand(t *testing.T) {
	x := x402test.Start(t, -1, true)
	ledger := filepath.Join(t.TempDir(), "ledger.jsonl")
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"pay", "--ledger", ledger, "--account", "2", "-X", "POST", x.D.BangURL + "/bang/mint"}, &out, &errOut)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	var res bang.MintResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil || res.Amount != bang.DefaultPerMint.String() || !strings.EqualFold(res.To, x.D.Node.Accounts()[2].Address.Hex()) {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	if !strings.Contains(errOut.String(), "paid: success=true") {
		t.Fatalf("stderr %q", errOut.String())
	}
	usdc := x.D.Tokens.USDC.Address.Hex()
	err = run(context.Background(), []string{"pay", "--ledger", ledger, "--account", "2", "--allow", "eip155:31337/" + usdc + ",max=999999", "-X", "POST", x.D.BangURL + "/bang/mint"}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "maximum per request") {
		t.Fatalf("over budget: %v", err)
	}
	for _, bad := range [][]string{
		{"pay"},
		{"pay", "--allow", "nonsense", "http://x"},
		{"pay", "--allow", "eip155:1/" + usdc + ",weekly=5", "http://x"},
	} {
		if err := run(context.Background(), bad, &out, &errOut); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}
