package graph

import (
	"slices"
	"testing"
)

func TestFilterValidate(t *testing.T) {
	tests := []struct {
		kind   Kind
		f      Filter
		fields []string
	}{
		{KindActor, Filter{LegalDomain: "sgb9", Query: "hilfe", Limit: 10}, nil},
		{KindActor, Filter{WaveID: "w1"}, []string{"wave_id"}},
		{KindCooperation, Filter{LegalDomain: "sgb9"}, []string{"legal_domain"}},
		{KindWave, Filter{Limit: MaxLimit + 1, Offset: -1}, []string{"limit", "offset"}},
		{KindCooperation, Filter{MinIntensity: 5}, []string{"min_intensity"}},
	}
	for _, tt := range tests {
		got := fieldsOf(tt.f.Validate(tt.kind))
		if !slices.Equal(got, tt.fields) {
			t.Errorf("%s %+v: field errors %v, want %v", tt.kind, tt.f, got, tt.fields)
		}
	}
}

func TestMatcher(t *testing.T) {
	spaces := []SocialSpace{{Meta: Meta{ID: "kreis"}}, {Meta: Meta{ID: "nord"}, ParentID: "kreis"},
		{Meta: Meta{ID: "hafen"}, ParentID: "nord"}, {Meta: Meta{ID: "sued"}, ParentID: "kreis"}}
	a := validActor()
	a.SocialSpaces = []string{"hafen"}
	tests := []struct {
		f    Filter
		want bool
	}{
		{Filter{}, true},
		{Filter{SocialSpace: "nord"}, true},
		{Filter{SocialSpace: "kreis"}, true},
		{Filter{SocialSpace: "sued"}, false},
		{Filter{Query: "LEBENSHILFE"}, true},
		{Filter{Query: "caritas"}, false},
		{Filter{LegalDomain: "sgb9", ActorKind: "association"}, true},
		{Filter{LegalDomain: "sgb2"}, false},
		{Filter{TargetGroup: "older_people"}, false},
	}
	for _, tt := range tests {
		if got := NewMatcher(tt.f, spaces).Match(a); got != tt.want {
			t.Errorf("%+v: Match = %v, want %v", tt.f, got, tt.want)
		}
	}
	c := &Cooperation{From: "a", To: "b", Kinds: []string{"referral"}, Intensity: 2}
	if !NewMatcher(Filter{ActorID: "b", CooperationKind: "referral"}, nil).Match(c) {
		t.Error("cooperation filter by its second actor does not match")
	}
	if NewMatcher(Filter{MinIntensity: 3}, nil).Match(c) {
		t.Error("cooperation below the minimum intensity matches")
	}
}

func TestPaginate(t *testing.T) {
	items := []Entity{&Wave{Name: "b", Meta: Meta{ID: "2"}}, &Wave{Name: "A", Meta: Meta{ID: "1"}}, &Wave{Name: "a", Meta: Meta{ID: "0"}}}
	SortEntities(items)
	var ids []string
	for _, e := range items {
		ids = append(ids, e.Metadata().ID)
	}
	if !slices.Equal(ids, []string{"0", "1", "2"}) {
		t.Errorf("order %v, want by lower-cased name then ID", ids)
	}
	f := Filter{Limit: 2, Offset: 1}
	if got, next := f.Paginate(items); len(got) != 2 || got[0].Metadata().ID != "1" || next != "" {
		t.Errorf("page %v, next %q", got, next)
	}
	f.Offset = 5
	if got, next := f.Paginate(items); len(got) != 0 || next != "" {
		t.Errorf("page past the end has %d items, next %q", len(got), next)
	}

	// A cursor walk of one item per page visits each item once, in order.
	f = Filter{Limit: 1}
	var walked []string
	for range len(items) + 1 {
		got, next := f.Paginate(items)
		for _, e := range got {
			walked = append(walked, e.Metadata().ID)
		}
		if next == "" {
			break
		}
		f.Cursor = next
	}
	if !slices.Equal(walked, ids) {
		t.Errorf("cursor walk %v, want %v", walked, ids)
	}
}

func TestCursor(t *testing.T) {
	for _, p := range []Position{{"", "co-1"}, {"name\x00with zero", "ac-1"}, {"ärzte", "x"}} {
		got, err := ParseCursor(p.Cursor())
		if err != nil || got != p {
			t.Errorf("ParseCursor(Cursor(%q)) = %q, %v", p, got, err)
		}
	}
	for _, bad := range []string{"!", "YWJj", Position{"k", ""}.Cursor(), "_w"} {
		if _, err := ParseCursor(bad); ErrorCode(err) != Invalid {
			t.Errorf("ParseCursor(%q): %v, want Invalid", bad, err)
		}
	}
	f := Filter{Cursor: Position{"a", "1"}.Cursor(), Offset: 1}
	if err := f.Validate(KindActor); ErrorCode(err) != Invalid || len(ErrorFields(err)) != 1 || ErrorFields(err)[0].Field != "cursor" {
		t.Errorf("cursor with offset: %v", err)
	}
}
