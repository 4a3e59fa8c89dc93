package oidc

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// ParseRoles reads a mapping from claim values to roles in the form
// "group=role,group=role", such as "netzwerkatlas-admin=admin,sozialplanung=analyst".
// Spaces around names are ignored; a value may appear only once.
func ParseRoles(s string) (map[string]graph.Role, error) {
	roles := map[string]graph.Role{}
	for item := range strings.SplitSeq(s, ",") {
		if strings.TrimSpace(item) == "" {
			continue
		}
		value, role, ok := strings.Cut(item, "=")
		value, role = strings.TrimSpace(value), strings.TrimSpace(role)
		if !ok || value == "" {
			return nil, graph.Errorf(graph.Invalid, "Die Rollenzuordnung %q hat nicht die Form „Gruppe=Rolle“.", strings.TrimSpace(item))
		}
		if !graph.Role(role).Valid() {
			return nil, graph.Errorf(graph.Invalid, "Die Rolle %q für %q ist unbekannt; möglich sind viewer, analyst, editor und admin.", role, value)
		}
		if _, dup := roles[value]; dup {
			return nil, graph.Errorf(graph.Invalid, "%q ist in der Rollenzuordnung zweimal genannt.", value)
		}
		roles[value] = graph.Role(role)
	}
	return roles, nil
}

// mapRole returns the highest role that one of the claim's values maps to, or
// fallback ("" to refuse) when none does. The claim may be a string or a list of
// strings; Keycloak's group mapper may prefix groups with "/" (full path), which is
// ignored.
func mapRole(raw json.RawMessage, roles map[string]graph.Role, fallback graph.Role) (graph.Role, error) {
	var values []string
	if len(raw) > 0 && string(raw) != "null" {
		if err := json.Unmarshal(raw, &values); err != nil {
			var one string
			if json.Unmarshal(raw, &one) != nil {
				return "", fmt.Errorf("oidc: role claim is neither a string nor a list of strings: %w", err)
			}
			values = []string{one}
		}
	}
	var best graph.Role
	for _, v := range values {
		r, ok := roles[v]
		if !ok {
			r, ok = roles[strings.TrimPrefix(v, "/")]
		}
		if ok && (best == "" || r.Allows(best)) {
			best = r
		}
	}
	if best == "" {
		return fallback, nil
	}
	return best, nil
}
