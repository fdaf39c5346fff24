# The two commands of the README: `make run` and `make test`.
.PHONY: run test build fuzz contracts crash

run:
	go run ./cmd/metis dev

build:
	go build -o bin/metis ./cmd/metis

test:
	go vet ./...
	go test -race -timeout 30m ./...
	# Under -race the state tests run a sample; run all of them once without it.
	go test -count=1 -timeout 20m ./exec/statetest/

# Runs every fuzz target for a short while.
fuzz:
	go test ./rpc/ -run '^$$' -fuzz FuzzDecodeTransaction -fuzztime 30s
	go test ./rpc/ -run '^$$' -fuzz FuzzFilterCriteria -fuzztime 30s
	go test ./rpc/ -run '^$$' -fuzz FuzzRPCRequest -fuzztime 30s
	go test ./exec/blockstm/ -run '^$$' -fuzz FuzzParallelMatchesSerial -fuzztime 60s
	go test ./state/mpt/ -run '^$$' -fuzz FuzzMatchesGethTrie -fuzztime 60s
	go test ./x402/ -run '^$$' -fuzz FuzzDecodeHeader -fuzztime 30s
	go test ./x402/eip3009/ -run '^$$' -fuzz FuzzRecover -fuzztime 15s
	go test ./x402/facilitator/ -run '^$$' -fuzz FuzzPrepare -fuzztime 30s
	go test ./lazai/paidai/ -run '^$$' -fuzz FuzzParseUsage -fuzztime 20s
	go test ./sdk/ -run '^$$' -fuzz FuzzDecodeRevert -fuzztime 15s

# Recompiles contracts/src with the npm solc pinned in e2e/package.json.
contracts:
	node contracts/build.mjs
	go run ./contracts/genbindings

# Kills the node (SIGKILL) at random moments during import, hundreds of
# times, checking after every restart that the head is complete and its
# state root recomputes from the stored state.
crash:
	METIS_CRASH_ROUNDS=200 go test ./cmd/metis/ -run TestKillNineKeepsCommittedChain -timeout 60m -v
