//go:build race

package blockstm_test

const raceEnabled = true
