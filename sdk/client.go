// Package sdk is the Go client of Metis's LazAI contracts: Data Anchoring
// Tokens (ERC-8028 classes, tokens, usage quotas, revenue and claims), the
// contribution registry (data registration, validator proofs, DAT mints)
// and the revenue splitters of paid AI endpoints. It works with any
// EVM JSON-RPC endpoint where the contracts are deployed; on a `metis dev`
// chain they are at DevAddresses.
package sdk

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	lazaibind "github.com/metis-go/metis/contracts/bindings/lazai"
)

// Addresses are where the LazAI contracts live on a chain.
type Addresses struct {
	DAT      common.Address // DataAnchoringToken
	Registry common.Address // ContributionRegistry
}

// devDeployer is the account whose CREATEs the dev genesis's predeploys are
// (chain/predeploy.Deployer); the DAT and the registry follow the four
// GMPayer contracts.
var devDeployer = common.HexToAddress("0x000000000000000000000000000000006d657469")

// DevAddresses returns where a `metis dev` genesis places the contracts.
func DevAddresses() Addresses {
	return Addresses{DAT: crypto.CreateAddress(devDeployer, 4), Registry: crypto.CreateAddress(devDeployer, 5)}
}

// Client talks to one chain, optionally signing as one account. Sends
// through one Client are serialised so their nonces do not collide; each
// client made by As has its own lock, so do not send from one key through
// two clients at once.
type Client struct {
	EC        *ethclient.Client
	ChainID   *big.Int
	Addresses Addresses
	// ReceiptTimeout bounds the wait for a transaction's receipt; default
	// 60 s.
	ReceiptTimeout time.Duration

	key  *ecdsa.PrivateKey
	from common.Address
	mu   sync.Mutex // one send at a time, so nonces do not collide
}

// Dial connects to a JSON-RPC endpoint.
func Dial(ctx context.Context, url string, addrs Addresses) (*Client, error) {
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("sdk: dial %s: %w", url, err)
	}
	c, err := New(ctx, ec, addrs)
	if err != nil {
		ec.Close()
		return nil, err
	}
	return c, nil
}

// New wraps a connected client.
func New(ctx context.Context, ec *ethclient.Client, addrs Addresses) (*Client, error) {
	id, err := ec.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("sdk: chain id: %w", err)
	}
	return &Client{EC: ec, ChainID: id, Addresses: addrs, ReceiptTimeout: time.Minute}, nil
}

// As returns a client that signs with key (sharing the connection).
func (c *Client) As(key *ecdsa.PrivateKey) *Client {
	return &Client{EC: c.EC, ChainID: c.ChainID, Addresses: c.Addresses, ReceiptTimeout: c.ReceiptTimeout, key: key, from: crypto.PubkeyToAddress(key.PublicKey)}
}

// From returns the signing account (zero without a key).
func (c *Client) From() common.Address { return c.from }

// Close closes the connection.
func (c *Client) Close() { c.EC.Close() }

// call runs a read-only call at the latest block.
func (c *Client) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := c.EC.CallContract(ctx, ethereum.CallMsg{From: c.from, To: &to, Data: data}, nil)
	if err != nil {
		return nil, decodeRPCError(err)
	}
	return out, nil
}

// ErrNoKey is returned by writes on a client without a signing key.
var ErrNoKey = errors.New("sdk: no signing key (use Client.As)")

// Transact sends a transaction calling to with data and value, waits for
// its receipt and returns it; a call that would revert fails before
// anything is sent, with the contract's decoded error.
func (c *Client) Transact(ctx context.Context, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	return c.send(ctx, &to, value, data)
}

// Create deploys a contract from its creation code and returns its address.
func (c *Client) Create(ctx context.Context, code []byte) (common.Address, error) {
	r, err := c.send(ctx, nil, nil, code)
	if err != nil {
		return common.Address{}, err
	}
	return r.ContractAddress, nil
}

func (c *Client) send(ctx context.Context, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	if c.key == nil {
		return nil, ErrNoKey
	}
	if value == nil {
		value = new(big.Int)
	}
	gas, err := c.EC.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: to, Value: value, Data: data})
	if err != nil {
		return nil, decodeRPCError(err)
	}
	head, err := c.EC.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sdk: head: %w", err)
	}
	c.mu.Lock()
	nonce, err := c.EC.PendingNonceAt(ctx, c.from)
	if err != nil {
		c.mu.Unlock()
		return nil, fmt.Errorf("sdk: nonce: %w", err)
	}
	var inner types.TxData
	if head.BaseFee != nil {
		tip := big.NewInt(params.GWei)
		feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
		inner = &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gasLimit(gas), To: to, Value: value, Data: data}
	} else { // a chain before London
		price, perr := c.EC.SuggestGasPrice(ctx)
		if perr != nil {
			c.mu.Unlock()
			return nil, fmt.Errorf("sdk: gas price: %w", perr)
		}
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: gasLimit(gas), To: to, Value: value, Data: data}
	}
	tx, err := types.SignNewTx(c.key, types.LatestSignerForChainID(c.ChainID), inner)
	if err == nil {
		err = c.EC.SendTransaction(ctx, tx)
	}
	c.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("sdk: send: %w", err)
	}
	return c.wait(ctx, tx)
}

// gasLimit pads an estimate: the estimate ran on the latest block, and
// time-dependent work (a DAT settlement that observes expiries) can cost
// more in the next one. Unused gas is not charged.
func gasLimit(estimate uint64) uint64 {
	return estimate + estimate/2 + 100_000
}

func (c *Client) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, c.ReceiptTimeout)
	defer cancel()
	for {
		r, err := c.EC.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				if r.GasUsed == tx.Gas() {
					return r, fmt.Errorf("sdk: transaction %s ran out of gas (limit %d)", tx.Hash(), tx.Gas())
				}
				return r, fmt.Errorf("sdk: transaction %s reverted: %w", tx.Hash(), c.revertReason(ctx, tx, r.BlockNumber))
			}
			return r, nil
		}
		// Not found yet, or a passing RPC failure: the transaction is out
		// there either way, so keep waiting rather than invite a resend.
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("sdk: waiting for %s (last error: %v): %w", tx.Hash(), err, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// revertReason replays a reverted transaction on the state before its
// block to name the error.
func (c *Client) revertReason(ctx context.Context, tx *types.Transaction, block *big.Int) error {
	parent := new(big.Int).Sub(block, big.NewInt(1))
	_, err := c.EC.CallContract(ctx, ethereum.CallMsg{From: c.from, To: tx.To(), Value: tx.Value(), Data: tx.Data(), Gas: tx.Gas()}, parent)
	if err == nil {
		return errors.New("reverted (the replay on the parent state succeeded: another transaction in the block changed the outcome)")
	}
	return decodeRPCError(err)
}

// contractABIs are the ABIs whose custom errors decodeRPCError names.
var contractABIs = []abi.ABI{
	lazaibind.NewDAT().GetABI(), lazaibind.NewContributionRegistry().GetABI(), lazaibind.NewDATRevenueSplitter().GetABI(),
}

// RevertError is a call that reverted, with its decoded reason.
type RevertError struct {
	Name string // the custom error (QuotaExceeded) or "Error" for a reason string
	Args string // its arguments, formatted
	Data []byte // the raw revert data
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("execution reverted (data %s)", hexutil.Encode(e.Data))
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, e.Args)
}

// decodeRPCError turns a node's revert error into a RevertError naming the
// contract's custom error; other errors pass through.
func decodeRPCError(err error) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return err
	}
	return DecodeRevert(data)
}

// DecodeRevertError returns the decoded revert of a failed call or
// transaction, or nil when err is not a revert.
func DecodeRevertError(err error) *RevertError {
	var re *RevertError
	if errors.As(decodeRPCError(err), &re) {
		return re
	}
	return nil
}

// DecodeRevert names revert data by the LazAI contracts' custom errors and
// Solidity's Error(string) and Panic(uint256).
func DecodeRevert(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Name, re.Args = "Error", fmt.Sprintf("%q", reason)
		return re
	}
	for _, a := range contractABIs {
		for name, e := range a.Errors {
			if !strings.EqualFold(hexutil.Encode(e.ID[:4]), hexutil.Encode(data[:4])) {
				continue
			}
			re.Name = name
			vals, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				return re
			}
			parts := make([]string, len(vals))
			for i, v := range vals {
				if b, ok := v.([32]byte); ok {
					v = common.Hash(b)
				}
				parts[i] = fmt.Sprintf("%s: %v", e.Inputs[i].Name, v)
			}
			re.Args = strings.Join(parts, ", ")
			return re
		}
	}
	return re
}

// ErrBadNumber is returned for an id or amount that is nil, negative or
// 2^256 or more: not a uint256, which the contracts take.
var ErrBadNumber = errors.New("sdk: not a uint256 (nil, negative, or 2^256 and more)")

// checkUints refuses what the ABI packer would panic on (nil, negative) or
// silently wrap (2^256 and more).
func checkUints(vals ...*big.Int) error {
	for _, v := range vals {
		if v == nil || v.Sign() < 0 || v.BitLen() > 256 {
			return ErrBadNumber
		}
	}
	return nil
}
