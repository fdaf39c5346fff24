package rpc

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/event"
)

// TestForwardDropsSlowSubscriber checks that a subscriber whose client
// does not read never blocks the feed, and is dropped (unsubscribed) once
// it falls more than the backlog behind.
func TestForwardDropsSlowSubscriber(t *testing.T) {
	var feed event.Feed
	in := make(chan int)
	sub := feed.Subscribe(in)
	block := make(chan struct{})
	defer close(block)
	var unsubscribed atomic.Bool
	go forward(in, func() { unsubscribed.Store(true); sub.Unsubscribe() }, nil, 4, func(int) error {
		<-block // a client that never reads
		return nil
	})
	sent := make(chan int)
	go func() {
		n := 0
		for i := 0; i < 100; i++ {
			n += feed.Send(i)
		}
		sent <- n
	}()
	select {
	case n := <-sent:
		if !unsubscribed.Load() || n > 4+2 {
			t.Fatalf("unsubscribed=%v after %d delivered events, want a drop after about 4", unsubscribed.Load(), n)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the feed was blocked by a slow subscriber")
	}
}

// TestForwardStopsOnDeliveryError checks that a failing client ends the
// forwarding and unsubscribes.
func TestForwardStopsOnDeliveryError(t *testing.T) {
	in := make(chan int, 1)
	done := make(chan struct{})
	var unsubscribed atomic.Bool
	go func() {
		defer close(done)
		forward(in, func() { unsubscribed.Store(true) }, nil, 4, func(int) error { return errors.New("gone") })
	}()
	in <- 1
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("forward did not stop")
	}
	if !unsubscribed.Load() {
		t.Fatal("not unsubscribed")
	}
}
