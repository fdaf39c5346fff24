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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractDataAnchoringToken\",\"name\":\"dat_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"protocol_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"providerBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"treasuryBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"protocolBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadSplit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotClassAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SettlementOutOfGas\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toProvider\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toTreasury\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toProtocol\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toHolders\",\"type\":\"uint256\"}],\"name\":\"Distributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"HeldRedirected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"HoldersPartHeld\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dat\",\"outputs\":[{\"internalType\":\"contractDataAnchoringToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"distribute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"distributedTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"heldForHolders\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocol\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocolBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"provider\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providerBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"redirectHeld\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasuryBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"unpaid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"unpaidTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DATRevenueSplitter",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161124238038061124283398101604081905261002f916101b8565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005561271061ffff8083169061006c9085811690871661024e565b610076919061024e565b11156100955760405163bc4f33a360e01b815260040160405180910390fd5b6001600160a01b03861615806100b257506001600160a01b038516155b806100c457506001600160a01b038416155b156100e25760405163d92e233d60e01b815260040160405180910390fd5b60405163cb931be160e01b8152600481018890526001600160a01b0389169063cb931be190602401602060405180830381865afa158015610125573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101499190610273565b506001600160a01b0397881660805260a09690965293861660c05291851660e0529093166101005261ffff928316610120528216610140521661016052610295565b6001600160a01b038116811461019f575f5ffd5b50565b805161ffff811681146101b3575f5ffd5b919050565b5f5f5f5f5f5f5f5f610100898b0312156101d0575f5ffd5b88516101db8161018b565b60208a015160408b015191995097506101f38161018b565b60608a01519096506102048161018b565b60808a01519095506102158161018b565b935061022360a08a016101a2565b925061023160c08a016101a2565b915061023f60e08a016101a2565b90509295985092959890939650565b8082018082111561026d57634e487b7160e01b5f52601160045260245ffd5b92915050565b5f60208284031215610283575f5ffd5b815161028e8161018b565b9392505050565b60805160a05160c05160e05161010051610120516101405161016051610ef06103525f395f81816102a6015261060201525f818161015f01526105c401525f81816101ae015261058601525f818161027f01526106b301525f81816101d50152818161068801528181610a810152610aa801525f8181610104015261065d01525f818161030b0152818161072e015261098f01525f818161020f015281816106fa0152818161076b0152818161082001526109b50152610ef05ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c806366198c7a11610093578063c1860b8411610063578063c1860b84146102c8578063d3d6c6fa146102e7578063d5ad684914610306578063fb8aec661461032d575f5ffd5b806366198c7a146102315780636fff14c6146102505780638ce744261461027a57806394967005146102a1575f5ffd5b80635c0995ad116100ce5780635c0995ad146101a957806361d027b3146101d057806363453ae1146101f757806363eb963a1461020a575f5ffd5b8063085d4883146100ff578063249d39e9146101435780634dc10ea11461015a57806351cff8d914610194575b5f5ffd5b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61014c61271081565b60405190815260200161013a565b6101817f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff909116815260200161013a565b6101a76101a2366004610d99565b610340565b005b6101817f000000000000000000000000000000000000000000000000000000000000000081565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b61014c610205366004610d99565b6103fd565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b61014c61023f366004610d99565b60036020525f908152604090205481565b61014c61025e366004610dbb565b600160209081525f928352604080842090915290825290205481565b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6101817f000000000000000000000000000000000000000000000000000000000000000081565b61014c6102d6366004610d99565b60026020525f908152604090205481565b61014c6102f5366004610d99565b5f6020819052908152604090205481565b61014c7f000000000000000000000000000000000000000000000000000000000000000081565b6101a761033b366004610d99565b610978565b610348610b0b565b335f9081526001602090815260408083206001600160a01b0385168452825280832080549084905560029092528220805491928392610388908490610e06565b909155506103a290506001600160a01b0383163383610b26565b6040518181526001600160a01b0383169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb906020015b60405180910390a3506103fa60015f516020610e9b5f395f51905f5255565b50565b5f610406610b0b565b6001600160a01b03821661042d5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0382165f818152602081905260408082205490516370a0823160e01b81523060048201528593919291906370a0823190602401602060405180830381865afa158015610482573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104a69190610e1f565b6001600160a01b0386165f90815260026020526040812054919250906104cc9084610e36565b905080821015610544576001600160a01b0386165f9081526002602052604090205482116104fa575f61051c565b6001600160a01b0386165f9081526002602052604090205461051c9083610e06565b6001600160a01b0387165f908152600260205260409020549093506105419084610e36565b90505b808211610551575f61055b565b61055b8183610e06565b945084158015610569575082155b1561057a575f94505050505061095d565b5f6127106105ac61ffff7f00000000000000000000000000000000000000000000000000000000000000001688610e49565b6105b69190610e60565b90505f6127106105ea61ffff7f00000000000000000000000000000000000000000000000000000000000000001689610e49565b6105f49190610e60565b90505f61271061062861ffff7f0000000000000000000000000000000000000000000000000000000000000000168a610e49565b6106329190610e60565b90505f8183610641868c610e06565b61064b9190610e06565b6106559190610e06565b9050610682887f000000000000000000000000000000000000000000000000000000000000000086610b60565b6106ad887f000000000000000000000000000000000000000000000000000000000000000085610b60565b6106d8887f000000000000000000000000000000000000000000000000000000000000000084610b60565b5f6106e38289610e36565b905080156108b45761071f6001600160a01b038a167f000000000000000000000000000000000000000000000000000000000000000083610c41565b6040516390f1e29d60e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201526001600160a01b038c81166024830152604482018390527f000000000000000000000000000000000000000000000000000000000000000016906390f1e29d906064015f604051808303815f87803b1580156107ac575f5ffd5b505af19250505080156107bd575060015b610897573d8080156107ea576040519150601f19603f3d011682016040523d82523d5f602084013e6107ef565b606091505b5080515f036108115760405163508d11ad60e01b815260040160405180910390fd5b6108456001600160a01b038b167f00000000000000000000000000000000000000000000000000000000000000005f610c41565b6001600160a01b038c165f818152602081815260409182902085905590518481527f5d660dd62b9086719868a8c597254ef79cca4a856f9861b0362ee176496f1bb6910160405180910390a2506108cd565b6001600160a01b038b165f908152602081905260408120556108cd565b6001600160a01b038b165f908152602081905260408120555b6001600160a01b038b165f90815260036020526040812080548c92906108f4908490610e36565b9091555050604080518b81526020810187905290810185905260608101849052608081018390526001600160a01b038c16907fac2743f6fa3199a9c53185a832c5d6762ec6acc1e980bec3b0f0bfe3e44a81fb9060a00160405180910390a25050505050505050505b61097360015f516020610e9b5f395f51905f5255565b919050565b610980610b0b565b60405163cb931be160e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063cb931be190602401602060405180830381865afa158015610a02573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a269190610e7f565b6001600160a01b0316336001600160a01b031614610a5e5760405163b911d48760e01b81523360048201526024015b60405180910390fd5b6001600160a01b0381165f818152602081905260408120805491905590610aa6907f000000000000000000000000000000000000000000000000000000000000000083610b26565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b03167f1f9f6bca3a78b08257014a4fb612a38c7d5487064a39f3b6452831cbe433d725836040516103db91815260200190565b610b13610c93565b60025f516020610e9b5f395f51905f5255565b610b338383836001610cc4565b610b5b57604051635274afe760e01b81526001600160a01b0384166004820152602401610a55565b505050565b801580610b7c5750610b7c6001600160a01b0384168383610d26565b15610b8657505050565b6001600160a01b038083165f90815260016020908152604080832093871683529290529081208054839290610bbc908490610e36565b90915550506001600160a01b0383165f9081526002602052604081208054839290610be8908490610e36565b92505081905550826001600160a01b0316826001600160a01b03167f5a0c3591c2e548638f5c88b63a0f9a9ff4b5f1c634efd01311827381fd8c660383604051610c3491815260200190565b60405180910390a3505050565b610c4d8383835f610d3b565b610b5b57610c5e83835f6001610d3b565b610c8657604051635274afe760e01b81526001600160a01b0384166004820152602401610a55565b610b338383836001610d3b565b5f516020610e9b5f395f51905f5254600203610cc257604051633ee5aeb560e01b815260040160405180910390fd5b565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610d1a578383151615610d0e573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f610d338484845f610cc4565b949350505050565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316610d1a578383151615610d0e573d5f823e3d81fd5b6001600160a01b03811681146103fa575f5ffd5b5f60208284031215610da9575f5ffd5b8135610db481610d85565b9392505050565b5f5f60408385031215610dcc575f5ffd5b8235610dd781610d85565b91506020830135610de781610d85565b809150509250929050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610e1957610e19610df2565b92915050565b5f60208284031215610e2f575f5ffd5b5051919050565b80820180821115610e1957610e19610df2565b8082028115828204841417610e1957610e19610df2565b5f82610e7a57634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215610e8f575f5ffd5b8151610db481610d8556fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220029151a7cdd5edd6bf4a20f63e1d61e5326c4ab3aa724c304c57b762556caf5e64736f6c634300081e0033",
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

// PackRedirectHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb8aec66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redirectHeld(address asset) returns()
func (dATRevenueSplitter *DATRevenueSplitter) PackRedirectHeld(asset common.Address) []byte {
	enc, err := dATRevenueSplitter.abi.Pack("redirectHeld", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedirectHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb8aec66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redirectHeld(address asset) returns()
func (dATRevenueSplitter *DATRevenueSplitter) TryPackRedirectHeld(asset common.Address) ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("redirectHeld", asset)
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

// PackUnpaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fff14c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpaid(address payee, address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) PackUnpaid(payee common.Address, asset common.Address) []byte {
	enc, err := dATRevenueSplitter.abi.Pack("unpaid", payee, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fff14c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpaid(address payee, address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackUnpaid(payee common.Address, asset common.Address) ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("unpaid", payee, asset)
}

// UnpackUnpaid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fff14c6.
//
// Solidity: function unpaid(address payee, address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackUnpaid(data []byte) (*big.Int, error) {
	out, err := dATRevenueSplitter.abi.Unpack("unpaid", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnpaidTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1860b84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpaidTotal(address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) PackUnpaidTotal(asset common.Address) []byte {
	enc, err := dATRevenueSplitter.abi.Pack("unpaidTotal", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpaidTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1860b84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpaidTotal(address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) TryPackUnpaidTotal(asset common.Address) ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("unpaidTotal", asset)
}

// UnpackUnpaidTotal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1860b84.
//
// Solidity: function unpaidTotal(address asset) view returns(uint256)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackUnpaidTotal(data []byte) (*big.Int, error) {
	out, err := dATRevenueSplitter.abi.Unpack("unpaidTotal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address asset) returns()
func (dATRevenueSplitter *DATRevenueSplitter) PackWithdraw(asset common.Address) []byte {
	enc, err := dATRevenueSplitter.abi.Pack("withdraw", asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address asset) returns()
func (dATRevenueSplitter *DATRevenueSplitter) TryPackWithdraw(asset common.Address) ([]byte, error) {
	return dATRevenueSplitter.abi.Pack("withdraw", asset)
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

// DATRevenueSplitterHeldRedirected represents a HeldRedirected event raised by the DATRevenueSplitter contract.
type DATRevenueSplitterHeldRedirected struct {
	Asset    common.Address
	Treasury common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DATRevenueSplitterHeldRedirectedEventName = "HeldRedirected"

// ContractEventName returns the user-defined event name.
func (DATRevenueSplitterHeldRedirected) ContractEventName() string {
	return DATRevenueSplitterHeldRedirectedEventName
}

// UnpackHeldRedirectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HeldRedirected(address indexed asset, address indexed treasury, uint256 amount)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackHeldRedirectedEvent(log *types.Log) (*DATRevenueSplitterHeldRedirected, error) {
	event := "HeldRedirected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dATRevenueSplitter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATRevenueSplitterHeldRedirected)
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

// DATRevenueSplitterPaymentDeferred represents a PaymentDeferred event raised by the DATRevenueSplitter contract.
type DATRevenueSplitterPaymentDeferred struct {
	Payee  common.Address
	Asset  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DATRevenueSplitterPaymentDeferredEventName = "PaymentDeferred"

// ContractEventName returns the user-defined event name.
func (DATRevenueSplitterPaymentDeferred) ContractEventName() string {
	return DATRevenueSplitterPaymentDeferredEventName
}

// UnpackPaymentDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentDeferred(address indexed payee, address indexed asset, uint256 amount)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackPaymentDeferredEvent(log *types.Log) (*DATRevenueSplitterPaymentDeferred, error) {
	event := "PaymentDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dATRevenueSplitter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATRevenueSplitterPaymentDeferred)
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

// DATRevenueSplitterWithdrawn represents a Withdrawn event raised by the DATRevenueSplitter contract.
type DATRevenueSplitterWithdrawn struct {
	Payee  common.Address
	Asset  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DATRevenueSplitterWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (DATRevenueSplitterWithdrawn) ContractEventName() string {
	return DATRevenueSplitterWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payee, address indexed asset, uint256 amount)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackWithdrawnEvent(log *types.Log) (*DATRevenueSplitterWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dATRevenueSplitter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATRevenueSplitterWithdrawn)
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
	if bytes.Equal(raw[:4], dATRevenueSplitter.abi.Errors["NotClassAdmin"].ID.Bytes()[:4]) {
		return dATRevenueSplitter.UnpackNotClassAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], dATRevenueSplitter.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return dATRevenueSplitter.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dATRevenueSplitter.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dATRevenueSplitter.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dATRevenueSplitter.abi.Errors["SettlementOutOfGas"].ID.Bytes()[:4]) {
		return dATRevenueSplitter.UnpackSettlementOutOfGasError(raw[4:])
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

// DATRevenueSplitterNotClassAdmin represents a NotClassAdmin error raised by the DATRevenueSplitter contract.
type DATRevenueSplitterNotClassAdmin struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClassAdmin(address caller)
func DATRevenueSplitterNotClassAdminErrorID() common.Hash {
	return common.HexToHash("0xb911d48748c3e97388829654f411029154ffd6dcbc9023a83cb2a4b1914e80f4")
}

// UnpackNotClassAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClassAdmin(address caller)
func (dATRevenueSplitter *DATRevenueSplitter) UnpackNotClassAdminError(raw []byte) (*DATRevenueSplitterNotClassAdmin, error) {
	out := new(DATRevenueSplitterNotClassAdmin)
	if err := dATRevenueSplitter.abi.UnpackIntoInterface(out, "NotClassAdmin", raw); err != nil {
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

// DATRevenueSplitterSettlementOutOfGas represents a SettlementOutOfGas error raised by the DATRevenueSplitter contract.
type DATRevenueSplitterSettlementOutOfGas struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementOutOfGas()
func DATRevenueSplitterSettlementOutOfGasErrorID() common.Hash {
	return common.HexToHash("0x508d11ad1167901c7a8cc9351a2ad75ea0d51a6df2f2e231ac4ea8f3506f16be")
}

// UnpackSettlementOutOfGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementOutOfGas()
func (dATRevenueSplitter *DATRevenueSplitter) UnpackSettlementOutOfGasError(raw []byte) (*DATRevenueSplitterSettlementOutOfGas, error) {
	out := new(DATRevenueSplitterSettlementOutOfGas)
	if err := dATRevenueSplitter.abi.UnpackIntoInterface(out, "SettlementOutOfGas", raw); err != nil {
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
