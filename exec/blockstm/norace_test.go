//go:build !race

package blockstm_test

const raceEnabled = false
