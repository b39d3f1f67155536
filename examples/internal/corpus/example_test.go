package corpus_test

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/klauspost/compress/gzip"

	"github.com/textmend/textmend/examples/internal/corpus"
)

func ExampleProcessor_Process() {
	p, err := corpus.New(corpus.WithAnalyses(corpus.Edits))
	if err != nil {
		fmt.Println(err)
		return
	}
	var st corpus.Stats
	for _, line := range []string{
		`{"id":7,"text":"Hallo , Welt !","src":"forum"}`,
		`{"id":8}`,
	} {
		out, rs := p.Process([]byte(line))
		st.Add(rs)
		fmt.Println(string(out))
	}
	fmt.Println(st.Documents, "documents,", st.Errors, "error,", st.Edits["space-before-punct"], "edits of space-before-punct")
	// Output:
	// {"id":7,"text":"Hallo, Welt!","src":"forum","edits":[{"rule":"space-before-punct","start":5,"end":6,"old":" ","new":""},{"rule":"space-before-punct","start":12,"end":13,"old":" ","new":""}]}
	// {"id":8,"error":"no \"text\" field"}
	// 2 documents, 1 error, 2 edits of space-before-punct
}

func ExampleProcessor_Document() {
	p, err := corpus.New(corpus.WithAnalyses(corpus.Edits))
	if err != nil {
		fmt.Println(err)
		return
	}
	// The charset edit covers the 16 input bytes; the edits after it are
	// offsets into the decoded text, where ü, ß and ö take two bytes each.
	out, _ := p.Document("brief.txt", []byte("Gr\xfc\xdfe aus K\xf6ln !"))
	fmt.Println(string(out))
	out, _ = p.Document("photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00"))
	fmt.Println(string(out))
	// Output:
	// {"file":"brief.txt","text":"Grüße aus Köln!","edits":[{"rule":"charset","start":0,"end":16,"old":"windows-1252","new":"UTF-8"},{"rule":"space-before-punct","start":17,"end":18,"old":" ","new":""}]}
	// {"file":"photo.txt","error":"binary data, not text: a PNG image"}
}

func ExampleStats_WriteText() {
	st := corpus.Stats{Documents: 3, Bytes: 2_500_000, Errors: 1, Seconds: 2,
		Edits: map[string]int64{"space-runs": 4, "html-entities": 9}, Letters: map[string]int64{"de": 120}}
	st.WriteText(os.Stdout)
	// Output:
	// documents 3, 2.5 MB, errors 1, quotes 0, 2.0 s, 1.25 MB/s
	// edits: html-entities 9, space-runs 4
	// letters: de 120
}

// Decompress reads a file by its name: a .gz as what it holds.
func ExampleDecompress() {
	var packed bytes.Buffer
	zw := gzip.NewWriter(&packed)
	zw.Write([]byte("Hallo , Welt !\n"))
	zw.Close()
	r, release, err := corpus.Decompress("page.txt.gz", &packed)
	if err != nil {
		log.Fatal(err)
	}
	defer release()
	text, _ := io.ReadAll(r)
	fmt.Printf("%q\n", text)
	// Output: "Hallo , Welt !\n"
}

// A worker writes a batch of records into one buffer.
func ExampleProcessor_AppendProcess() {
	p, err := corpus.New(corpus.WithAnalyses(0))
	if err != nil {
		fmt.Println(err)
		return
	}
	var out []byte
	for _, line := range []string{`{"text":"eins ,zwei"}`, ``, `{"text":"drei  vier"}`} {
		n := len(out)
		if out, _ = p.AppendProcess(out, []byte(line)); len(out) > n {
			out = append(out, '\n') // a blank line adds nothing
		}
	}
	fmt.Print(string(out))
	// Output:
	// {"text":"eins, zwei"}
	// {"text":"drei vier"}
}

// A large document is encoded straight onto the output, never whole in
// memory.
func ExampleAnalysis_WriteTo() {
	p, err := corpus.New(corpus.WithAnalyses(corpus.Edits))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, st := p.Analyse("notes.txt", []byte("Ja , gut ."))
	if _, err := a.WriteTo(os.Stdout); err != nil {
		log.Fatal(err)
	}
	fmt.Println()
	fmt.Println(st.Edits)
	// Output:
	// {"file":"notes.txt","text":"Ja, gut.","edits":[{"rule":"space-before-punct","start":2,"end":3,"old":" ","new":""},{"rule":"space-before-punct","start":8,"end":9,"old":" ","new":""}]}
	// map[space-before-punct:2]
}
