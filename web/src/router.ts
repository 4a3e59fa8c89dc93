// History-API routing: each view has a path; links with data-link navigate without a
// page load, keeping the chosen state of the network (?wave=, ?date=) between the views
// that show one. The server answers every non-API path with index.html.

import { carryState } from "./api/time";

export interface Route {
  path: RegExp;
  title: string;
  render: (main: HTMLElement, params: string[], query: URLSearchParams) => void | Promise<void>;
}

let routes: Route[] = [];
let onNavigate: (path: string) => void = () => {};

export function startRouter(list: Route[], notify: (path: string) => void): void {
  routes = list;
  onNavigate = notify;
  document.addEventListener("click", (ev) => {
    const a = (ev.target as Element).closest?.("a[data-link]") as HTMLAnchorElement | null;
    if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    navigate(carryState(a.getAttribute("href")!, location.search));
  });
  window.addEventListener("popstate", () => {
    if (queryHandler && location.pathname === queryHandler.path && queryHandler.fn(new URLSearchParams(location.search))) return;
    void render();
  });
  void render();
}

/** navigate shows the view at to; focus names the element to focus afterwards (default: the heading). */
export function navigate(to: string, focus: string | true = true): void {
  history.pushState(null, "", to);
  void render(focus);
}

let current: (() => void) | null = null;
let cleanup: (() => void)[] = [];

/** onLeave registers work to do when the current view is left (stop a layout, …). */
export function onLeave(fn: () => void): void {
  cleanup.push(fn);
}

let queryHandler: { path: string; fn: (query: URLSearchParams) => boolean } | null = null;

/**
 * onQueryChange lets the current view follow a step back or forward that changes only
 * the query string (the map's filters) instead of being drawn anew; fn returns false
 * to have it drawn anew after all.
 */
export function onQueryChange(fn: (query: URLSearchParams) => boolean): void {
  const handler = { path: location.pathname, fn };
  queryHandler = handler;
  cleanup.push(() => queryHandler === handler && (queryHandler = null));
}

async function render(focus: string | boolean = false): Promise<void> {
  cleanup.forEach((f) => f());
  cleanup = [];
  current = null;
  const path = location.pathname === "/" ? "/karte" : location.pathname;
  const main = document.getElementById("main")!;
  const route = routes.find((r) => r.path.test(path)) ?? routes[routes.length - 1];
  const params = path.match(route.path)?.slice(1) ?? [];
  document.title = `${route.title} – Netzwerkatlas`;
  // Each view draws into its own box: a view that is still loading when the person
  // moves on draws into a box that is no longer shown, never over the next view.
  const view = document.createElement("div");
  view.className = "view";
  main.replaceChildren(view);
  onNavigate(path);
  const token = (current = () => {});
  // An optional group that did not match is undefined; decodeURIComponent would make it "undefined".
  const args = params.map((p: string | undefined) => (p === undefined ? p : decodeURIComponent(p))) as string[];
  // The box says while its view is still drawing (loading what it shows), so that
  // whoever waits for the page (the browser tests) knows when it is done.
  view.dataset.loading = "true";
  try {
    await route.render(view, args, new URLSearchParams(location.search));
  } finally {
    delete view.dataset.loading;
  }
  if (focus && current === token) ((typeof focus === "string" && document.getElementById(focus)) || view.querySelector("h1"))?.focus();
}
