// A map of social spaces drawn from their GeoJSON boundaries as SVG (no tile server),
// with a text list of the same values for those who cannot read the colours.

import type { SocialSpace, Term } from "../api/types";
import { bounds, centroid, projection, svgPath } from "../lib/geo";
import { h, labelledSelect, s } from "./dom";

export interface SpaceMapOptions {
  /** spaces are drawn if they have a boundary. */
  spaces: SocialSpace[];
  /** label describes the map for screen readers. */
  label: string;
  fill: (sp: SocialSpace) => string;
  /** say is the value of a space as a sentence, shown as tooltip and in the list. */
  say: (sp: SocialSpace) => string;
  width?: number;
  height?: number;
}

/** spaceMap returns the SVG map and a collapsible list of its values; null without boundaries. */
export function spaceMap(o: SpaceMapOptions): { svg: SVGElement; list: HTMLElement } | null {
  const shown = o.spaces.filter((sp) => sp.boundary);
  const b = bounds(shown.map((sp) => sp.boundary));
  if (!b) return null;
  const W = o.width ?? 520, H = o.height ?? 520;
  const project = projection(b, W, H);
  const svg = s(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": o.label },
    shown.map((sp) => s("path", { d: svgPath(sp.boundary, project), fill: o.fill(sp), stroke: "#333", "stroke-width": 1, "data-space": sp.id }, s("title", {}, o.say(sp)))),
    shown.map((sp) => {
      const c = centroid(sp.boundary);
      if (!c) return null;
      const [x, y] = project(c[0], c[1]);
      return s("text", { x, y, "text-anchor": "middle", class: "geo-label" }, sp.name);
    }),
  );
  const list = h("details", {}, h("summary", {}, "Werte der Karte als Liste"), h("ul", {}, shown.map((sp) => h("li", {}, o.say(sp)))));
  return { svg, list };
}

/** mapLevels returns the levels, in their given order, at which some of the spaces have a boundary. */
export function mapLevels(spaces: SocialSpace[], levels: Term[]): Term[] {
  return levels.filter((l) => spaces.some((sp) => sp.boundary && sp.level === l.code));
}

/** levelSelect offers the map's levels to choose from; null when there is only one. */
export function levelSelect(name: string, levels: Term[], value: string, onchange: (v: string) => void): HTMLElement | null {
  return levels.length > 1 ? labelledSelect("Ebene", name, levels.map((l) => ({ value: l.code, label: l.label })), value, null, onchange) : null;
}
