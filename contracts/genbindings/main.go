// Command genbindings writes go-ethereum (abigen v2) bindings for the
// contracts in contracts/artifacts to contracts/bindings. Run it from the
// repository root with `go run ./contracts/genbindings` (or `make contracts`);
// a test checks the committed bindings match.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

func main() {
	if err := WriteBindings("contracts/artifacts", "contracts/bindings"); err != nil {
		fmt.Fprintln(os.Stderr, "genbindings:", err)
		os.Exit(1)
	}
}

// boundContracts are the contracts that get Go bindings, by binding type
// and package (a directory under contracts/bindings, "" for bindings
// itself; abigen names some output structs without the contract's name, so
// contracts that would clash live in their own package); USDCoin and
// XMetis share one ABI, bound as EIP3009Token.
var boundContracts = []struct{ Type, Artifact, Package string }{
	{"EIP3009Token", "USDCoin", ""},
	{"Bang", "Bang", ""},
	{"SmartWallet", "SmartWallet", ""},
	{"BatchSettler", "BatchSettler", ""},
	{"DAT", "DataAnchoringToken", "lazai"},
	{"ContributionRegistry", "ContributionRegistry", "lazai"},
	{"DATRevenueSplitter", "DATRevenueSplitter", "lazai"},
}

// bindingPath is where a bound contract's source goes, below dir.
func bindingPath(dir, typ, pkg string) string {
	return filepath.Join(dir, pkg, strings.ToLower(typ)+".go")
}

// Bindings returns the generated Go source of the bindings of the artifact
// name, as Go type typ.
func Bindings(artifactsDir, typ, name, pkg string) ([]byte, error) {
	if pkg == "" {
		pkg = "bindings"
	}
	raw, err := os.ReadFile(filepath.Join(artifactsDir, name+".json"))
	if err != nil {
		return nil, fmt.Errorf("no artifact %q: %w", name, err)
	}
	var file struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode string          `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		return nil, fmt.Errorf("artifact %q: %w", name, err)
	}
	src, err := abigen.BindV2([]string{typ}, []string{string(file.ABI)}, []string{strings.TrimPrefix(file.Bytecode, "0x")}, pkg, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("bind %s: %w", name, err)
	}
	return []byte(src), nil
}

// WriteBindings writes the bindings of every bound contract into dir.
func WriteBindings(artifactsDir, dir string) error {
	for _, c := range boundContracts {
		src, err := Bindings(artifactsDir, c.Type, c.Artifact, c.Package)
		if err != nil {
			return err
		}
		path := bindingPath(dir, c.Type, c.Package)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("write bindings: %w", err)
		}
		if err := os.WriteFile(path, src, 0o644); err != nil {
			return fmt.Errorf("write bindings: %w", err)
		}
	}
	return nil
}
