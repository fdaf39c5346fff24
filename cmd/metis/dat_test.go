package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/metis-go/metis/gmpayer/devnet"
	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/node"
)

// datRun runs `metis dat ARGS --rpc URL` and returns stdout.
func datRun(t *testing.T, rpc string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	n := 1 // the subcommand's words: "show", or "class show"
	if args[0] == "class" && len(args) > 1 {
		n = 2
	}
	full := append([]string{"dat"}, args[:n]...)
	full = append(full, "--rpc", rpc)
	full = append(full, args[n:]...)
	err := run(t.Context(), full, &out, &errOut)
	if err != nil {
		return out.String(), err
	}
	return out.String(), nil
}

func mustDat(t *testing.T, rpc string, args ...string) string {
	t.Helper()
	out, err := datRun(t, rpc, args...)
	if err != nil {
		t.Fatalf("metis dat %v: %v", args, err)
	}
	return out
}

func TestDatCommands(t *testing.T) {
	x := x402test.Start(t, -1, false)
	rpc := x.D.Node.HTTPEndpoint()
	var created struct{ Class json.Number }
	if err := json.Unmarshal([]byte(mustDat(t, rpc, "class", "create", "--uri", "ipfs://med", "--json")), &created); err != nil || created.Class != "1" {
		t.Fatalf("class create: %+v %v", created, err)
	}
	user := x.D.Node.Accounts()[3].Address.Hex()
	mustDat(t, rpc, "mint", "--class", "1", "--to", user, "--value", "5", "--share", "100")
	mustDat(t, rpc, "mint", "--class", "1", "--value", "0", "--share", "300")
	// Unauthorized mint: a clear contract error.
	if _, err := datRun(t, rpc, "mint", "--account", "4", "--class", "1", "--share", "1"); err == nil || !strings.Contains(err.Error(), "NotMinter") {
		t.Fatalf("unauthorized mint: %v", err)
	}
	if _, err := datRun(t, rpc, "settle", "--class", "1", "--asset", "usdc", "--amount", "4000"); err == nil || !strings.Contains(err.Error(), "AssetNotAccepted") {
		t.Fatalf("settle before accepting: %v", err)
	}
	mustDat(t, rpc, "accept", "--class", "1", "--asset", "usdc")
	mustDat(t, rpc, "settle", "--class", "1", "--asset", "usdc", "--amount", "4000")
	show := mustDat(t, rpc, "show", "1")
	for _, want := range []string{"owner", user, "value (quota)  5", "share ratio    100", "claimable      1000 USDC units"} {
		if !strings.Contains(show, want) {
			t.Fatalf("show lacks %q:\n%s", want, show)
		}
	}
	list := mustDat(t, rpc, "list", "--class", "1")
	if strings.Count(list, "\n") != 3 || !strings.Contains(list, "3000 USDC units") {
		t.Fatalf("list:\n%s", list)
	}
	classes := mustDat(t, rpc, "list")
	if !strings.Contains(classes, "ipfs://med") {
		t.Fatalf("class list:\n%s", classes)
	}
	// Usage: spend 2 of the quota, then too much.
	use := mustDat(t, rpc, "usage", "--account", "3", "--record", "2", "1")
	if !strings.Contains(use, "inference_calls") || !strings.Contains(use, "quota left  3") {
		t.Fatalf("usage:\n%s", use)
	}
	if _, err := datRun(t, rpc, "usage", "--account", "3", "--record", "4", "1"); err == nil || !strings.Contains(err.Error(), "QuotaExceeded") {
		t.Fatalf("over quota: %v", err)
	}
	var claimed struct{ Amount json.Number }
	if err := json.Unmarshal([]byte(mustDat(t, rpc, "claim", "1", "--account", "3", "--json")), &claimed); err != nil || claimed.Amount != "1000" {
		t.Fatalf("claim: %+v %v", claimed, err)
	}
	var cls struct{ Settled map[string]json.Number }
	if err := json.Unmarshal([]byte(mustDat(t, rpc, "class", "show", "1", "--json")), &cls); err != nil || len(cls.Settled) != 1 {
		t.Fatalf("class show: %+v %v", cls, err)
	}
	for _, bad := range [][]string{{"show"}, {"show", "x"}, {"show", "115792089237316195423570985008687907853269984665640564039457584007913129639937"}, {"mint", "--class", "0"}, {"settle", "--class", "1", "--asset", "nope", "--amount", "1"}, {"frobnicate"}} {
		if _, err := datRun(t, rpc, bad...); err == nil {
			t.Errorf("metis dat %v succeeded", bad)
		}
	}
}

// TestDatContributionCommands runs the contribution flow from the command
// line against metis dev's validators: register data, collect proofs,
// mint the contributor's DAT.
func TestDatContributionCommands(t *testing.T) {
	x := x402test.StartWith(t, devnet.Config{
		Node:           node.Config{Ephemeral: true, HTTPAddr: "127.0.0.1:0", BlockTime: -1},
		ValidatorsAddr: "127.0.0.1:0",
	})
	rpc := x.D.Node.HTTPEndpoint()
	data := []byte("line one\nline two\nline three\n")
	storage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write(data) }))
	t.Cleanup(storage.Close)
	path := filepath.Join(t.TempDir(), "data.txt")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	mustDat(t, rpc, "class", "create", "--uri", "ipfs://corpus")
	mustDat(t, rpc, "minter", "--class", "1")
	var reg struct{ File json.Number }
	if err := json.Unmarshal([]byte(mustDat(t, rpc, "register", "--account", "2", "--class", "1", "--uri", storage.URL+"/data.txt", "--file", path, "--json")), &reg); err != nil || reg.File != "1" {
		t.Fatalf("register: %+v %v", reg, err)
	}
	// Registering the same content again is refused by the registry.
	if _, err := datRun(t, rpc, "register", "--account", "3", "--class", "1", "--uri", storage.URL+"/copy.txt"); err == nil || !strings.Contains(err.Error(), "DuplicateContent") {
		t.Fatalf("duplicate: %v", err)
	}
	out := mustDat(t, rpc, "contribute", "--validators", strings.Join(x.D.ValidatorURLs, ","), "1")
	if !strings.Contains(out, "minted") || !strings.Contains(out, "DAT") || !strings.Contains(out, x.D.Node.Accounts()[2].Address.Hex()) {
		t.Fatalf("contribute:\n%s", out)
	}
	show := mustDat(t, rpc, "show", "1")
	if !strings.Contains(show, x.D.Node.Accounts()[2].Address.Hex()) {
		t.Fatalf("the contributor does not own DAT 1:\n%s", show)
	}
}
