package main

import "fmt"

// chart is the inline SVG bar chart of languages by share of letters.
type chart struct {
	Width, Height int
	Bars          []bar
}

type bar struct {
	Y, TextY, Width int
	Colour          int
	Label, Value    string
}

// Chart geometry in SVG user units: a label column, then bars up to
// barMax wide, then the percentage.
const (
	labelWidth = 170
	barMax     = 260
	rowHeight  = 26
	barHeight  = 18
)

func barChart(langs []langShare) chart {
	c := chart{Width: labelWidth + barMax + 60, Height: rowHeight*len(langs) + 4}
	for i, l := range langs {
		y := 2 + i*rowHeight
		c.Bars = append(c.Bars, bar{
			Y: y, TextY: y + barHeight - 5, Width: max(1, int(l.Share*barMax+0.5)),
			Colour: l.Colour, Label: fmt.Sprintf("%s (%s)", l.Name, l.Tag),
			Value: fmt.Sprintf("%.1f %%", 100*l.Share),
		})
	}
	return c
}
