package main

import "sync"

// ordered runs work on the jobs that produce sends, on workers goroutines,
// and hands the results to emit in the order of the jobs. At most about
// three jobs per worker are in flight, and at most budget bytes of them
// as weight counts them (a job larger than the budget runs alone), so
// that memory grows neither with the input nor with the number of workers
// when documents are large. The first error of emit stops the run.
func ordered[J, R any](workers int, budget int64, weight func(J) int64, produce func(send func(J) bool), work func(J) R, emit func(R) error) error {
	type task struct {
		job J
		out chan R
		w   int64
	}
	tasks := make(chan task)
	order := make(chan task, 2*workers)
	stop := make(chan struct{})
	b := newBudget(budget)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for t := range tasks {
				t.out <- work(t.job)
			}
		})
	}
	go func() {
		defer close(order)
		defer close(tasks)
		produce(func(j J) bool {
			t := task{j, make(chan R, 1), min(weight(j), budget)} // a worker never waits for emit
			if !b.acquire(t.w, stop) {
				return false
			}
			select {
			case order <- t:
			case <-stop:
				return false
			}
			select {
			case tasks <- t:
				return true
			case <-stop:
				return false
			}
		})
	}()
	var err error
	for t := range order {
		err = emit(<-t.out)
		b.release(t.w)
		if err != nil {
			close(stop)
			b.release(0) // wake a producer waiting for the budget
			break
		}
	}
	for range order {
		// Drop what was queued after the error; its tasks may never run.
	}
	wg.Wait()
	return err
}

// A budget is a count of bytes that jobs in flight may hold together.
type budget struct {
	mu   sync.Mutex
	cond *sync.Cond
	free int64
}

func newBudget(n int64) *budget {
	b := &budget{free: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes are free, or returns false once stop is
// closed.
func (b *budget) acquire(n int64, stop <-chan struct{}) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.free < n {
		select {
		case <-stop:
			return false
		default:
		}
		b.cond.Wait()
	}
	b.free -= n
	return true
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	b.cond.Broadcast()
}
