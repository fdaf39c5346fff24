package blockstm

// slab hands out values from chunks, so that many small allocations become
// a few large ones. Chunks start small and double up to slabChunk, so a
// slab that is barely used (one of the memory's many shards, in a small
// block) costs little; after reset they are handed out again. It is not
// safe for concurrent use.
type slab[T any] struct {
	cur    []T // the chunk values are handed out from: cur[pos:] are free
	pos    int
	chunk  int   // size of the last chunk made
	chunks [][]T // every chunk made; chunks[next:] are unused since reset
	next   int
	// chunks[:dirty] may hold values handed out before the last reset: a
	// dirty chunk is cleared when it is handed out again (by the worker
	// about to write it, while it is in cache), or at the next reset if it
	// was not, so that nothing is kept alive longer than one more block.
	dirty int
}

const (
	slabFirstChunk = 4
	slabChunk      = 256
)

// grow starts a chunk with room for at least n values: an unused one if
// there is one, else a new one.
func (s *slab[T]) grow(n int) {
	s.pos = 0
	for s.next < len(s.chunks) {
		c := s.chunks[s.next]
		s.next++
		if s.next <= s.dirty {
			clear(c) // also when skipped: chunks[:next] are dirty again at reset
		}
		if len(c) >= n {
			s.cur = c
			return
		}
	}
	s.chunk = min(max(2*s.chunk, slabFirstChunk), slabChunk)
	s.cur = make([]T, max(s.chunk, n))
	s.chunks = append(s.chunks, s.cur)
	s.next = len(s.chunks)
}

// reset makes every chunk unused again. Values handed out before must no
// longer be used.
func (s *slab[T]) reset() {
	for _, c := range s.chunks[s.next:max(s.next, s.dirty)] {
		clear(c) // dirty, and not handed out since the last reset
	}
	s.dirty = s.next
	s.cur, s.pos, s.next = nil, 0, 0
}

// new returns a pointer to a zero T.
func (s *slab[T]) new() *T {
	if s.pos == len(s.cur) {
		s.grow(1)
	}
	p := &s.cur[s.pos]
	s.pos++
	return p
}

// slice returns an empty slice with room for n values; appending beyond
// that allocates as usual.
func (s *slab[T]) slice(n int) []T {
	if len(s.cur)-s.pos < n {
		s.grow(n)
	}
	out := s.cur[s.pos : s.pos : s.pos+n]
	s.pos += n
	return out
}

// trim gives back the room that p, the slice the latest slice call
// returned, did not use, and returns p with no room left to grow into.
// Nothing is given back once p has grown out of the slab, or after
// another value was handed out.
func (s *slab[T]) trim(p []T) []T {
	n := cap(p)
	if n == 0 || s.pos < n || &p[:n][n-1] != &s.cur[s.pos-1] {
		return p
	}
	s.pos -= n - len(p)
	clear(s.cur[s.pos : s.pos+n-len(p)]) // new hands out zero values
	return p[:len(p):len(p)]
}
