package state

import (
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Account is the consensus data of an account, without its storage root.
type Account struct {
	Nonce    uint64
	Balance  *uint256.Int
	CodeHash common.Hash
}

// Reader reads one immutable version of the world state.
//
// Implementations are safe for concurrent use.
type Reader interface {
	// Account returns the account at addr, or nil if it does not exist.
	// The account may be shared with other readers: callers must not
	// modify it.
	Account(addr common.Address) (*Account, error)
	// Storage returns the value of a storage slot; the zero hash if unset.
	Storage(addr common.Address, slot common.Hash) (common.Hash, error)
	// Code returns the code with the given hash deployed at addr.
	Code(addr common.Address, codeHash common.Hash) ([]byte, error)
}

// Forker is implemented by readers that can open another, independent
// reader of the same version. Goroutines reading in parallel each fork their
// own rather than share one reader (and its lock).
type Forker interface {
	Fork() (Reader, error)
}

// AccountChange is what one block did to one account.
//
// Applying it means: if Destructed, remove the account and all of its
// storage first; then, if Account is non-nil, write the account fields (and
// Code when set), and write every slot in Storage (a zero value deletes the
// slot). A nil Account with Destructed set leaves the account absent.
type AccountChange struct {
	Destructed bool
	Account    *Account
	Code       []byte // new code, set only when the code changed
	Storage    map[common.Hash]common.Hash
}

// WriteSet is the effect of a block on the state, keyed by address.
type WriteSet map[common.Address]*AccountChange

// Addresses returns the addresses in the write set in ascending order, so
// that consumers apply it deterministically.
func (ws WriteSet) Addresses() []common.Address {
	return slices.SortedFunc(maps.Keys(ws), func(a, b common.Address) int { return a.Cmp(b) })
}
