package api

import (
	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// Public marks a route that needs no authentication.
const Public graph.Role = ""

// route is one row of the route table.
type route struct {
	Method string
	Path   string // Gin syntax: ":id" for a path parameter
	// Role is the least role a caller needs; Public for none.
	Role    graph.Role
	Handler gin.HandlerFunc
	// MaxBody limits the request body; Config.MaxBodyBytes if 0.
	MaxBody int64
}

// routes is the whole API at a glance. The OpenAPI document (openapi.json) describes
// the same routes with the same roles (x-role); TestOpenAPIMatchesRoutes keeps the two
// in step. Paths outside /api/ that match no route are served by Config.UI.
func (s *Server) routes() []route {
	const (
		viewer  = graph.RoleViewer
		analyst = graph.RoleAnalyst
		editor  = graph.RoleEditor
		admin   = graph.RoleAdmin
	)
	actor, coop, space := graph.KindActor, graph.KindCooperation, graph.KindSocialSpace
	offer, need, wave := graph.KindOffer, graph.KindNeed, graph.KindWave
	return []route{
		{Method: "GET", Path: "/healthz", Role: Public, Handler: s.healthz},
		{Method: "GET", Path: "/readyz", Role: Public, Handler: s.readyz},
		{Method: "GET", Path: "/api/v1/openapi.json", Role: Public, Handler: s.openAPI},
		{Method: "GET", Path: "/api/v1/me", Role: viewer, Handler: s.me},

		{Method: "GET", Path: "/api/v1/actors", Role: viewer, Handler: s.listEntities(actor)},
		{Method: "POST", Path: "/api/v1/actors", Role: editor, Handler: s.createEntity(actor)},
		{Method: "GET", Path: "/api/v1/actors/:id", Role: viewer, Handler: s.getEntity(actor)},
		{Method: "PUT", Path: "/api/v1/actors/:id", Role: editor, Handler: s.updateEntity(actor)},
		{Method: "DELETE", Path: "/api/v1/actors/:id", Role: editor, Handler: s.deleteEntity(actor)},

		{Method: "GET", Path: "/api/v1/cooperations", Role: viewer, Handler: s.listEntities(coop)},
		{Method: "POST", Path: "/api/v1/cooperations", Role: editor, Handler: s.createEntity(coop)},
		{Method: "GET", Path: "/api/v1/cooperations/:id", Role: viewer, Handler: s.getEntity(coop)},
		{Method: "PUT", Path: "/api/v1/cooperations/:id", Role: editor, Handler: s.updateEntity(coop)},
		{Method: "DELETE", Path: "/api/v1/cooperations/:id", Role: editor, Handler: s.deleteEntity(coop)},

		{Method: "GET", Path: "/api/v1/social-spaces", Role: viewer, Handler: s.listEntities(space)},
		{Method: "POST", Path: "/api/v1/social-spaces", Role: editor, Handler: s.createEntity(space)},
		{Method: "GET", Path: "/api/v1/social-spaces/:id", Role: viewer, Handler: s.getEntity(space)},
		{Method: "PUT", Path: "/api/v1/social-spaces/:id", Role: editor, Handler: s.updateEntity(space)},
		{Method: "DELETE", Path: "/api/v1/social-spaces/:id", Role: editor, Handler: s.deleteEntity(space)},

		{Method: "GET", Path: "/api/v1/offers", Role: viewer, Handler: s.listEntities(offer)},
		{Method: "POST", Path: "/api/v1/offers", Role: editor, Handler: s.createEntity(offer)},
		{Method: "GET", Path: "/api/v1/offers/:id", Role: viewer, Handler: s.getEntity(offer)},
		{Method: "PUT", Path: "/api/v1/offers/:id", Role: editor, Handler: s.updateEntity(offer)},
		{Method: "DELETE", Path: "/api/v1/offers/:id", Role: editor, Handler: s.deleteEntity(offer)},

		{Method: "GET", Path: "/api/v1/needs", Role: viewer, Handler: s.listEntities(need)},
		{Method: "POST", Path: "/api/v1/needs", Role: editor, Handler: s.createEntity(need)},
		{Method: "GET", Path: "/api/v1/needs/:id", Role: viewer, Handler: s.getEntity(need)},
		{Method: "PUT", Path: "/api/v1/needs/:id", Role: editor, Handler: s.updateEntity(need)},
		{Method: "DELETE", Path: "/api/v1/needs/:id", Role: editor, Handler: s.deleteEntity(need)},

		{Method: "GET", Path: "/api/v1/waves", Role: viewer, Handler: s.listEntities(wave)},
		{Method: "POST", Path: "/api/v1/waves", Role: editor, Handler: s.createEntity(wave)},
		{Method: "GET", Path: "/api/v1/waves/:id", Role: viewer, Handler: s.getEntity(wave)},
		{Method: "PUT", Path: "/api/v1/waves/:id", Role: editor, Handler: s.updateEntity(wave)},
		{Method: "DELETE", Path: "/api/v1/waves/:id", Role: editor, Handler: s.deleteEntity(wave)},

		{Method: "GET", Path: "/api/v1/network", Role: viewer, Handler: s.network},
		{Method: "POST", Path: "/api/v1/batch", Role: editor, Handler: s.batch, MaxBody: s.cfg.MaxBatchBytes},
		{Method: "POST", Path: "/api/v1/imports", Role: editor, Handler: s.importFiles, MaxBody: s.cfg.MaxImportBytes},
		{Method: "GET", Path: "/api/v1/imports/template", Role: viewer, Handler: s.importTemplate},
		{Method: "GET", Path: "/api/v1/imports/formats", Role: viewer, Handler: s.importFormats},
		{Method: "GET", Path: "/api/v1/exports/:format", Role: viewer, Handler: s.export},

		{Method: "GET", Path: "/api/v1/analysis/actors", Role: analyst, Handler: s.analysisActors()},
		{Method: "GET", Path: "/api/v1/analysis/network", Role: analyst, Handler: s.analysisNetwork()},
		{Method: "GET", Path: "/api/v1/analysis/communities", Role: analyst, Handler: s.analysisCommunities()},
		{Method: "GET", Path: "/api/v1/analysis/coupling-matrix", Role: analyst, Handler: planning(s, s.analysis.CouplingMatrix)},
		{Method: "GET", Path: "/api/v1/analysis/coupling-potentials", Role: analyst, Handler: s.analysisCouplingPotentials()},
		{Method: "GET", Path: "/api/v1/analysis/gaps", Role: analyst, Handler: planning(s, s.analysis.Gaps)},
		{Method: "GET", Path: "/api/v1/analysis/social-spaces", Role: analyst, Handler: planning(s, s.analysis.SocialSpaces)},
		{Method: "GET", Path: "/api/v1/analysis/resilience", Role: analyst, Handler: planning(s, s.analysis.Resilience)},
		{Method: "POST", Path: "/api/v1/analysis/what-if", Role: analyst, Handler: s.analysisWhatIf, MaxBody: maxWhatIfBytes},
		{Method: "GET", Path: "/api/v1/analysis/definitions", Role: viewer, Handler: s.analysisDefinitions},

		{Method: "GET", Path: "/api/v1/taxonomy", Role: viewer, Handler: s.taxonomy},
		{Method: "PUT", Path: "/api/v1/taxonomy", Role: admin, Handler: s.setTaxonomy},

		{Method: "GET", Path: "/api/v1/tokens", Role: admin, Handler: s.listTokens},
		{Method: "POST", Path: "/api/v1/tokens", Role: admin, Handler: s.createToken},
		{Method: "DELETE", Path: "/api/v1/tokens/:id", Role: admin, Handler: s.deleteToken},
	}
}

// collections maps each entity kind to its collection's path segment under /api/v1.
var collections = map[graph.Kind]string{
	graph.KindActor:       "actors",
	graph.KindCooperation: "cooperations",
	graph.KindSocialSpace: "social-spaces",
	graph.KindOffer:       "offers",
	graph.KindNeed:        "needs",
	graph.KindWave:        "waves",
}
