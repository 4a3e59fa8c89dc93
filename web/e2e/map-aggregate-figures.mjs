// Figures, not a test: on a generated county (default 100,000 actors and 1,000,000
// cooperations), how long the map takes from a click on "Netzwerkkarte" in the menu
// until the overview by social space is drawn and answers the pointer, how long a
// click on a space takes until its actors are drawn, and how long switching to the
// grouping by community takes. The first round runs on a freshly started server
// (cold: the server reads its store on the first request), the next ones warm. The
// pages start from the import view. Build the front end first
// (`npm run build`). Loading the generated county into a new data directory takes
// minutes; give a directory to keep it for the next run.
//
//   node e2e/map-aggregate-figures.mjs [actors] [cooperations] [data directory]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, newPage, results } from "./browser.mjs";
import { startServer } from "./server.mjs";

const actors = Number(process.argv[2] ?? 100_000);
const cooperations = Number(process.argv[3] ?? 1_000_000);
const dir = process.argv[4] ?? null;
if (dir) mkdirSync(dir, { recursive: true });
const rounds = 3;

const started = Date.now();
const server = await startServer({ demoSize: [actors, cooperations], dir });
const figures = { actors, cooperations, serverStartMs: Date.now() - started, rounds: [] };
console.log("server ready after", figures.serverStartMs, "ms");
const browser = await launch();
try {
  for (let round = 0; round < rounds; round++) {
    const page = await newPage(browser, { token: server.token });
    await page.setViewportSize({ width: 1280, height: 720 });
    // The import view loads no network (the Daten view loads the whole network for
    // the actors' names, which would still be arriving when the menu is clicked).
    await page.goto(server.url + "/import");
    await page.locator("main h1").waitFor();
    await page.waitForLoadState("networkidle");
    const f = {};
    let t = Date.now();
    await page.locator("#nav a", { hasText: "Netzwerkkarte" }).click();
    await page.locator("#network-map[data-state=ready][data-mode=aggregate]").waitFor({ timeout: 300_000 });
    f.overviewDrawnMs = Date.now() - t;
    // Interactive: the pointer over the largest group shows its figures.
    const at = await page.evaluate(() => {
      const el = document.querySelector("#network-map");
      const id = el.sigma.getGraph().nodes().reduce((a, b) => (el.sigma.getGraph().getNodeAttribute(a, "importance") >= el.sigma.getGraph().getNodeAttribute(b, "importance") ? a : b));
      const p = el.sigma.framedGraphToViewport(el.sigma.getNodeDisplayData(id));
      const box = el.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, groups: el.sigma.getGraph().order, links: el.sigma.getGraph().size };
    });
    await page.mouse.move(at.x, at.y);
    await page.locator(".detail h2").waitFor();
    f.overviewInteractiveMs = Date.now() - t;
    f.groups = at.groups;
    f.links = at.links;
    t = Date.now();
    await page.mouse.click(at.x, at.y);
    await page.locator("#network-map[data-state=ready]:not([data-mode])").waitFor({ timeout: 300_000 });
    f.spaceDrawnMs = Date.now() - t;
    f.spaceActors = Number(await page.locator("#network-map").getAttribute("data-nodes"));
    t = Date.now();
    await page.getByRole("button", { name: "Zurück zur Übersicht" }).click();
    await page.locator("#network-map[data-state=ready][data-mode=aggregate]").waitFor({ timeout: 300_000 });
    f.backMs = Date.now() - t;
    t = Date.now();
    await page.getByLabel("Zusammenfassen nach").selectOption("community");
    await page.locator(".map-summary", { hasText: "Gemeinschaft" }).waitFor({ timeout: 300_000 });
    await page.locator("#network-map[data-state=ready][data-mode=aggregate]").waitFor({ timeout: 300_000 });
    f.communitiesDrawnMs = Date.now() - t;
    f.summary = await page.locator(".map-summary").textContent();
    if (page.errors.length) throw new Error(page.errors.join("\n"));
    await page.context().close();
    console.log(round === 0 ? "cold" : "warm", f);
    figures.rounds.push(f);
  }
} finally {
  await browser.close();
  await server.stop();
}
writeFileSync(join(results, "figures-map-aggregate.json"), JSON.stringify(figures, null, 2));
console.log(JSON.stringify(figures));
