package contracts

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestArtifactsLoad(t *testing.T) {
	a, err := Load("BenchToken")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := a.ABI.Methods["transfer"]; !ok || len(a.Bytecode) == 0 {
		t.Fatalf("BenchToken artifact incomplete")
	}
	if _, err := Load("NoSuch"); err == nil {
		t.Fatal("missing artifact loaded")
	}
}

// TestArtifactsUpToDate recompiles the sources with the pinned npm solc and
// checks the committed artifacts match.
func TestArtifactsUpToDate(t *testing.T) {
	if _, err := os.Stat("../e2e/node_modules/solc"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("e2e/node_modules missing")
		}
		t.Skip("e2e/node_modules missing: run npm install in e2e/")
	}
	before := map[string][]byte{}
	files, _ := filepath.Glob("artifacts/*.json")
	for _, f := range files {
		before[f], _ = os.ReadFile(f)
	}
	out, err := exec.Command("node", "build.mjs").CombinedOutput()
	if err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	for _, f := range files {
		after, _ := os.ReadFile(f)
		if !bytes.Equal(before[f], after) {
			t.Errorf("%s is stale: run `make contracts` and commit it", f)
		}
	}
}
