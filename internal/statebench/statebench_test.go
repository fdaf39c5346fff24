package statebench

import "testing"

// A small run: every engine reaches the same roots and reports numbers.
func TestRunSmall(t *testing.T) {
	engines := []string{"metis", "metis-archive", "metis-leveldb", "metis-bbolt", "geth-pathdb"}
	res, err := Run(Config{Dir: t.TempDir(), Population: 500, Contracts: 5, Slots: 100, Blocks: 3, Accounts: 50, Writes: 50, Reads: 100, Seed: 1, Engines: engines})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(engines) {
		t.Fatalf("%d results", len(res))
	}
	for _, r := range res {
		if r.CommitMsMean <= 0 || r.HotReadNsP50 <= 0 || r.ColdReadUsP50 <= 0 {
			t.Fatalf("%+v", r)
		}
	}
	if _, err := Run(Config{Dir: t.TempDir(), Blocks: 1, Engines: []string{"nope"}}); err == nil {
		t.Fatal("an unknown engine ran")
	}
}
