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
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"TransferFailed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"contractITransferWithAuthorization\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structBatchSettler.Transfer[]\",\"name\":\"transfers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"gasPerTransfer\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BatchSettler",
	Bin: "0x6080604052348015600e575f5ffd5b506104018061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80639b718e4f1461002d575b5f5ffd5b61004061003b3660046101e0565b610052565b60405190815260200160405180910390f35b5f805b838110156101c057368585838181106100705761007061026a565b9050602002810190610082919061027e565b90506001600160a01b03871663cf092995856100a1602085018561029c565b6100b1604086016020870161029c565b60408601356060870135608088013560a08901356100d260c08b018b6102be565b6040518a63ffffffff1660e01b81526004016100f5989796959493929190610308565b5f604051808303815f88803b15801561010c575f5ffd5b5087f19350505050801561011e575060015b6101a9573d80801561014b576040519150601f19603f3d011682016040523d82523d5f602084013e610150565b606091505b5060a0820135610163602084018461029c565b6001600160a01b03167f226531a80b4c1d332acb2433ae74db52940adf7eb8d51c51f01668186baeb2828360405161019b9190610372565b60405180910390a3506101b7565b826101b3816103a7565b9350505b50600101610055565b50949350505050565b6001600160a01b03811681146101dd575f5ffd5b50565b5f5f5f5f606085870312156101f3575f5ffd5b84356101fe816101c9565b9350602085013567ffffffffffffffff811115610219575f5ffd5b8501601f81018713610229575f5ffd5b803567ffffffffffffffff81111561023f575f5ffd5b8760208260051b8401011115610253575f5ffd5b949760209190910196509394604001359392505050565b634e487b7160e01b5f52603260045260245ffd5b5f823560de19833603018112610292575f5ffd5b9190910192915050565b5f602082840312156102ac575f5ffd5b81356102b7816101c9565b9392505050565b5f5f8335601e198436030181126102d3575f5ffd5b83018035915067ffffffffffffffff8211156102ed575f5ffd5b602001915036819003821315610301575f5ffd5b9250929050565b6001600160a01b0389811682528816602082015260408101879052606081018690526080810185905260a0810184905260e060c08201819052810182905281836101008301375f81830161010090810191909152601f909201601f19160101979650505050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f600182016103c457634e487b7160e01b5f52601160045260245ffd5b506001019056fea2646970667358221220e468ad31a0872e1ab963cecbf8a83c505d0ddc72c5c9bbecc897a15d78cab6fa64736f6c634300081e0033",
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
// the contract method with ID 0x9b718e4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(address token, (address,address,uint256,uint256,uint256,bytes32,bytes)[] transfers, uint256 gasPerTransfer) returns(uint256 settled)
func (batchSettler *BatchSettler) PackSettle(token common.Address, transfers []BatchSettlerTransfer, gasPerTransfer *big.Int) []byte {
	enc, err := batchSettler.abi.Pack("settle", token, transfers, gasPerTransfer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b718e4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(address token, (address,address,uint256,uint256,uint256,bytes32,bytes)[] transfers, uint256 gasPerTransfer) returns(uint256 settled)
func (batchSettler *BatchSettler) TryPackSettle(token common.Address, transfers []BatchSettlerTransfer, gasPerTransfer *big.Int) ([]byte, error) {
	return batchSettler.abi.Pack("settle", token, transfers, gasPerTransfer)
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b718e4f.
//
// Solidity: function settle(address token, (address,address,uint256,uint256,uint256,bytes32,bytes)[] transfers, uint256 gasPerTransfer) returns(uint256 settled)
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
