// ForceAtlas2 in a web worker on the drawn graph; when it stops, the positions go back
// into the dataset and into localStorage.

import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { Dataset } from "./dataset";
import { savePositions } from "./positions";
import { storeLayout, type DisplayGraph } from "./render";

export class Layout {
  private fa2: FA2Layout | null = null;
  private timer: number | undefined;
  constructor(
    private ds: Dataset,
    private graph: DisplayGraph,
    private onChange: (running: boolean) => void,
  ) {}

  get running(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  /** start runs the layout for at most ms milliseconds. */
  start(ms: number): void {
    if (this.graph.order < 2) return;
    this.fa2 ??= new FA2Layout(this.graph, {
      settings: { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 500, adjustSizes: false },
      getEdgeWeight: "size",
    });
    this.fa2.start();
    this.onChange(true);
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.stop(), ms);
  }

  stop(): void {
    clearTimeout(this.timer);
    if (!this.fa2?.isRunning()) return;
    this.fa2.stop();
    storeLayout(this.ds, this.graph);
    savePositions(this.ds);
    this.onChange(false);
  }

  kill(): void {
    this.stop();
    this.fa2?.kill();
    this.fa2 = null;
  }
}

/** layoutTime is how long the layout runs on its own: longer for larger graphs. */
export function layoutTime(nodes: number): number {
  return Math.min(15000, 2000 + nodes * 2);
}
