package sdk_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"

	lazaibind "github.com/metis-go/metis/contracts/bindings/lazai"
	"github.com/metis-go/metis/sdk"
)

func TestDecodeRevert(t *testing.T) {
	dat := lazaibind.NewDAT().GetABI()
	e := dat.Errors["QuotaExceeded"]
	args, _ := e.Inputs.Pack(big.NewInt(3), big.NewInt(1), big.NewInt(5))
	re := sdk.DecodeRevert(append(e.ID[:4:4], args...))
	if re.Name != "QuotaExceeded" || re.Args != "tokenId: 3, available: 1, requested: 5" {
		t.Fatalf("decoded %+v", re)
	}
	reason, _ := abi.NewType("string", "", nil)
	packed, _ := abi.Arguments{{Type: reason}}.Pack("nope")
	re = sdk.DecodeRevert(append([]byte{0x08, 0xc3, 0x79, 0xa0}, packed...))
	if re.Name != "Error" || !strings.Contains(re.Error(), `"nope"`) {
		t.Fatalf("decoded %+v", re)
	}
	if re = sdk.DecodeRevert([]byte{1, 2}); re.Name != "" || !strings.Contains(re.Error(), "0x0102") {
		t.Fatalf("short data: %+v", re)
	}
}

// FuzzDecodeRevert: revert data comes from the node; decoding must never
// panic, whatever it is.
func FuzzDecodeRevert(f *testing.F) {
	e := lazaibind.NewDAT().GetABI().Errors["QuotaExceeded"]
	f.Add(e.ID[:4])
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0, 0, 0, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = sdk.DecodeRevert(data).Error()
	})
}
