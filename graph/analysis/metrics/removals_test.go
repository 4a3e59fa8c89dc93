package metrics

import (
	"context"
	"slices"
	"testing"
)

func TestRemovalsHandChecked(t *testing.T) {
	// Path a–b–c and the isolated d.
	g := NewGraph([]string{"a", "b", "c", "d"}, []Tie{{From: 0, To: 1}, {From: 1, To: 2}}, false)
	got, err := Removals(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	want := []Removal{{2, 1, 0}, {3, 0, 1}, {2, 1, 0}, {1, 3, 0}}
	if !slices.Equal(got, want) {
		t.Errorf("removals %+v, want %+v", got, want)
	}
}
