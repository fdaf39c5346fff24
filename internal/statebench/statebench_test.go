package statebench

import "testing"

// A small run: all engines reach the same roots and report numbers.
func TestRunSmall(t *testing.T) {
	res, err := Run(Config{Dir: t.TempDir(), Population: 500, Contracts: 5, Slots: 100, Blocks: 3, Accounts: 50, Writes: 50, Reads: 100, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 3 {
		t.Fatalf("%d results", len(res))
	}
	for _, r := range res {
		if r.CommitMsMean <= 0 || r.HotReadNsP50 <= 0 || r.ColdReadUsP50 <= 0 {
			t.Fatalf("%+v", r)
		}
	}
}
