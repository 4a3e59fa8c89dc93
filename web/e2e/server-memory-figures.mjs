// Figures, not a test: the server's memory and the cold and warm time of every
// analysis route on a generated county (default 100,000 actors and 1,000,000
// cooperations). It starts the server, asks each route twice (the first answer is
// computed, the second comes from the cache), and then reads the server's resident
// memory from /proc: now, with every analysis cached, and its peak.
// Loading the generated county into a new data directory takes minutes; give a
// directory to keep it for the next run.
//
//   node e2e/server-memory-figures.mjs [actors] [cooperations] [data directory]
import { readFileSync } from "node:fs";
import { startServer } from "./server.mjs";

const actors = Number(process.argv[2] ?? 100_000);
const cooperations = Number(process.argv[3] ?? 1_000_000);
const dir = process.argv[4] ?? null;

/**
 * memory returns the server's resident memory in MiB: VmRSS, split into anonymous
 * memory (the Go heap) and file pages (the store's memory-mapped file), and VmHWM.
 */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const mib = (field) => Math.round(Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))[1]) / 1024);
  return { rssMiB: mib("VmRSS"), anonMiB: mib("RssAnon"), fileMiB: mib("RssFile"), peakMiB: mib("VmHWM") };
}

const server = await startServer({ demoSize: [actors, cooperations], dir, role: "analyst" });
try {
  /** call asks the route and returns the milliseconds until the whole answer arrived, and its size. */
  const call = async (path, body) => {
    const t = performance.now();
    const res = await fetch(server.url + path, {
      method: body ? "POST" : "GET",
      headers: { Authorization: `Bearer ${server.token}`, "Content-Type": "application/json" },
      body,
    });
    const bytes = (await res.arrayBuffer()).byteLength;
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return { ms: Math.round(performance.now() - t), mb: +(bytes / 1e6).toFixed(1) };
  };
  const figures = { actors, cooperations, afterStart: memory(server.pid), routes: {} };
  // The first request reads the store; the states list the waves to compare.
  figures.routes["analysis/states"] = { cold: await call("/api/v1/analysis/states") };
  const states = await (await fetch(server.url + "/api/v1/analysis/states", { headers: { Authorization: `Bearer ${server.token}` } })).json();
  const waves = states.states.filter((s) => s.cooperations > 0).map((s) => s.wave_id).reverse();
  const page = await (await fetch(server.url + "/api/v1/actors?limit=2", { headers: { Authorization: `Bearer ${server.token}` } })).json();
  const ids = page.items.map((a) => a.id);
  const proposal = JSON.stringify({ add: [{ from: ids[0], to: ids[1], kinds: ["information"], intensity: 2 }] });
  const routes = [
    ["network", "/api/v1/network"],
    ["analysis/network", "/api/v1/analysis/network"],
    ["analysis/actors", "/api/v1/analysis/actors"],
    ["analysis/communities", "/api/v1/analysis/communities"],
    ["analysis/coupling-matrix", "/api/v1/analysis/coupling-matrix"],
    ["analysis/coupling-potentials", "/api/v1/analysis/coupling-potentials"],
    ["analysis/social-spaces", "/api/v1/analysis/social-spaces"],
    ["analysis/gaps", "/api/v1/analysis/gaps"],
    ["analysis/resilience", "/api/v1/analysis/resilience"],
    ["analysis/what-if", "/api/v1/analysis/what-if", proposal],
  ];
  if (waves.length > 1) routes.push(["analysis/changes", `/api/v1/analysis/changes?from=${waves[0]}&to=${waves.at(-1)}`]);
  for (const [name, path, body] of routes) {
    const cold = await call(path, body);
    figures.routes[name] = { cold, warm: await call(path, body) };
  }
  figures.everythingCached = memory(server.pid);
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await server.stop();
}
