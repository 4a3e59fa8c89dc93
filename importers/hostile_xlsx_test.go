package importers

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"flag"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the generated hostile files in testdata/hostile")

// Hostile workbooks: each is a minimal workbook with one sheet "Akteure", made by
// hostileXLSX. The small ones are checked in under testdata/hostile (regenerate with
// go test ./importers -run TestHostileTestdata -update) and seed FuzzDecodeXLSX; the
// big ones (hundreds of MiB inflated) are made in memory by the benchmarks.
const (
	hostileSharedStrings = "shared_strings_bomb" // sharedStrings.xml of size bytes
	hostileHugeCell      = "huge_cell"           // one inline cell of size bytes
	hostileManyCells     = "many_cells"          // rows of small cells, size bytes of sheet XML
	hostileSizeLie       = "size_lie"            // a sheet of size bytes whose header declares 1 KiB
	hostileDTD           = "dtd"                 // sheet XML with a DOCTYPE that declares entities
	hostileBroken        = "broken_xml"          // sheet XML cut off inside a row
)

// hostileSmall are the checked-in hostile files and their inflated sizes: over the
// budget of fuzzLimits and testLimits where the size is what they attack.
var hostileSmall = []struct {
	kind string
	size int
}{
	{hostileSharedStrings, 12 << 20},
	{hostileHugeCell, 4 << 20},
	{hostileManyCells, 12 << 20},
	{hostileSizeLie, 64 << 10},
	{hostileDTD, 0},
	{hostileBroken, 0},
}

func hostileName(kind string) string { return filepath.Join("testdata", "hostile", kind+".xlsx") }

// TestHostileTestdata checks that the checked-in hostile files are what hostileXLSX
// makes, so that they stay reproducible.
func TestHostileTestdata(t *testing.T) {
	for _, h := range hostileSmall {
		var buf bytes.Buffer
		if err := hostileXLSX(&buf, h.kind, h.size); err != nil {
			t.Fatal(err)
		}
		name := hostileName(h.kind)
		if *update {
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, buf.Bytes()) {
			t.Errorf("%s differs from hostileXLSX; regenerate with -update", name)
		}
	}
}

const (
	xlsxContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
	xlsxRootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	xlsxWorkbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Akteure" sheetId="1" r:id="rId1"/></sheets></workbook>`
	xlsxWorkbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
	xlsxSheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`
	xlsxSheetTail = `</sheetData></worksheet>`
	// xlsxHeaderRow is the header row of an actor sheet, with inline strings.
	xlsxHeaderRow = `<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Akteursart</t></is></c><c r="C1" t="inlineStr"><is><t>Rechtskreise</t></is></c></row>`
	xlsxActorRow  = `<row r="%d"><c r="A%[1]d" t="inlineStr"><is><t>Akteur %[1]d</t></is></c><c r="B%[1]d" t="inlineStr"><is><t>provider</t></is></c><c r="C%[1]d" t="inlineStr"><is><t>sgb2</t></is></c></row>`
	xlsxSSTHead   = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`
)

// hostileXLSX writes the hostile workbook of the kind to w; size is the inflated size
// of the part it attacks. Nothing of size bytes is held in memory.
func hostileXLSX(w io.Writer, kind string, size int) error {
	zw := zip.NewWriter(w)
	put := func(name string, write func(io.Writer) error) error {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return err
		}
		return write(fw)
	}
	text := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	for _, p := range []struct{ name, body string }{
		{"[Content_Types].xml", xlsxContentTypes}, {"_rels/.rels", xlsxRootRels},
		{"xl/workbook.xml", xlsxWorkbook}, {"xl/_rels/workbook.xml.rels", xlsxWorkbookRels},
	} {
		if err := put(p.name, text(p.body)); err != nil {
			return err
		}
	}
	sst := xlsxSSTHead + `<si><t>Kooperationspartner</t></si></sst>`
	sheet := xlsxSheetHead + xlsxHeaderRow + fmt.Sprintf(xlsxActorRow, 2) + xlsxSheetTail
	var err error
	switch kind {
	case hostileSharedStrings:
		err = put("xl/sharedStrings.xml", func(w io.Writer) error {
			return repeatXML(w, xlsxSSTHead+`<si><t>Name</t></si>`, `<si><t>Kooperationspartner im Sozialraum</t></si>`, `</sst>`, size)
		})
		sst = ""
		sheet = strings.Replace(sheet, `t="inlineStr"><is><t>Name</t></is></c>`, `t="s"><v>0</v></c>`, 1)
	case hostileHugeCell:
		head := xlsxSheetHead + xlsxHeaderRow + `<row r="2"><c r="A2" t="inlineStr"><is><t>`
		err = put("xl/worksheets/sheet1.xml", func(w io.Writer) error {
			return repeatXML(w, head, "a", `</t></is></c></row>`+xlsxSheetTail, size)
		})
		sheet = ""
	case hostileManyCells:
		err = put("xl/worksheets/sheet1.xml", func(w io.Writer) error {
			return repeatXML(w, xlsxSheetHead+xlsxHeaderRow, `<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>`, xlsxSheetTail, size)
		})
		sheet = ""
	case hostileSizeLie:
		err = putLying(zw, "xl/worksheets/sheet1.xml", size)
		sheet = ""
	case hostileDTD:
		sheet = strings.Replace(sheet, "<worksheet", `<!DOCTYPE worksheet [<!ENTITY a "Akteur"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet`, 1)
		sheet = strings.Replace(sheet, "Akteur 2", "&b;", 1)
	case hostileBroken:
		sheet = sheet[:strings.Index(sheet, `<row r="2">`)+len(`<row r="2"><c r="A2" t="inlineStr"><is><t>Akt`)]
	default:
		return fmt.Errorf("unknown hostile kind %q", kind)
	}
	if err != nil {
		return err
	}
	if sst != "" {
		if err := put("xl/sharedStrings.xml", text(sst)); err != nil {
			return err
		}
	}
	if sheet != "" {
		if err := put("xl/worksheets/sheet1.xml", text(sheet)); err != nil {
			return err
		}
	}
	return zw.Close()
}

// sheetXLSX returns a workbook with the sheet XML as its one sheet "Akteure" and,
// if given, the shared strings XML.
func sheetXLSX(t *testing.T, sheet string, sst ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := [][2]string{{"[Content_Types].xml", xlsxContentTypes}, {"_rels/.rels", xlsxRootRels}, {"xl/workbook.xml", xlsxWorkbook},
		{"xl/_rels/workbook.xml.rels", xlsxWorkbookRels}, {"xl/worksheets/sheet1.xml", sheet}}
	if len(sst) > 0 {
		parts = append(parts, [2]string{"xl/sharedStrings.xml", sst[0]})
	}
	for _, p := range parts {
		w, err := zw.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, p[1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// repeatXML writes head, then unit as often as fits into size bytes, then tail.
func repeatXML(w io.Writer, head, unit, tail string, size int) error {
	chunk := strings.Repeat(unit, max(1, (64<<10)/len(unit)))
	if _, err := io.WriteString(w, head); err != nil {
		return err
	}
	for n := len(head) + len(tail); n < size; n += len(chunk) {
		if _, err := io.WriteString(w, chunk); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, tail)
	return err
}

// putLying writes a valid actor sheet of about size bytes whose zip headers declare
// 1 KiB uncompressed (and the CRC of those first bytes only).
func putLying(zw *zip.Writer, name string, size int) error {
	var deflated bytes.Buffer
	fw, _ := flate.NewWriter(&deflated, flate.DefaultCompression)
	var first []byte // the first KiB, for the declared CRC
	write := func(s string) {
		if len(first) < 1<<10 {
			first = append(first, s[:min(len(s), 1<<10-len(first))]...)
		}
		fw.Write([]byte(s))
	}
	write(xlsxSheetHead + xlsxHeaderRow)
	for r, n := 2, 0; n < size; r++ {
		row := fmt.Sprintf(xlsxActorRow, r)
		write(row)
		n += len(row)
	}
	write(xlsxSheetTail)
	fw.Close()
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		CRC32: crc32.ChecksumIEEE(first), CompressedSize64: uint64(deflated.Len()), UncompressedSize64: uint64(len(first))})
	if err != nil {
		return err
	}
	_, err = w.Write(deflated.Bytes())
	return err
}

// BenchmarkHostileXLSX decodes each hostile workbook at the size of the attacks of
// issue 14 (480 MiB inflated) with the default limits, and reports the upload's size,
// the peak of the heap's objects above what they were before, and the error. For the
// peak RSS of the process, run one at a time:
//
//	go test -c -o /tmp/importers.test ./importers
//	/usr/bin/time -v /tmp/importers.test -test.run '^$' -test.bench 'HostileXLSX/huge_cell' -test.benchtime 1x
func BenchmarkHostileXLSX(b *testing.B) {
	for _, kind := range []string{hostileSharedStrings, hostileHugeCell, hostileManyCells, hostileSizeLie, hostileDTD, hostileBroken} {
		b.Run(kind, func(b *testing.B) {
			var upload bytes.Buffer
			if err := hostileXLSX(&upload, kind, 480<<20); err != nil {
				b.Fatal(err)
			}
			var peak uint64
			var err error
			for b.Loop() {
				stop := sampleHeap()
				_, _, err = DecodeXLSX(bytes.NewReader(upload.Bytes()), Options{})
				peak = max(peak, stop())
			}
			b.ReportMetric(float64(upload.Len())/(1<<20), "upload-MiB")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			b.Logf("%s: %v", kind, err)
		})
	}
}

// sampleHeap collects garbage and then samples the bytes of heap objects every
// millisecond until the returned stop is called; stop returns the peak above the
// level after the collection.
func sampleHeap() (stop func() uint64) {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base, peak := read(), uint64(0)
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			peak = max(peak, read())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return max(peak, read()) - base
	}
}
