package analysis

import (
	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
)

// Definition is one entry of the metric registry: it explains one metric for the
// user interface and, for a per-actor metric, says how the metric table exports it.
type Definition struct {
	// Code is the metric's JSON name in ActorMetrics or NetworkReport.
	Code string `json:"code"`
	// Label and Explanation are German, in plain language.
	Label       string `json:"label"`
	Explanation string `json:"explanation"`
	// Reference names the definition followed (paper, networkx function).
	Reference string `json:"reference"`
	// Column is the export column of a per-actor metric (in ActorMetrics), titled
	// with Label; nil for the other figures.
	Column *Column `json:"-"`
}

// Format says how an export column writes its values.
type Format int

// The formats of export columns.
const (
	Decimal Format = iota // a number
	Count                 // a whole number
	YesNo                 // 1 or 0, shown as "ja" or "nein"
)

// Column is how the metric table exports one per-actor metric.
type Column struct {
	Format Format
	// DirectedOnly marks in- and out-degree, which equal the degree in the mutual
	// view and are left out there.
	DirectedOnly bool
	// Value reads the metric; NaN and ±Inf are undefined values.
	Value func(m *ActorMetrics) float64
}

func count(f func(m *ActorMetrics) int) *Column {
	return &Column{Format: Count, Value: func(m *ActorMetrics) float64 { return float64(f(m)) }}
}

func decimal(f func(m *ActorMetrics) float64) *Column {
	return &Column{Format: Decimal, Value: f}
}

func number(f func(m *ActorMetrics) metrics.Number) *Column {
	return &Column{Format: Decimal, Value: func(m *ActorMetrics) float64 { return float64(f(m)) }}
}

// Definitions returns the metric registry: every metric of ActorMetrics, Brokerage
// and NetworkReport, and the figures of the planning analyses, in the order a report
// shows them, each with its code, German label and definition, reference and, for
// a per-actor metric, its export column. The answer of /api/v1/analysis/definitions
// and the metric table are derived from it.
func Definitions() []Definition {
	directed := func(c *Column) *Column { c.DirectedOnly = true; return c }
	return []Definition{
		{"state", "Stand des Netzwerks", graph.StateDefinition, "eigene Definition, s. graph.State", nil},
		{"degree", "Anzahl Kooperationen (Grad)", "Mit wie vielen anderen Akteuren dieser Akteur kooperiert. In der gerichteten Sicht zählen eingehende und ausgehende Beziehungen zusammen.", "networkx degree", count(func(m *ActorMetrics) int { return m.Degree })},
		{"in_degree", "Eingehende Beziehungen", "Wie viele Akteure sich an diesen Akteur wenden (z. B. ihm Fälle überweisen). Nur in der gerichteten Sicht verschieden vom Grad.", "networkx in_degree", directed(count(func(m *ActorMetrics) int { return m.InDegree }))},
		{"out_degree", "Ausgehende Beziehungen", "An wie viele Akteure sich dieser Akteur wendet. Nur in der gerichteten Sicht verschieden vom Grad.", "networkx out_degree", directed(count(func(m *ActorMetrics) int { return m.OutDegree }))},
		{"strength", "Kooperationsstärke", "Summe der Intensitäten (1 = gelegentlich bis 4 = sehr eng) aller Kooperationen des Akteurs. Wenige enge Kooperationen können so viel zählen wie viele lose.", "Barrat et al. 2004; networkx degree(weight)", decimal(func(m *ActorMetrics) float64 { return m.Strength })},
		{"betweenness", "Vermittlungsposition (Betweenness)", "Anteil der kürzesten Wege zwischen zwei anderen Akteuren, die über diesen Akteur laufen (0 bis 1). Hohe Werte: Der Akteur verbindet Teile des Netzwerks, die sonst nur auf Umwegen zueinander fänden. Bei sehr großen Netzen geschätzt, mit angegebener Fehlergrenze.", "Brandes 2001; networkx betweenness_centrality(normalized=True); Schätzung: Riondato & Kornaropoulos 2016", decimal(func(m *ActorMetrics) float64 { return m.Betweenness })},
		{"closeness", "Nähe (Closeness)", "Wie schnell andere Akteure diesen Akteur über Kooperationsketten erreichen (0 bis 1). Wer nur einen Teil des Netzes erreicht, bekommt einen entsprechend kleineren Wert. Bei sehr großen Netzen aus einer Stichprobe von Ausgangspunkten geschätzt, mit angegebener Fehlergrenze.", "Wasserman & Faust 1994; networkx closeness_centrality(wf_improved=True); Schätzung: Eppstein & Wang 2004", decimal(func(m *ActorMetrics) float64 { return m.Closeness })},
		{"harmonic", "Erreichbarkeit (harmonische Nähe)", "Summe der Kehrwerte der Entfernungen zu allen anderen Akteuren: direkte Partner zählen 1, Partner von Partnern ½ usw. Unerreichbare zählen 0. Bei sehr großen Netzen geschätzt wie die Nähe.", "Boldi & Vigna 2014; networkx harmonic_centrality; Schätzung: Eppstein & Wang 2004", decimal(func(m *ActorMetrics) float64 { return m.Harmonic })},
		{"pagerank", "Gewicht im Netzwerk (PageRank)", "Wie viel Aufmerksamkeit bei diesem Akteur ankommt, wenn man Kooperationen zufällig folgt – Beziehungen zu wichtigen Akteuren zählen mehr. Alle Werte zusammen ergeben 1.", "Page et al. 1999; networkx pagerank(alpha=0.85)", decimal(func(m *ActorMetrics) float64 { return m.PageRank })},
		{"eigenvector", "Einbindung bei Zentralen (Eigenvektor)", "Hoch, wenn der Akteur mit Akteuren kooperiert, die selbst gut eingebunden sind. Gewichtet mit der Intensität.", "Bonacich 1987; networkx eigenvector_centrality(weight)", decimal(func(m *ActorMetrics) float64 { return m.Eigenvector })},
		{"constraint", "Eingebundenheit (Burts Constraint)", "Wie stark die Partner des Akteurs auch untereinander kooperieren. Hohe Werte: ein geschlossener Kreis; niedrige Werte: der Akteur überbrückt „strukturelle Löcher“ zwischen Partnern, die sich nicht kennen. Ohne Partner nicht definiert.", "Burt 1992; networkx constraint(weight)", number(func(m *ActorMetrics) metrics.Number { return m.Constraint })},
		{"effective_size", "Effektive Netzwerkgröße", "Anzahl der Partner, abzüglich der Redundanz: Partner, die auch untereinander eng kooperieren, zählen weniger als einer. Ohne Partner nicht definiert.", "Burt 1992; networkx effective_size(weight)", number(func(m *ActorMetrics) metrics.Number { return m.EffectiveSize })},
		{"efficiency", "Effizienz des Partnernetzes", "Effektive Netzwerkgröße geteilt durch die Zahl der Partner (0 bis 1): Anteil der Partner, die nicht-redundante Zugänge eröffnen.", "Burt 1992, S. 52 ff.", number(func(m *ActorMetrics) metrics.Number { return m.Efficiency })},
		{"hierarchy", "Hierarchie der Eingebundenheit", "Ob sich die Eingebundenheit (Constraint) auf einen einzelnen Partner konzentriert (nahe 1) oder gleich verteilt ist (0). Erst ab zwei Partnern definiert.", "Burt 1992, S. 70 f.; wie UCINET", number(func(m *ActorMetrics) metrics.Number { return m.Hierarchy })},
		{"core_number", "Kernzugehörigkeit (k-Kern)", "Größtes k, sodass der Akteur zu einer Gruppe gehört, in der jeder mit mindestens k anderen aus der Gruppe kooperiert. Hohe Werte: fester Kern des Netzwerks.", "Batagelj & Zaversnik 2003; networkx core_number", count(func(m *ActorMetrics) int { return m.CoreNumber })},
		{"clustering", "Geschlossenheit des Umfelds (Clustering)", "Anteil der Partnerpaare, die auch miteinander kooperieren (0 bis 1). Ohne Intensitäten berechnet.", "Watts & Strogatz 1998, gerichtet Fagiolo 2007; networkx clustering", decimal(func(m *ActorMetrics) float64 { return m.Clustering })},
		{"brokerage", "Maklerrollen nach Rechtskreis", "Wie oft der Akteur zwischen zwei Akteuren vermittelt, die nicht direkt verbunden sind (A → Akteur → B), unterschieden nach dem ersten Rechtskreis der drei. In der ungerichteten Sicht zählt jede Kette in beiden Richtungen.", "Gould & Fernandez 1989; wie R sna::brokerage", nil},
		{"brokerage.coordinator", "Koordinator", "A, der Akteur und B gehören zum selben Rechtskreis: Vermittlung innerhalb der eigenen Säule.", "Gould & Fernandez 1989", count(func(m *ActorMetrics) int { return m.Brokerage.Coordinator })},
		{"brokerage.gatekeeper", "Türöffner (Gatekeeper)", "A kommt aus einem anderen Rechtskreis, B aus dem des Akteurs: Der Akteur öffnet seiner Säule einen Zugang von außen.", "Gould & Fernandez 1989", count(func(m *ActorMetrics) int { return m.Brokerage.Gatekeeper })},
		{"brokerage.representative", "Vertreter", "A gehört zum Rechtskreis des Akteurs, B zu einem anderen: Der Akteur vertritt seine Säule nach außen.", "Gould & Fernandez 1989", count(func(m *ActorMetrics) int { return m.Brokerage.Representative })},
		{"brokerage.consultant", "Berater (externer Vermittler)", "A und B gehören zum selben Rechtskreis, der Akteur zu einem anderen: Vermittlung von außen innerhalb einer fremden Säule.", "Gould & Fernandez 1989", count(func(m *ActorMetrics) int { return m.Brokerage.Consultant })},
		{"brokerage.liaison", "Verbindungsglied (Liaison)", "A, der Akteur und B gehören zu drei verschiedenen Rechtskreisen: rechtskreisübergreifende Kopplung im engsten Sinn.", "Gould & Fernandez 1989", count(func(m *ActorMetrics) int { return m.Brokerage.Liaison })},
		{"articulation_point", "Schlüsselakteur für den Zusammenhalt", "Fiele dieser Akteur weg, zerfiele das Netzwerk in getrennte Teile (Artikulationspunkt).", "Hopcroft & Tarjan 1973; networkx articulation_points", &Column{Format: YesNo, Value: func(m *ActorMetrics) float64 { return b2f(m.ArticulationPoint) }}},
		{"bridges", "Brückenkooperationen", "Kooperationen, ohne die das Netzwerk in getrennte Teile zerfiele.", "networkx bridges", nil},
		{"density", "Dichte", "Anteil der möglichen Kooperationen, die tatsächlich bestehen (0 bis 1).", "networkx density", nil},
		{"reciprocity", "Gegenseitigkeit", "Anteil der gerichteten Beziehungen, die erwidert werden; beidseitige Kooperationen zählen als erwidert.", "networkx overall_reciprocity", nil},
		{"components", "Getrennte Teilnetze", "Anzahl der Teile des Netzwerks, zwischen denen keine Kooperationskette besteht; einzelne Akteure ohne Kooperation zählen je als eigener Teil.", "networkx number_connected_components", nil},
		{"distances.diameter", "Durchmesser", "Längste kürzeste Kooperationskette im größten Teilnetz. Bei sehr großen Netzen aus einer Stichprobe (dann Untergrenze).", "networkx diameter", nil},
		{"distances.mean_distance", "Mittlere Entfernung", "Durchschnittliche Zahl der Schritte zwischen zwei Akteuren im größten Teilnetz. Bei sehr großen Netzen aus einer Stichprobe geschätzt.", "networkx average_shortest_path_length", nil},
		{"degree_centralization", "Zentralisierung (Grad)", "Wie sehr sich die Kooperationen auf einen Akteur konzentrieren: 1 bei einem Stern, 0 wenn alle gleich viele haben.", "Freeman 1979", nil},
		{"betweenness_centralization", "Zentralisierung (Vermittlung)", "Wie sehr die Vermittlung an einem Akteur hängt: 1 bei einem Stern, 0 wenn alle gleich viel vermitteln.", "Freeman 1979", nil},
		{"assortativity", "Gleich zu Gleich (Assortativität)", "Positiv, wenn gut vernetzte Akteure vor allem mit gut vernetzten kooperieren; negativ, wenn große Akteure viele kleine an sich binden.", "Newman 2002; networkx degree_assortativity_coefficient", nil},
		{"modularity", "Gruppenbildung (Modularität)", "Wie klar das Netzwerk in Gruppen zerfällt, die untereinander mehr kooperieren als mit anderen; ab etwa 0,3 deutlich.", "Newman 2006; Louvain: Blondel et al. 2008", nil},
		{"communities", "Kooperationsgruppen", "Gruppen von Akteuren, die untereinander dichter kooperieren als nach außen (Louvain- oder Leiden-Verfahren, reproduzierbar mit festem Startwert).", "Blondel et al. 2008; Traag, Waltman & van Eck 2019", nil},
		{"communities.louvain", "Louvain-Verfahren", "Akteure wechseln schrittweise in die benachbarte Gruppe, die die Modularität am meisten erhöht; dann wird jede Gruppe zu einem Knoten zusammengefasst und das Ganze wiederholt. Zum Schluss dürfen die Akteure und Teilgruppen jeder Stufe noch einmal wechseln. Schnell; eine Gruppe kann aber in Teile zerfallen, die nur über andere Gruppen verbunden sind.", "Blondel et al. 2008; networkx louvain_communities; Verfeinerung wie NetworKit PLMR (Staudt & Meyerhenke 2016)", nil},
		{"communities.leiden", "Leiden-Verfahren", "Wie Louvain, aber jede Gruppe wird vor dem Zusammenfassen verfeinert: Nur Akteure und Teilgruppen, die gut mit dem Rest der Gruppe verbunden sind, werden zusammengelegt. Jede Gruppe ist daher in sich zusammenhängend; die Modularität ist meist höher, die Rechnung dauert etwa doppelt so lange.", "Traag, Waltman & van Eck 2019; igraph community_leiden", nil},
		{"ei_index", "Offenheit nach außen (E-I-Index)", "Kooperationen über Gruppengrenzen (Rechtskreis, Sozialraum, Akteursart) minus solche innerhalb, geteilt durch alle: −1 = nur innerhalb („Versäulung“), +1 = nur über Grenzen.", "Krackhardt & Stern 1988", nil},
		{"block_density", "Dichte zwischen Gruppen", "Anteil der möglichen Kooperationen zwischen zwei Gruppen, die bestehen; innerhalb einer Gruppe deren Dichte.", "Blockmodell-Dichte wie UCINET", nil},
		{"coupling.ratio", "Kopplung zweier Rechtskreise", "Kooperationen zwischen Akteuren zweier Rechtskreise geteilt durch die Zahl, die bei zufälliger Verteilung der Kooperationen (gleiche Partnerzahlen) zu erwarten wäre: 1 = so viel wie erwartet, 0 = keine. Rot markiert sind Paare mit höchstens einem Viertel des Erwarteten, wo mindestens drei Kooperationen zu erwarten wären.", "Blockdichte wie UCINET; Erwartung nach dem Konfigurationsmodell (Newman 2006)", nil},
		{"coupling.density_ratio", "Dichte zwischen Rechtskreisen im Vergleich", "Anteil der möglichen Paare zweier Rechtskreise, die kooperieren, geteilt durch die Dichte des Gesamtnetzes.", "Wasserman & Faust 1994, Kap. 10", nil},
		{"potential.score", "Kopplungspotenzial", "Gewichteter Mittelwert aus fünf Teilen zwischen 0 und 1 für zwei Akteure verschiedener Rechtskreise ohne Kooperation: gemeinsame Partner (Adamic–Adar, Gewicht 0,6), gemeinsame Sozialräume (0,15), gemeinsame Zielgruppen (0,1), gemeinsame Handlungsfelder (0,1) und sich ergänzende Angebote (0,05). Jeder Vorschlag nennt seine Gründe.", "Adamic & Adar 2003; Überlappungskoeffizient; Gewichte einstellbar", nil},
		{"potential.adamic_adar", "Gemeinsame Partner (Adamic–Adar)", "Summe über die gemeinsamen Partner zweier Akteure, wobei ein Partner umso mehr zählt, je weniger Partner er selbst hat (1/ln Grad). In den Teilwert 1 − e^(−Summe) umgerechnet.", "Adamic & Adar 2003; networkx adamic_adar_index", nil},
		{"changes.hit_rate", "Verwirklichte Kopplungspotenziale (Trefferquote)", "Anteil der 50 stärksten Kopplungspotenziale eines früheren Stands, deren Akteure zum späteren Stand kooperieren. Daneben steht die Quote, die der Zufall erwarten ließe: neue Kooperationen zwischen Akteuren, die schon zum früheren Stand dabei und nicht verbunden waren, geteilt durch die Zahl aller solchen unverbundenen Paare. Liegt die Trefferquote weit darüber, weist der Kopplungswert auf Paare, die tatsächlich zusammenfinden.", "eigene Definition, s. graph/analysis/changes", nil},
		{"changes.ties", "Neue, beendete und veränderte Kooperationen", "Vergleich zweier Stände: neu ist ein Akteurspaar mit Kooperation nur zum späteren Stand, beendet eines nur zum früheren, verändert eines mit anderer Intensität oder anderen Kooperationsarten. Nicht mehr vernetzt ist ein Akteur, der zum früheren Stand Kooperationen hatte und zum späteren keine.", "eigene Definition, s. graph/analysis/changes", nil},
		{"report.ties_by_domain", "Neue und beendete Kooperationen nach Rechtskreispaar", "Die neuen und beendeten Kooperationen (s. dort), gezählt nach dem Paar der ersten Rechtskreise der beiden Akteure; „untereinander“ heißt: beide haben denselben ersten Rechtskreis.", "eigene Definition, s. report", nil},
		{"report.ties_by_space", "Neue und beendete Kooperationen nach Sozialraum", "Die neuen und beendeten Kooperationen, gezählt für jeden Sozialraum, den einer der beiden Akteure als seinen nennt; eine Kooperation zählt so in mehreren Sozialräumen, wenn die Akteure verschiedene nennen.", "eigene Definition, s. report", nil},
		{"report.offers", "Angebote im Sozialraum", "Angebote, die den Sozialraum, einen Sozialraum darin oder einen darüber (etwa den ganzen Landkreis) nennen, gezählt je Handlungsfeld und je Zielgruppe; ein Angebot mit mehreren Feldern oder Zielgruppen zählt bei jedem.", "wie die Angebotsmatrix der Lückenanalyse", nil},
		{"report.response_rate", "Rücklaufquote", "Anteil der zur Erhebungswelle befragten Akteure, die geantwortet haben. Unbekannt, solange die Erhebung keine Teilnehmerliste führt.", "eigene Definition", nil},
		{"gaps.coverage", "Bedarfsdeckung", "Angebot im Sozialraum geteilt durch den Zielwert der Planung (Anzahl, Angebote oder Plätze je 1.000 Einwohner): 1 = Bedarf gedeckt. Landkreisweite Angebote zählen in jedem Sozialraum.", "Zielwerte der Sozialplanung", nil},
		{"gaps.local_ratio", "Vernetzung vor Ort", "Dichte der Kooperationen zwischen den Akteuren mit Sitz im Sozialraum, geteilt durch die Dichte des Gesamtnetzes. Unter 0,5 gilt der Sozialraum als schwach vernetzt.", "networkx density des Teilnetzes", nil},
		{"resilience.disconnected_pairs", "Getrennte Akteurspaare bei Ausfall", "Wie viele Paare anderer Akteure einander nicht mehr erreichen, wenn dieser Akteur wegfällt.", "Borgatti 2006, Fragmentierung", nil},
		{"resilience.criticality", "Kritikalität", "Anteil der verbundenen Akteurspaare, die bei Ausfall des Akteurs getrennt würden, plus Anteil der rechtskreisübergreifenden Kooperationen, die mit ihm wegfielen. Hohe Werte: Der Ausfall träfe Zusammenhalt und Kopplung der Rechtskreise.", "eigene Definition, s. Resilience", nil},
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// definition returns the registry's entry for code, or a zero Definition if it
// has none.
func definition(code string) Definition {
	for _, d := range Definitions() {
		if d.Code == code {
			return d
		}
	}
	return Definition{}
}
