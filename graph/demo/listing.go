package demo

import (
	"math/rand/v2"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// openingHours are the consultation hours the demo's directory entries choose from.
var openingHours = []string{
	"Mo–Fr 9–12 Uhr, Di und Do 14–17 Uhr",
	"Mo, Mi 9–13 Uhr; Do 14–18 Uhr; Termine nach Vereinbarung",
	"Di 10–12 Uhr offene Sprechstunde, sonst nach Vereinbarung",
	"Mo–Do 8–16 Uhr, Fr 8–12 Uhr",
}

// languages are the ISO 639 codes of the languages demo offers may speak besides German.
var languages = []string{"en", "tr", "ar", "ru", "uk", "fa", "pl"}

// listOffers fills in the directory listing of every counselling offer: hours, costs,
// languages, ways to reach it and accessibility details. About one in seven entries
// was last confirmed more than a year before the latest wave, so that the editors'
// list of outdated entries has something to show.
func listOffers(rng *rand.Rand, offers []graph.Offer) {
	for i := range offers {
		o := &offers[i]
		if !o.Counselling {
			continue
		}
		l := &graph.Listing{
			OpeningHours: openingHours[rng.IntN(len(openingHours))],
			Directions:   "Bus bis Haltestelle „Marktplatz“, von dort 3 Minuten zu Fuß; Eingang vom Hof.",
			FreeOfCharge: rng.Float64() < 0.85,
			EUTB:         strings.Contains(o.LegalBasis, "§ 32 SGB IX"),
			ByPhone:      rng.Float64() < 0.8,
			ByVideo:      rng.Float64() < 0.35,
			HomeVisits:   strings.Contains(o.Name, "Pflege") || strings.Contains(o.Name, "Wohn") || rng.Float64() < 0.1,
			EasyLanguage: strings.Contains(o.Name, "leichter Sprache") || rng.Float64() < 0.2,
			ConfirmedAt:  "2026-0" + string(rune('1'+rng.IntN(9))) + "-15",
		}
		if l.FreeOfCharge {
			l.Costs = "kostenfrei und vertraulich"
		} else {
			l.Costs = "Erstgespräch kostenfrei; weitere Termine nach Einkommen gestaffelt"
		}
		if o.BarrierFree {
			l.StepFree, l.AccessibleToilet = true, rng.Float64() < 0.7
			l.HearingLoop = rng.Float64() < 0.3
		}
		l.SignLanguage = rng.Float64() < 0.1
		for _, code := range languages {
			if rng.Float64() < 0.15 {
				l.Languages = append(l.Languages, code)
			}
		}
		if rng.IntN(7) == 0 {
			l.ConfirmedAt = "2025-0" + string(rune('1'+rng.IntN(6))) + "-01"
		}
		o.Listing = l
	}
}
