package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/textmend/textmend/examples/internal/corpus"
)

func init() {
	register.DoFn5x1[context.Context, record, func(string), func(string), func(corpus.RecordStats), error](&cleanFn{})
	register.Emitter1[corpus.RecordStats]()
	register.Emitter1[string]()
}

var (
	recordsCleaned = beam.NewCounter("textmend", "records")
	recordsFailed  = beam.NewCounter("textmend", "dead_letters")
)

// cleanFn cleans one record as mend -jsonl does. Its outputs are the
// cleaned record, the dead letter of a record that failed, and the counts
// of every record for the summary.
type cleanFn struct {
	Settings settings

	p *corpus.Processor
}

// Setup builds the Processor once per DoFn instance. A Processor is safe
// for concurrent use and loads language models, so all instances in one
// worker process share the one built for their settings.
func (fn *cleanFn) Setup(ctx context.Context) error {
	p, err := sharedProcessor(ctx, fn.Settings)
	if err != nil {
		return err
	}
	fn.p = p
	return nil
}

func (fn *cleanFn) ProcessElement(ctx context.Context, rec record, emit, emitDead func(string), emitStats func(corpus.RecordStats)) error {
	out, st, err := fn.process(rec)
	switch {
	case err != nil:
		// A panic in the library must not stop a corpus run: the record goes
		// to the dead letters, input and all, and the rest goes on.
		st = corpus.RecordStats{Documents: 1, Bytes: len(rec.Text), Error: err.Error()}
		emitDead(deadLetter{File: rec.File, Line: rec.Line, Error: err.Error(), Input: rec.Text}.encode())
	case out == nil:
		// A blank line: no record, as in mend.
	case st.Error != "":
		emitDead(deadLetter{File: rec.File, Line: rec.Line, Error: st.Error, Record: out}.encode())
	default:
		emit(string(out))
	}
	if st.Error != "" {
		recordsFailed.Inc(ctx, 1)
	} else if out != nil {
		recordsCleaned.Inc(ctx, 1)
	}
	emitStats(st)
	return nil
}

// process runs the Processor on one record and turns a panic into an error.
func (fn *cleanFn) process(rec record) (out []byte, st corpus.RecordStats, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	out, st = fn.p.Process([]byte(rec.Text))
	return out, st, nil
}

// processors holds the Processor of each set of settings in this process.
var processors struct {
	sync.Mutex
	built map[string]*corpus.Processor // by the settings as JSON
}

func sharedProcessor(ctx context.Context, st settings) (*corpus.Processor, error) {
	processors.Lock()
	defer processors.Unlock()
	key, err := json.Marshal(st)
	if err != nil {
		return nil, err
	}
	if p := processors.built[string(key)]; p != nil {
		return p, nil
	}
	opts, err := st.processorOptions(ctx)
	if err != nil {
		return nil, err
	}
	p, err := corpus.New(opts...)
	if err != nil {
		return nil, err
	}
	if processors.built == nil {
		processors.built = map[string]*corpus.Processor{}
	}
	processors.built[string(key)] = p
	return p, nil
}

// deadLetter is a record that could not be cleaned, with where it was and
// why. Record is the line mend -jsonl writes for it (its fields and
// "error"); Input is the line itself when there is no such line.
type deadLetter struct {
	File   string          `json:"file"`
	Line   int64           `json:"line"`
	Error  string          `json:"error"`
	Record json.RawMessage `json:"record,omitempty"`
	Input  string          `json:"input,omitempty"`
}

// encode writes the dead letter as one JSON line, the record as mend wrote it.
func (d deadLetter) encode() string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		// Only strings, a number and a record that mend wrote as JSON get here.
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
