package changes

import (
	"fmt"
	"math"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/planning"
	"github.com/netzwerkatlas/netzwerkatlas/internal/german"
)

// count writes n with the singular or plural noun: "1 Kooperation", "3 Kooperationen".
func count(n int, one, many string) string {
	if n == 1 || n == -1 {
		return german.Int(n) + " " + one
	}
	return german.Int(n) + " " + many
}

// percent writes a share as a German percentage.
func percent(x float64) string {
	prec := 0
	if x > 0 && x < 0.1 {
		prec = 1
	}
	if x > 0 && x < 0.01 {
		prec = 2
	}
	return german.Decimal(100*x, prec) + " %"
}

// more writes "und 1 weiterer" / "und 3 weitere" for n further items (n > 0).
func more(n int) string {
	if n == 1 {
		return " und 1 weiterer"
	}
	return " und " + german.Int(n) + " weitere"
}

func intensityText(i int) string { return "Intensität " + german.Int(i) }

func sentenceNew(t Tie, tax *graph.Taxonomy, at string) string {
	return "Neu: " + t.FromName + " und " + t.ToName + " kooperieren zum " + at +
		" (" + kindLabels(tax, t.KindsAfter) + "; " + intensityText(t.IntensityAfter) + ")."
}

func sentenceLapsed(t Tie, at string) string {
	return "Beendet: " + t.FromName + " und " + t.ToName + " kooperieren zum " + at + " nicht mehr (zuvor " + intensityText(t.IntensityBefore) + ")."
}

func sentenceChanged(t Tie, tax *graph.Taxonomy) string {
	var parts []string
	switch {
	case t.IntensityAfter > t.IntensityBefore:
		parts = append(parts, fmt.Sprintf("Intensität von %d auf %d gestiegen", t.IntensityBefore, t.IntensityAfter))
	case t.IntensityAfter < t.IntensityBefore:
		parts = append(parts, fmt.Sprintf("Intensität von %d auf %d gesunken", t.IntensityBefore, t.IntensityAfter))
	}
	var added, dropped []string
	for _, k := range t.KindsAfter {
		if !contains(t.KindsBefore, k) {
			added = append(added, k)
		}
	}
	for _, k := range t.KindsBefore {
		if !contains(t.KindsAfter, k) {
			dropped = append(dropped, k)
		}
	}
	if len(added) > 0 {
		parts = append(parts, "neu: "+kindLabels(tax, added))
	}
	if len(dropped) > 0 {
		parts = append(parts, "entfallen: "+kindLabels(tax, dropped))
	}
	return fmt.Sprintf("Verändert: %s und %s – %s.", t.FromName, t.ToName, strings.Join(parts, "; "))
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

func sentenceNewActor(name string, degree int, at string) string {
	return fmt.Sprintf("%s ist neu im Netzwerk: %s zum %s.", name, count(degree, "Kooperation", "Kooperationen"), at)
}

func sentenceGoneActor(name string, degree int, at string) string {
	return fmt.Sprintf("%s hat zum %s keine Kooperation mehr (zuvor %s).", name, at, german.Int(degree))
}

func figureSentences(f Figures, at string) []string {
	return []string{
		fmt.Sprintf("Zum %s: %s und %s.", at, count(f.Actors, "Akteur", "Akteure"), count(f.Ties, "Kooperation", "Kooperationen")),
		fmt.Sprintf("Dichte %s: %s der möglichen Kooperationen bestehen.", german.Decimal(f.Density, 4), percent(f.Density)),
		fmt.Sprintf("%s; im Mittel %s Kooperationen je Akteur.", count(f.Components, "zusammenhängendes Teilnetz", "getrennte Teilnetze"), german.Decimal(f.MeanDegree, 1)),
		fmt.Sprintf("Geschlossenheit des Umfelds (mittleres Clustering) %s.", german.Decimal(f.Clustering, 2)),
	}
}

func deltaSentences(a, b Figures) []string {
	intLine := func(what string, x, y int) string {
		return fmt.Sprintf("%s: %s → %s (%s).", what, german.Int(x), german.Int(y), german.Signed(float64(y-x), 0))
	}
	floatLine := func(what string, x, y float64, prec int) string {
		return fmt.Sprintf("%s: %s → %s (%s).", what, german.Decimal(x, prec), german.Decimal(y, prec), german.Signed(round(y-x, prec), prec))
	}
	return []string{
		intLine("Akteure", a.Actors, b.Actors),
		intLine("Kooperationen", a.Ties, b.Ties),
		floatLine("Dichte", a.Density, b.Density, 4),
		intLine("Getrennte Teilnetze", a.Components, b.Components),
		floatLine("Kooperationen je Akteur", a.MeanDegree, b.MeanDegree, 1),
		floatLine("Mittleres Clustering", a.Clustering, b.Clustering, 2),
	}
}

// round rounds x to prec decimals, so that a difference that shows as 0 is ±0.
func round(x float64, prec int) float64 {
	p := math.Pow(10, float64(prec))
	return math.Round(x*p) / p
}

// sentenceCrossed says that a cell of the coupling matrix crossed the "weak" line, with
// the ties and the ties chance predicts at both times: a cell can cross because its ties
// changed, or because its groups grew or shrank so that chance predicts more or fewer.
func sentenceCrossed(rowLabel, colLabel string, before, after planning.CouplingCell) string {
	now := "jetzt"
	if !after.Weak {
		now = "nicht mehr"
	}
	return fmt.Sprintf("%s und %s sind %s schwach gekoppelt: %s bei %s erwarteten (zuvor %s bei %s erwarteten).",
		rowLabel, colLabel, now, count(after.Ties, "Kooperation", "Kooperationen"), german.Decimal(after.Expected, 1),
		german.Int(before.Ties), german.Decimal(before.Expected, 1))
}

func sentenceMover(m Mover) string {
	return fmt.Sprintf("%s: %s statt %s (%s), Vermittlungsposition %s statt %s.", m.Name,
		count(m.DegreeAfter, "Kooperation", "Kooperationen"), german.Int(m.DegreeBefore), german.Signed(float64(m.DegreeAfter-m.DegreeBefore), 0),
		german.Decimal(m.BetweennessAfter, 3), german.Decimal(m.BetweennessBefore, 3))
}

func sentencePair(p RealisedPair, at string) string {
	if p.Realised {
		return fmt.Sprintf("Verwirklicht: %s und %s kooperieren zum %s.", p.AName, p.BName, at)
	}
	return fmt.Sprintf("Noch offen: %s und %s kooperieren zum %s nicht.", p.AName, p.BName, at)
}

func sentenceRealised(r Realised, from, to string) string {
	if r.Top == 0 {
		return fmt.Sprintf("Zum %s gab es keine Kopplungspotenziale, die sich prüfen ließen.", from)
	}
	verb := "kooperieren"
	if r.Realised == 1 {
		verb = "kooperiert"
	}
	return fmt.Sprintf("Von den %d stärksten Kopplungspotenzialen zum %s %s zum %s %d (Trefferquote %s); "+
		"zufällig zu erwarten wären %s (Anteil der zuvor unverbundenen Paare, die neu kooperieren).",
		r.Top, from, verb, to, r.Realised, percent(r.HitRate), percent(r.ExpectedRate))
}

// summary returns the German sentences that open the report.
func summary(r *Report) []string {
	t := r.Ties
	out := []string{fmt.Sprintf("Vom %s zum %s: %s neu, %s beendet, %s verändert.", r.From.Label, r.To.Label,
		count(t.NewCount, "Kooperation", "Kooperationen"), count(t.LapsedCount, "Kooperation", "Kooperationen"),
		count(t.ChangedCount, "Kooperation", "Kooperationen"))}
	out = append(out, fmt.Sprintf("%s neu im Netzwerk, %s nicht mehr vernetzt.",
		count(r.Actors.NewCount, "Akteur", "Akteure"), count(r.Actors.GoneCount, "Akteur", "Akteure")))
	out = append(out, r.Network.Delta.Sentences[1])
	if len(r.Coupling.Crossed) > 0 {
		out = append(out, r.Coupling.Crossed[0].Sentence+moreSuffix(len(r.Coupling.Crossed)-1, "Rechtskreispaar"))
	}
	if len(r.Risers) > 0 {
		out = append(out, "Am stärksten gewachsen: "+r.Risers[0].Name+moreText(len(r.Risers)-1)+".")
	}
	if len(r.Fallers) > 0 {
		out = append(out, "Am stärksten zurückgegangen: "+r.Fallers[0].Name+moreText(len(r.Fallers)-1)+".")
	}
	return append(out, r.PotentialsRealised.Sentence)
}

// moreText is more(n) for n > 0, else "".
func moreText(n int) string {
	if n <= 0 {
		return ""
	}
	return more(n)
}

// moreSuffix adds a sentence about n further items of the noun (neuter).
func moreSuffix(n int, noun string) string {
	switch {
	case n <= 0:
		return ""
	case n == 1:
		return " Dazu 1 weiteres " + noun + "."
	}
	return " Dazu " + german.Int(n) + " weitere " + noun + "e."
}
