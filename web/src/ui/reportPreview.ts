// The preview of a report or a Sozialraumprofil: the server's HTML document (GET
// /reports/…), fetched with the signed-in token, shown inline below the view's own
// heading, with download links for PDF, Word and HTML. The document's headings move one
// level down (its h1 becomes an h2), so the page keeps one outline.

import { fetchFile, type Query } from "../api/client";
import { downloadLink } from "./download";
import { h, replace } from "./dom";
import { errorBox, loading } from "./status";

/** reportPreview fills out with downloads and the preview of the document at path. */
export async function reportPreview(out: HTMLElement, path: string, query: Query, fileName: string, what: string): Promise<void> {
  const status = h("p", { class: "hint", role: "status" });
  const downloads = h(
    "p",
    { class: "downloads" },
    downloadLink({ label: "Als PDF herunterladen", path, query: { ...query, format: "pdf" }, fileName: fileName + ".pdf", describes: what + " als PDF" }, status),
    " ",
    downloadLink({ label: "Als Word-Dokument herunterladen", path, query: { ...query, format: "docx" }, fileName: fileName + ".docx", describes: what + " als Word-Dokument zum Bearbeiten" }, status),
    " ",
    downloadLink({ label: "Als HTML herunterladen", path, query: { ...query, format: "html" }, fileName: fileName + ".html", describes: what + " als HTML" }, status),
  );
  replace(out, loading(what));
  let html: string;
  try {
    html = await (await fetchFile(path, query, fileName + ".html")).blob.text();
  } catch (err) {
    replace(out, errorBox(err, what));
    return;
  }
  // The preview scrolls sideways by itself where a wide table needs it; it takes the focus for that.
  replace(out, downloads, status, h("section", { class: "report-preview", tabindex: 0, "aria-label": "Vorschau: " + what }, ...documentBody(html)));
}

/** documentBody returns the content of the document's main element, headings one level down. */
function documentBody(html: string): Node[] {
  // The document's own style sheet stays out: the page's CSP forbids inline styles
  // (even in a parsed document), and the page's style sheet styles the preview.
  const doc = new DOMParser().parseFromString(html.replace(/<style>[\s\S]*?<\/style>/, ""), "text/html");
  for (const el of Array.from(doc.querySelectorAll("h1, h2, h3, h4, h5"))) {
    const lower = doc.createElement("h" + (Number(el.tagName[1]) + 1));
    for (const a of Array.from(el.attributes)) lower.setAttribute(a.name, a.value);
    lower.append(...Array.from(el.childNodes));
    el.replaceWith(lower);
  }
  const main = doc.querySelector("main") ?? doc.body;
  return Array.from(main.childNodes).map((n) => document.importNode(n, true));
}
