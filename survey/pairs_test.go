package survey

import (
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func TestPairsClassifiesBothOneSideAndConflict(t *testing.T) {
	resp := func(id string, ties ...TieAnswer) Response {
		return Response{RespondentID: id, Answers: Answers{Ties: ties}}
	}
	submitted := []Response{
		resp("a", TieAnswer{Partner: "b", Intensity: 3, Direction: DirectionOut, Trust: 4},
			TieAnswer{Partner: "c", Intensity: 2},
			TieAnswer{Partner: "d", Intensity: 2, Since: "2019"}),
		// b agrees with a: a → b at intensity 3, seen from b.
		resp("b", TieAnswer{Partner: "a", Intensity: 3, Direction: DirectionIn, Trust: 1, Kinds: []string{"x"}}),
		// c reports the mutual tie with a at another intensity: a conflict.
		resp("c", TieAnswer{Partner: "a", Intensity: 4}),
	}
	pairs := Pairs(submitted, func(id string) string { return "Name " + id })
	want := map[string]string{"a|b": TieBoth, "a|c": TieConflict, "a|d": TieOneSide}
	if len(pairs) != len(want) {
		t.Fatalf("got %d pairs, want %d: %+v", len(pairs), len(want), pairs)
	}
	for _, p := range pairs {
		if p.Status != want[p.Key] {
			t.Errorf("%s: status %s, want %s", p.Key, p.Status, want[p.Key])
		}
	}
	if c := Count(pairs); c != (TieCounts{Both: 1, OneSide: 1, Conflict: 1}) {
		t.Errorf("counts %+v", c)
	}

	ab := pairs[0].Cooperation("w", "Erhebung")
	if !ab.Directed || ab.From != "a" || ab.To != "b" || ab.ReportedBy != graph.ReportedByBoth || ab.Trust != 3 || len(ab.Kinds) != 1 {
		t.Errorf("a|b cooperation %+v", ab)
	}
	if _, ok := pairs[1].Accepted(); ok {
		t.Error("an undecided conflict is taken over")
	}
	pairs[1].Decision, pairs[1].Prefer = Accept, "c"
	if ac := pairs[1].Cooperation("w", ""); ac.Intensity != 4 || ac.ReportedBy != graph.ReportedByBoth {
		t.Errorf("accepted conflict %+v, want c's intensity 4", ac)
	}
	ad := pairs[2].Cooperation("w", "")
	if ad.Directed || ad.ReportedBy != graph.ReportedByFrom || ad.From != "a" || ad.ValidFrom != "2019-01-01" {
		t.Errorf("one-sided a|d %+v", ad)
	}
	pairs[2].Decision = Reject
	if _, ok := pairs[2].Accepted(); ok {
		t.Error("a rejected pair is taken over")
	}
}

func TestOneSidedReportByTheLaterActorIsReportedByTo(t *testing.T) {
	pairs := Pairs([]Response{{RespondentID: "z", Answers: Answers{Ties: []TieAnswer{{Partner: "a", Intensity: 1}}}}}, func(string) string { return "" })
	c := pairs[0].Cooperation("w", "")
	if c.From != "a" || c.To != "z" || c.ReportedBy != graph.ReportedByTo {
		t.Errorf("%+v: mutual ties have From < To, reported by To", c)
	}
}
