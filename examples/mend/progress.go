package main

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows records, bytes, MB/s and, when the size of the inputs is
// known, the ETA on standard error. A nil *progress shows nothing.
type progress struct {
	bar     *progressbar.ProgressBar
	read    atomic.Int64 // bytes read from disk (compressed, when the input is)
	records atomic.Int64
	done    chan struct{}
	stopped chan struct{}
}

// startProgress starts the display, or returns nil when it is off. total
// is the bytes of all inputs, -1 when unknown (standard input).
func startProgress(on bool, total int64, w io.Writer) *progress {
	if !on {
		return nil
	}
	p := &progress{done: make(chan struct{}), stopped: make(chan struct{})}
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowTotalBytes(true),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetWidth(20),
		progressbar.OptionSetDescription("0 records"),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(w) }),
	)
	go p.update()
	return p
}

// update redraws the bar from the counters; readers and workers only add
// to counters, so they never wait for the terminal.
func (p *progress) update() {
	defer close(p.stopped)
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		p.bar.Describe(fmt.Sprintf("%d records", p.records.Load()))
		p.bar.Set64(p.read.Load())
		select {
		case <-p.done:
			return
		case <-t.C:
		}
	}
}

func (p *progress) addBytes(n int) {
	if p != nil {
		p.read.Add(int64(n))
	}
}

func (p *progress) addRecords(n int) {
	if p != nil {
		p.records.Add(int64(n))
	}
}

// finish draws the last state and ends the line.
func (p *progress) finish() {
	if p == nil {
		return
	}
	close(p.done)
	<-p.stopped
	p.bar.Describe(fmt.Sprintf("%d records", p.records.Load()))
	p.bar.Set64(p.read.Load())
	p.bar.Finish()
}

// isTerminal reports whether f is a terminal, for the default of -progress.
func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
