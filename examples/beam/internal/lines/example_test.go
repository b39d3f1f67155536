package lines_test

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/textmend/textmend/examples/beam/internal/lines"
)

func ExampleRead() {
	r := bufio.NewReader(strings.NewReader("{\"text\":\"a\"}\n" + strings.Repeat("x", 30) + "\n{\"text\":\"b\"}"))
	for {
		line, size, err := lines.Read(r, 20)
		if size == 0 {
			break
		}
		if line == nil {
			fmt.Printf("dropped a line of %d bytes\n", size)
		} else {
			fmt.Printf("%q\n", line)
		}
		if err != nil {
			break
		}
	}
	// Output:
	// "{\"text\":\"a\"}\n"
	// dropped a line of 30 bytes
	// "{\"text\":\"b\"}"
}
