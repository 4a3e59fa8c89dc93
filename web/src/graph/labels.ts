// Which node labels the map shows and where: the most important first, none
// overlapping another, none cut off at the edge of the map. Sigma proposes the
// candidates of a frame (nodes on screen and large enough at this zoom); placeLabels
// chooses among them, so zooming in shows more labels.

/** LabelCandidate is a node as drawn in a frame, in viewport pixels. */
export interface LabelCandidate {
  key: string;
  label: string;
  x: number;
  y: number;
  /** size is the drawn radius in pixels. */
  size: number;
  /** forced labels (the hovered or selected actor and its partners) come first. */
  forced: boolean;
  /** importance orders the others: larger first. */
  importance: number;
}

/** Box is a rectangle in viewport pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** labelPad is the room inside a label's box around its text, for the text's white halo. */
export const labelPad = 2;

/** PlacedLabel is a label to draw: its text (perhaps shortened) and its box; the text starts labelPad inside it. */
export interface PlacedLabel {
  key: string;
  text: string;
  box: Box;
}

export interface LabelOptions {
  width: number;
  height: number;
  /** fontSize in pixels; a label's box is 1.3 times as high. */
  fontSize: number;
  /** measure gives the width of a text in pixels at fontSize. */
  measure: (text: string) => number;
  /** gap is the free space kept between two labels and between a label and the edge. */
  gap?: number;
  /** max is the most labels shown; forced labels may exceed it. */
  max?: number;
  /** maxChars shortens longer labels with an ellipsis. */
  maxChars?: number;
}

/** shorten cuts text to at most n characters, ending with an ellipsis. */
export function shorten(text: string, n: number): string {
  return text.length <= n ? text : text.slice(0, n - 1).trimEnd() + "…";
}

/** overlaps reports whether two boxes, each grown by gap/2, intersect. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/**
 * placeLabels chooses the labels of a frame greedily by priority (forced, then
 * importance, then key): each goes right of its node, else left, below or above,
 * wherever it lies fully inside the viewport, clear of the labels already placed and
 * of the nodes that come before it (a label may cover a less important node); where
 * none of these fits, the node stays unlabelled.
 */
export function placeLabels(candidates: LabelCandidate[], o: LabelOptions): PlacedLabel[] {
  const gap = o.gap ?? 3;
  const max = o.max ?? Infinity;
  const h = Math.ceil(o.fontSize * 1.3);
  const cell = 64;
  const grid = new Map<number, Box[]>();
  const cellsOf = (b: Box) => {
    const out: number[] = [];
    for (let cx = Math.floor((b.x1 - gap) / cell); cx <= Math.floor((b.x2 + gap) / cell); cx++)
      for (let cy = Math.floor((b.y1 - gap) / cell); cy <= Math.floor((b.y2 + gap) / cell); cy++) out.push(cx * 100003 + cy);
    return out;
  };
  const order = (a: LabelCandidate, b: LabelCandidate) => Number(b.forced) - Number(a.forced) || b.importance - a.importance || b.size - a.size || (a.key < b.key ? -1 : 1);
  const sorted = [...candidates].sort(order);
  const rank = new Map(sorted.map((c, i) => [c.key, i]));
  const discs = new Map<number, { rank: number; box: Box }[]>();
  for (const c of sorted) {
    const box = { x1: c.x - c.size, y1: c.y - c.size, x2: c.x + c.size, y2: c.y + c.size };
    for (const k of cellsOf(box)) discs.set(k, [...(discs.get(k) ?? []), { rank: rank.get(c.key)!, box }]);
  }
  const free = (b: Box, own: number) =>
    b.x1 >= gap &&
    b.y1 >= gap &&
    b.x2 <= o.width - gap &&
    b.y2 <= o.height - gap &&
    !cellsOf(b).some((c) => grid.get(c)?.some((p) => overlaps(p, b, gap)) || discs.get(c)?.some((d) => d.rank < own && overlaps(d.box, b)));
  const placed: PlacedLabel[] = [];
  for (const c of sorted) {
    if (!c.label) continue;
    if (placed.length >= max && !c.forced) break;
    const text = shorten(c.label, o.maxChars ?? 32);
    const w = Math.ceil(o.measure(text)) + 2 * labelPad;
    const r = c.size + 1;
    const positions: [number, number][] = [
      [c.x + r, c.y - h / 2],
      [c.x - r - w, c.y - h / 2],
      [c.x - w / 2, c.y + r],
      [c.x - w / 2, c.y - r - h],
    ];
    for (const [x, y] of positions) {
      const box = { x1: Math.round(x), y1: Math.round(y), x2: Math.round(x) + w, y2: Math.round(y) + h };
      if (!free(box, rank.get(c.key)!)) continue;
      placed.push({ key: c.key, text, box });
      for (const k of cellsOf(box)) grid.set(k, [...(grid.get(k) ?? []), box]);
      break;
    }
  }
  return placed;
}
