package demo

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// countySpace describes one of the eight social spaces of the demo county.
type countySpace struct {
	name, town, postal, phone string
	population                float64
	rural                     float64 // 0 (town centre) … 1 (countryside)
}

// countySpaces are the county's social spaces on a 4 × 2 grid, row by row from the
// north-west; the first two columns form the first planning area.
var countySpaces = []countySpace{
	{"Uferland Nord", "Uferhagen", "19386", "03871", 16800, 0.6},
	{"Seeburg-Altstadt", "Seeburg", "19370", "03861", 14200, 0},
	{"Lindenau", "Lindenau", "19399", "03874", 13100, 0.8},
	{"Heidequell", "Heidequell", "19376", "03876", 12900, 0.9},
	{"Uferland Süd", "Seedorf am Ufer", "19389", "03872", 11500, 0.7},
	{"Seeburg-Neustadt", "Seeburg", "19372", "03861", 23600, 0.1},
	{"Krähenfelde", "Krähenfelde", "19374", "03875", 9800, 1},
	{"Amt Moorbrück", "Moorbrück", "19395", "03878", 12300, 1},
}

// countyAreas name the planning areas of the demo county.
var countyAreas = []string{"Planungsraum Seeburg und Uferland", "Planungsraum Heide und Moor"}

// townStems and townSuffixes name the further social spaces of large networks.
var (
	townStems = []string{
		"Birkenhagen", "Erlenried", "Fischerwiek", "Grünhagen", "Hasenwinkel", "Ilsenhof", "Kiefernberg",
		"Kranichsruh", "Lüttenmoor", "Möwenort", "Neuenkamp", "Ottersbek", "Rohrdorf", "Schilfhagen",
		"Storchenfeld", "Tannenrode", "Wiesenbek", "Wolfsmoor", "Eichenhorst", "Dünenhagen", "Quellental",
		"Ahornbrück", "Binsenwerder", "Deichhusen", "Entenhagen", "Fuchsberg", "Gänsewerder", "Hechtsee",
		"Igelsdorf", "Karpfenwiek", "Lindhorst", "Mühlenbek", "Neu Seeland", "Ostersee", "Reiherwinkel",
		"Sandhagen", "Torfmoor", "Uhlenhorst", "Weidenau", "Zarnekow",
	}
	townSuffixes = []string{"", " Nord", " Süd", " Ost", " West", "-Mitte"}
)

// spaceInfo is what the generator knows about a leaf social space beyond the entity.
type spaceInfo struct {
	key, name, town, postal, phone string
	place                          string // the town or district in actor names
	col, row, area                 int
	population                     float64
	rural                          float64
	gap                            bool // the planted under-supplied space
}

// layout is the grid of leaf social spaces and its geometry.
type layout struct {
	cols, rows  int
	areaCols    int // planning areas are blocks of areaCols × areaCols spaces
	areasPerRow int
	lon0, lat0  float64 // north-west corner
	dLon, dLat  float64 // cell size
	vx, vy      []float64
	leaves      []spaceInfo
	areaKeys    []string
}

// leafCount returns the number of leaf social spaces of a network of n actors: about
// n/30, at least eight, rounded up to fill the grid.
func leafCount(n int) int {
	l := newLayout(n)
	return l.cols * l.rows
}

// newLayout sizes the grid for a network of n actors.
func newLayout(nActors int) *layout {
	n := max(8, int(math.Round(float64(nActors)/30)))
	rows := max(2, int(math.Round(math.Sqrt(float64(n)/2))))
	cols := max(4, (n+rows-1)/rows)
	l := &layout{cols: cols, rows: rows, areaCols: 2}
	if cols*rows > 32 {
		l.areaCols = 4
	}
	l.areasPerRow = (cols + l.areaCols - 1) / l.areaCols
	lonSpan := math.Min(0.225*float64(cols), 4.5)
	latSpan := math.Min(0.16*float64(rows), 2.4)
	l.dLon, l.dLat = lonSpan/float64(cols), latSpan/float64(rows)
	l.lon0, l.lat0 = 11.5-lonSpan/2, 53.55+latSpan/2
	return l
}

// vertex returns the jittered grid vertex at column c and row r.
func (l *layout) vertex(c, r int) (lon, lat float64) {
	i := r*(l.cols+1) + c
	return l.vx[i], l.vy[i]
}

// buildSpaces creates the county root, the planning areas and the leaf spaces with
// boundaries and indicators for a network of n actors.
func buildSpaces(rng *rand.Rand, n int) (*layout, []graph.SocialSpace) {
	l := newLayout(n)
	// Jittered vertices; shared by neighbouring cells, so the cells tile the county.
	l.vx = make([]float64, (l.cols+1)*(l.rows+1))
	l.vy = make([]float64, len(l.vx))
	for r := 0; r <= l.rows; r++ {
		for c := 0; c <= l.cols; c++ {
			jx, jy := (rng.Float64()-0.5)*0.36, (rng.Float64()-0.5)*0.36
			i := r*(l.cols+1) + c
			l.vx[i] = round5(l.lon0 + (float64(c)+jx)*l.dLon)
			l.vy[i] = round5(l.lat0 - (float64(r)+jy)*l.dLat)
		}
	}

	nAreas := l.areasPerRow * ((l.rows + l.areaCols - 1) / l.areaCols)
	l.areaKeys = keyList("seeland-planungsraum-", nAreas, 1)
	leafKeys := keyList("seeland-sozialraum-", l.cols*l.rows, 2)
	for r := range l.rows {
		for c := range l.cols {
			i := r*l.cols + c
			s := spaceInfo{key: leafKeys[i], col: c, row: r,
				area: (r/l.areaCols)*l.areasPerRow + c/l.areaCols, gap: i == spMoorbrueck}
			if i < len(countySpaces) {
				cs := countySpaces[i]
				s.name, s.town, s.postal, s.phone, s.population, s.rural = cs.name, cs.town, cs.postal, cs.phone, cs.population, cs.rural
			} else {
				s.name, s.town = townName(i)
				s.postal = strconv.Itoa(17000 + (i*37)%2900)
				s.phone = "038" + strconv.Itoa(10+i%90)
				s.rural = rng.Float64()
				s.population = math.Round(2500 + 9500*(1-s.rural)*rng.Float64() + 2000*rng.Float64())
			}
			s.place = s.town
			if strings.HasPrefix(s.name, s.town) {
				s.place = s.name // a district such as "Seeburg-Altstadt"
			}
			l.leaves = append(l.leaves, s)
		}
	}
	out := make([]graph.SocialSpace, 0, 1+nAreas+len(l.leaves))
	root := graph.SocialSpace{Meta: meta(RootSpace), Name: "Landkreis Seeland", Level: "county",
		Boundary: l.ring(0, 0, l.cols, l.rows)}
	out = append(out, root)
	for i, key := range l.areaKeys {
		c0, r0 := (i%l.areasPerRow)*l.areaCols, (i/l.areasPerRow)*l.areaCols
		name := "Planungsraum " + strconv.Itoa(i+1)
		if nAreas == len(countyAreas) {
			name = countyAreas[i]
		}
		out = append(out, graph.SocialSpace{Meta: meta(key), Name: name, Level: "planning_area", ParentID: RootSpace,
			Boundary: l.ring(c0, r0, min(c0+l.areaCols, l.cols), min(r0+l.areaCols, l.rows))})
	}
	// Indicators: the leaves' own, the areas' and the root's as sums.
	sums := make([][]graph.Indicator, 1+nAreas)
	for _, s := range l.leaves {
		ind := l.indicators(rng, s)
		out = append(out, graph.SocialSpace{Meta: meta(s.key), Name: s.name, Level: "social_space",
			ParentID: l.areaKeys[s.area], Boundary: l.ring(s.col, s.row, s.col+1, s.row+1), Indicators: ind})
		sums[0] = addIndicators(sums[0], ind)
		sums[1+s.area] = addIndicators(sums[1+s.area], ind)
	}
	for i := range sums {
		out[i].Indicators = sums[i]
	}
	return l, out
}

// townName names generated leaf space i and its town.
func townName(i int) (name, town string) {
	n := len(townStems) * len(townSuffixes)
	j := (i * 7919) % n // spread the stems, deterministic
	town = townStems[j%len(townStems)]
	name = town + townSuffixes[j/len(townStems)]
	if round := i / n; round > 0 {
		name += " " + strconv.Itoa(round+1)
	}
	return name, town
}

// indicatorYears are the years with indicators, oldest first.
var indicatorYears = [2]int{2024, 2025}

// indicators returns the yearly figures of a leaf space.
func (l *layout) indicators(rng *rand.Rand, s spaceInfo) []graph.Indicator {
	area := math.Round(l.areaKm2(s.col, s.row, s.col+1, s.row+1)*10) / 10
	share := func(base, spread float64) float64 { return base + spread*(rng.Float64()-0.5) }
	under18 := share(0.16-0.02*s.rural, 0.02)
	over65 := share(0.22+0.08*s.rural, 0.03)
	sgb2 := share(0.085-0.04*s.rural, 0.02)
	integration := share(0.009, 0.002)
	disabled := share(0.095+0.02*s.rural, 0.01)
	var out []graph.Indicator
	for y, year := range indicatorYears {
		pop := s.population
		if y == 0 {
			pop = math.Round(pop / (1 + 0.012*(0.5-s.rural) + 0.004*(rng.Float64()-0.5)))
		}
		drift := 1 + 0.01*float64(y)
		out = append(out,
			graph.Indicator{Year: year, Code: "population", Value: pop},
			graph.Indicator{Year: year, Code: "population_under_18", Value: math.Round(pop * under18)},
			graph.Indicator{Year: year, Code: "population_65_plus", Value: math.Round(pop * over65 * drift)},
			graph.Indicator{Year: year, Code: "sgb2_recipients", Value: math.Round(pop * sgb2 / drift)},
			graph.Indicator{Year: year, Code: "integration_assistance", Value: math.Round(pop * integration * drift)},
			graph.Indicator{Year: year, Code: "severely_disabled", Value: math.Round(pop * disabled)},
			graph.Indicator{Year: year, Code: "area_km2", Value: area},
		)
	}
	return out
}

// addIndicators adds b to the sums in a, matched by year and code; a is returned
// extended when it lacks an entry.
func addIndicators(a, b []graph.Indicator) []graph.Indicator {
	if a == nil {
		return append([]graph.Indicator(nil), b...)
	}
	for i := range a {
		a[i].Value = math.Round((a[i].Value+b[i].Value)*10) / 10
	}
	return a
}

// ring returns the GeoJSON Polygon of the cells in columns c0…c1-1 and rows r0…r1-1,
// as a closed counter-clockwise ring along the jittered grid.
func (l *layout) ring(c0, r0, c1, r1 int) []byte {
	buf := []byte(`{"type":"Polygon","coordinates":[[`)
	n := 0
	add := func(c, r int) {
		if n > 0 {
			buf = append(buf, ',')
		}
		n++
		lon, lat := l.vertex(c, r)
		buf = append(buf, '[')
		buf = strconv.AppendFloat(buf, lon, 'f', -1, 64)
		buf = append(buf, ',')
		buf = strconv.AppendFloat(buf, lat, 'f', -1, 64)
		buf = append(buf, ']')
	}
	// Counter-clockwise on the map: down the west side, east along the south, up the
	// east side, west along the north (rows grow southwards).
	for r := r0; r < r1; r++ {
		add(c0, r)
	}
	for c := c0; c < c1; c++ {
		add(c, r1)
	}
	for r := r1; r > r0; r-- {
		add(c1, r)
	}
	for c := c1; c > c0; c-- {
		add(c, r0)
	}
	add(c0, r0)
	return append(buf, "]]}"...)
}

// areaKm2 returns the area of the block of cells in square kilometres (shoelace
// formula on an equirectangular projection, good enough at county scale).
func (l *layout) areaKm2(c0, r0, c1, r1 int) float64 {
	var pts [][2]float64
	for r := r0; r < r1; r++ {
		pts = append(pts, l.pt(c0, r))
	}
	for c := c0; c < c1; c++ {
		pts = append(pts, l.pt(c, r1))
	}
	for r := r1; r > r0; r-- {
		pts = append(pts, l.pt(c1, r))
	}
	for c := c1; c > c0; c-- {
		pts = append(pts, l.pt(c, r0))
	}
	var sum float64
	for i := range pts {
		j := (i + 1) % len(pts)
		sum += pts[i][0]*pts[j][1] - pts[j][0]*pts[i][1]
	}
	return math.Abs(sum) / 2
}

// pt returns vertex (c, r) in kilometres on a local equirectangular projection.
func (l *layout) pt(c, r int) [2]float64 {
	lon, lat := l.vertex(c, r)
	return [2]float64{lon * 111.32 * math.Cos(53.55*math.Pi/180), lat * 110.57}
}

// pointIn returns a random position inside the cell of leaf s.
func (l *layout) pointIn(rng *rand.Rand, s spaceInfo) *graph.GeoPoint {
	u, v := 0.15+0.7*rng.Float64(), 0.15+0.7*rng.Float64()
	x00, y00 := l.vertex(s.col, s.row)
	x10, y10 := l.vertex(s.col+1, s.row)
	x01, y01 := l.vertex(s.col, s.row+1)
	x11, y11 := l.vertex(s.col+1, s.row+1)
	lon := (1-v)*((1-u)*x00+u*x10) + v*((1-u)*x01+u*x11)
	lat := (1-v)*((1-u)*y00+u*y10) + v*((1-u)*y01+u*y11)
	return &graph.GeoPoint{Lat: round5(lat), Lon: round5(lon)}
}

// neighbours returns the indexes of the leaves that share an edge with leaf i.
func (l *layout) neighbours(i int) []int {
	c, r := i%l.cols, i/l.cols
	var out []int
	for _, d := range [4][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
		cc, rr := c+d[0], r+d[1]
		if cc >= 0 && cc < l.cols && rr >= 0 && rr < l.rows {
			out = append(out, rr*l.cols+cc)
		}
	}
	return out
}

func round5(x float64) float64 { return math.Round(x*1e5) / 1e5 }

func digits(n int) int { return len(strconv.Itoa(max(n, 1))) }
