// A heat map as a table: each cell shows its value as text and as colour, so it can be
// read without colour and by screen readers.

import { heat, scale, textOn } from "../graph/colors";
import { fmt, h } from "./dom";

export interface HeatmapOptions {
  caption: string;
  rows: { key: string; label: string }[];
  cols: { key: string; label: string }[];
  value: (row: string, col: string) => number | null;
  /** color maps a cell value to a colour; a heat scale over the range if not given. */
  color?: (v: number) => string;
  format?: (v: number) => string;
  title?: (row: string, col: string, v: number | null) => string;
  /**
   * flag marks a cell (say, a weakly coupled pair): it gets the class "flagged", a
   * visible "!" and the returned text for screen readers.
   */
  flag?: (row: string, col: string) => string | null;
  /**
   * changed marks a cell that differs from another state of the matrix: it gets the
   * class "changed", a visible "Δ" and the returned text for screen readers.
   */
  changed?: (row: string, col: string) => string | null;
}

export function heatmap(o: HeatmapOptions): HTMLElement {
  // Each value once: the scale needs them all before the first cell is drawn.
  const grid = o.rows.map((r) => o.cols.map((c) => o.value(r.key, c.key)));
  const values = grid.flat().filter((v): v is number => v !== null);
  const max = values.length ? Math.max(...values) : 1;
  const min = values.length ? Math.min(0, ...values) : 0;
  const color = o.color ?? ((v: number) => scale(heat, max > min ? (v - min) / (max - min) : 0));
  const format = o.format ?? ((v: number) => fmt(v, 2));
  return h(
    "div",
    { class: "table-wrap", tabindex: 0, role: "region", "aria-label": o.caption },
    h(
      "table",
      { class: "heatmap" },
      h("caption", {}, o.caption),
      h("thead", {}, h("tr", {}, h("td", {}), o.cols.map((c) => h("th", { scope: "col", class: "rot" }, h("span", {}, c.label))))),
      h(
        "tbody",
        {},
        o.rows.map((r, i) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, r.label),
            o.cols.map((c, j) => {
              const v = grid[i][j];
              const bg = v === null ? "" : color(v);
              const flag = o.flag?.(r.key, c.key) ?? null;
              const changed = o.changed?.(r.key, c.key) ?? null;
              const cell = h(
                "td",
                { class: (v === null ? "num empty" : "num") + (flag ? " flagged" : "") + (changed ? " changed" : ""), title: o.title?.(r.key, c.key, v) },
                v === null ? "–" : format(v),
                flag ? [h("span", { class: "flag", "aria-hidden": "true" }, "!"), h("span", { class: "sr-only" }, ` (${flag})`)] : null,
                changed ? [h("span", { class: "delta", "aria-hidden": "true" }, "Δ"), h("span", { class: "sr-only" }, ` (${changed})`)] : null,
              );
              if (bg) {
                cell.style.backgroundColor = bg;
                cell.style.color = textOn(bg);
              }
              return cell;
            }),
          ),
        ),
      ),
    ),
  );
}
