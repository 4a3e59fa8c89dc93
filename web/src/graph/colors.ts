// Colour scales: categories (legal domain, actor kind, community) and sequential
// values (heat maps, coverage), with text colours that keep WCAG AA contrast.

/** categorical is a palette of 20 distinguishable colours (after Kelly and Tableau). */
export const categorical = [
  "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
  "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd",
  "#e6550d", "#31a354", "#756bb1", "#636363",
];

/** otherColor is used for a missing or surplus category. */
export const otherColor = "#b0b0b0";

/** categoryColors assigns a palette colour to each code, in order; past 20 they repeat. */
export function categoryColors(codes: string[]): Map<string, string> {
  return new Map(codes.map((c, i) => [c, categorical[i % categorical.length]]));
}

type RGB = [number, number, number];

export function parseHex(hex: string): RGB {
  const h = hex.replace("#", "");
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as RGB;
}

export function toHex([r, g, b]: RGB): string {
  return "#" + [r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, "0")).join("");
}

/** luminance is the WCAG relative luminance of a colour. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** contrast is the WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** textOn returns black or white, whichever contrasts more with the background. */
export function textOn(background: string): string {
  return contrast(background, "#000000") >= contrast(background, "#ffffff") ? "#000000" : "#ffffff";
}

function mix(a: RGB, b: RGB, t: number): RGB {
  return [0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t) as RGB;
}

/** scale interpolates between the stops for t in [0, 1] (clamped). */
export function scale(stops: string[], t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  return toHex(mix(parseHex(stops[i]), parseHex(stops[i + 1]), x - i));
}

/** heat is a sequential scale from pale yellow to dark red (ColorBrewer YlOrRd). */
export const heat = ["#ffffcc", "#fed976", "#fd8d3c", "#e31a1c", "#800026"];

/** blues is a neutral sequential scale for figures that are neither good nor bad (ColorBrewer Blues). */
export const blues = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];

/** coverage goes from red (no supply) through yellow to green (need met or more). */
export const coverage = ["#b2182b", "#ef8a62", "#fddbc7", "#d9f0d3", "#1b7837"];

/** coverageColor colours a ratio of supply to need: 0 red, 1 and more green. */
export function coverageColor(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return "#e0e0e0";
  return scale(coverage, Math.min(1, ratio));
}

/** diverging goes from red (below 1) through white (1) to blue (above 1) (ColorBrewer RdBu). */
export const diverging = ["#b2182b", "#ef8a62", "#f7f7f7", "#67a9cf", "#2166ac"];

/**
 * ratioColor colours a ratio of observed to expected on a log scale: 1 white, 1/8 and
 * less (and 0) red, 8 and more blue.
 */
export function ratioColor(ratio: number): string {
  if (!(ratio > 0)) return diverging[0];
  return scale(diverging, 0.5 + Math.log2(ratio) / 6);
}

/** sizeScale maps a value into [min, max] pixel sizes by its square root (area ∝ value). */
export function sizeScale(values: number[], min = 3, max = 18): (v: number) => number {
  const finite = values.filter(Number.isFinite);
  const lo = finite.length ? Math.min(...finite) : 0;
  const hi = finite.length ? Math.max(...finite) : 0;
  if (hi <= lo) return () => (min + max) / 2;
  const span = Math.sqrt(hi - lo);
  return (v) => (Number.isFinite(v) ? min + ((max - min) * Math.sqrt(Math.max(0, v - lo))) / span : min);
}
