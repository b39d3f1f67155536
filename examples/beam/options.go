package main

import (
	"context"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/examples/internal/cleanflags"
	"github.com/textmend/textmend/examples/internal/corpus"
)

// settings are the flags that shape the cleaning, the same as mend's. They
// travel inside the DoFn to the workers, so they are plain exported values;
// each worker turns them into a corpus.Processor in Setup.
type settings struct {
	TextField string
	Analyses  string
	Raw       bool
	Charset   string            // forced charset of every file, "" to detect
	Clean     cleanflags.Values // -lang, -without, -protect, -cues, ... as in mend
}

// forcedCharset is the charset files are read in: "UTF-8" when -raw or
// -without charset turn detection off, as in mend.
func (st settings) forcedCharset() string {
	if st.Raw || st.Clean.NoCharset() {
		return "UTF-8"
	}
	return st.Charset
}

// processorOptions turns the settings into options for corpus.New. Files
// named by the settings are read through Beam's filesystems, so that
// gs://… paths work on Dataflow.
func (st settings) processorOptions(ctx context.Context) ([]corpus.Option, error) {
	analyses, err := corpus.ParseAnalyses(st.Analyses)
	if err != nil {
		return nil, fmt.Errorf("-analyses: %v", err)
	}
	if st.Charset != "" {
		if _, _, err := cleanup.LookupCharset(st.Charset); err != nil {
			return nil, fmt.Errorf("-charset: %v", err)
		}
	}
	o, err := st.Clean.Options(cleanflags.Files{Open: func(path string) (io.ReadCloser, error) { return openFile(ctx, path) }})
	if err != nil {
		return nil, err
	}
	return []corpus.Option{corpus.WithTextField(st.TextField), corpus.WithAnalyses(analyses), corpus.WithRaw(st.Raw),
		corpus.WithCleanup(o.Cleanup...), corpus.WithLang(o.Lang...), corpus.WithQuote(o.Quote...)}, nil
}

// openFile opens a file on any registered Beam filesystem.
func openFile(ctx context.Context, path string) (io.ReadCloser, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	rc, err := fs.OpenRead(ctx, path)
	if err != nil {
		fs.Close()
		return nil, err
	}
	return closeBoth{rc, fs}, nil
}

type closeBoth struct {
	io.ReadCloser
	fs filesystem.Interface
}

func (c closeBoth) Close() error {
	err := c.ReadCloser.Close()
	c.fs.Close()
	return err
}
