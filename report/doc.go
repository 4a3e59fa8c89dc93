// Package report builds the documents a steering group reads (Bericht für die
// Steuerungsgruppe) and the profile of one social space (Sozialraumprofil), from the
// same analysis results the API answers (graph/analysis: Engine, changes, planning),
// and writes them as accessible HTML with charts drawn as SVG.
//
// Build gathers the steering report of two states of the network (T1 and T2),
// BuildProfile the profile of one social space at one state; HTML writes either.
// Every figure comes from the analysis Engine, so a report shows exactly what the
// analysis routes answer for the same states. Printing the HTML to a tagged PDF is
// the job of the package report/pdf.
//
// Two things come from outside the network and are handed in by the caller through
// Extras: the measures (Maßnahmen) agreed on, and the response rate of the survey
// wave. Without them the report says that there are none recorded and that the
// response rate is unknown.
package report
