// Entity forms from field specs: labelled controls, values read into the API's JSON
// shape, and the server's problem details shown at the fields they concern.

import { storeNotice } from "../api/client";
import { fieldMessages, type Problem } from "../api/problem";
import { describeBoundary, readBoundary } from "./boundary";
import { h, replace, uid } from "./dom";

export interface Option {
  value: string;
  label: string;
}

export interface FieldSpec {
  /** name is the JSON path of the field, such as "name" or "address.city". */
  name: string;
  label: string;
  /** boundary is a GeoJSON file whose Polygon or MultiPolygon becomes the value. */
  type: "text" | "textarea" | "email" | "url" | "tel" | "date" | "number" | "select" | "checkboxes" | "checkbox" | "boundary";
  required?: boolean;
  options?: Option[];
  hint?: string;
  min?: number;
  max?: number;
  /** step of a number field; "any" for decimals. */
  step?: string;
}

type Json = Record<string, unknown>;

export interface EntityForm {
  element: HTMLFormElement;
  /** read returns the form's values merged into base (the entity being edited). */
  read(base: Json): Json;
  /**
   * showProblem puts each field error at its field and the rest in the summary, with a
   * notice when the server could not store the data just now; the input stays.
   */
  showProblem(p: Problem): void;
  clearErrors(): void;
}

interface BoundaryControl {
  element: HTMLElement;
  controls: HTMLElement[];
  /** value is the geometry read from the chosen file, none if removed, else the stored one. */
  value(): unknown;
}

/**
 * boundaryControl offers a GeoJSON file for a boundary: the file is read at once, and
 * what it holds (or why it holds no boundary) is said beside the field.
 */
function boundaryControl(id: string, spec: FieldSpec, stored: unknown, describedBy: string, message: HTMLElement): BoundaryControl {
  let chosen: unknown = undefined;
  const state = h("p", { class: "hint", id: id + "-state", "aria-live": "polite" }, describeBoundary(stored));
  const file = h("input", { type: "file", id, name: spec.name, accept: ".geojson,.json,application/geo+json,application/json", "aria-describedby": `${id}-state ${describedBy}` }) as HTMLInputElement;
  const remove = h("input", { type: "checkbox", id: id + "-remove" }) as HTMLInputElement;
  file.addEventListener("change", async () => {
    chosen = undefined;
    message.hidden = true;
    const f = file.files?.[0];
    if (!f) return replace(state, describeBoundary(stored));
    const r = readBoundary(await f.text());
    if ("error" in r) {
      replace(message, `${f.name}: ${r.error}`);
      message.hidden = false;
      file.setAttribute("aria-invalid", "true");
      replace(state, describeBoundary(stored), " Sie bleibt, solange keine gültige Datei gewählt ist.");
      return;
    }
    file.removeAttribute("aria-invalid");
    chosen = r.geometry;
    remove.checked = false;
    replace(state, `Neu aus ${f.name}: `, describeBoundary(r.geometry).replace("Grenze hinterlegt: ", ""), " Wird beim Speichern übernommen.");
  });
  const element = h(
    "div",
    {},
    h("label", { for: id }, "GeoJSON-Datei wählen"),
    " ",
    file,
    state,
    stored ? h("div", { class: "check" }, h("label", { for: remove.id }, remove, " Grenze entfernen")) : null,
  );
  return { element, controls: [file], value: () => (remove.checked ? undefined : chosen ?? stored) };
}

export function getPath(o: Json, path: string): unknown {
  return path.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Json)[k] : undefined), o);
}

export function setPath(o: Json, path: string, value: unknown): void {
  const keys = path.split(".");
  let cur = o;
  for (const k of keys.slice(0, -1)) cur = (cur[k] && typeof cur[k] === "object" ? cur[k] : (cur[k] = {})) as Json;
  const last = keys[keys.length - 1];
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

export function entityForm(specs: FieldSpec[], values: Json, submitLabel: string, onSubmit: (form: EntityForm) => void): EntityForm {
  const summary = h("div", { class: "error-summary", tabindex: -1, hidden: true });
  const errors = new Map<string, { box: HTMLElement; message: HTMLElement; controls: HTMLElement[] }>();
  const boundaries = new Map<string, BoundaryControl>();
  const rows = specs.map((spec) => {
    const id = uid("f-" + spec.name.replace(/\W/g, "-"));
    const message = h("p", { class: "field-error", id: id + "-err", hidden: true });
    const hint = spec.hint ? h("p", { class: "hint", id: id + "-hint" }, spec.hint) : null;
    const describedBy = [hint ? id + "-hint" : "", id + "-err"].filter(Boolean).join(" ");
    const v = getPath(values, spec.name);
    let box: HTMLElement;
    let controls: HTMLElement[];
    const req = spec.required ? h("span", { class: "req" }, " (Pflichtfeld)") : null;
    if (spec.type === "boundary") {
      const b = boundaryControl(id, spec, v, describedBy, message);
      controls = b.controls;
      box = h("fieldset", { class: "field boundary" }, h("legend", {}, spec.label), hint, b.element, message);
      boundaries.set(spec.name, b);
    } else if (spec.type === "checkboxes") {
      const chosen = new Set(Array.isArray(v) ? (v as string[]) : []);
      controls = (spec.options ?? []).map((o) => h("input", { type: "checkbox", name: spec.name, value: o.value, id: uid(id), checked: chosen.has(o.value) }));
      box = h(
        "fieldset",
        { class: "field checkboxes", "aria-describedby": describedBy, id },
        h("legend", {}, spec.label, req),
        hint,
        h("div", { class: "choices" }, controls.map((c, i) => h("label", { for: c.id }, c, " ", spec.options![i].label))),
        message,
      );
    } else if (spec.type === "checkbox") {
      const c = h("input", { type: "checkbox", name: spec.name, id, checked: v === true, "aria-describedby": describedBy });
      controls = [c];
      box = h("div", { class: "field check" }, h("label", { for: id }, c, " ", spec.label), hint, message);
    } else {
      const common = { id, name: spec.name, required: !!spec.required, "aria-describedby": describedBy };
      const c =
        spec.type === "textarea"
          ? h("textarea", { ...common, rows: 3 }, typeof v === "string" ? v : "")
          : spec.type === "select"
            ? h("select", common, spec.required ? h("option", { value: "" }, "Bitte wählen") : h("option", { value: "" }, "–"), (spec.options ?? []).map((o) => h("option", { value: o.value, selected: o.value === v }, o.label)))
            : h("input", { ...common, type: spec.type, value: v === undefined || v === null || v === 0 ? (spec.type === "number" && v === 0 ? "0" : "") : String(v), min: spec.min, max: spec.max, step: spec.step });
      controls = [c];
      box = h("div", { class: "field" }, h("label", { for: id }, spec.label, req), hint, c, message);
    }
    errors.set(spec.name, { box, message, controls });
    return box;
  });
  const element = h("form", { class: "entity-form", novalidate: true }, summary, rows, h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, submitLabel))) as HTMLFormElement;

  const form: EntityForm = {
    element,
    read(base) {
      const out: Json = structuredClone(base);
      for (const spec of specs) {
        const { controls } = errors.get(spec.name)!;
        let value: unknown;
        if (spec.type === "boundary") value = boundaries.get(spec.name)!.value();
        else if (spec.type === "checkboxes") value = (controls as HTMLInputElement[]).filter((c) => c.checked).map((c) => c.value);
        else if (spec.type === "checkbox") value = (controls[0] as HTMLInputElement).checked || undefined;
        else {
          const raw = (controls[0] as HTMLInputElement).value.trim();
          value = spec.type === "number" ? (raw === "" ? undefined : Number(raw.replace(",", "."))) : raw === "" ? undefined : raw;
        }
        setPath(out, spec.name, value);
      }
      return out;
    },
    clearErrors() {
      summary.hidden = true;
      replace(summary);
      for (const e of errors.values()) {
        e.message.hidden = true;
        replace(e.message);
        e.box.classList.remove("invalid");
        e.controls.forEach((c) => c.removeAttribute("aria-invalid"));
      }
    },
    showProblem(p) {
      form.clearErrors();
      const byField = fieldMessages(p, errors.keys());
      for (const [name, msgs] of byField) {
        const e = errors.get(name);
        if (!e) continue;
        e.message.hidden = false;
        replace(e.message, msgs.join(" "));
        e.box.classList.add("invalid");
        e.controls.forEach((c) => c.setAttribute("aria-invalid", "true"));
      }
      const linked = [...byField].filter(([n]) => errors.has(n));
      const notice = storeNotice(p);
      replace(
        summary,
        h("h2", {}, p.title),
        notice ? h("p", { class: "store-notice" }, h("strong", {}, notice)) : null,
        p.detail ? h("p", {}, p.detail) : null,
        h(
          "ul",
          {},
          linked.map(([n, msgs]) => {
            const target = errors.get(n)!.controls[0];
            const focus = (ev: Event) => (ev.preventDefault(), target.focus());
            return h("li", {}, h("a", { href: "#" + target.id, onclick: focus }, specs.find((s) => s.name === n)!.label, ": ", msgs.join(" ")));
          }),
          (byField.get("") ?? []).map((m) => h("li", {}, m)),
        ),
      );
      summary.setAttribute("role", "alert");
      summary.hidden = false;
      summary.focus();
    },
  };
  element.addEventListener("submit", (ev) => {
    ev.preventDefault();
    onSubmit(form);
  });
  return form;
}
