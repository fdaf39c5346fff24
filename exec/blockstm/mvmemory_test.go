package blockstm

import (
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestCellsAreUnique adds many more locations than the table is sized for,
// from several goroutines at once, with locations sharing addresses and
// slots: every goroutine gets the same single cell for a location, found
// again afterwards, and locations whose probe window filled up live in
// the overflow map.
func TestCellsAreUnique(t *testing.T) {
	var m memory
	for round := range 2 { // the second round reuses the memory
		m.reset(1) // 1,024 slots for 6,000 locations
		locs := make([]location, 0, 6000)
		for i := range 3000 {
			addr := common.BytesToAddress([]byte{byte(i), byte(i >> 8), 0xaa})
			locs = append(locs, location{addr: addr})
			locs = append(locs, location{addr: addr, slot: common.BytesToHash([]byte{byte(i % 7)}), isSlot: true})
		}
		const goroutines = 4
		got := make([][]*cell, goroutines)
		var wg sync.WaitGroup
		for g := range goroutines {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var cells slab[cell]
				got[g] = make([]*cell, len(locs))
				for k := range locs {
					i := (k + g*len(locs)/goroutines) % len(locs) // each starts elsewhere
					got[g][i] = m.cell(locs[i], &cells)
				}
			}()
		}
		wg.Wait()
		if !m.overflowing.Load() {
			t.Fatalf("round %d: no location overflowed a table of %d slots", round, len(m.cells.slots))
		}
		for i, loc := range locs {
			c := got[0][i]
			if c == nil || c.loc != loc {
				t.Fatalf("round %d: cell of %v is %v", round, loc, c)
			}
			for g := 1; g < goroutines; g++ {
				if got[g][i] != c {
					t.Fatalf("round %d: goroutines got different cells for %v", round, loc)
				}
			}
			if f := m.find(loc); f != c {
				t.Fatalf("round %d: find(%v) = %p, added %p", round, loc, f, c)
			}
		}
		if c := m.find(location{addr: common.HexToAddress("0x01")}); c != nil {
			t.Fatalf("round %d: found a cell never added", round)
		}
	}
}
