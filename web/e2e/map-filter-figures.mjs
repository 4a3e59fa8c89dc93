// Figures, not a test: how long a filter change on the map takes until the next frame
// is drawn, before and after the map hid filtered actors through sigma's reducers, side
// by side in one run. "before" is the web front end of a given commit (default: the
// merge base with main, whose committed web/dist rebuilt the graph on every change);
// "after" is this worktree (run `npm run build` first). Both servers get the same
// generated network.
//
//   node e2e/map-filter-figures.mjs [commit] [actors] [cooperations]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, newPage, results } from "./browser.mjs";
import { generateBatch, startServer } from "./server.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const git = (...args) => execFileSync("git", ["-C", repo, ...args], { encoding: "utf8" }).trim();
const base = process.argv[2] || git("merge-base", "HEAD", "main");
const actors = Number(process.argv[3] ?? 5000);
const cooperations = Number(process.argv[4] ?? 25000);

/** buildAt builds the binary of a commit (with the web/dist committed there) from a git archive. */
function buildAt(commit) {
  const dir = mkdtempSync(join(tmpdir(), "nza-before-"));
  execFileSync("sh", ["-c", `git -C "${repo}" archive ${commit} | tar -x -C "${dir}"`]);
  const bin = join(dir, "netzwerkatlas");
  execFileSync("go", ["build", "-o", bin, "./cmd/netzwerkatlas"], { cwd: dir, stdio: "inherit" });
  return bin;
}

/** measure changes the legal-domain filter in turn and times each change up to the next drawn frame. */
async function measure(browser, server, batch) {
  const res = await fetch(server.url + "/api/v1/batch", { method: "POST", headers: { Authorization: "Bearer " + server.token, "Content-Type": "application/json" }, body: batch });
  if (res.status !== 200) throw new Error(await res.text());
  const page = await newPage(browser, { token: server.token });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url + "/karte");
  await page.locator("#network-map[data-state=ready]").waitFor({ timeout: 60_000 });
  await page.locator("#network-map[data-layout=stopped]").waitFor({ timeout: 60_000 });
  const times = await page.evaluate(async () => {
    const sel = [...document.querySelectorAll("main select")].find((s) => s.labels[0]?.textContent === "Rechtskreis");
    const out = [];
    for (let round = 0; round < 3; round++)
      for (const v of ["sgb9", "", "sgb2", "", "school", "", "sgb8", ""]) {
        const t = performance.now();
        sel.value = v;
        sel.dispatchEvent(new Event("change"));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        out.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 400));
      }
    return out;
  });
  await page.context().close();
  const sorted = [...times].sort((a, b) => a - b);
  return { changes: times.length, medianMs: Math.round(sorted[sorted.length >> 1]), maxMs: Math.round(sorted[sorted.length - 1]), meanMs: Math.round(times.reduce((s, t) => s + t, 0) / times.length) };
}

const batch = readFileSync(generateBatch(actors, cooperations));
const browser = await launch();
const figures = { actors, cooperations, base };
for (const [name, binary] of [["before", buildAt(base)], ["after", null]]) {
  const server = await startServer({ demo: false, binary });
  try {
    figures[name] = await measure(browser, server, batch);
  } finally {
    await server.stop();
  }
  console.log(name, figures[name]);
}
await browser.close();
writeFileSync(join(results, "figures-map-filter.json"), JSON.stringify(figures, null, 2));
console.log(JSON.stringify(figures));
