package devkeys

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestDeriveMatchesAnvil(t *testing.T) {
	accs, err := Derive(TestMnemonic, 10)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		index int
		addr  string
		key   string
	}{
		{0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"},
		{1, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"},
		{9, "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720", "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"},
	}
	for _, tc := range tests {
		got := accs[tc.index]
		if got.Address != common.HexToAddress(tc.addr) {
			t.Errorf("account %d: address %s, want %s", tc.index, got.Address, tc.addr)
		}
		if k := common.Bytes2Hex(crypto.FromECDSA(got.Key)); k != tc.key {
			t.Errorf("account %d: key %s, want %s", tc.index, k, tc.key)
		}
	}
}
