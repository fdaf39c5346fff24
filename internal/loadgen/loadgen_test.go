package loadgen_test

import (
	"io"
	"testing"
	"time"

	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/internal/loadgen"
	"github.com/metis-go/metis/node"
)

// TestRunAgainstNode loads an in-process dev node with both workloads and
// checks that every transaction is counted once and the numbers are sane.
func TestRunAgainstNode(t *testing.T) {
	n, err := node.New(node.Config{Ephemeral: true, HTTPAddr: "127.0.0.1:0", BlockTime: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(); err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	accs, err := devkeys.Derive(devkeys.TestMnemonic, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"transfer", "erc20"} {
		t.Run(kind, func(t *testing.T) {
			res, err := loadgen.Run(t.Context(), loadgen.Config{RPC: n.HTTPEndpoint(), Kind: kind, Txs: 300, Senders: 7, Funder: accs[0].Key, Batch: 40, Timeout: time.Minute}, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			if res.Sent != 300 || res.Included != 300 || res.Blocks == 0 {
				t.Fatalf("result %+v", res)
			}
			if res.TPS <= 0 || res.P50 <= 0 || res.P99 < res.P50 || res.Elapsed <= 0 {
				t.Fatalf("implausible numbers %+v", res)
			}
		})
	}
	if _, err := loadgen.Run(t.Context(), loadgen.Config{RPC: n.HTTPEndpoint(), Kind: "nft", Txs: 1, Senders: 1, Funder: accs[0].Key}, io.Discard); err == nil {
		t.Fatal("unknown kind accepted")
	}
}
