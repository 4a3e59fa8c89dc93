package analysis

// Definition explains one metric for the user interface.
type Definition struct {
	// Code is the metric's JSON name in ActorMetrics or NetworkReport.
	Code string `json:"code"`
	// Label and Explanation are German, in plain language.
	Label       string `json:"label"`
	Explanation string `json:"explanation"`
	// Reference names the definition followed (paper, networkx function).
	Reference string `json:"reference"`
}

// Definitions explains every metric of ActorMetrics, Brokerage and NetworkReport, and
// the figures of the planning analyses, in the order a report shows them.
var Definitions = []Definition{
	{"degree", "Anzahl Kooperationen (Grad)", "Mit wie vielen anderen Akteuren dieser Akteur kooperiert. In der gerichteten Sicht zählen eingehende und ausgehende Beziehungen zusammen.", "networkx degree"},
	{"in_degree", "Eingehende Beziehungen", "Wie viele Akteure sich an diesen Akteur wenden (z. B. ihm Fälle überweisen). Nur in der gerichteten Sicht verschieden vom Grad.", "networkx in_degree"},
	{"out_degree", "Ausgehende Beziehungen", "An wie viele Akteure sich dieser Akteur wendet. Nur in der gerichteten Sicht verschieden vom Grad.", "networkx out_degree"},
	{"strength", "Kooperationsstärke", "Summe der Intensitäten (1 = gelegentlich bis 4 = sehr eng) aller Kooperationen des Akteurs. Wenige enge Kooperationen können so viel zählen wie viele lose.", "Barrat et al. 2004; networkx degree(weight)"},
	{"betweenness", "Vermittlungsposition (Betweenness)", "Anteil der kürzesten Wege zwischen zwei anderen Akteuren, die über diesen Akteur laufen (0 bis 1). Hohe Werte: Der Akteur verbindet Teile des Netzwerks, die sonst nur auf Umwegen zueinander fänden. Bei sehr großen Netzen geschätzt, mit angegebener Fehlergrenze.", "Brandes 2001; networkx betweenness_centrality(normalized=True); Schätzung: Riondato & Kornaropoulos 2016"},
	{"closeness", "Nähe (Closeness)", "Wie schnell andere Akteure diesen Akteur über Kooperationsketten erreichen (0 bis 1). Wer nur einen Teil des Netzes erreicht, bekommt einen entsprechend kleineren Wert. Bei sehr großen Netzen aus einer Stichprobe von Ausgangspunkten geschätzt, mit angegebener Fehlergrenze.", "Wasserman & Faust 1994; networkx closeness_centrality(wf_improved=True); Schätzung: Eppstein & Wang 2004"},
	{"harmonic", "Erreichbarkeit (harmonische Nähe)", "Summe der Kehrwerte der Entfernungen zu allen anderen Akteuren: direkte Partner zählen 1, Partner von Partnern ½ usw. Unerreichbare zählen 0. Bei sehr großen Netzen geschätzt wie die Nähe.", "Boldi & Vigna 2014; networkx harmonic_centrality; Schätzung: Eppstein & Wang 2004"},
	{"pagerank", "Gewicht im Netzwerk (PageRank)", "Wie viel Aufmerksamkeit bei diesem Akteur ankommt, wenn man Kooperationen zufällig folgt – Beziehungen zu wichtigen Akteuren zählen mehr. Alle Werte zusammen ergeben 1.", "Page et al. 1999; networkx pagerank(alpha=0.85)"},
	{"eigenvector", "Einbindung bei Zentralen (Eigenvektor)", "Hoch, wenn der Akteur mit Akteuren kooperiert, die selbst gut eingebunden sind. Gewichtet mit der Intensität.", "Bonacich 1987; networkx eigenvector_centrality(weight)"},
	{"constraint", "Eingebundenheit (Burts Constraint)", "Wie stark die Partner des Akteurs auch untereinander kooperieren. Hohe Werte: ein geschlossener Kreis; niedrige Werte: der Akteur überbrückt „strukturelle Löcher“ zwischen Partnern, die sich nicht kennen. Ohne Partner nicht definiert.", "Burt 1992; networkx constraint(weight)"},
	{"effective_size", "Effektive Netzwerkgröße", "Anzahl der Partner, abzüglich der Redundanz: Partner, die auch untereinander eng kooperieren, zählen weniger als einer. Ohne Partner nicht definiert.", "Burt 1992; networkx effective_size(weight)"},
	{"efficiency", "Effizienz des Partnernetzes", "Effektive Netzwerkgröße geteilt durch die Zahl der Partner (0 bis 1): Anteil der Partner, die nicht-redundante Zugänge eröffnen.", "Burt 1992, S. 52 ff."},
	{"hierarchy", "Hierarchie der Eingebundenheit", "Ob sich die Eingebundenheit (Constraint) auf einen einzelnen Partner konzentriert (nahe 1) oder gleich verteilt ist (0). Erst ab zwei Partnern definiert.", "Burt 1992, S. 70 f.; wie UCINET"},
	{"core_number", "Kernzugehörigkeit (k-Kern)", "Größtes k, sodass der Akteur zu einer Gruppe gehört, in der jeder mit mindestens k anderen aus der Gruppe kooperiert. Hohe Werte: fester Kern des Netzwerks.", "Batagelj & Zaversnik 2003; networkx core_number"},
	{"clustering", "Geschlossenheit des Umfelds (Clustering)", "Anteil der Partnerpaare, die auch miteinander kooperieren (0 bis 1). Ohne Intensitäten berechnet.", "Watts & Strogatz 1998, gerichtet Fagiolo 2007; networkx clustering"},
	{"brokerage", "Maklerrollen nach Rechtskreis", "Wie oft der Akteur zwischen zwei Akteuren vermittelt, die nicht direkt verbunden sind (A → Akteur → B), unterschieden nach dem ersten Rechtskreis der drei. In der ungerichteten Sicht zählt jede Kette in beiden Richtungen.", "Gould & Fernandez 1989; wie R sna::brokerage"},
	{"brokerage.coordinator", "Koordinator", "A, der Akteur und B gehören zum selben Rechtskreis: Vermittlung innerhalb der eigenen Säule.", "Gould & Fernandez 1989"},
	{"brokerage.gatekeeper", "Türöffner (Gatekeeper)", "A kommt aus einem anderen Rechtskreis, B aus dem des Akteurs: Der Akteur öffnet seiner Säule einen Zugang von außen.", "Gould & Fernandez 1989"},
	{"brokerage.representative", "Vertreter", "A gehört zum Rechtskreis des Akteurs, B zu einem anderen: Der Akteur vertritt seine Säule nach außen.", "Gould & Fernandez 1989"},
	{"brokerage.consultant", "Berater (externer Vermittler)", "A und B gehören zum selben Rechtskreis, der Akteur zu einem anderen: Vermittlung von außen innerhalb einer fremden Säule.", "Gould & Fernandez 1989"},
	{"brokerage.liaison", "Verbindungsglied (Liaison)", "A, der Akteur und B gehören zu drei verschiedenen Rechtskreisen: rechtskreisübergreifende Kopplung im engsten Sinn.", "Gould & Fernandez 1989"},
	{"articulation_point", "Schlüsselakteur für den Zusammenhalt", "Fiele dieser Akteur weg, zerfiele das Netzwerk in getrennte Teile (Artikulationspunkt).", "Hopcroft & Tarjan 1973; networkx articulation_points"},
	{"bridges", "Brückenkooperationen", "Kooperationen, ohne die das Netzwerk in getrennte Teile zerfiele.", "networkx bridges"},
	{"density", "Dichte", "Anteil der möglichen Kooperationen, die tatsächlich bestehen (0 bis 1).", "networkx density"},
	{"reciprocity", "Gegenseitigkeit", "Anteil der gerichteten Beziehungen, die erwidert werden; beidseitige Kooperationen zählen als erwidert.", "networkx overall_reciprocity"},
	{"components", "Getrennte Teilnetze", "Anzahl der Teile des Netzwerks, zwischen denen keine Kooperationskette besteht; einzelne Akteure ohne Kooperation zählen je als eigener Teil.", "networkx number_connected_components"},
	{"distances.diameter", "Durchmesser", "Längste kürzeste Kooperationskette im größten Teilnetz. Bei sehr großen Netzen aus einer Stichprobe (dann Untergrenze).", "networkx diameter"},
	{"distances.mean_distance", "Mittlere Entfernung", "Durchschnittliche Zahl der Schritte zwischen zwei Akteuren im größten Teilnetz. Bei sehr großen Netzen aus einer Stichprobe geschätzt.", "networkx average_shortest_path_length"},
	{"degree_centralization", "Zentralisierung (Grad)", "Wie sehr sich die Kooperationen auf einen Akteur konzentrieren: 1 bei einem Stern, 0 wenn alle gleich viele haben.", "Freeman 1979"},
	{"betweenness_centralization", "Zentralisierung (Vermittlung)", "Wie sehr die Vermittlung an einem Akteur hängt: 1 bei einem Stern, 0 wenn alle gleich viel vermitteln.", "Freeman 1979"},
	{"assortativity", "Gleich zu Gleich (Assortativität)", "Positiv, wenn gut vernetzte Akteure vor allem mit gut vernetzten kooperieren; negativ, wenn große Akteure viele kleine an sich binden.", "Newman 2002; networkx degree_assortativity_coefficient"},
	{"modularity", "Gruppenbildung (Modularität)", "Wie klar das Netzwerk in Gruppen zerfällt, die untereinander mehr kooperieren als mit anderen; ab etwa 0,3 deutlich.", "Newman 2006; Louvain: Blondel et al. 2008"},
	{"communities", "Kooperationsgruppen", "Gruppen von Akteuren, die untereinander dichter kooperieren als nach außen (Louvain-Verfahren, reproduzierbar mit festem Startwert).", "Blondel et al. 2008; networkx louvain_communities"},
	{"ei_index", "Offenheit nach außen (E-I-Index)", "Kooperationen über Gruppengrenzen (Rechtskreis, Sozialraum, Akteursart) minus solche innerhalb, geteilt durch alle: −1 = nur innerhalb („Versäulung“), +1 = nur über Grenzen.", "Krackhardt & Stern 1988"},
	{"block_density", "Dichte zwischen Gruppen", "Anteil der möglichen Kooperationen zwischen zwei Gruppen, die bestehen; innerhalb einer Gruppe deren Dichte.", "Blockmodell-Dichte wie UCINET"},
	{"coupling.ratio", "Kopplung zweier Rechtskreise", "Kooperationen zwischen Akteuren zweier Rechtskreise geteilt durch die Zahl, die bei zufälliger Verteilung der Kooperationen (gleiche Partnerzahlen) zu erwarten wäre: 1 = so viel wie erwartet, 0 = keine. Rot markiert sind Paare mit höchstens einem Viertel des Erwarteten, wo mindestens drei Kooperationen zu erwarten wären.", "Blockdichte wie UCINET; Erwartung nach dem Konfigurationsmodell (Newman 2006)"},
	{"coupling.density_ratio", "Dichte zwischen Rechtskreisen im Vergleich", "Anteil der möglichen Paare zweier Rechtskreise, die kooperieren, geteilt durch die Dichte des Gesamtnetzes.", "Wasserman & Faust 1994, Kap. 10"},
	{"potential.score", "Kopplungspotenzial", "Gewichteter Mittelwert aus fünf Teilen zwischen 0 und 1 für zwei Akteure verschiedener Rechtskreise ohne Kooperation: gemeinsame Partner (Adamic–Adar, Gewicht 0,6), gemeinsame Sozialräume (0,15), gemeinsame Zielgruppen (0,1), gemeinsame Handlungsfelder (0,1) und sich ergänzende Angebote (0,05). Jeder Vorschlag nennt seine Gründe.", "Adamic & Adar 2003; Überlappungskoeffizient; Gewichte einstellbar"},
	{"potential.adamic_adar", "Gemeinsame Partner (Adamic–Adar)", "Summe über die gemeinsamen Partner zweier Akteure, wobei ein Partner umso mehr zählt, je weniger Partner er selbst hat (1/ln Grad). In den Teilwert 1 − e^(−Summe) umgerechnet.", "Adamic & Adar 2003; networkx adamic_adar_index"},
	{"gaps.coverage", "Bedarfsdeckung", "Angebot im Sozialraum geteilt durch den Zielwert der Planung (Anzahl, Angebote oder Plätze je 1.000 Einwohner): 1 = Bedarf gedeckt. Landkreisweite Angebote zählen in jedem Sozialraum.", "Zielwerte der Sozialplanung"},
	{"gaps.local_ratio", "Vernetzung vor Ort", "Dichte der Kooperationen zwischen den Akteuren mit Sitz im Sozialraum, geteilt durch die Dichte des Gesamtnetzes. Unter 0,5 gilt der Sozialraum als schwach vernetzt.", "networkx density des Teilnetzes"},
	{"resilience.disconnected_pairs", "Getrennte Akteurspaare bei Ausfall", "Wie viele Paare anderer Akteure einander nicht mehr erreichen, wenn dieser Akteur wegfällt.", "Borgatti 2006, Fragmentierung"},
	{"resilience.criticality", "Kritikalität", "Anteil der verbundenen Akteurspaare, die bei Ausfall des Akteurs getrennt würden, plus Anteil der rechtskreisübergreifenden Kooperationen, die mit ihm wegfielen. Hohe Werte: Der Ausfall träfe Zusammenhalt und Kopplung der Rechtskreise.", "eigene Definition, s. Resilience"},
}
