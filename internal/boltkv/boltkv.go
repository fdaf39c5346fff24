// Package boltkv is a go-ethereum key-value store (ethdb.KeyValueStore)
// over bbolt, an mmap'd copy-on-write B+tree. It exists so that
// `metis bench state` can measure the state store on a B+tree as well as
// on Pebble's LSM tree (DESIGN.md asks the engine to be chosen by
// measurement); the node itself runs on Pebble.
//
// Writes are not synced one by one (bbolt's NoSync); SyncKeyValue syncs,
// as the chain does after each block. Iterators copy what they cover when
// created, so they never hold a read transaction open.
package boltkv

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/ethdb"
	bolt "go.etcd.io/bbolt"
)

var bucket = []byte("kv")

// k maps a key into bbolt, which refuses empty keys: every key is stored
// after one zero byte (the order of keys is unchanged).
func k(key []byte) []byte { return append([]byte{0}, key...) }

// ErrNotFound is returned by Get for a missing key.
var ErrNotFound = errors.New("boltkv: not found")

// DB is an ethdb.KeyValueStore on one bbolt file.
type DB struct{ db *bolt.DB }

var _ ethdb.KeyValueStore = (*DB)(nil)

// Open opens (creating) the bbolt file at path.
func Open(path string) (*DB, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{NoSync: true, NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return nil, fmt.Errorf("boltkv: open %s: %w", path, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucket)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("boltkv: create bucket: %w", err)
	}
	return &DB{db: db}, nil
}

// Has implements ethdb.KeyValueReader.
func (d *DB) Has(key []byte) (bool, error) {
	var ok bool
	err := d.db.View(func(tx *bolt.Tx) error {
		ok = tx.Bucket(bucket).Get(k(key)) != nil
		return nil
	})
	return ok, err
}

// Get implements ethdb.KeyValueReader.
func (d *DB) Get(key []byte) ([]byte, error) {
	var out []byte
	err := d.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucket).Get(k(key)); v != nil {
			out = bytes.Clone(v)
		}
		return nil
	})
	if err == nil && out == nil {
		err = ErrNotFound
	}
	return out, err
}

// Put implements ethdb.KeyValueWriter.
func (d *DB) Put(key, value []byte) error {
	return d.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put(k(key), value) })
}

// Delete implements ethdb.KeyValueWriter.
func (d *DB) Delete(key []byte) error {
	return d.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Delete(k(key)) })
}

// DeleteRange implements ethdb.KeyValueRangeDeleter: keys in [start, end).
func (d *DB) DeleteRange(start, end []byte) error {
	return d.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		return deleteRange(b, start, end)
	})
}

// deleteRange deletes the keys in [start, end) of b; a nil end has no
// upper bound.
func deleteRange(b *bolt.Bucket, start, end []byte) error {
	var keys [][]byte
	c := b.Cursor()
	var upper []byte
	if end != nil {
		upper = k(end)
	}
	for key, _ := c.Seek(k(start)); key != nil && (upper == nil || bytes.Compare(key, upper) < 0); key, _ = c.Next() {
		keys = append(keys, bytes.Clone(key))
	}
	for _, key := range keys {
		if err := b.Delete(key); err != nil {
			return err
		}
	}
	return nil
}

// Stat implements ethdb.KeyValueStater.
func (d *DB) Stat() (string, error) {
	s := d.db.Stats()
	return fmt.Sprintf("bbolt: %d free pages, %d pending", s.FreePageN, s.PendingPageN), nil
}

// SyncKeyValue implements ethdb.KeyValueSyncer.
func (d *DB) SyncKeyValue() error { return d.db.Sync() }

// Compact implements ethdb.Compacter; a B+tree needs none.
func (d *DB) Compact([]byte, []byte) error { return nil }

// Close closes the file.
func (d *DB) Close() error { return d.db.Close() }

// NewBatch implements ethdb.Batcher.
func (d *DB) NewBatch() ethdb.Batch { return &batch{db: d} }

// NewBatchWithSize implements ethdb.Batcher.
func (d *DB) NewBatchWithSize(int) ethdb.Batch { return &batch{db: d} }

type op struct {
	key, value []byte
	del        bool
	ranged     bool   // a range deletion [key, end)
	end        []byte // nil: no upper bound
}

// batch buffers writes and applies them in one bbolt transaction.
type batch struct {
	db   *DB
	ops  []op
	size int
}

func (b *batch) Put(key, value []byte) error {
	b.ops = append(b.ops, op{key: bytes.Clone(key), value: bytes.Clone(value)})
	b.size += len(key) + len(value)
	return nil
}

func (b *batch) Delete(key []byte) error {
	b.ops = append(b.ops, op{key: bytes.Clone(key), del: true})
	b.size += len(key)
	return nil
}

func (b *batch) DeleteRange(start, end []byte) error {
	b.ops = append(b.ops, op{key: bytes.Clone(start), end: bytes.Clone(end), del: true, ranged: true})
	return nil
}

func (b *batch) ValueSize() int { return b.size }

func (b *batch) Write() error {
	return b.db.db.Update(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucket)
		for _, o := range b.ops {
			var err error
			switch {
			case o.ranged:
				err = deleteRange(bk, o.key, o.end)
			case o.del:
				err = bk.Delete(k(o.key))
			default:
				err = bk.Put(k(o.key), o.value)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

func (b *batch) Reset() { b.ops, b.size = b.ops[:0], 0 }

func (b *batch) Replay(w ethdb.KeyValueWriter) error {
	for _, o := range b.ops {
		var err error
		switch {
		case o.ranged:
			if rd, ok := w.(ethdb.KeyValueRangeDeleter); ok {
				err = rd.DeleteRange(o.key, o.end)
			}
		case o.del:
			err = w.Delete(o.key)
		default:
			err = w.Put(o.key, o.value)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (b *batch) Close() {}

// NewIterator implements ethdb.Iteratee: the keys with prefix, from
// prefix+start on, copied now.
func (d *DB) NewIterator(prefix, start []byte) ethdb.Iterator {
	it := &iterator{pos: -1}
	it.err = d.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucket).Cursor()
		pfx := k(prefix)
		for key, v := c.Seek(append(bytes.Clone(pfx), start...)); key != nil && bytes.HasPrefix(key, pfx); key, v = c.Next() {
			it.keys = append(it.keys, bytes.Clone(key[1:]))
			it.values = append(it.values, bytes.Clone(v))
		}
		return nil
	})
	return it
}

type iterator struct {
	keys, values [][]byte
	pos          int
	err          error
}

func (it *iterator) Next() bool {
	if it.err != nil || it.pos+1 >= len(it.keys) {
		it.pos = len(it.keys)
		return false
	}
	it.pos++
	return true
}

func (it *iterator) Error() error { return it.err }

func (it *iterator) Key() []byte {
	if it.pos < 0 || it.pos >= len(it.keys) {
		return nil
	}
	return it.keys[it.pos]
}

func (it *iterator) Value() []byte {
	if it.pos < 0 || it.pos >= len(it.values) {
		return nil
	}
	return it.values[it.pos]
}

func (it *iterator) Release() { it.keys, it.values = nil, nil }
