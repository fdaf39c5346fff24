package sdk_test

import (
	"errors"
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

// Numbers the contracts cannot take are refused before anything is packed
// (the ABI packer panics on negative values and wraps 2^256 and more).
func TestBadNumbersRefused(t *testing.T) {
	c := &sdk.Client{}
	huge := new(big.Int).Lsh(big.NewInt(1), 256)
	for name, call := range map[string]func() error{
		"negative token": func() error { _, err := c.Token(t.Context(), big.NewInt(-1)); return err },
		"huge class":     func() error { _, err := c.Class(t.Context(), huge); return err },
		"nil amount":     func() error { return c.RecordUsage(t.Context(), big.NewInt(1), sdk.MetricInferenceCalls, nil) },
		"negative file":  func() error { _, err := c.File(t.Context(), big.NewInt(-5)); return err },
	} {
		if err := call(); !errors.Is(err, sdk.ErrBadNumber) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
