package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	gstate "github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/metis-go/metis/chain"
	"github.com/metis-go/metis/state"
)

func runState(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "export" {
		return errors.New("usage: metis state export [flags] (see metis state export -h)")
	}
	fs := flag.NewFlagSet("metis state export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		rpcURL = fs.String("rpc", "http://127.0.0.1:8545", "JSON-RPC URL of the node (it must serve debug_dumpBlock)")
		block  = fs.String("block", "latest", "block whose state to export: a number or latest")
		out    = fs.String("out", "", "file to write (default: standard output)")
	)
	if err := parseCommand(fs, args[1:], "Usage: metis state export [flags]\n\nWrites the state at a block as a genesis file (go-ethereum's JSON format), after checking it\nrecomputes to the block's state root. Start a chain from it with metis dev --genesis FILE.\n\n"); err != nil {
		return err
	}
	var number *big.Int
	blockArg := "latest"
	if *block != "latest" {
		n, err := strconv.ParseUint(*block, 10, 64)
		if err != nil {
			return fmt.Errorf("--block: %q is neither a number nor latest", *block)
		}
		number, blockArg = new(big.Int).SetUint64(n), hexutil.EncodeUint64(n)
	}
	rc, err := gethrpc.DialContext(ctx, *rpcURL)
	if err != nil {
		return err
	}
	defer rc.Close()
	ec := ethclient.NewClient(rc)
	header, err := ec.HeaderByNumber(ctx, number)
	if err != nil {
		return fmt.Errorf("block %s: %w", *block, err)
	}
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		return err
	}
	// The dump of the same block the header came from.
	var dump gstate.Dump
	if err := rc.CallContext(ctx, &dump, "debug_dumpBlock", hexutil.EncodeUint64(header.Number.Uint64())); err != nil {
		return fmt.Errorf("debug_dumpBlock %s: %w", blockArg, err)
	}
	alloc, err := allocFromDump(&dump)
	if err != nil {
		return err
	}
	g := &chain.Genesis{Alloc: alloc, GasLimit: header.GasLimit, BaseFee: header.BaseFee, Timestamp: header.Time, ExtraData: header.Extra, Coinbase: header.Coinbase}
	root, err := rehash(alloc)
	if err != nil {
		return err
	}
	if root != header.Root {
		return fmt.Errorf("the exported state recomputes to root %s, block %d has %s: the dump is incomplete", root, header.Number, header.Root)
	}
	raw, err := chain.MarshalGenesis(g, chainID.Uint64())
	if err != nil {
		return err
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	if _, err := w.Write(append(raw, '\n')); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "exported %d accounts at block %d, state root %s (recomputed and checked)\n", len(alloc), header.Number, root)
	return nil
}

// rehash computes the state root of an allocation from scratch.
func rehash(alloc types.GenesisAlloc) (common.Hash, error) {
	ws, err := state.FromAlloc(alloc)
	if err != nil {
		return common.Hash{}, err
	}
	return state.NewStore(rawdb.NewMemoryDatabase()).Commit(types.EmptyRootHash, 0, ws)
}

// allocFromDump converts a debug_dumpBlock answer to a genesis allocation.
func allocFromDump(d *gstate.Dump) (types.GenesisAlloc, error) {
	alloc := make(types.GenesisAlloc, len(d.Accounts))
	for key, a := range d.Accounts {
		if !common.IsHexAddress(key) {
			return nil, fmt.Errorf("dump: account %q has no address (the node lacks its preimage)", key)
		}
		bal, ok := new(big.Int).SetString(a.Balance, 10)
		if !ok {
			return nil, fmt.Errorf("dump: balance of %s: %q", key, a.Balance)
		}
		acc := types.Account{Nonce: a.Nonce, Balance: bal, Code: a.Code}
		if len(a.Storage) > 0 {
			acc.Storage = make(map[common.Hash]common.Hash, len(a.Storage))
			for k, v := range a.Storage {
				val, err := hexutil.Decode("0x" + v)
				if err != nil || len(val) > 32 {
					return nil, fmt.Errorf("dump: slot %s of %s: %q", k, key, v)
				}
				acc.Storage[k] = common.BytesToHash(val)
			}
		}
		alloc[common.HexToAddress(key)] = acc
	}
	return alloc, nil
}
