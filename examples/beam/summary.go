package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/textmend/textmend/examples/internal/corpus"
)

func init() {
	register.Combiner3[corpus.Stats, corpus.RecordStats, string](&statsFn{})
	// Stats travels between workers as the JSON mend -stats-json writes.
	beam.RegisterCoder(reflect.TypeOf(corpus.Stats{}), encodeStats, decodeStats)
}

// summarize adds up the counts of every record with a Beam combiner and
// writes them as one JSON object, the same as mend -stats-json, to path.
// Runners combine partial Stats on each worker before they shuffle them,
// so only one small Stats per bundle crosses the network.
func summarize(s beam.Scope, path string, counts beam.PCollection) {
	s = s.Scope("summarize")
	summary := beam.Combine(s, &statsFn{}, counts)
	textio.Write(s, path, summary)
}

// statsFn is the combiner: per rule and per language counts add up key by
// key in Stats.Merge.
type statsFn struct{}

func (statsFn) CreateAccumulator() corpus.Stats { return corpus.Stats{} }

func (statsFn) AddInput(acc corpus.Stats, r corpus.RecordStats) corpus.Stats {
	acc.Add(r)
	return acc
}

func (statsFn) MergeAccumulators(a, b corpus.Stats) corpus.Stats {
	a.Merge(b)
	return a
}

func (statsFn) ExtractOutput(acc corpus.Stats) string {
	b, err := encodeStats(acc)
	if err != nil {
		panic(err) // counts and maps of strings always marshal
	}
	return string(b)
}

// encodeStats writes Stats as mend -stats-json does.
func encodeStats(st corpus.Stats) ([]byte, error) { return json.MarshalIndent(st, "", "  ") }

func decodeStats(b []byte) (corpus.Stats, error) {
	var st corpus.Stats
	err := json.Unmarshal(b, &st)
	return st, err
}

// readSummary reads the summary a run wrote.
func readSummary(ctx context.Context, path string) (corpus.Stats, error) {
	rc, err := openFile(ctx, path)
	if err != nil {
		return corpus.Stats{}, err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return corpus.Stats{}, err
	}
	st, err := decodeStats(b)
	if err != nil {
		return st, fmt.Errorf("%s: %v", path, err)
	}
	return st, nil
}

// writeSummary replaces the summary at path, once the run has set its time.
func writeSummary(ctx context.Context, path string, st corpus.Stats) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	b, err := encodeStats(st)
	if err != nil {
		w.Close()
		return err
	}
	if _, err := w.Write(append(b, '\n')); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
