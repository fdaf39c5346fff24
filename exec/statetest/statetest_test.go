package statetest

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/metis-go/metis/exec/blockstm"
)

// fixtures is where CI and developers have the public ethereum/tests
// checkout: beside the repository.
const fixtures = "../../../shared/ethereum-tests/GeneralStateTests"

// skipped lists fixture directories that are not run, with the reason.
var skipped = map[string]string{
	"stTimeConsuming": "minutes per file on two cores; go-ethereum's own runner skips it in short runs too",
}

// skippedTests lists tests (by substring of their name, as go-ethereum's
// skip patterns match) whose expectations go-ethereum itself does not meet,
// with the reason: they create a contract at an address that already
// has storage but no code or nonce, which cannot happen on a real chain;
// EIP-7610 would reject it, and go-ethereum (whose EVM we run) skips these
// in tests/state_test.go rather than implement it.
var skippedTests = map[string]string{
	"InitCollisionParis":                 "EIP-7610 storage collision, skipped by go-ethereum",
	"create2collisionStorageParis":       "EIP-7610 storage collision, skipped by go-ethereum",
	"RevertInCreateInInit":               "EIP-7610 storage collision, skipped by go-ethereum",
	"dynamicAccountOverwriteEmpty_Paris": "EIP-7610 storage collision, skipped by go-ethereum",
}

// TestGeneralStateTests runs every Cancun subtest of GeneralStateTests
// through our execution path. Under -short or the race detector it runs a
// deterministic sample (every 10th file; every 50th with both).
func TestGeneralStateTests(t *testing.T) {
	if _, err := os.Stat(fixtures); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("fixtures missing at %s", fixtures)
		}
		t.Skipf("fixtures missing at %s", fixtures)
	}
	var files []string
	err := filepath.WalkDir(fixtures, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if reason, ok := skipped[d.Name()]; ok {
				t.Logf("skip %s: %s", d.Name(), reason)
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, ".json") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	step := 1
	if raceEnabled {
		step *= 10
	}
	if testing.Short() {
		step *= 5
	}
	parallel := blockstm.New(2)
	var run, passed, parallelRun int
	for i := 0; i < len(files); i += step {
		path := files[i]
		rel, _ := filepath.Rel(fixtures, path)
		tests, err := Load(path)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		for _, test := range tests {
			if reason := skipReason(test.Name); reason != "" {
				t.Logf("skip %s: %s", test.Name, reason)
				continue
			}
			for idx := range test.Subtests("Cancun") {
				run++
				res, err := test.Run("Cancun", idx)
				if err == nil {
					err = res.Pass()
				}
				if err != nil {
					t.Errorf("%s %s Cancun/%d: %v", rel, test.Name, idx, err)
					continue
				}
				// The same case as a block through the parallel executor.
				res, err = test.RunExecutor("Cancun", idx, parallel)
				if errors.Is(err, ErrNoTxBytes) {
					passed++
					continue
				}
				if err == nil {
					err = res.Pass()
				}
				if err != nil {
					t.Errorf("%s %s Cancun/%d through blockstm: %v", rel, test.Name, idx, err)
					continue
				}
				parallelRun++
				passed++
			}
		}
	}
	t.Logf("%d files (every %d of %d), %d Cancun subtests, %d passed (%d also through blockstm)", (len(files)+step-1)/step, step, len(files), run, passed, parallelRun)
	if run == 0 {
		t.Fatal("no subtest ran")
	}
}

func skipReason(name string) string {
	for pattern, reason := range skippedTests {
		if strings.Contains(name, pattern) {
			return reason
		}
	}
	return ""
}
