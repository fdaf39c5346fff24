// Command metis runs the Metis-Go stack. `metis dev` starts a single-node
// development chain with prefunded accounts; `metis bench` runs benchmarks.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `metis — the Metis-Go node

Usage:
  metis dev [flags]      run a local development chain with the x402 facilitator
                         and the $BANG mint (see metis dev -h)
  metis facilitator      serve the x402 facilitator API for any EVM chains
  metis pay URL          fetch URL, paying x402 402 answers within a budget
  metis dat ...          LazAI data anchoring tokens: classes, mints, usage, revenue claims
  metis state export     write a chain's state as a genesis file (start from it: metis dev --genesis)
  metis bench load ...   sustained included tx/s over JSON-RPC, side by side with anvil
  metis version          print the version

Every flag can also be set by an environment variable METIS_<FLAG>, with
dots and dashes as underscores (e.g. METIS_HTTP_PORT=8546).
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "metis:", err)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("missing command")
	}
	switch args[0] {
	case "dev":
		return runDev(ctx, args[1:], stdout, stderr)
	case "facilitator":
		return runFacilitator(ctx, args[1:], stdout, stderr)
	case "pay":
		return runPay(ctx, args[1:], stdout, stderr)
	case "dat":
		return runDat(ctx, args[1:], stdout, stderr)
	case "state":
		return runState(ctx, args[1:], stdout, stderr)
	case "bench":
		return runBench(ctx, args[1:], stdout, stderr)
	case "version", "--version", "-v":
		fmt.Fprintln(stdout, "metis", versionString())
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("unknown command %q", args[0])
	}
}
