// Package importers reads and writes the file formats: it decodes foreign files into
// a graph.Batch and encodes the network for other tools. It is pure: no storage, no
// HTTP. Callers hand the Batch to graph.Store.Upsert (first with
// graph.BatchOptions{DryRun: true}) and show the Report.
//
// # Where things live
//
// A format's reader and writer stay in this one package because both follow the same
// column schema; the file name says the direction:
//
//   - <format>_decode.go reads a format and <format>_encode.go writes it (csv, xlsx,
//     graphml, gexf, json, geojson);
//   - decode.go (DecodeFile, DecodeFiles) and encode.go (Encode) choose a format by
//     name; other files ending in _decode.go or _encode.go hold what the readers or
//     the writers share, such as rows_decode.go (rows of cells to entities) and
//     table_encode.go (entities to rows);
//   - files without a direction serve both: formats.go (the list of formats and their
//     detection), schema.go and sheets.go (the columns of every kind), text.go;
//     report.go is the readers' Report, template.go the workbook for imports and
//     metrics_table.go the metric tables of exports.
//
// What goes into a download (the network view's filters, the metrics, the file name)
// is not a format: it lives in the subpackage export, which the API and the command
// line share.
//
// # Formats
//
// CSV (one entity kind per file; UTF-8 with or without BOM or Windows-1252; ";", ","
// or tab detected; decimal commas; German and English headers), XLSX (one sheet per
// kind: Akteure, Kooperationen, Angebote, Sozialräume, Bedarfe, Erhebungswellen, or
// their English names), GraphML (networkx, yEd, Gephi), GEXF 1.2 and 1.3 (Gephi,
// networkx), JSON (a full dump of a graph.Network or a graph.Batch) and GeoJSON (a
// FeatureCollection of social-space boundaries). Formats returns them with their
// content types; DecodeFile and Encode choose one by name.
//
// # Columns and attributes
//
// Every kind has one column schema (schema.go) that all tabular and graph formats
// share: a German header, English and tool-specific aliases, the value type and a
// help text for the template. A Mapping overrides the automatic matching of foreign
// column names and translates foreign values to taxonomy codes. Taxonomy values are
// accepted as code or German label (ignoring case); anything else is reported as an
// error with the nearest known code suggested, never dropped silently. Actor columns
// that match no field are kept in Actor.Attributes; for other kinds they are ignored
// with a warning.
//
// # External keys
//
// Every decoded item has an external key so that importing the same file twice
// changes nothing. The key is, in this order: the key column ("Schlüssel", "key",
// "external_key", "Id"), or in GraphML/GEXF the node id. An item without a key but
// with an internal ID (column "Interne ID", as exports write it for entities that
// have no key) is matched by that ID, as graph.Batch describes. Otherwise the key is
// derived:
//
//   - actors, social spaces, waves: Slug of the name ("Caritas Seeland e. V." →
//     "caritas-seeland-e-v");
//   - offers: actor key + "/" + Slug of the name;
//   - needs: social space key + "/" + field + "/" + target group + "/" + measure + "/" + year;
//   - cooperations: "from>to" for directed ties and the two actor keys in sorted
//     order joined by "~" for mutual ones, followed by "@wave" when a wave is given.
//
// References (a cooperation's actors, an offer's actor, a parent space …) name
// external keys; a reference that matches no key in the file but whose Slug does is
// rewritten to that key, so a cooperation sheet may name actors by their names.
//
// # Reports
//
// Decoders return an error only when the input cannot be read at all (wrong format,
// a limit exceeded). Everything else is an Issue in the Report, with sheet, row,
// column and field, in German. A batch whose Report has errors must not be written.
// Report.AddStoreError maps the field paths of a store's error ("actors[3].name")
// back to sheet and row.
//
// # Hostile input
//
// Limits bounds file size, rows, columns, cell size, XML depth and tokens and the
// bytes an XLSX archive inflates to. XLSX is read as a stream: the bytes inflated are
// counted per part and in total (declared sizes are not trusted), cells are checked
// while they stream in, and a part that cannot be read (broken XML, a DOCTYPE, an
// entry larger than declared) is an error that names its sheet. XML with a DOCTYPE
// that declares entities is refused. Every text cell that a spreadsheet would run as a formula is prefixed
// with an apostrophe on export (OWASP "CSV injection"); decoders remove that prefix
// again.
package importers
