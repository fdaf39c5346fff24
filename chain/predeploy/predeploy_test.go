package predeploy

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/metis-go/metis/contracts"
	"github.com/metis-go/metis/vm"
)

func TestDeploy(t *testing.T) {
	a, err := contracts.Load("USDCoin")
	if err != nil {
		t.Fatal(err)
	}
	holder := common.HexToAddress("0x1234")
	code, err := a.DeployData(holder, []common.Address{holder}, big.NewInt(77))
	if err != nil {
		t.Fatal(err)
	}
	alloc, addrs, err := Deploy(vm.ChainConfig(31337), []Contract{{Name: "USDCoin", InitCode: code}, {Name: "USDCoin", InitCode: code}})
	if err != nil {
		t.Fatal(err)
	}
	if len(alloc) != 2 || addrs[0] != Address(0) || addrs[1] != Address(1) {
		t.Fatalf("alloc of %d accounts at %v", len(alloc), addrs)
	}
	for _, addr := range addrs {
		acc := alloc[addr]
		if len(acc.Code) == 0 || acc.Nonce != 1 || len(acc.Storage) == 0 {
			t.Fatalf("%s: %d bytes of code, nonce %d, %d slots", addr, len(acc.Code), acc.Nonce, len(acc.Storage))
		}
	}
	if _, ok := alloc[Deployer]; ok {
		t.Fatal("the deployer is in the allocation")
	}
	// A constructor that reverts is an error, not a silent empty account.
	if _, _, err := Deploy(vm.ChainConfig(31337), []Contract{{Name: "bad", InitCode: []byte{0x60, 0x00, 0x60, 0x00, 0xfd}}}); err == nil {
		t.Fatal("reverting constructor deployed")
	}
}
