package report

import (
	"fmt"
	"html/template"
	"math"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// Chart is a horizontal bar chart, drawn as SVG on the server: one group of bars
// per row, one bar per series. Its numbers are also shown as a table beside it, so
// the SVG carries only a short text alternative.
type Chart struct {
	// ID makes the chart's element IDs unique in the document.
	ID string
	// Title names the chart, Desc says in a sentence what it shows (its text
	// alternative).
	Title, Desc string
	Series      []string
	Rows        []ChartRow
	// Prec is the number of decimals of the values written beside the bars.
	Prec int
}

// ChartRow is one group of bars; Values has one value per series (NaN for none).
type ChartRow struct {
	Label  string
	Values []float64
}

// The geometry of a chart, in SVG user units (CSS pixels).
const (
	chartWidth  = 640
	labelWidth  = 210
	valueWidth  = 60
	barHeight   = 14
	rowGap      = 10
	legendSpace = 28
)

// seriesColours have a contrast of at least 3:1 against white (WCAG 1.4.11) and
// differ in lightness, so that the series tell apart in grey print too.
var seriesColours = []string{"#1f4e8c", "#c25400", "#5b7f2a"}

// SVG returns the chart as an SVG element with role img, its title and
// description as accessible name and description.
func (c Chart) SVG() template.HTML {
	var hi float64
	for _, r := range c.Rows {
		for _, v := range r.Values {
			if !math.IsNaN(v) {
				hi = max(hi, v)
			}
		}
	}
	if hi == 0 {
		hi = 1
	}
	group := len(c.Series)*barHeight + rowGap
	height := legendSpace + len(c.Rows)*group + 4
	barSpace := float64(chartWidth - labelWidth - valueWidth)
	var b strings.Builder
	esc := template.HTMLEscapeString
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 %d %d" width="100%%" aria-labelledby="%s-t" aria-describedby="%s-d" class="chart">`,
		chartWidth, height, c.ID, c.ID)
	fmt.Fprintf(&b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, c.ID, esc(c.Title), c.ID, esc(c.Desc))
	x := float64(labelWidth)
	for i, s := range c.Series {
		fmt.Fprintf(&b, `<rect x="%.0f" y="6" width="12" height="12" fill="%s"/><text x="%.0f" y="16">%s</text>`,
			x, seriesColours[i%len(seriesColours)], x+16, esc(s))
		x += 16 + 7.5*float64(len([]rune(s))) + 20
	}
	for i, r := range c.Rows {
		y := legendSpace + i*group
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`, labelWidth-8, y+len(c.Series)*barHeight/2+4, esc(clip(r.Label, 28)))
		for j, v := range r.Values {
			by := y + j*barHeight
			w := 0.0
			if !math.IsNaN(v) && v > 0 {
				w = barSpace * v / hi
			}
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>`, labelWidth, by+1, w, barHeight-2, seriesColours[j%len(seriesColours)])
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="value">%s</text>`, float64(labelWidth)+w+4, by+barHeight-3, german.Decimal(v, c.Prec))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// clip shortens s to at most n characters, ending in "…" if cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
