// Package testcontract assembles small EVM contracts for tests, so that
// Go tests need no Solidity compiler.
package testcontract

import (
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/program"
	"github.com/ethereum/go-ethereum/crypto"
)

// LogTopic is the topic of the log the Logger contract emits.
func LogTopic() common.Hash { return crypto.Keccak256Hash([]byte("Logged(bytes)")) }

// RevertReason is the reason string the Logger contract reverts with.
const RevertReason = "nope"

// RevertData returns the ABI-encoded Error(string) revert data of Logger.
func RevertData() []byte {
	args := abi.Arguments{{Type: mustType("string")}}
	packed, err := args.Pack(RevertReason)
	if err != nil {
		panic(err)
	}
	return append(crypto.Keccak256([]byte("Error(string)"))[:4], packed...)
}

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}

// LoggerRuntime returns the runtime code of Logger: called with empty
// calldata it reverts with Error("nope"); otherwise it emits a LOG1 with
// LogTopic and the calldata as data, stores the first calldata word in
// slot 0, and returns that word.
func LoggerRuntime() []byte {
	revert := program.New()
	data := RevertData()
	revert.Mstore(data, 0).Push(len(data)).Push(0).Op(vm.REVERT)

	okLoc := 4 + len(revert.Bytes())
	p := program.New()
	p.Op(vm.CALLDATASIZE).Push(uint8(okLoc)).Op(vm.JUMPI) // 1 + 2 + 1 bytes
	p.Append(revert.Bytes())
	p.Op(vm.JUMPDEST)
	p.Op(vm.CALLDATASIZE).Push(0).Push(0).Op(vm.CALLDATACOPY)
	p.Push(LogTopic().Big()).Op(vm.CALLDATASIZE).Push(0).Op(vm.LOG1)
	p.Push(0).Op(vm.CALLDATALOAD).Push(0).Op(vm.SSTORE)
	p.Push(32).Push(0).Op(vm.RETURN)
	return p.Bytes()
}

// LoggerInitCode returns the creation code that deploys LoggerRuntime.
func LoggerInitCode() []byte {
	return program.New().ReturnViaCodeCopy(LoggerRuntime()).Bytes()
}

// CallerInitCode deploys a contract that calls target with one 32-byte word
// of calldata (1) and stops.
func CallerInitCode(target common.Address) []byte {
	runtime := program.New().
		Push(1).Push(0).Op(vm.MSTORE).
		Call(nil, target.Big(), 0, 0, 32, 0, 0).Op(vm.POP).Op(vm.STOP).Bytes()
	return program.New().ReturnViaCodeCopy(runtime).Bytes()
}

// SelfDestructInitCode is creation code that self-destructs at once,
// sending its balance to beneficiary: the account is created and deleted in
// the same transaction (EIP-6780).
func SelfDestructInitCode(beneficiary common.Address) []byte {
	return program.New().Selfdestruct(beneficiary.Big()).Bytes()
}

// SelfDestructorInitCode deploys a contract whose code self-destructs to
// its caller: called in a later transaction, it only moves its balance.
func SelfDestructorInitCode() []byte {
	runtime := program.New().Op(vm.CALLER).Op(vm.SELFDESTRUCT).Bytes()
	return program.New().ReturnViaCodeCopy(runtime).Bytes()
}
