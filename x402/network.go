package x402

import (
	"fmt"
	"strconv"
	"strings"
)

// v1Networks maps v1 network names to EIP-155 chain ids (those of the
// reference SDKs, plus Metis and GOAT).
var v1Networks = map[string]uint64{
	"ethereum": 1, "sepolia": 11155111, "base": 8453, "base-sepolia": 84532,
	"avalanche": 43114, "avalanche-fuji": 43113, "polygon": 137, "polygon-amoy": 80002,
	"abstract": 2741, "abstract-testnet": 11124, "iotex": 4689, "peaq": 3338,
	"sei": 1329, "sei-testnet": 1328, "story": 1514, "educhain": 41923,
	"metis": 1088, "metis-sepolia": 59902, "goat": 2345,
}

// ChainID returns the EIP-155 chain id of an EVM network given as CAIP-2
// ("eip155:8453") or, for v1, by name ("base").
func ChainID(network string) (uint64, error) {
	if ref, ok := strings.CutPrefix(network, "eip155:"); ok {
		id, err := strconv.ParseUint(ref, 10, 64)
		if err != nil || id == 0 || ref != strconv.FormatUint(id, 10) {
			return 0, fmt.Errorf("x402: network %q: bad eip155 chain id", truncate(network))
		}
		return id, nil
	}
	if id, ok := v1Networks[network]; ok {
		return id, nil
	}
	return 0, fmt.Errorf("x402: network %q is neither eip155:<chain id> nor a known v1 name", truncate(network))
}

// CAIP2 returns the CAIP-2 id of an EVM chain.
func CAIP2(chainID uint64) string { return "eip155:" + strconv.FormatUint(chainID, 10) }

// V1Name returns the v1 name of a chain, if it has one.
func V1Name(chainID uint64) (string, bool) {
	for name, id := range v1Networks {
		if id == chainID {
			return name, true
		}
	}
	return "", false
}

// SameNetwork reports whether two network identifiers (CAIP-2 or v1 names)
// name the same chain.
func SameNetwork(a, b string) bool {
	if a == b {
		return true
	}
	ia, err1 := ChainID(a)
	ib, err2 := ChainID(b)
	return err1 == nil && err2 == nil && ia == ib
}
