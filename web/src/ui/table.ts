// A sortable table: headers are buttons (keyboard operable) and say their sort order
// with aria-sort.

import { fmt, h } from "./dom";

export interface Column<T> {
  key: string;
  label: string;
  /** value is what the column sorts by. */
  value: (row: T) => string | number | null;
  /** cell renders the cell; the value as text if not given. */
  cell?: (row: T) => Node | string;
  numeric?: boolean;
  title?: string;
}

export interface TableOptions {
  caption: string;
  sortKey?: string;
  descending?: boolean;
  limit?: number;
  /** total is how many rows there are in all when the table holds only the first of them (see growingTable). */
  total?: number;
  /** class is set on the table element. */
  class?: string;
}

/** compareValues orders nulls last, numbers numerically and text the German way. */
export function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === null || a === "") return b === null || b === "" ? 0 : 1;
  if (b === null || b === "") return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "de", { numeric: true });
}

/** sortRows returns the rows sorted by the column, nulls always last. */
export function sortRows<T>(rows: T[], col: Column<T>, descending: boolean): T[] {
  return [...rows].sort((x, y) => {
    const a = col.value(x);
    const b = col.value(y);
    if (a === null || b === null || a === "" || b === "") return compareValues(a, b);
    return descending ? compareValues(b, a) : compareValues(a, b);
  });
}

export function sortableTable<T>(rows: T[], cols: Column<T>[], opts: TableOptions): HTMLElement {
  return growingTable(rows, cols, opts).element;
}

/**
 * growingTable is a sortable table that takes more rows later (the next page of a long
 * list): append adds them and redraws the table in its current order.
 */
export function growingTable<T>(first: T[], cols: Column<T>[], opts: TableOptions): { element: HTMLElement; append: (more: T[]) => void } {
  const rows = [...first];
  let key = opts.sortKey ?? cols[0].key;
  let desc = opts.descending ?? false;
  const wrap = h("div", { class: "table-wrap", tabindex: 0, role: "region", "aria-label": opts.caption });
  const render = (focusKey?: string) => {
    const col = cols.find((c) => c.key === key)!;
    const sorted = sortRows(rows, col, desc);
    const shown = opts.limit ? sorted.slice(0, opts.limit) : sorted;
    const head = h(
      "tr",
      {},
      cols.map((c) =>
        h(
          "th",
          { scope: "col", "aria-sort": c.key === key ? (desc ? "descending" : "ascending") : "none", class: c.numeric ? "num" : "" },
          h(
            "button",
            {
              type: "button",
              class: "sort",
              "data-key": c.key,
              title: c.title,
              onclick: () => {
                desc = c.key === key ? !desc : !!c.numeric;
                key = c.key;
                render(c.key);
              },
            },
            c.label,
            h("span", { "aria-hidden": "true", class: "arrow" }, c.key === key ? (desc ? " ▼" : " ▲") : ""),
          ),
        ),
      ),
    );
    const body = shown.map((r) =>
      h(
        "tr",
        {},
        cols.map((c, i) => {
          const content = c.cell ? c.cell(r) : String(c.value(r) ?? "–");
          return i === 0 ? h("th", { scope: "row" }, content) : h("td", { class: c.numeric ? "num" : "" }, content);
        }),
      ),
    );
    wrap.replaceChildren(
      h(
        "table",
        { class: opts.class },
        h("caption", {}, opts.caption, captionCount(rows.length, opts)),
        h("thead", {}, head),
        h("tbody", {}, body),
      ),
    );
    if (focusKey) (wrap.querySelector(`button[data-key="${focusKey}"]`) as HTMLElement | null)?.focus();
  };
  render();
  return {
    element: wrap,
    append: (more) => {
      rows.push(...more);
      render();
    },
  };
}

/** captionCount says how many rows a table shows: " (12)", " (die ersten 500 von 2.000)" or " (1.000 von 113.114)". */
function captionCount(rows: number, opts: TableOptions): string {
  if (opts.limit && rows > opts.limit) return ` (die ersten ${fmt(opts.limit)} von ${fmt(rows)})`;
  if (opts.total && opts.total > rows) return ` (${fmt(rows)} von ${fmt(opts.total)})`;
  return ` (${fmt(rows)})`;
}
