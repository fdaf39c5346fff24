package blockstm

import "testing"

// TestSlabHandsOutZeroValues uses a slab over several "blocks" of different
// sizes, dirtying everything it is given: after every reset, new, slice
// and trim hand out zero values only, and chunks a smaller block did not
// reuse are cleared at the reset after it, so that nothing from a block
// is kept beyond the next one.
func TestSlabHandsOutZeroValues(t *testing.T) {
	var s slab[[4]int]
	dirty := [4]int{1, 2, 3, 4}
	for round, n := range []int{3000, 200, 5000, 10, 0, 4000} {
		for i := range n {
			if i%7 == 0 {
				p := s.slice(5)
				for j := range 5 {
					p = append(p, dirty)
					if p[j] != dirty || cap(p) != 5 {
						t.Fatalf("round %d: slice does not have room for 5", round)
					}
				}
				s.trim(p[:2])
				continue
			}
			p := s.new()
			if *p != ([4]int{}) {
				t.Fatalf("round %d value %d: handed out %v, want zero", round, i, *p)
			}
			*p = dirty
		}
		s.reset()
		for k, c := range s.chunks[s.dirty:] {
			for _, v := range c {
				if v != ([4]int{}) {
					t.Fatalf("round %d: chunk %d not handed out this round still holds %v", round, s.dirty+k, v)
				}
			}
		}
	}
}

// TestSlabClearsSkippedChunks asks for a slice wider than every chunk a
// block used: the chunks it skips held that block's values, and are
// cleared although nothing is handed out from them.
func TestSlabClearsSkippedChunks(t *testing.T) {
	var s slab[[4]int]
	for range 100 {
		*s.new() = [4]int{1, 2, 3, 4}
	}
	s.reset()
	s.slice(200)
	for k, c := range s.chunks[:len(s.chunks)-1] {
		for _, v := range c {
			if v != ([4]int{}) {
				t.Fatalf("skipped chunk %d (of %d values) still holds %v", k, len(c), v)
			}
		}
	}
}
