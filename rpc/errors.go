package rpc

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/vm"
)

// Error codes clients match on.
const (
	codeInvalidParams = -32602
	codeServer        = -32000
	codeReverted      = 3
)

// paramError is an invalid-parameters error (-32602).
type paramError struct{ msg string }

func (e *paramError) Error() string  { return e.msg }
func (e *paramError) ErrorCode() int { return codeInvalidParams }

func invalidParams(format string, args ...any) error {
	return &paramError{msg: fmt.Sprintf(format, args...)}
}

// serverError is a generic server error (-32000), the code go-ethereum
// uses for transaction validation failures.
type serverError struct{ err error }

func (e *serverError) Error() string  { return e.err.Error() }
func (e *serverError) ErrorCode() int { return codeServer }
func (e *serverError) Unwrap() error  { return e.err }

// revertError is returned when a call reverts: code 3, message "execution
// reverted[: reason]", and the raw revert data as hex in data.
type revertError struct {
	reason string
	data   string
}

func newRevertError(ret []byte) *revertError {
	msg := vm.ErrExecutionReverted.Error()
	if reason, err := abi.UnpackRevert(ret); err == nil {
		msg += ": " + reason
	}
	return &revertError{reason: msg, data: hexutil.Encode(ret)}
}

func (e *revertError) Error() string          { return e.reason }
func (e *revertError) ErrorCode() int         { return codeReverted }
func (e *revertError) ErrorData() interface{} { return e.data }

// errBlockNotFound is returned for state queries at unknown blocks.
var errBlockNotFound = errors.New("header not found")
