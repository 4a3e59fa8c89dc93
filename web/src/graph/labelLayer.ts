// Draws the map's node labels as placeLabels chooses them. Sigma calls drawLabel for
// each candidate of a frame (setting defaultDrawNodeLabel); the layer only collects
// them, and draws the chosen ones when the frame is done (afterRender).

import type Sigma from "sigma";
import { labelPad, placeLabels, type LabelCandidate, type PlacedLabel } from "./labels";

export const labelFont = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif';
export const labelSize = 13;
const labelColor = "#1d2630";

/** LabelLayer chooses and draws the labels of each frame. */
export class LabelLayer {
  private candidates: LabelCandidate[] = [];
  private widths = new Map<string, number>();
  /** placed holds the labels of the last frame, with their boxes in viewport pixels. */
  placed: PlacedLabel[] = [];

  constructor(private onPlaced: (placed: PlacedLabel[]) => void = () => {}) {}

  /** collect is sigma's defaultDrawNodeLabel: it notes the candidate and draws nothing. */
  collect = (_ctx: CanvasRenderingContext2D, data: { key: string; label: string | null; x: number; y: number; size: number; forceLabel?: boolean; highlighted?: boolean; importance?: number }): void => {
    // A highlighted (hovered or selected) node is labelled before all others.
    const importance = data.highlighted ? Infinity : (data.importance ?? 0);
    if (data.label) this.candidates.push({ key: data.key, label: data.label, x: data.x, y: data.y, size: data.size, forced: !!data.forceLabel, importance });
  };

  /**
   * drawHover is sigma's defaultDrawNodeHover: a white halo around a hovered or
   * highlighted node. Its label is drawn with the others, so that it is never cut off
   * at the edge nor laid over another label.
   */
  drawHover = (ctx: CanvasRenderingContext2D, data: { x: number; y: number; size: number }): void => {
    ctx.save();
    ctx.beginPath();
    ctx.arc(data.x, data.y, data.size + 3, 0, 2 * Math.PI);
    ctx.fillStyle = "#ffffff";
    ctx.shadowColor = "rgba(0, 0, 0, 0.45)";
    ctx.shadowBlur = 8;
    ctx.fill();
    ctx.restore();
  };

  /** attach draws the chosen labels after each of sigma's frames. */
  attach(sigma: Sigma): void {
    sigma.on("beforeRender", () => (this.candidates = []));
    sigma.on("afterRender", () => this.draw(sigma));
  }

  private draw(sigma: Sigma): void {
    const ctx = sigma.getCanvases().labels.getContext("2d")!;
    const { width, height } = sigma.getDimensions();
    ctx.font = `500 ${labelSize}px ${labelFont}`;
    const measure = (t: string) => {
      let w = this.widths.get(t);
      if (w === undefined) this.widths.set(t, (w = ctx.measureText(t).width));
      return w;
    };
    this.placed = placeLabels(this.candidates, { width, height, fontSize: labelSize, measure, max: Math.max(8, Math.floor((width * height) / 9000)) });
    this.candidates = [];
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255, 255, 255, 0.92)";
    ctx.fillStyle = labelColor;
    for (const p of this.placed) {
      const y = (p.box.y1 + p.box.y2) / 2;
      ctx.strokeText(p.text, p.box.x1 + labelPad, y);
      ctx.fillText(p.text, p.box.x1 + labelPad, y);
    }
    ctx.textBaseline = "alphabetic";
    this.onPlaced(this.placed);
  }
}
