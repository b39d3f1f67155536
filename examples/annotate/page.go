package main

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
)

//go:embed page.tmpl index.tmpl
var templateFiles embed.FS

// templates escape every text of a document: html/template knows whether a
// value lands in text, an attribute or the SVG, and escapes it for there.
var templates = template.Must(template.ParseFS(templateFiles, "page.tmpl", "index.tmpl"))

// A page is everything one document's HTML shows.
type page struct {
	Name      string
	Cleaned   []*node
	Original  []*node
	Edits     []editRow
	Rules     []ruleCount
	Languages []langShare
	Chart     chart
	Quotes    []quoteRow
	Spans     int
}

type editRow struct {
	Ref, Rule, Old, New string
	Before, After       string // a few characters of the input around the edit
	Start, End          int    // input offsets
}

type quoteRow struct {
	Ref, Speaker, Cue, Kind, Text string
	Depth                         int
	Closed                        bool
}

func newPage(d document) page {
	langs := languages(d.Result.Text, d.Spans)
	colours := map[language.Tag]int{}
	for i := range langs {
		langs[i].Colour = paletteIndex(langs[i].Colour)
		colours[langs[i].Tag] = langs[i].Colour
	}
	offsets := newOffsetMap(d.Result)
	return page{
		Name:      displayName(d.Name),
		Cleaned:   nest(d.Result.Text, cleanedMarks(d, offsets, colours)),
		Original:  nest(d.Input, originalMarks(d, offsets, colours)),
		Edits:     editRows(d),
		Rules:     ruleCounts(d.Result.Edits),
		Languages: langs,
		Chart:     barChart(langs),
		Quotes:    quoteRows(d),
		Spans:     len(d.Spans),
	}
}

func editRows(d document) []editRow {
	rows := make([]editRow, len(d.Result.Edits))
	for i, e := range d.Result.Edits {
		before, after := surroundings(d.Input, e.Start, e.End)
		rows[i] = editRow{fmt.Sprintf("e%d", i), e.Rule, visible(e.Old), visible(e.New), before, after, e.Start, e.End}
	}
	return rows
}

// contextRunes is how much of the input the edit list shows on each side.
const contextRunes = 12

// surroundings returns the text before start and after end, on the same line.
func surroundings(input string, start, end int) (before, after string) {
	before = input[:start]
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	after = input[end:]
	if i := strings.IndexByte(after, '\n'); i >= 0 {
		after = after[:i]
	}
	if r := []rune(validText(before)); len(r) > contextRunes {
		before = "…" + string(r[len(r)-contextRunes:])
	}
	if r := []rune(validText(after)); len(r) > contextRunes {
		after = string(r[:contextRunes]) + "…"
	}
	return validText(before), validText(after)
}

func quoteRows(d document) []quoteRow {
	rows := make([]quoteRow, len(d.Quotes))
	for i, q := range d.Quotes {
		rows[i] = quoteRow{fmt.Sprintf("q%d", i), q.Speaker, q.Cue, q.Kind.String(), q.Text, q.Depth, q.Closed}
	}
	return rows
}

// displayName is the file name of an input without its directories, which
// say more about the machine than about the text.
func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return filepath.Base(name)
}

func renderPage(w io.Writer, p page) error {
	return templates.ExecuteTemplate(w, "page.tmpl", p)
}

// An indexRow links one page from index.html.
type indexRow struct {
	Href, Name           string
	Edits, Spans, Quotes int
	Main                 string // the language with most letters
}

// indexRowOf names the input as it was given, which tells apart inputs of
// the same base name.
func indexRowOf(p page, input, href string) indexRow {
	if input == "-" {
		input = p.Name
	}
	row := indexRow{Href: href, Name: input, Edits: len(p.Edits), Spans: p.Spans, Quotes: len(p.Quotes)}
	if len(p.Languages) > 0 {
		row.Main = p.Languages[0].Name
	}
	return row
}

func renderIndex(w io.Writer, rows []indexRow) error {
	return templates.ExecuteTemplate(w, "index.tmpl", rows)
}

// pageNames gives each input a file name of its own in the output
// directory: its base name with .html, numbered when two inputs share one.
type pageNames map[string]bool

func (used pageNames) take(input string) string {
	base := strings.TrimSuffix(filepath.Base(input), filepath.Ext(input))
	if input == "-" {
		base = "stdin"
	}
	base = strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == '.' || ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') {
			return r
		}
		return '_'
	}, base)
	name := base
	for i := 2; used[strings.ToLower(name)]; i++ {
		name = fmt.Sprintf("%s-%d", base, i)
	}
	used[strings.ToLower(name)] = true
	return name + ".html"
}
