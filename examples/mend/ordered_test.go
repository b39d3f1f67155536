package main

import (
	"errors"
	"sync/atomic"
	"testing"
)

func TestOrderedKeepsOrderAndBudget(t *testing.T) {
	var inFlight, most atomic.Int64
	weights := []int64{5, 1, 9, 3, 20, 2, 2, 7} // 20 is more than the budget: it runs alone
	var got []int
	err := ordered(3, 10, func(i int) int64 { return weights[i] },
		func(send func(int) bool) {
			for i := range weights {
				if !send(i) {
					return
				}
			}
		},
		func(i int) int {
			n := inFlight.Add(min(weights[i], 10))
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			inFlight.Add(-min(weights[i], 10))
			return i
		},
		func(i int) error { got = append(got, i); return nil })
	if err != nil {
		t.Fatal(err)
	}
	for i, g := range got {
		if g != i {
			t.Fatalf("results in order %v", got)
		}
	}
	if len(got) != len(weights) || most.Load() > 10 {
		t.Errorf("%d results, most weight at once %d (budget 10)", len(got), most.Load())
	}
}

func TestOrderedStopsOnError(t *testing.T) {
	boom := errors.New("disk full")
	sent := 0
	err := ordered(2, 4, func(int) int64 { return 3 },
		func(send func(int) bool) {
			for i := 0; i < 1000; i++ {
				if !send(i) {
					return
				}
				sent++
			}
		},
		func(i int) int { return i },
		func(i int) error {
			if i == 5 {
				return boom
			}
			return nil
		})
	if !errors.Is(err, boom) || sent > 20 {
		t.Errorf("err %v after %d jobs sent", err, sent)
	}
}
