package site

import (
	"encoding/json"
	"html/template"
	"slices"

	"github.com/netzwerkatlas/netzwerkatlas/directory"
)

// jsonLD describes the entry for search engines as a schema.org Service
// (https://schema.org/Service) offered by an Organization, at a Place with its
// address, position, opening hours and accessibility, in the social spaces it serves.
// url is the absolute address of the offer's page. The result is safe inside a script
// element: encoding/json writes <, > and & as \u escapes, so no "</script>" can end
// it early.
func jsonLD(e *directory.Entry, url string) template.JS {
	l := &e.Listing
	address := map[string]any{"@type": "PostalAddress", "streetAddress": e.Address.Street, "postalCode": e.Address.PostalCode,
		"addressLocality": e.Address.City, "addressCountry": "DE"}
	place := map[string]any{"@type": "Place", "name": e.Provider, "address": address}
	if e.Location != nil {
		place["geo"] = map[string]any{"@type": "GeoCoordinates", "latitude": e.Location.Lat, "longitude": e.Location.Lon}
	}
	if l.OpeningHours != "" {
		place["openingHours"] = l.OpeningHours
	}
	var features []any
	for _, f := range []struct {
		on   bool
		name string
	}{{e.BarrierFree, "barrierefrei zugänglich"}, {l.StepFree, "stufenloser Zugang"}, {l.AccessibleToilet, "barrierefreie Toilette"},
		{l.HearingLoop, "Induktionsschleife"}} {
		if f.on {
			features = append(features, map[string]any{"@type": "LocationFeatureSpecification", "name": f.name, "value": true})
		}
	}
	if features != nil {
		place["amenityFeature"] = features
	}
	languages := append([]string{"de"}, l.Languages...)
	if l.SignLanguage && !slices.Contains(languages, "dgs") {
		languages = append(languages, "dgs")
	}
	channel := map[string]any{"@type": "ServiceChannel", "serviceLocation": place, "serviceUrl": url, "availableLanguage": languages}
	if e.Phone != "" {
		channel["servicePhone"] = map[string]any{"@type": "ContactPoint", "telephone": e.Phone}
	}
	var audience, area []any
	for _, t := range e.TargetGroups {
		audience = append(audience, map[string]any{"@type": "Audience", "audienceType": t})
	}
	for _, s := range e.Spaces {
		area = append(area, map[string]any{"@type": "AdministrativeArea", "name": s})
	}
	org := map[string]any{"@type": "Organization", "name": e.Provider, "address": address}
	for k, v := range map[string]string{"telephone": e.Phone, "email": e.Email, "url": e.Website} {
		if v != "" {
			org[k] = v
		}
	}
	doc := map[string]any{
		"@context": "https://schema.org", "@type": "Service", "@id": url, "url": url, "name": e.Name,
		"serviceType": e.Fields, "provider": org, "availableChannel": channel,
		"dateModified": max(e.UpdatedAt, l.ConfirmedAt),
	}
	if l.FreeOfCharge {
		doc["isAccessibleForFree"] = true
	}
	if e.Description != "" {
		doc["description"] = e.Description
	}
	if audience != nil {
		doc["audience"] = audience
	}
	if area != nil {
		doc["areaServed"] = area
	}
	b, _ := json.Marshal(doc) // maps of strings, numbers and slices always marshal
	return template.JS(b)
}
