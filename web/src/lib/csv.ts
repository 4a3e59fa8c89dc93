// CSV for spreadsheets: semicolon-separated (German Excel), quoted where needed, and
// cells that a spreadsheet would run as a formula neutralised (OWASP CSV injection).

const formulaStart = /^[=+\-@\t\r]/;

/** csvCell quotes a value for CSV and prefixes a formula trigger with an apostrophe. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "number" ? formatNumber(value) : String(value);
  if (typeof value !== "number" && formulaStart.test(s)) s = "'" + s;
  return /[";\r\n]/.test(s) || s !== s.trim() ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** formatNumber writes a number with a decimal comma, as German spreadsheets read it. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return "";
  return String(Math.round(n * 1e6) / 1e6).replace(".", ",");
}

/** toCSV joins a header and rows into CSV text with CRLF line ends and a BOM for Excel. */
export function toCSV(header: string[], rows: unknown[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n";
}

/** download offers text as a file to save. */
export function download(name: string, content: BlobPart, type: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([content], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
