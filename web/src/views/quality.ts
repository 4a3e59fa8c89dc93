// The Datenqualität worklist: actors that came in without an actor kind or legal
// domain ("nicht zugeordnet"), which an editor selects and classifies at once (one
// all-or-nothing write), and further findings such as actors without cooperations.

import { allows } from "../api/auth";
import { get, request } from "../api/client";
import { readQuality, type Quality, type QualityActor, type QualityFinding } from "../api/imports";
import { ApiError } from "../api/problem";
import { currentUser, invalidate, labeller, loadTaxonomy } from "../state";
import { fmt, h, replace, uid } from "../ui/dom";
import { errorBox, loading } from "../ui/status";

/** shownFindings bounds the findings listed at once. */
const shownFindings = 200;

export async function qualityView(main: HTMLElement): Promise<void> {
  main.append(
    h("h1", { tabindex: -1 }, "Datenqualität"),
    h("p", { class: "lead" }, "Was beim Import offen blieb: Akteure ohne Akteursart oder Rechtskreis („nicht zugeordnet“) und weitere Befunde. Die Analysen zählen nicht zugeordnete Akteure als eigene Gruppe „nicht zugeordnet“."),
  );
  const body = h("div", {}, loading("Die Arbeitsliste"));
  main.append(body);
  const [me, tax] = await Promise.all([currentUser(), loadTaxonomy().catch(() => null)]);
  const canEdit = allows(me?.role, "editor");

  async function load(note: HTMLElement | null = null): Promise<void> {
    let q: Quality;
    try {
      q = readQuality(await get("/quality"));
    } catch (err) {
      replace(body, errorBox(err, "Die Arbeitsliste"));
      return;
    }
    replace(body, note, unassignedSection(q.unassigned), findingsSection(q.findings));
    (note as HTMLElement | null)?.focus();
  }

  function unassignedSection(actors: QualityActor[]): HTMLElement {
    const head = h("h2", { id: "unassigned-h" }, `Nicht zugeordnete Akteure (${fmt(actors.length)})`);
    if (!actors.length) return h("section", { "aria-labelledby": "unassigned-h" }, head, h("p", {}, "Alle Akteure haben eine Akteursart und mindestens einen Rechtskreis."));
    const domainLabel = tax ? labeller(tax.legal_domains) : (c: string) => c;
    const kindLabel = tax ? labeller(tax.actor_kinds) : (c: string) => c;
    const boxes = actors.map((a) => {
      const id = uid("act");
      const box = h("input", { type: "checkbox", id, value: a.id, disabled: !canEdit }) as HTMLInputElement;
      const has = [a.kind ? kindLabel(a.kind) : "", a.legal_domains.map(domainLabel).join(", ")].filter(Boolean).join(" · ");
      return {
        box,
        row: h(
          "li",
          { class: "check-row" },
          box,
          h("label", { for: id }, a.name, h("span", { class: "hint" }, ` – es fehlt: ${a.missing.join(" und ")}`, has ? ` (bisher: ${has})` : "")),
        ),
      };
    });
    const list = h("ul", { class: "check-list", "aria-labelledby": "unassigned-h" }, boxes.map((b) => b.row));
    if (!canEdit || !tax) {
      return h(
        "section",
        { "aria-labelledby": "unassigned-h" },
        head,
        list,
        h("p", { class: "notice" }, "Zuordnen dürfen angemeldete Personen mit der Rolle „Bearbeiten“. ", h("a", { href: "/anmeldung", "data-link": true }, "Zur Anmeldung")),
      );
    }
    const all = h("input", { type: "checkbox", id: "select-all" }) as HTMLInputElement;
    const count = h("p", { class: "hint", role: "status", id: "selected-count" }, "Keiner ausgewählt.");
    const updateCount = () => {
      const n = boxes.filter((b) => b.box.checked).length;
      count.textContent = n ? `${fmt(n)} ausgewählt.` : "Keiner ausgewählt.";
      all.checked = n === boxes.length;
      all.indeterminate = n > 0 && n < boxes.length;
    };
    all.addEventListener("change", () => {
      for (const b of boxes) b.box.checked = all.checked;
      updateCount();
    });
    for (const b of boxes) b.box.addEventListener("change", updateCount);
    const kind = h("select", { id: "classify-kind" }, h("option", { value: "" }, "Nicht ändern"), tax.actor_kinds.map((t) => h("option", { value: t.code }, t.label))) as HTMLSelectElement;
    const domainBoxes = tax.legal_domains.map((t) => {
      const id = uid("dom");
      const box = h("input", { type: "checkbox", id, value: t.code }) as HTMLInputElement;
      return { box, row: h("li", { class: "check-row" }, box, h("label", { for: id }, t.label)) };
    });
    const error = h("p", { class: "error", role: "alert", hidden: true });
    const fail = (msg: string) => {
      error.textContent = msg;
      error.hidden = false;
    };
    const form = h(
      "form",
      { class: "entity-form classify", novalidate: true },
      h("div", { class: "check-row" }, all, h("label", { for: all.id }, "Alle auswählen")),
      list,
      count,
      h("div", { class: "field" }, h("label", { for: kind.id }, "Akteursart für die Ausgewählten"), kind),
      h("fieldset", { class: "field" }, h("legend", {}, "Rechtskreise für die Ausgewählten"), h("p", { class: "hint" }, "Die gewählten Rechtskreise ersetzen die bisherigen; ohne Wahl bleiben sie, wie sie sind."), h("ul", { class: "check-list columns" }, domainBoxes.map((d) => d.row))),
      error,
      h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Zuordnung speichern")),
    ) as HTMLFormElement;
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      error.hidden = true;
      const ids = boxes.filter((b) => b.box.checked).map((b) => b.box.value);
      const domains = domainBoxes.filter((d) => d.box.checked).map((d) => d.box.value);
      if (!ids.length) return fail("Bitte wählen Sie mindestens einen Akteur.");
      if (!kind.value && !domains.length) return fail("Bitte wählen Sie eine Akteursart oder mindestens einen Rechtskreis.");
      try {
        await request("POST", "/quality/classify", { body: { actor_ids: ids, kind: kind.value || undefined, legal_domains: domains.length ? domains : undefined } });
      } catch (err) {
        if (err instanceof ApiError) return fail(err.problem.errors?.map((e) => e.message).join(" ") || err.problem.detail || err.message);
        return fail("Die Zuordnung konnte nicht gespeichert werden.");
      }
      invalidate();
      await load(h("p", { class: "notice", role: "status", tabindex: -1 }, `${fmt(ids.length)} ${ids.length === 1 ? "Akteur wurde" : "Akteure wurden"} zugeordnet.`));
    });
    return h("section", { "aria-labelledby": "unassigned-h" }, head, form);
  }

  function findingsSection(findings: QualityFinding[]): HTMLElement {
    const head = h("h2", { id: "findings-h" }, `Weitere Befunde (${fmt(findings.length)})`);
    if (!findings.length) return h("section", { "aria-labelledby": "findings-h" }, head, h("p", {}, "Keine weiteren Befunde."));
    return h(
      "section",
      { "aria-labelledby": "findings-h" },
      head,
      findings.length > shownFindings ? h("p", { class: "hint" }, `Die ersten ${fmt(shownFindings)} von ${fmt(findings.length)}.`) : null,
      h(
        "ul",
        { class: "findings" },
        findings.slice(0, shownFindings).map((f) => h("li", {}, f.actor_id ? [h("a", { href: `/akteure/${encodeURIComponent(f.actor_id)}`, "data-link": true }, f.name), ": "] : null, f.message)),
      ),
    );
  }

  await load();
}
