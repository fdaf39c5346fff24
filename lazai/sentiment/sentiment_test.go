package sentiment_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/metis-go/metis/lazai/sentiment"
)

func load(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "demo", "data", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestScoresRankDataQuality(t *testing.T) {
	alice, bob, carol := sentiment.Score(load(t, "alice.tsv"), nil), sentiment.Score(load(t, "bob.tsv"), nil), sentiment.Score(load(t, "carol.tsv"), nil)
	t.Logf("scores: alice %d, bob %d, carol %d", alice, bob, carol)
	if !(alice > bob && bob > carol && carol >= 1) {
		t.Fatalf("want alice (24 clean) > bob (16 clean) > carol (duplicates, malformed): %d %d %d", alice, bob, carol)
	}
	if got := sentiment.Score(nil, nil); got != 1 {
		t.Fatalf("empty data scored %d", got)
	}
	if got := sentiment.Score([]byte("pos\tgood good good\npos\tgood good good\n"), nil); got >= 500 {
		t.Fatalf("a duplicated one-sided dataset scored %d", got)
	}
	// Data already contributed counts as duplicate.
	seen := map[string]bool{"the charger stopped working after one week": true}
	if sentiment.Score(load(t, "alice.tsv"), seen) >= alice {
		t.Fatal("a text seen before was not discounted")
	}
}

func TestModelLearnsFromTheThreeDatasets(t *testing.T) {
	var all []sentiment.Example
	for _, f := range []string{"alice.tsv", "bob.tsv", "carol.tsv"} {
		ex, _ := sentiment.Parse(load(t, f))
		all = append(all, ex...)
	}
	m, err := sentiment.Train(all)
	if err != nil {
		t.Fatal(err)
	}
	if acc := m.Accuracy(all); acc < 0.95 {
		t.Fatalf("training accuracy %.2f", acc)
	}
	for text, want := range map[string]string{
		"the staff were friendly and the food was delicious": "positive",
		"terrible service and the room was dirty":            "negative",
		"the battery died and the screen cracked":            "negative",
		"a brilliant film with wonderful acting":             "positive",
	} {
		if p := m.Predict(text); p.Label != want || p.Confidence < 0.5 {
			t.Errorf("%q: %+v, want %s", text, p, want)
		}
	}
	if _, err := sentiment.Train(all[:3]); err == nil {
		t.Fatal("one-sided training data accepted")
	}
}
