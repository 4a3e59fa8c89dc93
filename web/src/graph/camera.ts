// Moves the map's camera so that a group of nodes fills the view (after a filter).

import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

/**
 * fitState returns the camera state in which the given nodes fill the share fill of
 * the view's width or height (the rest is room for labels), centred; null for no
 * nodes. A single node, or a tight group, is shown at no more than five times the
 * overview's zoom.
 */
export function fitState(sigma: Sigma, nodes: Iterable<string>, fill = 0.8): CameraState | null {
  const framed: { x: number; y: number }[] = [];
  for (const node of nodes) {
    const d = sigma.getNodeDisplayData(node);
    if (d) framed.push({ x: d.x, y: d.y });
  }
  if (!framed.length) return null;
  const xs = framed.map((p) => p.x);
  const ys = framed.map((p) => p.y);
  const center = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  // Where the nodes fall at zoom 1 around that centre; a ratio r divides distances by r.
  const at1 = framed.map((p) => sigma.framedGraphToViewport(p, { cameraState: { ...center, ratio: 1, angle: 0 } }));
  const span = (v: number[]) => Math.max(...v) - Math.min(...v);
  const { width, height } = sigma.getDimensions();
  const ratio = Math.max(span(at1.map((p) => p.x)) / (width * fill), span(at1.map((p) => p.y)) / (height * fill), 0.2);
  return { ...center, ratio, angle: 0 };
}
