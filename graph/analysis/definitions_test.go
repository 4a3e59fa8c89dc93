package analysis

import (
	"encoding/json"
	"testing"
)

// TestDefinitionsCoverActorMetrics checks that the registry has an export column for
// every per-actor figure of ActorMetrics (brokerage by role), so that a new field
// cannot be left out of the metric table and the GEXF and GraphML attributes.
func TestDefinitionsCoverActorMetrics(t *testing.T) {
	raw, err := json.Marshal(ActorMetrics{})
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		t.Fatal(err)
	}
	var roles map[string]json.RawMessage
	if err := json.Unmarshal(fields["brokerage"], &roles); err != nil {
		t.Fatal(err)
	}
	delete(fields, "id")
	delete(fields, "brokerage")
	for role := range roles {
		fields["brokerage."+role] = nil
	}
	columns := map[string]bool{}
	for _, d := range Definitions() {
		if d.Column != nil {
			columns[d.Code] = true
		}
	}
	for code := range fields {
		if !columns[code] {
			t.Errorf("ActorMetrics field %q has no export column in Definitions", code)
		}
	}
	for code := range columns {
		if _, ok := fields[code]; !ok {
			t.Errorf("Definitions exports %q, which ActorMetrics lacks", code)
		}
	}
}
