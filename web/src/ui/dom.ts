// A tiny element builder: h("p", {class: "x"}, "text", child). Text is always set as
// text (never parsed as HTML), and no inline style attribute is used (the server's
// Content-Security-Policy forbids them).

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
export type Child = Node | string | number | null | undefined | false | Child[];

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG = "http://www.w3.org/2000/svg";

export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, ""), v);
    else if (v === true) el.setAttribute(k, "");
    else if (v !== false && v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else if (c !== null && c !== undefined && c !== false) el.appendChild(document.createTextNode(String(c)));
  }
}

/** replace sets el's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let counter = 0;
/** uid returns a fresh element ID with the prefix. */
export function uid(prefix = "id"): string {
  return `${prefix}-${++counter}`;
}

/** fmt formats a number the German way. */
export function fmt(n: number | null | undefined, digits = 3): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "–";
  return n.toLocaleString("de-DE", { maximumFractionDigits: Number.isInteger(n) ? 0 : digits });
}

/** swatch is a legend's colour dot (set through the style property, which the CSP allows). */
export function swatch(color: string): HTMLElement {
  const sw = h("span", { class: "swatch", "aria-hidden": "true" });
  sw.style.backgroundColor = color;
  return sw;
}

/** select builds a labelled <select> with an empty first option. */
export function labelledSelect(label: string, name: string, options: { value: string; label: string }[], value: string, empty: string | null = "Alle", onchange?: (v: string) => void): HTMLElement {
  const id = uid(name);
  const sel = h("select", { id, name }, empty !== null ? h("option", { value: "" }, empty) : null, ...options.map((o) => h("option", { value: o.value, selected: o.value === value }, o.label)));
  if (onchange) sel.addEventListener("change", () => onchange(sel.value));
  return h("div", { class: "field" }, h("label", { for: id }, label), sel);
}
