package demo_test

import (
	"fmt"

	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

func ExampleGenerate() {
	b := demo.Generate(demo.County())
	fmt.Println(len(b.SocialSpaces), "Gebiete,", len(b.Actors), "Akteure,", len(b.Cooperations), "Kooperationen")
	fmt.Println(b.Actors[0].ExternalKey, b.Actors[0].Name)
	fmt.Println(demo.Planted(demo.County()).UnderSuppliedSpace)
	// Output:
	// 11 Gebiete, 250 Akteure, 1300 Kooperationen
	// seeland-akteur-0001 Sozial- und Teilhabeplanung Landkreis Seeland
	// seeland-sozialraum-08
}
