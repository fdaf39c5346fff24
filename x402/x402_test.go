package x402

import (
	"encoding/base64"
	"strings"
	"testing"
)

// The v2 transport spec's example PAYMENT-REQUIRED header decodes to its
// example JSON (shared/ref/x402.md §1.1-1.2).
func TestSpecExampleHeader(t *testing.T) {
	pr := PaymentRequired{
		X402Version: 2, Error: "PAYMENT-SIGNATURE header is required",
		Resource: &ResourceInfo{URL: "https://api.example.com/premium-data", Description: "Access to premium market data", MimeType: "application/json"},
		Accepts: []Requirements{{Scheme: "exact", Network: "eip155:84532", Amount: "10000", Asset: "0x036CbD53842c5426634e7929541eC2318f3dCF7e",
			PayTo: "0x209693Bc6afc0C5328bA36FaF03C514EF312287C", MaxTimeoutSeconds: 60, Extra: map[string]any{"name": "USDC", "version": "2"}}},
	}
	h, err := EncodeHeader(pr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := base64.StdEncoding.DecodeString(h); err != nil {
		t.Fatalf("not standard base64: %v", err)
	}
	var back PaymentRequired
	if err := DecodeHeaderInto(h, &back); err != nil {
		t.Fatal(err)
	}
	if back.Accepts[0].Amount != "10000" || back.Accepts[0].ExtraString("name") != "USDC" || back.Resource.URL != pr.Resource.URL {
		t.Fatalf("round trip: %+v", back)
	}
	// Unpadded base64 is accepted too.
	if err := DecodeHeaderInto(strings.TrimRight(h, "="), &back); err != nil {
		t.Fatalf("unpadded: %v", err)
	}
}

const v2Payload = `{"x402Version":2,"accepted":{"scheme":"exact","network":"eip155:84532","amount":"10000","asset":"0x036CbD53842c5426634e7929541eC2318f3dCF7e","payTo":"0x209693Bc6afc0C5328bA36FaF03C514EF312287C","maxTimeoutSeconds":60,"extra":{"name":"USDC","version":"2"}},"payload":{"signature":"0x2d6a7588d6acca505cbf0d9a4a227e0c52c6c34008c8e8986a1283259764173608a2ce6496642e377d6da8dbbf5836e9bd15092f9ecab05ded3d6293af148b571c","authorization":{"from":"0x857b06519E91e3A54538791bDbb0E22373e36b66","to":"0x209693Bc6afc0C5328bA36FaF03C514EF312287C","value":"10000","validAfter":"1740672089","validBefore":"1740672154","nonce":"0xf3746613c2d920b5fdabc0856f2aeb2d4f88ee6037b8cc5d04a71a4462f13480"}}}`

func TestDecodePaymentPayload(t *testing.T) {
	p, err := DecodePaymentPayload([]byte(v2Payload))
	if err != nil {
		t.Fatal(err)
	}
	if p.Version != 2 || p.Network != "eip155:84532" || p.Value.Int64() != 10000 || p.ValidBefore.Int64() != 1740672154 || len(p.Signature) != 65 {
		t.Fatalf("decoded %+v", p)
	}
	v1 := `{"x402Version":1,"scheme":"exact","network":"base-sepolia","payload":` + v2Payload[strings.Index(v2Payload, `{"signature"`):len(v2Payload)-1] + `}`
	p1, err := DecodePaymentPayload([]byte(v1))
	if err != nil {
		t.Fatal(err)
	}
	if p1.Version != 1 || p1.Network != "base-sepolia" || p1.From != p.From {
		t.Fatalf("v1 decoded %+v", p1)
	}
	for _, bad := range []string{
		`{"x402Version":3}`,
		`{"x402Version":2,"payload":{"signature":"0x","authorization":{}}}`,
		strings.Replace(v2Payload, `"value":"10000"`, `"value":"-1"`, 1),
		strings.Replace(v2Payload, `"value":"10000"`, `"value":"1157920892373161954235709850086879078532699846656405640394575840079131296399360"`, 1),
		strings.Replace(v2Payload, `"from":"0x857b06519E91e3A54538791bDbb0E22373e36b66"`, `"from":"857b06519E91e3A54538791bDbb0E22373e36b6600"`, 1),
		`[]`, `nul`,
	} {
		if _, err := DecodePaymentPayload([]byte(bad)); err == nil {
			t.Errorf("accepted %.60q", bad)
		}
	}
}

func TestNetworks(t *testing.T) {
	for in, want := range map[string]uint64{"eip155:8453": 8453, "base-sepolia": 84532, "eip155:31337": 31337, "metis": 1088} {
		if got, err := ChainID(in); err != nil || got != want {
			t.Errorf("%s: %d %v", in, got, err)
		}
	}
	for _, bad := range []string{"eip155:", "eip155:0", "eip155:01", "eip155:x", "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp", "nowhere"} {
		if _, err := ChainID(bad); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
	if !SameNetwork("base", "eip155:8453") || SameNetwork("base", "eip155:84532") {
		t.Fatal("SameNetwork")
	}
}

// FuzzDecodeHeader feeds arbitrary header values through every decoder a
// server or facilitator applies to network input.
func FuzzDecodeHeader(f *testing.F) {
	h, _ := EncodeHeader(map[string]any{"x402Version": 2})
	f.Add(h)
	f.Add(base64.StdEncoding.EncodeToString([]byte(v2Payload)))
	f.Add("%%%")
	f.Fuzz(func(t *testing.T, value string) {
		raw, err := DecodeHeader(value)
		if err != nil {
			return
		}
		p, err := DecodePaymentPayload(raw)
		if err == nil && (p.Value == nil || p.ValidAfter == nil || p.ValidBefore == nil) {
			t.Fatal("decoded payment lacks numbers")
		}
		for _, v := range []int{1, 2} {
			_, _ = DecodeRequirements(v, raw)
		}
	})
}
