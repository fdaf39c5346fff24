package agent

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"sync"
	"time"
)

// Ledger records an agent's payments in an append-only file (JSON lines,
// fsynced per record), so budgets hold across restarts. A payment is
// reserved before it is sent and counts against budgets from then on; it
// becomes paid, or is released when the server answered that it did not
// settle. A payment whose outcome is unknown (the response was lost) stays
// reserved, and its signed payload is reused by the next request for the
// same URL, so that a retry cannot pay twice.
type Ledger struct {
	mu      sync.Mutex
	file    *os.File // nil: in memory only
	entries map[string]*Entry
	order   []*Entry
	// inflight holds payments being sent by this process: they are not
	// "lost" and must not be resent by a concurrent request.
	inflight map[string]bool
}

// Entry is one payment.
type Entry struct {
	ID          string    `json:"id"` // the authorization nonce
	Time        time.Time `json:"time"`
	Request     string    `json:"request"` // "METHOD URL"
	Host        string    `json:"host"`
	Network     string    `json:"network"`
	Asset       string    `json:"asset"`
	Amount      string    `json:"amount"`
	Header      string    `json:"header"` // header name and value that carry the payment
	Value       string    `json:"value"`
	ValidBefore int64     `json:"validBefore"`
	State       string    `json:"state"` // reserved, paid, released
	Transaction string    `json:"transaction,omitempty"`
	amount      *big.Int
}

// Entry states.
const (
	Reserved = "reserved"
	Paid     = "paid"
	Released = "released"
)

type record struct {
	Op          string `json:"op"` // reserve, paid, release
	Entry       *Entry `json:"entry,omitempty"`
	ID          string `json:"id,omitempty"`
	Transaction string `json:"transaction,omitempty"`
}

// OpenLedger opens (creating if needed) the ledger file at path; an empty
// path keeps the ledger in memory.
func OpenLedger(path string) (*Ledger, error) {
	l := &Ledger{entries: make(map[string]*Entry), inflight: make(map[string]bool)}
	if path == "" {
		return l, nil
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("agent: open ledger: %w", err)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("agent: read ledger: %w", err)
	}
	good := 0 // bytes of complete, valid records
	for line := 1; good < len(data); line++ {
		end := bytes.IndexByte(data[good:], '\n')
		var rec record
		if end < 0 || json.Unmarshal(data[good:good+end], &rec) != nil {
			if end < 0 || good+end+1 == len(data) {
				// A torn last record (a crash mid-write): drop it.
				break
			}
			f.Close()
			return nil, fmt.Errorf("agent: ledger %s line %d is corrupt", path, line)
		}
		if err := l.apply(&rec); err != nil {
			f.Close()
			return nil, fmt.Errorf("agent: ledger %s line %d: %w", path, line, err)
		}
		good += end + 1
	}
	if good < len(data) {
		if err := f.Truncate(int64(good)); err != nil {
			f.Close()
			return nil, fmt.Errorf("agent: repair ledger: %w", err)
		}
	}
	l.file = f
	return l, nil
}

// Close closes the ledger file.
func (l *Ledger) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.file == nil {
		return nil
	}
	err := l.file.Close()
	l.file = nil
	return err
}

func (l *Ledger) apply(rec *record) error {
	switch rec.Op {
	case "reserve":
		e := rec.Entry
		if e == nil {
			return errors.New("reserve without entry")
		}
		amt, ok := new(big.Int).SetString(e.Amount, 10)
		if !ok {
			return fmt.Errorf("bad amount %q", e.Amount)
		}
		e.amount, e.State = amt, Reserved
		l.entries[e.ID] = e
		l.order = append(l.order, e)
	case "paid", "release":
		e, ok := l.entries[rec.ID]
		if !ok {
			return fmt.Errorf("%s of unknown payment %s", rec.Op, rec.ID)
		}
		if rec.Op == "paid" {
			e.State, e.Transaction = Paid, rec.Transaction
		} else {
			e.State = Released
		}
	default:
		return fmt.Errorf("unknown op %q", rec.Op)
	}
	return nil
}

// write persists and applies a record. REQUIRES: l.mu held.
func (l *Ledger) write(rec *record) error {
	if l.file != nil {
		raw, err := json.Marshal(rec)
		if err != nil {
			return fmt.Errorf("agent: ledger: %w", err)
		}
		if _, err := l.file.Write(append(raw, '\n')); err != nil {
			return fmt.Errorf("agent: ledger write: %w", err)
		}
		if err := l.file.Sync(); err != nil {
			return fmt.Errorf("agent: ledger sync: %w", err)
		}
	}
	return l.apply(rec)
}

// done ends this process's sending of a payment.
func (l *Ledger) done(id string) {
	l.mu.Lock()
	delete(l.inflight, id)
	l.mu.Unlock()
}

// settle marks a reserved payment paid (with its transaction) or released.
func (l *Ledger) settle(id string, paid bool, tx string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	e, ok := l.entries[id]
	if !ok || e.State != Reserved {
		return nil
	}
	if paid {
		return l.write(&record{Op: "paid", ID: id, Transaction: tx})
	}
	return l.write(&record{Op: "release", ID: id})
}

// pending returns an unresolved payment for the same request that is still
// valid at now and not being sent, to resend instead of paying again; it is
// marked in flight.
func (l *Ledger) pending(request string, now time.Time) *Entry {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i := len(l.order) - 1; i >= 0; i-- {
		e := l.order[i]
		if e.State == Reserved && e.Request == request && e.ValidBefore > now.Unix()+5 && !l.inflight[e.ID] {
			l.inflight[e.ID] = true
			c := *e
			return &c
		}
	}
	return nil
}

// Entries returns a copy of every payment, oldest first.
func (l *Ledger) Entries() []Entry {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]Entry, len(l.order))
	for i, e := range l.order {
		out[i] = *e
	}
	return out
}

// spent sums what counts against budgets in asset, since `since` (zero:
// ever), optionally for one host: payments reserved or paid, and released
// ones until they expire — the server that refused one still holds a
// signed authorization it could submit until then.
// REQUIRES: l.mu held.
func (l *Ledger) spent(network, asset, host string, since, now time.Time) *big.Int {
	sum := new(big.Int)
	for _, e := range l.order {
		if e.State == Released && e.ValidBefore <= now.Unix() || e.Network != network || e.Asset != asset || e.Time.Before(since) || host != "" && e.Host != host {
			continue
		}
		sum.Add(sum, e.amount)
	}
	return sum
}
