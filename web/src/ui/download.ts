// Download links for files the server makes (exports, the import template). The link
// points at the API URL, but a click fetches the file with the signed-in token and
// saves it from a Blob URL: a plain link would not carry a bearer token.

import { fetchFile, url, type Query } from "../api/client";
import { h, replace } from "./dom";
import { errorBox } from "./status";

export interface DownloadLink {
  label: string;
  path: string;
  query?: Query;
  /** fileName is used when the server sends no Content-Disposition name. */
  fileName: string;
  /** describes names the file in the messages of status, such as "Akteure als CSV". */
  describes?: string;
}

/**
 * downloadLink returns a link that fetches the file with the token and saves it;
 * progress and errors are announced in status.
 */
export function downloadLink(d: DownloadLink, status: HTMLElement): HTMLAnchorElement {
  const a = h("a", { href: url(d.path, d.query), download: d.fileName, class: "download" }, d.label) as HTMLAnchorElement;
  a.addEventListener("click", async (ev) => {
    ev.preventDefault();
    a.setAttribute("aria-busy", "true");
    replace(status, `${d.describes ?? d.label} wird erzeugt …`);
    try {
      const f = await fetchFile(d.path, d.query ?? {}, d.fileName);
      save(f.name, new Blob([f.blob], { type: f.contentType || "application/octet-stream" }));
      replace(status, `${d.describes ?? d.label} heruntergeladen (${f.name}).`);
    } catch (err) {
      replace(status, errorBox(err, d.describes ?? d.label));
    } finally {
      a.removeAttribute("aria-busy");
    }
  });
  return a;
}

/** save offers a blob as a file to save. */
export function save(name: string, blob: Blob): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/**
 * tableDownloads offers an analysis (GET path with query) as an Excel workbook and as
 * a CSV file (?format=xlsx|csv): German headers, labels and names, as the server lays
 * the tables out. slug names the file; what names it in the messages ("Resilienz").
 */
export function tableDownloads(path: string, query: Query, slug: string, what: string): HTMLElement {
  const status = h("div", { role: "status", class: "download-status" });
  const link = (format: "xlsx" | "csv", label: string) =>
    h("li", {}, downloadLink({ label, path, query: { ...query, format }, fileName: `netzwerkatlas-${slug}.${format}`, describes: `${what} als ${format.toUpperCase()}` }, status));
  return h(
    "div",
    { class: "table-downloads" },
    h("ul", { class: "downloads", "aria-label": `${what} herunterladen` }, link("xlsx", "Als Excel-Datei (XLSX)"), link("csv", "Als CSV-Datei")),
    status,
  );
}
