// Layout positions kept between visits in localStorage, per installation.

import type { Dataset, Position } from "./dataset";

const KEY = "netzwerkatlas.layout";

/** loadPositions puts stored positions of the dataset's nodes into its layout and returns how many. */
export function loadPositions(ds: Dataset, storage: Storage = localStorage): number {
  let stored: Record<string, [number, number]> = {};
  try {
    stored = JSON.parse(storage.getItem(KEY) ?? "{}");
  } catch {
    return 0;
  }
  let n = 0;
  for (const id of ds.nodes) {
    const p = stored[id];
    if (Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
      ds.layout.set(id, { x: p[0], y: p[1] });
      n++;
    }
  }
  return n;
}

/** savePositions stores the layout, rounded to keep the entry small. */
export function savePositions(ds: Dataset, storage: Storage = localStorage): void {
  const out: Record<string, [number, number]> = {};
  for (const [id, p] of ds.layout) out[id] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
  try {
    storage.setItem(KEY, JSON.stringify(out));
  } catch {
    // Storage full or disabled: the layout is simply computed again next time.
  }
}

export function clearPositions(ds: Dataset, storage: Storage = localStorage): void {
  ds.layout.clear();
  storage.removeItem(KEY);
}

/**
 * seedPositions gives every node without a position one on a seeded spiral, grouped
 * by the key (e.g. the first legal domain), so that the layout starts near its end.
 */
export function seedPositions(ds: Dataset, group: (id: string) => string): void {
  const missing = ds.nodes.filter((id) => !ds.layout.has(id));
  if (!missing.length) return;
  const groups = [...new Set(missing.map(group))].sort();
  const radius = Math.sqrt(ds.nodes.length) * 10;
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (const id of missing) {
    const g = groups.indexOf(group(id));
    const angle = (2 * Math.PI * g) / groups.length;
    const cx = Math.cos(angle) * radius * 0.6;
    const cy = Math.sin(angle) * radius * 0.6;
    const r = Math.sqrt(rand()) * radius * 0.4;
    const a = rand() * 2 * Math.PI;
    const p: Position = { x: cx + Math.cos(a) * r, y: cy + Math.sin(a) * r };
    ds.layout.set(id, p);
  }
}
