package lines

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRead(t *testing.T) {
	type line struct {
		Text string
		Size int
	}
	tests := []struct {
		name  string
		input string
		limit int
		want  []line
	}{
		{"line ends kept", "a\nbc\r\n", 10, []line{{"a\n", 1}, {"bc\r\n", 3}}},
		{"last line without newline", "a\nb", 10, []line{{"a\n", 1}, {"b", 1}}},
		{"blank lines are lines", "\n\nx\n", 10, []line{{"\n", 1}, {"\n", 1}, {"x\n", 1}}},
		{"empty input", "", 10, nil},
		{"at the limit", "12345\n", 5, []line{{"12345\n", 5}}},
		{"over the limit", "123456\nok\n", 5, []line{{"", 6}, {"ok\n", 2}}},
		{"over the limit at the end", "ok\n123456", 5, []line{{"ok\n", 2}, {"", 6}}},
		// Longer than the 16-byte buffer: read in several slices.
		{"longer than the buffer", strings.Repeat("x", 40) + "\ny\n", 100, []line{{strings.Repeat("x", 40) + "\n", 40}, {"y\n", 1}}},
		{"dropped across slices", strings.Repeat("x", 40) + "\ny", 20, []line{{"", 40}, {"y", 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := bufio.NewReaderSize(strings.NewReader(tt.input), 16)
			var got []line
			for {
				text, size, err := Read(r, tt.limit)
				if size > 0 {
					got = append(got, line{string(text), size})
				}
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzRead: the lines read are the input's lines, in order, each
// whole with its "\n" or dropped because it is longer than the limit.
func FuzzRead(f *testing.F) {
	f.Add([]byte("a\nbc\r\n\n"), uint8(2))
	f.Add([]byte(strings.Repeat("x", 40)+"\ny"), uint8(20))
	f.Add([]byte(""), uint8(0))
	f.Fuzz(func(t *testing.T, input []byte, limit uint8) {
		r := bufio.NewReaderSize(bytes.NewReader(input), 16)
		want := strings.SplitAfter(string(input), "\n")
		if want[len(want)-1] == "" {
			want = want[:len(want)-1]
		}
		for i := 0; ; i++ {
			line, size, err := Read(r, int(limit))
			if size == 0 {
				if i != len(want) {
					t.Fatalf("%d lines, want %d", i, len(want))
				}
				return
			}
			if i >= len(want) {
				t.Fatalf("line %d %q past the end", i, line)
			}
			content := len(strings.TrimSuffix(want[i], "\n"))
			switch {
			case size != max(content, 1):
				t.Fatalf("line %d: size %d, want %d", i, size, max(content, 1))
			case content > int(limit) && line != nil:
				t.Fatalf("line %d of %d bytes kept over limit %d", i, content, limit)
			case content <= int(limit) && string(line) != want[i]:
				t.Fatalf("line %d: %q, want %q", i, line, want[i])
			}
			if err != nil && !errors.Is(err, io.EOF) {
				t.Fatal(err)
			}
		}
	})
}
