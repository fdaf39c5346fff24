package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/chain/devkeys"
	"github.com/metis-go/metis/gmpayer/tokens"
	"github.com/metis-go/metis/lazai/validator"
	"github.com/metis-go/metis/sdk"
)

const datUsage = `Usage: metis dat COMMAND [flags] [args]

ERC-8028 Data Anchoring Tokens on a chain (the dev chain's by default).

Commands:
  class create   create a class (--uri, --hash, --decimals, --policy); you become its admin
  class show ID  show a class: admin, metadata, total share, revenue settled
  minter         allow (--allow=false: disallow) --address to mint in --class
  accept         accept (--accept=false: stop accepting) --asset as revenue of --class
  mint           mint a token: --class, --to, --value (quota), --share, --expire (unix, 0 = never)
  show ID        show a token: owner, class, quota, share, expiry, claimable revenue
  list           list the tokens of --class (or the classes, without --class)
  usage ID       list the usage recorded against a token; --record N spends N of its quota
  approve        approve (--revoke: disapprove) --operator for your tokens of --class
  settle         pay --amount of --asset to the holders of --class
  claim ID       claim a token's revenue in --asset (to --to, default you)
  register       register data for --class: --uri where validators fetch it, its hash from
                 --file (or the URI); pays the validation fee; prints the file id
  contribute ID  collect validators' proofs of a registered file (--validators, default
                 metis dev's) and submit them; the contributor's DAT mints once all answer
                 (or, with a quorum, after the collection window: --finalize)

Every command takes --rpc URL (default http://127.0.0.1:8545), --json, and
for signing --key HEX (or METIS_KEY) or --account N (a dev account, default 0).
Assets are usdc, xmetis, eth (the native coin) or an address; amounts are
in the asset's smallest unit.
`

// datCommand is the parsed common part of a `metis dat` command.
type datCommand struct {
	fs      *flag.FlagSet
	rpc     *string
	keyHex  *string
	account *int
	dat     *string
	asJSON  *bool
	stdout  io.Writer
}

func newDatCommand(name string, stdout, stderr io.Writer) *datCommand {
	fs := flag.NewFlagSet("metis dat "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	dev := sdk.DevAddresses()
	return &datCommand{
		fs:      fs,
		rpc:     fs.String("rpc", "http://127.0.0.1:8545", "JSON-RPC URL of the chain"),
		keyHex:  fs.String("key", "", "hex private key to sign with (or METIS_KEY)"),
		account: fs.Int("account", 0, "dev account index to sign with, when --key is not given"),
		dat:     fs.String("dat", dev.DAT.Hex(), "DataAnchoringToken address"),
		asJSON:  fs.Bool("json", false, "print JSON"),
		stdout:  stdout,
	}
}

// client connects and picks the signing key.
func (c *datCommand) client(ctx context.Context) (*sdk.Client, error) {
	if !common.IsHexAddress(*c.dat) {
		return nil, fmt.Errorf("--dat %q is not an address", *c.dat)
	}
	addrs := sdk.DevAddresses()
	addrs.DAT = common.HexToAddress(*c.dat)
	cl, err := sdk.Dial(ctx, *c.rpc, addrs)
	if err != nil {
		return nil, err
	}
	var key *ecdsa.PrivateKey
	if *c.keyHex != "" || os.Getenv("METIS_KEY") != "" {
		key, err = parseKey(*c.keyHex)
	} else {
		var accs []devkeys.Account
		accs, err = devkeys.DeriveIndexes(devkeys.TestMnemonic, uint32(*c.account))
		if err == nil {
			key = accs[0].Key
		}
	}
	if err != nil {
		cl.Close()
		return nil, fmt.Errorf("key: %w", err)
	}
	return cl.As(key), nil
}

// print writes v as JSON with --json, else calls table.
func (c *datCommand) print(v any, table func(w *tabwriter.Writer)) error {
	if *c.asJSON {
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	w := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	table(w)
	return w.Flush()
}

func runDat(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, datUsage)
		if len(args) == 0 {
			return errors.New("metis dat: missing command")
		}
		return nil
	}
	name := args[0]
	rest := args[1:]
	if name == "class" {
		if len(rest) == 0 {
			fmt.Fprint(stderr, datUsage)
			return errors.New("metis dat class: create or show")
		}
		name, rest = "class "+rest[0], rest[1:]
	}
	c := newDatCommand(name, stdout, stderr)
	switch name {
	case "class create":
		return c.classCreate(ctx, rest)
	case "class show":
		return c.classShow(ctx, rest)
	case "minter":
		return c.minter(ctx, rest)
	case "accept":
		return c.accept(ctx, rest)
	case "mint":
		return c.mint(ctx, rest)
	case "show":
		return c.show(ctx, rest)
	case "list":
		return c.list(ctx, rest)
	case "usage":
		return c.usage(ctx, rest)
	case "approve":
		return c.approve(ctx, rest)
	case "settle":
		return c.settle(ctx, rest)
	case "claim":
		return c.claim(ctx, rest)
	case "register":
		return c.register(ctx, rest)
	case "contribute":
		return c.contribute(ctx, rest)
	}
	fmt.Fprint(stderr, datUsage)
	return fmt.Errorf("metis dat: unknown command %q", name)
}

// classFlag declares --class; the function it returns parses it (after
// parse).
func (c *datCommand) classFlag(usage string) func() (*big.Int, error) {
	s := c.fs.String("class", "", usage)
	return func() (*big.Int, error) {
		id, err := parseID(*s)
		if err != nil {
			return nil, fmt.Errorf("--class: %w", err)
		}
		return id, nil
	}
}

func (c *datCommand) parse(args []string, summary string, nargs int) error {
	if err := parseCommand(c.fs, flagsFirst(c.fs, args), "Usage: metis dat "+summary+"\n\n"); err != nil {
		return err
	}
	if c.fs.NArg() != nargs {
		c.fs.Usage()
		return fmt.Errorf("metis dat: want %d argument(s), got %d", nargs, c.fs.NArg())
	}
	return nil
}

// parseWithID parses args that end in one id (a class, token or file).
func (c *datCommand) parseWithID(args []string, summary string) (*big.Int, error) {
	if err := c.parse(args, summary, 1); err != nil {
		return nil, err
	}
	return parseID(c.fs.Arg(0))
}

func (c *datCommand) classCreate(ctx context.Context, args []string) error {
	uri := c.fs.String("uri", "", "metadata URI of the class")
	hash := c.fs.String("hash", "", "integrity hash of the metadata (32-byte hex; default keccak256 of --uri)")
	decimals := c.fs.Uint("decimals", 0, "decimals of the quota unit")
	policy := c.fs.String("policy", "", "policy URI (licence, pricing)")
	if err := c.parse(args, "class create --uri URI [--hash H] [--decimals N] [--policy URI]", 0); err != nil {
		return err
	}
	if *uri == "" {
		return errors.New("metis dat class create: --uri is required")
	}
	if *decimals > 255 {
		return errors.New("metis dat class create: --decimals must be at most 255")
	}
	h := crypto.Keccak256Hash([]byte(*uri))
	if *hash != "" {
		b := common.FromHex(*hash)
		if len(b) != 32 {
			return fmt.Errorf("--hash %q: want 32 bytes of hex", *hash)
		}
		h = common.BytesToHash(b)
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	id, err := cl.CreateClass(ctx, sdk.ClassSpec{MetadataURI: *uri, IntegrityHash: h, UnitDecimals: uint8(*decimals), PolicyURI: *policy})
	if err != nil {
		return err
	}
	return c.print(map[string]any{"class": id, "admin": cl.From()}, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "class\t%s\nadmin\t%s\n", id, cl.From())
	})
}

func (c *datCommand) classShow(ctx context.Context, args []string) error {
	id, err := c.parseWithID(args, "class show [flags] CLASS")
	if err != nil {
		return err
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	class, err := cl.Class(ctx, id)
	if err != nil {
		return err
	}
	return c.print(class, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "class\t%s\nadmin\t%s\nmetadata\t%s\nintegrity hash\t%s\nunit decimals\t%d\npolicy\t%s\ntotal share\t%s\n",
			class.ID, class.Admin, class.MetadataURI, class.IntegrityHash, class.UnitDecimals, class.PolicyURI, class.TotalShare)
		for _, a := range class.Assets {
			fmt.Fprintf(w, "revenue settled\t%s %s\n", class.Settled[a], assetName(a))
		}
	})
}

func (c *datCommand) minter(ctx context.Context, args []string) error {
	classID := c.classFlag("class id")
	addr := c.fs.String("address", "", "the minter (the contribution registry by default)")
	allow := c.fs.Bool("allow", true, "allow (false: disallow)")
	if err := c.parse(args, "minter --class ID [--address A] [--allow=false]", 0); err != nil {
		return err
	}
	id, err := classID()
	if err != nil {
		return err
	}
	who := sdk.DevAddresses().Registry
	if *addr != "" {
		if who, err = parseAddress(*addr); err != nil {
			return err
		}
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	if err := cl.SetMinter(ctx, id, who, *allow); err != nil {
		return err
	}
	return c.print(map[string]any{"class": id, "minter": who, "allowed": *allow}, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "class\t%s\nminter\t%s\nallowed\t%t\n", id, who, *allow)
	})
}

func (c *datCommand) accept(ctx context.Context, args []string) error {
	classID := c.classFlag("class id")
	asset := c.fs.String("asset", "usdc", "usdc, xmetis or a token address (the native coin needs no acceptance)")
	accept := c.fs.Bool("accept", true, "accept (false: stop accepting)")
	if err := c.parse(args, "accept --class ID --asset A [--accept=false]", 0); err != nil {
		return err
	}
	id, err := classID()
	if err != nil {
		return err
	}
	a, err := parseAsset(*asset)
	if err != nil {
		return err
	}
	if a == sdk.NativeAsset {
		return errors.New("metis dat accept: the native coin is always accepted")
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	if err := cl.SetRevenueAsset(ctx, id, a, *accept); err != nil {
		return err
	}
	return c.print(map[string]any{"class": id, "asset": a, "accepted": *accept}, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "class\t%s\nasset\t%s\naccepted\t%t\n", id, assetName(a), *accept)
	})
}

func (c *datCommand) mint(ctx context.Context, args []string) error {
	classID := c.classFlag("class id")
	to := c.fs.String("to", "", "owner of the new token (default: the signer)")
	value := c.fs.String("value", "0", "usage quota")
	share := c.fs.String("share", "0", "revenue share ratio")
	expire := c.fs.Uint64("expire", 0, "expiry, unix seconds (0: never)")
	if err := c.parse(args, "mint --class ID [--to A] [--value N] [--share N] [--expire T]", 0); err != nil {
		return err
	}
	id, err := classID()
	if err != nil {
		return err
	}
	v, err := parseAmount(*value)
	if err != nil {
		return fmt.Errorf("--value: %w", err)
	}
	s, err := parseAmount(*share)
	if err != nil {
		return fmt.Errorf("--share: %w", err)
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	owner := cl.From()
	if *to != "" {
		if owner, err = parseAddress(*to); err != nil {
			return err
		}
	}
	tok, err := cl.Mint(ctx, id, owner, v, s, *expire)
	if err != nil {
		return err
	}
	return c.print(map[string]any{"token": tok, "class": id, "owner": owner}, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "token\t%s\nclass\t%s\nowner\t%s\n", tok, id, owner)
	})
}

func (c *datCommand) show(ctx context.Context, args []string) error {
	id, err := c.parseWithID(args, "show [flags] TOKEN")
	if err != nil {
		return err
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	t, err := cl.Token(ctx, id)
	if err != nil {
		return err
	}
	return c.print(t, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "token\t%s\nclass\t%s\nowner\t%s\nvalue (quota)\t%s\nshare ratio\t%s\nexpires\t%s\n", t.ID, t.Class, t.Owner, t.Value, t.ShareRatio, expiry(t))
		for a, p := range t.Pending {
			fmt.Fprintf(w, "claimable\t%s %s\n", p, assetName(a))
		}
	})
}

func (c *datCommand) list(ctx context.Context, args []string) error {
	class := c.fs.String("class", "", "class id (default: list the classes)")
	if err := c.parse(args, "list [--class ID]", 0); err != nil {
		return err
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	if *class == "" {
		n, err := cl.ClassCount(ctx)
		if err != nil {
			return err
		}
		var classes []*sdk.Class
		for i := int64(1); i <= n.Int64(); i++ {
			cls, err := cl.Class(ctx, big.NewInt(i))
			if err != nil {
				return err
			}
			classes = append(classes, cls)
		}
		return c.print(classes, func(w *tabwriter.Writer) {
			fmt.Fprintln(w, "CLASS\tADMIN\tTOTAL SHARE\tMETADATA")
			for _, k := range classes {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", k.ID, k.Admin, k.TotalShare, k.MetadataURI)
			}
		})
	}
	id, err := parseID(*class)
	if err != nil {
		return fmt.Errorf("--class: %w", err)
	}
	toks, err := cl.Tokens(ctx, id)
	if err != nil {
		return err
	}
	return c.print(toks, func(w *tabwriter.Writer) {
		fmt.Fprintln(w, "TOKEN\tOWNER\tVALUE\tSHARE\tEXPIRES\tCLAIMABLE")
		for _, t := range toks {
			var claim []string
			for a, p := range t.Pending {
				claim = append(claim, p.String()+" "+assetName(a))
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, t.Owner, t.Value, t.ShareRatio, expiry(t), strings.Join(claim, ", "))
		}
	})
}

func (c *datCommand) usage(ctx context.Context, args []string) error {
	record := c.fs.String("record", "", "spend this much of the token's quota (owner or class operator)")
	metric := c.fs.String("metric", "inference_calls", "usage metric (hashed with keccak256)")
	id, err := c.parseWithID(args, "usage [--record N [--metric M]] TOKEN")
	if err != nil {
		return err
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	if *record != "" {
		n, err := parseAmount(*record)
		if err != nil {
			return fmt.Errorf("--record: %w", err)
		}
		if err := cl.RecordUsage(ctx, id, crypto.Keccak256Hash([]byte(*metric)), n); err != nil {
			return err
		}
	}
	recs, err := cl.Usage(ctx, id)
	if err != nil {
		return err
	}
	t, err := cl.Token(ctx, id)
	if err != nil {
		return err
	}
	return c.print(map[string]any{"token": id, "valueLeft": t.Value, "usage": recs}, func(w *tabwriter.Writer) {
		fmt.Fprintln(w, "BLOCK\tAMOUNT\tMETRIC\tBY\tTX")
		for _, r := range recs {
			m := r.Metric.Hex()
			if r.Metric == crypto.Keccak256Hash([]byte(*metric)) {
				m = *metric
			}
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", r.Block, r.Amount, m, r.Actor, r.Tx)
		}
		fmt.Fprintf(w, "quota left\t%s\n", t.Value)
	})
}

func (c *datCommand) approve(ctx context.Context, args []string) error {
	classID := c.classFlag("class id")
	operator := c.fs.String("operator", "", "the operator (a service that records usage)")
	revoke := c.fs.Bool("revoke", false, "withdraw the approval")
	if err := c.parse(args, "approve --class ID --operator A [--revoke]", 0); err != nil {
		return err
	}
	id, err := classID()
	if err != nil {
		return err
	}
	op, err := parseAddress(*operator)
	if err != nil {
		return fmt.Errorf("--operator: %w", err)
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	if err := cl.ApproveForClass(ctx, id, op, !*revoke); err != nil {
		return err
	}
	return c.print(map[string]any{"owner": cl.From(), "class": id, "operator": op, "approved": !*revoke}, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "owner\t%s\nclass\t%s\noperator\t%s\napproved\t%t\n", cl.From(), id, op, !*revoke)
	})
}

func (c *datCommand) settle(ctx context.Context, args []string) error {
	classID := c.classFlag("class id")
	asset := c.fs.String("asset", "usdc", "usdc, xmetis, eth or a token address")
	amount := c.fs.String("amount", "", "amount in the asset's smallest unit")
	if err := c.parse(args, "settle --class ID --asset A --amount N", 0); err != nil {
		return err
	}
	id, err := classID()
	if err != nil {
		return err
	}
	a, err := parseAsset(*asset)
	if err != nil {
		return err
	}
	n, err := parseAmount(*amount)
	if err != nil {
		return fmt.Errorf("--amount: %w", err)
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	if a == sdk.NativeAsset {
		err = cl.SettleRevenueETH(ctx, id, n)
	} else {
		err = cl.SettleRevenueERC20(ctx, id, a, n)
	}
	if err != nil {
		return err
	}
	return c.print(map[string]any{"class": id, "asset": a, "amount": n}, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "settled\t%s %s to class %s\n", n, assetName(a), id)
	})
}

func (c *datCommand) claim(ctx context.Context, args []string) error {
	asset := c.fs.String("asset", "usdc", "usdc, xmetis, eth or a token address")
	to := c.fs.String("to", "", "recipient (default: the signer)")
	id, err := c.parseWithID(args, "claim [--asset A] [--to A] TOKEN")
	if err != nil {
		return err
	}
	a, err := parseAsset(*asset)
	if err != nil {
		return err
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	dest := cl.From()
	if *to != "" {
		if dest, err = parseAddress(*to); err != nil {
			return err
		}
	}
	got, err := cl.Claim(ctx, id, a, dest)
	if err != nil {
		return err
	}
	return c.print(map[string]any{"token": id, "asset": a, "to": dest, "amount": got}, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "claimed\t%s %s\nto\t%s\n", got, assetName(a), dest)
	})
}

// flagsFirst moves the flags of args before its positional arguments, so
// `metis dat show 1 --json` means what `metis dat show --json 1` does.
// A flag's value travels with it; "--" ends the flags.
func flagsFirst(fs *flag.FlagSet, args []string) []string {
	var flags, positional []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			positional = append(positional, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // flag.Parse names the unknown flag
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return append(flags, positional...)
}

func (c *datCommand) register(ctx context.Context, args []string) error {
	classID := c.classFlag("class id (its admin must have made the registry a minter: metis dat minter)")
	uri := c.fs.String("uri", "", "where validators fetch the data (http or https)")
	file := c.fs.String("file", "", "the data, to hash (default: fetch --uri)")
	if err := c.parse(args, "register --class ID --uri URL [--file PATH]", 0); err != nil {
		return err
	}
	id, err := classID()
	if err != nil {
		return err
	}
	if *uri == "" {
		return errors.New("metis dat register: --uri is required")
	}
	var data []byte
	if *file != "" {
		data, err = os.ReadFile(*file)
	} else {
		data, err = validator.Download(ctx, &http.Client{Timeout: time.Minute}, *uri)
	}
	if err != nil {
		return err
	}
	hash := common.Hash(sha256.Sum256(data))
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	fileID, err := cl.RegisterData(ctx, id, hash, *uri)
	if err != nil {
		return err
	}
	return c.print(map[string]any{"file": fileID, "class": id, "contentHash": hash, "uri": *uri}, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "file\t%s\nclass\t%s\ncontent hash\t%s (sha256)\nuri\t%s\nnext\tmetis dat contribute %s\n", fileID, id, hash, *uri, fileID)
	})
}

// devValidators are the URLs of metis dev's validators.
var devValidators = "http://127.0.0.1:8405/validators/0,http://127.0.0.1:8405/validators/1,http://127.0.0.1:8405/validators/2"

func (c *datCommand) contribute(ctx context.Context, args []string) error {
	vals := c.fs.String("validators", devValidators, "validator base URLs, comma-separated")
	finalize := c.fs.Bool("finalize", false, "only finalize a file whose collection window has passed")
	fileID, err := c.parseWithID(args, "contribute [--validators URLS] [--finalize] FILE_ID")
	if err != nil {
		return err
	}
	cl, err := c.client(ctx)
	if err != nil {
		return err
	}
	defer cl.Close()
	var token *big.Int
	var proofs []sdk.Proof
	if *finalize {
		token, err = cl.Finalize(ctx, fileID)
	} else {
		urls := strings.Split(*vals, ",")
		// Every validator's proof mints at once; a quorum starts the
		// collection window.
		proofs, err = validator.Collect(ctx, cl, nil, urls, fileID, len(urls))
		if err != nil {
			threshold, terr := cl.Threshold(ctx)
			if terr != nil {
				return terr
			}
			if proofs, err = validator.Collect(ctx, cl, nil, urls, fileID, int(threshold.Int64())); err != nil {
				return err
			}
		}
		token, err = cl.SubmitProofs(ctx, fileID, proofs)
	}
	if err != nil {
		return err
	}
	f, err := cl.File(ctx, fileID)
	if err != nil {
		return err
	}
	return c.print(map[string]any{"file": fileID, "status": f.Status.String(), "token": token, "score": f.Score, "proofs": len(proofs)}, func(w *tabwriter.Writer) {
		fmt.Fprintf(w, "file\t%s\nproofs submitted\t%d\nstatus\t%s\n", fileID, len(proofs), f.Status)
		if token != nil {
			fmt.Fprintf(w, "DAT\t%s (share %s, owner %s)\n", token, f.Score, f.Contributor)
		} else {
			fmt.Fprintf(w, "next\ta quorum is in; after the collection window: metis dat contribute --finalize %s\n", fileID)
		}
	})
}

func parseID(s string) (*big.Int, error) {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Sign() <= 0 || n.BitLen() > 256 {
		return nil, fmt.Errorf("%q is not a positive id below 2^256", s)
	}
	return n, nil
}

func parseAmount(s string) (*big.Int, error) {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Sign() < 0 || n.BitLen() > 256 {
		return nil, fmt.Errorf("%q is not a non-negative integer", s)
	}
	return n, nil
}

func parseAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not an address", s)
	}
	return common.HexToAddress(s), nil
}

// parseAsset resolves usdc, xmetis (the dev chain's tokens), eth (the
// native coin) or an address.
func parseAsset(s string) (common.Address, error) {
	switch strings.ToLower(s) {
	case "usdc":
		return tokens.Dev().USDC.Address, nil
	case "xmetis":
		return tokens.Dev().XMetis.Address, nil
	case "eth", "native", "metis":
		return sdk.NativeAsset, nil
	}
	a, err := parseAddress(s)
	if err != nil {
		return a, fmt.Errorf("asset: want usdc, xmetis, eth or an address: %w", err)
	}
	return a, nil
}

func assetName(a common.Address) string {
	dev := tokens.Dev()
	switch a {
	case sdk.NativeAsset:
		return "(native)"
	case dev.USDC.Address:
		return "USDC units"
	case dev.XMetis.Address:
		return "xMETIS units"
	}
	return a.Hex()
}

func expiry(t *sdk.Token) string {
	if t.ExpireAt == 0 {
		return "never"
	}
	s := time.Unix(int64(t.ExpireAt), 0).UTC().Format(time.RFC3339)
	if t.Expired {
		s += " (expired)"
	}
	return s
}
