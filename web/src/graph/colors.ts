// Colour scales: categories (legal domain, actor kind, community) and sequential
// values (heat maps, coverage), with text colours that keep WCAG AA contrast.

/**
 * categorical is a palette of 12 colours for categories, chosen by search so that any
 * two of them, and each of them and otherColor, differ by a CIEDE2000 ΔE of at least
 * 22 for normal vision and at least 11 under simulated deuteranopia and protanopia
 * (Machado et al. 2009, full severity); test/colors.test.ts holds it to 20 and 10. It is
 * ordered so that each prefix is as distinct as possible: the first 8 reach ΔE 22.7
 * (deuteranopia 12.2, protanopia 13.4). Every colour stands out from the white map
 * background (ΔE ≥ 25).
 */
export const categorical = [
  "#4bb4ff", "#872da5", "#b40f1e", "#c37800", "#78e196", "#3c8787",
  "#e1c32d", "#7878e1", "#5a5a4b", "#d27869", "#e11e78", "#0fe1e1",
];

/** otherColor is used for a missing category and for categories past the palette. */
export const otherColor = "#b0b0b0";

/** categoryColors assigns a palette colour to each code, in order; codes past the palette get otherColor. */
export function categoryColors(codes: string[]): Map<string, string> {
  return new Map(codes.map((c, i) => [c, categorical[i] ?? otherColor]));
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

const linear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const gamma = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** toLab converts an sRGB colour to CIELAB (D65 white). */
export function toLab(hex: string): RGB {
  const [r, g, b] = parseHex(hex).map(linear);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047);
  const y = f(0.2126729 * r + 0.7151522 * g + 0.072175 * b);
  const z = f((0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** deltaE2000 is the CIEDE2000 colour difference of two CIELAB colours (Sharma, Wu and Dalal 2005). */
export function deltaE2000([L1, a1, b1]: RGB, [L2, a2, b2]: RGB): number {
  const rad = Math.PI / 180;
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1 = Math.hypot(a1p, b1);
  const c2 = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1 = hue(b1, a1p);
  const h2 = hue(b2, a2p);
  let dh = 0;
  if (c1 * c2 !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * rad);
  const lBar = (L1 + L2) / 2;
  const cpBar = (c1 + c2) / 2;
  let hBar = h1 + h2;
  if (c1 * c2 !== 0) hBar = Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  const t = 1 - 0.17 * Math.cos((hBar - 30) * rad) + 0.24 * Math.cos(2 * hBar * rad) + 0.32 * Math.cos((3 * hBar + 6) * rad) - 0.2 * Math.cos((4 * hBar - 63) * rad);
  const rc = 2 * Math.sqrt(cpBar ** 7 / (cpBar ** 7 + 25 ** 7));
  const rt = -Math.sin(2 * 30 * Math.exp(-(((hBar - 275) / 25) ** 2)) * rad) * rc;
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cpBar;
  const sh = 1 + 0.015 * cpBar * t;
  const [x, y, z] = [(L2 - L1) / sl, (c2 - c1) / sc, dH / sh];
  return Math.sqrt(x * x + y * y + z * z + rt * y * z);
}

/** colorDistance is the CIEDE2000 difference of two sRGB colours. */
export function colorDistance(a: string, b: string): number {
  return deltaE2000(toLab(a), toLab(b));
}

export type Deficiency = "deuteranopia" | "protanopia" | "tritanopia";

/** Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB. */
const machado: Record<Deficiency, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** simulate returns how a colour looks with a colour-vision deficiency (Machado 2009). */
export function simulate(hex: string, kind: Deficiency): string {
  const v = parseHex(hex).map(linear);
  return toHex(machado[kind].map((row) => gamma(Math.min(1, Math.max(0, row[0] * v[0] + row[1] * v[1] + row[2] * v[2])))) as RGB);
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
