// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package lazai

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// DATRevenueSplitterMetaData contains all meta data concerning the DATRevenueSplitter contract.
var DATRevenueSplitterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractDataAnchoringToken\",\"name\":\"dat_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"protocol_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"providerBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"protocolBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadSplit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toProvider\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toProtocol\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toHolders\",\"type\":\"uint256\"}],\"name\":\"Distributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"HoldersPartHeld\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dat\",\"outputs\":[{\"internalType\":\"contractDataAnchoringToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"distribute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"distributedTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"heldForHolders\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocol\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocolBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"provider\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providerBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasuryBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DATRevenueSplitter",
	Bin: "0x610180604052348015610010575f5ffd5b50604051610cf6380380610cf683398101604081905261002f916101b8565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005561271061ffff8083169061006c9085811690871661024e565b610076919061024e565b11156100955760405163bc4f33a360e01b815260040160405180910390fd5b6001600160a01b03861615806100b257506001600160a01b038516155b806100c457506001600160a01b038416155b156100e25760405163d92e233d60e01b815260040160405180910390fd5b60405163cb931be160e01b8152600481018890526001600160a01b0389169063cb931be190602401602060405180830381865afa158015610125573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101499190610273565b506001600160a01b0397881660805260a09690965293861660c05291851660e0529093166101005261ffff928316610120528216610140521661016052610295565b6001600160a01b038116811461019f575f5ffd5b50565b805161ffff811681146101b3575f5ffd5b919050565b5f5f5f5f5f5f5f5f610100898b0312156101d0575f5ffd5b88516101db8161018b565b60208a015160408b015191995097506101f38161018b565b60608a01519096506102048161018b565b60808a01519095506102158161018b565b935061022360a08a016101a2565b925061023160c08a016101a2565b915061023f60e08a016101a2565b90509295985092959890939650565b8082018082111561026d57634e487b7160e01b5f52601160045260245ffd5b92915050565b5f60208284031215610283575f5ffd5b815161028e8161018b565b9392505050565b60805160a05160c05160e051610100516101205161014051610160516109c16103355f395f818161021d01526103dc01525f8181610115015261039e01525f818161014f015261036001525f81816101f601526104ba01525f8181610176015261048001525f818160ba015261044601525f8181610263015261053501525f81816101b0015281816105010152818161057201526105d701526109c15ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c806363eb963a1161006e57806363eb963a146101ab57806366198c7a146101d25780638ce74426146101f15780639496700514610218578063d3d6c6fa1461023f578063d5ad68491461025e575f5ffd5b8063085d4883146100b5578063249d39e9146100f95780634dc10ea1146101105780635c0995ad1461014a57806361d027b31461017157806363453ae114610198575b5f5ffd5b6100dc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61010261271081565b6040519081526020016100f0565b6101377f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016100f0565b6101377f000000000000000000000000000000000000000000000000000000000000000081565b6100dc7f000000000000000000000000000000000000000000000000000000000000000081565b6101026101a63660046108d1565b610285565b6100dc7f000000000000000000000000000000000000000000000000000000000000000081565b6101026101e03660046108d1565b60016020525f908152604090205481565b6100dc7f000000000000000000000000000000000000000000000000000000000000000081565b6101377f000000000000000000000000000000000000000000000000000000000000000081565b61010261024d3660046108d1565b5f6020819052908152604090205481565b6101027f000000000000000000000000000000000000000000000000000000000000000081565b5f61028e610722565b6001600160a01b0382166102b55760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0382165f81815260208190526040908190205490516370a0823160e01b8152306004820152849282916370a0823190602401602060405180830381865afa158015610309573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061032d91906108fe565b6103379190610929565b925082158015610345575080155b15610354575f925050506106f4565b5f61271061038661ffff7f00000000000000000000000000000000000000000000000000000000000000001686610942565b6103909190610959565b90505f6127106103c461ffff7f00000000000000000000000000000000000000000000000000000000000000001687610942565b6103ce9190610959565b90505f61271061040261ffff7f00000000000000000000000000000000000000000000000000000000000000001688610942565b61040c9190610959565b90505f818361041b868a610929565b6104259190610929565b61042f9190610929565b9050831561046b5761046b6001600160a01b0387167f000000000000000000000000000000000000000000000000000000000000000086610750565b82156104a5576104a56001600160a01b0387167f000000000000000000000000000000000000000000000000000000000000000085610750565b81156104df576104df6001600160a01b0387167f000000000000000000000000000000000000000000000000000000000000000084610750565b5f6104ea8287610978565b90508015610666576105266001600160a01b0388167f00000000000000000000000000000000000000000000000000000000000000008361078f565b6040516390f1e29d60e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201526001600160a01b038a81166024830152604482018390527f000000000000000000000000000000000000000000000000000000000000000016906390f1e29d906064015f604051808303815f87803b1580156105b3575f5ffd5b505af19250505080156105c4575060015b61064d576105fc6001600160a01b0388167f00000000000000000000000000000000000000000000000000000000000000005f61078f565b6001600160a01b0389165f818152602081815260409182902084905590518381527f5d660dd62b9086719868a8c597254ef79cca4a856f9861b0362ee176496f1bb6910160405180910390a2610666565b6001600160a01b0389165f908152602081905260408120555b6001600160a01b0389165f90815260016020526040812080548a929061068d908490610978565b9091555050604080518981526020810187905290810185905260608101849052608081018390526001600160a01b038a16907fac2743f6fa3199a9c53185a832c5d6762ec6acc1e980bec3b0f0bfe3e44a81fb9060a00160405180910390a2505050505050505b61071d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b919050565b61072a6107e1565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b61075d8383836001610825565b61078a57604051635274afe760e01b81526001600160a01b03841660048201526024015b60405180910390fd5b505050565b61079b8383835f610887565b61078a576107ac83835f6001610887565b6107d457604051635274afe760e01b81526001600160a01b0384166004820152602401610781565b61075d8383836001610887565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005460020361082357604051633ee5aeb560e01b815260040160405180910390fd5b565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661087b57838315161561086f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661087b57838315161561086f573d5f823e3d81fd5b5f602082840312156108e1575f5ffd5b81356001600160a01b03811681146108f7575f5ffd5b9392505050565b5f6020828403121561090e575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561093c5761093c610915565b92915050565b808202811582820484141761093c5761093c610915565b5f8261097357634e487b7160e01b5f52601260045260245ffd5b500490565b8082018082111561093c5761093c61091556fea2646970667358221220f76deddc1ff05943e7660b8c8ac7f4d0afa008112ad04cf0057612d18512525f64736f6c634300081e0033",
}

// DATRevenueSplitter is an auto generated Go binding around an Ethereum contract.
type DATRevenueSplitter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DATRevenueSplitter) GetABI() abi.ABI {
	return c.abi
}

// NewDATRevenueSplitter creates a new instance of DATRevenueSplitter.
func NewDATRevenueSplitter() *DATRevenueSplitter {
	parsed, err := DATRevenueSplitterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DATRevenueSplitter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DATRevenueSplitter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address dat_, uint256 classId_, address provider_, address treasury_, address protocol_, uint16 providerBps_, uint16 treasuryBps_, uint16 protocolBps_) returns()
func (dATRevenueSplitter *DATRevenueSplitter) PackConstructor(dat_ common.Address, classId_ *big.Int, provider_ common.Address, treasury_ common.Address, protocol_ common.Address, providerBps_ uint16, treasuryBps_ uint16, protocolBps_ uint16) []byte {
	enc, err := dATRevenueSplitter.abi.Pack("", dat_, classId_, provider_, treasury_, protocol_, providerBps_, treasuryBps_, protocolBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) PackBPS() []byte {
	enc, err := dATRevenueSplitter.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackBPS() ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := dATRevenueSplitter.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClassId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ad6849.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classId() view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) PackClassId() []byte {
	enc, err := dATRevenueSplitter.abi.Pack("classId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ad6849.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classId() view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackClassId() ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("classId")
}

// UnpackClassId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5ad6849.
//
// Solidity: function classId() view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackClassId(data []byte) (*big.Int, error) {
	out, err := dATRevenueSplitter.abi.Unpack("classId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63eb963a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dat() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) PackDat() []byte {
	enc, err := dATRevenueSplitter.abi.Pack("dat")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63eb963a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dat() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackDat() ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("dat")
}

// UnpackDat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63eb963a.
//
// Solidity: function dat() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackDat(data []byte) (common.Address, error) {
	out, err := dATRevenueSplitter.abi.Unpack("dat", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDistribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63453ae1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distribute(address asset) returns(uint256 amount)
func (dATRevenueSplitter *DATRevenueSplitter) PackDistribute(asset common.Address) []byte {
	enc, err := dATRevenueSplitter.abi.Pack("distribute", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63453ae1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distribute(address asset) returns(uint256 amount)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackDistribute(asset common.Address) ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("distribute", asset)
}

// UnpackDistribute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63453ae1.
//
// Solidity: function distribute(address asset) returns(uint256 amount)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackDistribute(data []byte) (*big.Int, error) {
	out, err := dATRevenueSplitter.abi.Unpack("distribute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDistributedTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66198c7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributedTotal(address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) PackDistributedTotal(asset common.Address) []byte {
	enc, err := dATRevenueSplitter.abi.Pack("distributedTotal", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributedTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66198c7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributedTotal(address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackDistributedTotal(asset common.Address) ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("distributedTotal", asset)
}

// UnpackDistributedTotal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66198c7a.
//
// Solidity: function distributedTotal(address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackDistributedTotal(data []byte) (*big.Int, error) {
	out, err := dATRevenueSplitter.abi.Unpack("distributedTotal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHeldForHolders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3d6c6fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function heldForHolders(address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) PackHeldForHolders(asset common.Address) []byte {
	enc, err := dATRevenueSplitter.abi.Pack("heldForHolders", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeldForHolders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3d6c6fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function heldForHolders(address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackHeldForHolders(asset common.Address) ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("heldForHolders", asset)
}

// UnpackHeldForHolders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3d6c6fa.
//
// Solidity: function heldForHolders(address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackHeldForHolders(data []byte) (*big.Int, error) {
	out, err := dATRevenueSplitter.abi.Unpack("heldForHolders", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProtocol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ce74426.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function protocol() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) PackProtocol() []byte {
	enc, err := dATRevenueSplitter.abi.Pack("protocol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProtocol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ce74426.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function protocol() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackProtocol() ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("protocol")
}

// UnpackProtocol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ce74426.
//
// Solidity: function protocol() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackProtocol(data []byte) (common.Address, error) {
	out, err := dATRevenueSplitter.abi.Unpack("protocol", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProtocolBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94967005.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function protocolBps() view returns(uint16)
func (dATRevenueSplitter *DATRevenueSplitter) PackProtocolBps() []byte {
	enc, err := dATRevenueSplitter.abi.Pack("protocolBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProtocolBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94967005.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function protocolBps() view returns(uint16)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackProtocolBps() ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("protocolBps")
}

// UnpackProtocolBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94967005.
//
// Solidity: function protocolBps() view returns(uint16)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackProtocolBps(data []byte) (uint16, error) {
	out, err := dATRevenueSplitter.abi.Unpack("protocolBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x085d4883.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function provider() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) PackProvider() []byte {
	enc, err := dATRevenueSplitter.abi.Pack("provider")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x085d4883.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function provider() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackProvider() ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("provider")
}

// UnpackProvider is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x085d4883.
//
// Solidity: function provider() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackProvider(data []byte) (common.Address, error) {
	out, err := dATRevenueSplitter.abi.Unpack("provider", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProviderBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c0995ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providerBps() view returns(uint16)
func (dATRevenueSplitter *DATRevenueSplitter) PackProviderBps() []byte {
	enc, err := dATRevenueSplitter.abi.Pack("providerBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviderBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c0995ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providerBps() view returns(uint16)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackProviderBps() ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("providerBps")
}

// UnpackProviderBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c0995ad.
//
// Solidity: function providerBps() view returns(uint16)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackProviderBps(data []byte) (uint16, error) {
	out, err := dATRevenueSplitter.abi.Unpack("providerBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) PackTreasury() []byte {
	enc, err := dATRevenueSplitter.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackTreasury() ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := dATRevenueSplitter.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTreasuryBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dc10ea1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasuryBps() view returns(uint16)
func (dATRevenueSplitter *DATRevenueSplitter) PackTreasuryBps() []byte {
	enc, err := dATRevenueSplitter.abi.Pack("treasuryBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasuryBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dc10ea1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasuryBps() view returns(uint16)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackTreasuryBps() ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("treasuryBps")
}

// UnpackTreasuryBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4dc10ea1.
//
// Solidity: function treasuryBps() view returns(uint16)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackTreasuryBps(data []byte) (uint16, error) {
	out, err := dATRevenueSplitter.abi.Unpack("treasuryBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// DATRevenueSplitterDistributed represents a Distributed event raised by the DATRevenueSplitter contract.
type DATRevenueSplitterDistributed struct {
	Asset      common.Address
	Amount     *big.Int
	ToProvider *big.Int
	ToTreasury *big.Int
	ToProtocol *big.Int
	ToHolders  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DATRevenueSplitterDistributedEventName = "Distributed"

// ContractEventName returns the user-defined event name.
func (DATRevenueSplitterDistributed) ContractEventName() string {
	return DATRevenueSplitterDistributedEventName
}

// UnpackDistributedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Distributed(address indexed asset, uint256 amount, uint256 toProvider, uint256 toTreasury, uint256 toProtocol, uint256 toHolders)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackDistributedEvent(log *types.Log) (*DATRevenueSplitterDistributed, error) {
	event := "Distributed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dATRevenueSplitter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATRevenueSplitterDistributed)
	if len(log.Data) > 0 {
		if err := dATRevenueSplitter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dATRevenueSplitter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATRevenueSplitterHoldersPartHeld represents a HoldersPartHeld event raised by the DATRevenueSplitter contract.
type DATRevenueSplitterHoldersPartHeld struct {
	Asset  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DATRevenueSplitterHoldersPartHeldEventName = "HoldersPartHeld"

// ContractEventName returns the user-defined event name.
func (DATRevenueSplitterHoldersPartHeld) ContractEventName() string {
	return DATRevenueSplitterHoldersPartHeldEventName
}

// UnpackHoldersPartHeldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HoldersPartHeld(address indexed asset, uint256 amount)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackHoldersPartHeldEvent(log *types.Log) (*DATRevenueSplitterHoldersPartHeld, error) {
	event := "HoldersPartHeld"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dATRevenueSplitter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATRevenueSplitterHoldersPartHeld)
	if len(log.Data) > 0 {
		if err := dATRevenueSplitter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dATRevenueSplitter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dATRevenueSplitter *DATRevenueSplitter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dATRevenueSplitter.abi.Errors["BadSplit"].ID.Bytes()[:4]) {
		return dATRevenueSplitter.UnpackBadSplitError(raw[4:])
	}
	if bytes.Equal(raw[:4], dATRevenueSplitter.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return dATRevenueSplitter.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dATRevenueSplitter.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dATRevenueSplitter.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dATRevenueSplitter.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return dATRevenueSplitter.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DATRevenueSplitterBadSplit represents a BadSplit error raised by the DATRevenueSplitter contract.
type DATRevenueSplitterBadSplit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSplit()
func DATRevenueSplitterBadSplitErrorID() common.Hash {
	return common.HexToHash("0xbc4f33a36beccefcbd5e327863942ab0b7972a6b6016ee1ef3150afee7a910dc")
}

// UnpackBadSplitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSplit()
func (dATRevenueSplitter *DATRevenueSplitter) UnpackBadSplitError(raw []byte) (*DATRevenueSplitterBadSplit, error) {
	out := new(DATRevenueSplitterBadSplit)
	if err := dATRevenueSplitter.abi.UnpackIntoInterface(out, "BadSplit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATRevenueSplitterReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DATRevenueSplitter contract.
type DATRevenueSplitterReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DATRevenueSplitterReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (dATRevenueSplitter *DATRevenueSplitter) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DATRevenueSplitterReentrancyGuardReentrantCall, error) {
	out := new(DATRevenueSplitterReentrancyGuardReentrantCall)
	if err := dATRevenueSplitter.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATRevenueSplitterSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DATRevenueSplitter contract.
type DATRevenueSplitterSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DATRevenueSplitterSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackSafeERC20FailedOperationError(raw []byte) (*DATRevenueSplitterSafeERC20FailedOperation, error) {
	out := new(DATRevenueSplitterSafeERC20FailedOperation)
	if err := dATRevenueSplitter.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATRevenueSplitterZeroAddress represents a ZeroAddress error raised by the DATRevenueSplitter contract.
type DATRevenueSplitterZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DATRevenueSplitterZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (dATRevenueSplitter *DATRevenueSplitter) UnpackZeroAddressError(raw []byte) (*DATRevenueSplitterZeroAddress, error) {
	out := new(DATRevenueSplitterZeroAddress)
	if err := dATRevenueSplitter.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
