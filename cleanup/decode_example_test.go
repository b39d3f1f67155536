package cleanup_test

import (
	"errors"
	"fmt"

	"github.com/textmend/textmend/cleanup"
)

func ExampleDecode() {
	// A Shift_JIS page, as a crawler fetched it.
	page := []byte("\x93\x8c\x8b\x9e\x82\xcd\x90\xb0\x82\xea\x81B\x96\xbe\x93\xfa\x82\xcd\x89J\x82\xc5\x82\xb5\x82\xe5\x82\xa4\x81B")
	text, edit, err := cleanup.Decode(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(text)
	fmt.Printf("%s: bytes %d-%d were %s\n", edit.Rule, edit.Start, edit.End, edit.Old)

	_, _, err = cleanup.Decode([]byte("\x7fELF\x02\x01\x01\x00"))
	fmt.Println(errors.Is(err, cleanup.ErrBinary), err)
	// Output:
	// 東京は晴れ。明日は雨でしょう。
	// charset: bytes 0-30 were Shift_JIS
	// true binary data, not text: an ELF executable
}

func ExampleDecodeAs() {
	text, edit, err := cleanup.DecodeAs([]byte("\xcf\xf0\xe8\xe2\xe5\xf2"), "windows-1251")
	fmt.Println(text, edit.Old, err)
	// Output: Привет windows-1251 <nil>
}
