package upkeep

import (
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Demo returns the records of the demo county's moderation queue as of now: three
// open reports (two errors in entries of n's directory, one missing offer) and one
// decided, so that the editors' view has something to show.
func Demo(n *graph.Network, now time.Time) ([]*graph.Record, error) {
	entries := directory.Entries(n)
	at := func(days int) time.Time { return now.UTC().Truncate(time.Second).AddDate(0, 0, -days) }
	reports := []VisitorReport{{
		Kind: KindMissing, Name: "Offener Treff für pflegende Angehörige", Provider: "Nachbarschaftshilfe e. V.",
		Place: "Gemeindehaus, Kirchstraße 4", Text: "Jeden ersten Mittwoch im Monat, 15–17 Uhr, ohne Anmeldung. Austausch und Beratung zu Entlastungsangeboten.",
		Contact: "treff@example.org", CreatedAt: at(2),
	}}
	for i, text := range []string{
		"Die Telefonnummer stimmt nicht mehr, die Stelle ist jetzt unter einer neuen Nummer erreichbar.",
		"Die Sprechstunde am Dienstag gibt es seit dem Sommer nicht mehr.",
		"Der Eingang ist nicht stufenlos: Es gibt drei Stufen und keine Rampe.",
	} {
		if len(entries) == 0 {
			break
		}
		e := entries[(i*7+3)%len(entries)]
		reports = append(reports, VisitorReport{Kind: KindError, OfferID: e.ID, OfferName: e.Name, Text: text, CreatedAt: at(5 - i)})
	}
	var out []*graph.Record
	for i := range reports {
		r := &reports[i]
		r.ID, r.Status = r.CreatedAt.Format("20060102T150405Z")+"-demo"+string(rune('0'+i)), StatusOpen
		if i == len(reports)-1 && i > 0 {
			decided := at(1)
			r.Status, r.DecidedAt, r.DecidedBy, r.Note = StatusDone, &decided, "Redaktion", "Beim Träger nachgefragt und den Eintrag korrigiert."
		}
		rec, err := record(colReports, r.ID, 0, r)
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, nil
}
