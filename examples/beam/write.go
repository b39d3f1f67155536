package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.Emitter2[int, string]()
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// writeSharded writes the lines of col as JSON Lines into shards files
// named prefix-00000.jsonl, prefix-00001.jsonl, ... A shard that receives no
// line is not written. Lines go to shards by a hash of their bytes, so a
// rerun puts each line in the same shard.
func writeSharded(s beam.Scope, prefix string, shards int, col beam.PCollection) {
	s = s.Scope("writeSharded")
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	grouped := beam.GroupByKey(s, keyed)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix}, grouped)
}

type shardFn struct {
	Shards int
}

func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

// shardName is the file of one shard.
func shardName(prefix string, shard int) string {
	return fmt.Sprintf("%s-%05d.jsonl", prefix, shard)
}

// writeShardFn writes one shard. It writes a temporary file and renames it
// when the filesystem can, so that a failed or retried bundle never leaves
// a half-written shard under the final name.
type writeShardFn struct {
	Prefix string
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := shardName(fn.Prefix, shard)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	renamer, canRename := fs.(filesystem.Renamer)
	tmp := name
	if canRename {
		tmp = name + ".tmp"
	}
	w, err := fs.OpenWrite(ctx, tmp)
	if err != nil {
		return err
	}
	buf := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		buf.WriteString(line)
		if err := buf.WriteByte('\n'); err != nil {
			w.Close()
			return fmt.Errorf("write %s: %w", tmp, err)
		}
	}
	if err := buf.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	if canRename {
		return renamer.Rename(ctx, tmp, name)
	}
	return nil
}

// outputPrefix turns the -output directory into the prefix of its files.
func outputPrefix(dir, name string) string {
	return strings.TrimSuffix(dir, "/") + "/" + name
}
