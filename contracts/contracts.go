// Package contracts holds the Solidity sources of the project, their
// compiled artifacts (built by the npm solc pinned in e2e/package.json with
// `make contracts`; a test checks they are up to date) and typed accessors.
//
// This package has no dependencies on other project packages.
package contracts

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

//go:embed artifacts/*.json
var artifacts embed.FS

// Artifact is a compiled contract.
type Artifact struct {
	Name     string
	ABI      abi.ABI
	Bytecode []byte // creation code, without constructor arguments
	Runtime  []byte // deployed code, for genesis allocations
}

// Load returns the artifact of the named contract.
func Load(name string) (*Artifact, error) {
	raw, err := artifacts.ReadFile("artifacts/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("contracts: no artifact %q: %w", name, err)
	}
	var file struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode string          `json:"bytecode"`
		Runtime  string          `json:"deployedBytecode"`
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		return nil, fmt.Errorf("contracts: artifact %q: %w", name, err)
	}
	parsed, err := abi.JSON(bytes.NewReader(file.ABI))
	if err != nil {
		return nil, fmt.Errorf("contracts: abi of %q: %w", name, err)
	}
	code, err := hexutil.Decode(file.Bytecode)
	if err != nil {
		return nil, fmt.Errorf("contracts: bytecode of %q: %w", name, err)
	}
	runtime, err := hexutil.Decode(file.Runtime)
	if err != nil {
		return nil, fmt.Errorf("contracts: deployed bytecode of %q: %w", name, err)
	}
	return &Artifact{Name: name, ABI: parsed, Bytecode: code, Runtime: runtime}, nil
}

// DeployData returns the creation code with ABI-encoded constructor args.
func (a *Artifact) DeployData(args ...any) ([]byte, error) {
	packed, err := a.ABI.Pack("", args...)
	if err != nil {
		return nil, fmt.Errorf("contracts: constructor args of %s: %w", a.Name, err)
	}
	return append(bytes.Clone(a.Bytecode), packed...), nil
}
