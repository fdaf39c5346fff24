package facilitator

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/metis-go/metis/x402"
)

// FuzzPrepare feeds arbitrary /verify and /settle bodies through the
// facilitator's decoding and offline checks: they must answer (valid or a
// reason), never panic.
func FuzzPrepare(f *testing.F) {
	asset := common.HexToAddress("0x036CbD53842c5426634e7929541eC2318f3dCF7e")
	fac := &Facilitator{cfg: Config{Now: time.Now}}
	c := &chain{id: 84532, network: "eip155:84532", v1Name: "base-sepolia", assets: map[common.Address]Asset{asset: {Address: asset, Name: "USDC", Version: "2"}}}
	fac.chains = map[uint64]*chain{c.id: c}
	fac.order = []*chain{c}
	f.Add([]byte(`{"x402Version":2,"paymentPayload":{"x402Version":2,"accepted":{"scheme":"exact","network":"eip155:84532","amount":"10000","asset":"0x036CbD53842c5426634e7929541eC2318f3dCF7e","payTo":"0x209693Bc6afc0C5328bA36FaF03C514EF312287C","maxTimeoutSeconds":60},"payload":{"signature":"0x2d6a7588d6acca505cbf0d9a4a227e0c52c6c34008c8e8986a1283259764173608a2ce6496642e377d6da8dbbf5836e9bd15092f9ecab05ded3d6293af148b571c","authorization":{"from":"0x857b06519E91e3A54538791bDbb0E22373e36b66","to":"0x209693Bc6afc0C5328bA36FaF03C514EF312287C","value":"10000","validAfter":"1740672089","validBefore":"1740672154","nonce":"0xf3746613c2d920b5fdabc0856f2aeb2d4f88ee6037b8cc5d04a71a4462f13480"}}},"paymentRequirements":{"scheme":"exact","network":"eip155:84532","amount":"10000","asset":"0x036CbD53842c5426634e7929541eC2318f3dCF7e","payTo":"0x209693Bc6afc0C5328bA36FaF03C514EF312287C","maxTimeoutSeconds":60}}`))
	f.Add([]byte(`{"x402Version":1,"paymentPayload":{"x402Version":1,"scheme":"exact","network":"base-sepolia"},"paymentRequirements":{}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var req x402.FacilitatorRequest
		if json.Unmarshal(body, &req) != nil {
			return
		}
		ck, bad := fac.prepare(&req)
		if bad == nil && (ck == nil || ck.chain == nil || ck.digest == (common.Hash{})) {
			t.Fatal("accepted without a complete check")
		}
		if bad != nil && bad.reason == "" {
			t.Fatal("failure without a reason")
		}
	})
}
