package main

import "sync"

// ordered runs work on the jobs that produce sends, on workers goroutines,
// and hands the results to emit in the order of the jobs. At most about
// three jobs per worker are in flight, so that memory does not grow with
// the input. The first error of emit stops the run and is returned.
func ordered[J, R any](workers int, produce func(send func(J) bool), work func(J) R, emit func(R) error) error {
	type task struct {
		job J
		out chan R
	}
	tasks := make(chan task)
	order := make(chan chan R, 2*workers)
	stop := make(chan struct{})
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
			out := make(chan R, 1) // a worker never waits for emit
			select {
			case order <- out:
			case <-stop:
				return false
			}
			select {
			case tasks <- task{j, out}:
				return true
			case <-stop:
				return false
			}
		})
	}()
	var err error
	for out := range order {
		if err = emit(<-out); err != nil {
			close(stop)
			break
		}
	}
	for range order {
		// Drop what was queued after the error; its tasks may never run.
	}
	wg.Wait()
	return err
}
