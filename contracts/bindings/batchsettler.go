// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// BatchSettlerTransfer is an auto generated low-level Go binding around an user-defined struct.
type BatchSettlerTransfer struct {
	From        common.Address
	To          common.Address
	Value       *big.Int
	ValidAfter  *big.Int
	ValidBefore *big.Int
	Nonce       [32]byte
	Signature   []byte
}

// BatchSettlerMetaData contains all meta data concerning the BatchSettler contract.
var BatchSettlerMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"TransferFailed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"contractITransferWithAuthorization\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structBatchSettler.Transfer[]\",\"name\":\"transfers\",\"type\":\"tuple[]\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BatchSettler",
	Bin: "0x6080604052348015600e575f5ffd5b506103f78061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80631a41842b1461002d575b5f5ffd5b61004061003b3660046101dd565b610052565b60405190815260200160405180910390f35b5f805b828110156101be573684848381811061007057610070610260565b90506020028101906100829190610274565b90506001600160a01b03861663cf0929956100a06020840184610292565b6100b06040850160208601610292565b60408501356060860135608087013560a08801356100d160c08a018a6102b4565b6040518963ffffffff1660e01b81526004016100f49897969594939291906102fe565b5f604051808303815f87803b15801561010b575f5ffd5b505af192505050801561011c575060015b6101a7573d808015610149576040519150601f19603f3d011682016040523d82523d5f602084013e61014e565b606091505b5060a08201356101616020840184610292565b6001600160a01b03167f226531a80b4c1d332acb2433ae74db52940adf7eb8d51c51f01668186baeb282836040516101999190610368565b60405180910390a3506101b5565b826101b18161039d565b9350505b50600101610055565b509392505050565b6001600160a01b03811681146101da575f5ffd5b50565b5f5f5f604084860312156101ef575f5ffd5b83356101fa816101c6565b9250602084013567ffffffffffffffff811115610215575f5ffd5b8401601f81018613610225575f5ffd5b803567ffffffffffffffff81111561023b575f5ffd5b8660208260051b840101111561024f575f5ffd5b939660209190910195509293505050565b634e487b7160e01b5f52603260045260245ffd5b5f823560de19833603018112610288575f5ffd5b9190910192915050565b5f602082840312156102a2575f5ffd5b81356102ad816101c6565b9392505050565b5f5f8335601e198436030181126102c9575f5ffd5b83018035915067ffffffffffffffff8211156102e3575f5ffd5b6020019150368190038213156102f7575f5ffd5b9250929050565b6001600160a01b0389811682528816602082015260408101879052606081018690526080810185905260a0810184905260e060c08201819052810182905281836101008301375f81830161010090810191909152601f909201601f19160101979650505050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f600182016103ba57634e487b7160e01b5f52601160045260245ffd5b506001019056fea26469706673582212204a70711e707507db2d4c5f6bfe68ac0d50473001668b75f9bfa39ea6094addc664736f6c634300081e0033",
}

// BatchSettler is an auto generated Go binding around an Ethereum contract.
type BatchSettler struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BatchSettler) GetABI() abi.ABI {
	return c.abi
}

// NewBatchSettler creates a new instance of BatchSettler.
func NewBatchSettler() *BatchSettler {
	parsed, err := BatchSettlerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BatchSettler{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BatchSettler) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a41842b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(address token, (address,address,uint256,uint256,uint256,bytes32,bytes)[] transfers) returns(uint256 settled)
func (batchSettler *BatchSettler) PackSettle(token common.Address, transfers []BatchSettlerTransfer) []byte {
	enc, err := batchSettler.abi.Pack("settle", token, transfers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a41842b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(address token, (address,address,uint256,uint256,uint256,bytes32,bytes)[] transfers) returns(uint256 settled)
func (batchSettler *BatchSettler) TryPackSettle(token common.Address, transfers []BatchSettlerTransfer) ([]byte, error) {
	return batchSettler.abi.Pack("settle", token, transfers)
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a41842b.
//
// Solidity: function settle(address token, (address,address,uint256,uint256,uint256,bytes32,bytes)[] transfers) returns(uint256 settled)
func (batchSettler *BatchSettler) UnpackSettle(data []byte) (*big.Int, error) {
	out, err := batchSettler.abi.Unpack("settle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// BatchSettlerTransferFailed represents a TransferFailed event raised by the BatchSettler contract.
type BatchSettlerTransferFailed struct {
	From   common.Address
	Nonce  [32]byte
	Reason []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const BatchSettlerTransferFailedEventName = "TransferFailed"

// ContractEventName returns the user-defined event name.
func (BatchSettlerTransferFailed) ContractEventName() string {
	return BatchSettlerTransferFailedEventName
}

// UnpackTransferFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferFailed(address indexed from, bytes32 indexed nonce, bytes reason)
func (batchSettler *BatchSettler) UnpackTransferFailedEvent(log *types.Log) (*BatchSettlerTransferFailed, error) {
	event := "TransferFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != batchSettler.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BatchSettlerTransferFailed)
	if len(log.Data) > 0 {
		if err := batchSettler.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range batchSettler.abi.Events[event].Inputs {
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
