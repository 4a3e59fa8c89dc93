// Browser tests of the coupling matrix of one social space on a generated county of
// 10,000 actors (hundreds of social spaces): the view, reached through the menu,
// first shows the whole network's matrix, whose answer carries no matrix per space;
// a space is found by searching its name or by stepping down the hierarchy, and only
// then is its matrix asked for. At 1280x720 and 390x844, with axe-core.
import assert from "node:assert/strict";
import { before, it } from "node:test";
import { axe, openFromMenu, shot } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser;
const fixture = suite({ demoSize: [10_000, 50_000] });
const { contract } = fixture;

before(async () => ({ server, browser } = await fixture.ready));

/** api reads an answer of the API as the editor. */
const api = (path) => server.read(path);

/** spaces reads every social space, page by page. */
async function spaces() {
  const out = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await api(`/social-spaces?limit=1000&offset=${offset}`);
    out.push(...page.items);
    if (page.items.length < 1000) return out;
  }
}

/** openMatrix starts from the import view, which loads no network, and opens the matrix through the menu. */
async function openMatrix(size) {
  const page = await openFromMenu(browser, server, { contract, size, label: "Kopplungsmatrix", heading: "" });
  await page.locator("table.heatmap").waitFor({ timeout: 60_000 });
  assert.equal(new URL(page.url()).pathname, "/kopplungsmatrix", "the menu leads to the matrix");
  return page;
}

/** heatRows waits for the heat map of the space called name and returns its number of rows. */
async function heatRows(page, name) {
  await page.locator("table.heatmap caption", { hasText: `Rechtskreise in ${name} (` }).waitFor({ timeout: 60_000 });
  return page.locator("table.heatmap tbody tr").count();
}

it("finds a space among hundreds by name and by the hierarchy, and asks for its matrix only then (1280x720)", async () => {
  const all = await spaces();
  assert.ok(all.length > 200, `a county with many spaces: ${all.length}`);
  const whole = await api("/analysis/coupling-matrix");
  assert.equal(whole.social_space, null, "the default answer carries no matrix per space");

  const page = await openMatrix({ width: 1280, height: 720 });
  const asked = [];
  page.on("request", (r) => r.url().includes("/analysis/coupling-matrix") && asked.push(new URL(r.url()).searchParams.get("social_space")));
  assert.match(await page.locator("table.heatmap caption").textContent(), /Rechtskreis × Rechtskreis, Rechtskreise im Gesamtnetz/);
  assert.equal(await page.locator("table.heatmap tbody tr").count(), whole.legal_domains.groups.filter((g) => g.actors > 0).length);

  await page.getByLabel("Ausschnitt").selectOption("space");
  await page.getByText("Wählen Sie einen Sozialraum").waitFor();
  const roots = all.filter((s) => !s.parent_id);
  assert.equal(await page.getByLabel("Oberste Ebene").locator("option").count(), roots.length + 1);

  // Search: a leaf space by part of its name.
  const byId = new Map(all.map((s) => [s.id, s]));
  const leaf = all.find((s) => s.level === "social_space" && all.filter((o) => o.name === s.name).length === 1);
  const search = page.getByLabel("Sozialraum suchen");
  await search.fill(leaf.name.slice(0, 4));
  const partial = all.filter((s) => s.name.toLowerCase().includes(leaf.name.slice(0, 4).toLowerCase())).length;
  assert.equal(await page.locator(".space-picker .results li").count(), Math.min(12, partial), "at most 12 hits");
  await search.fill(leaf.name);
  await page.getByRole("button", { name: `${leaf.name} (in ${byId.get(leaf.parent_id).name})` }).click();
  const want = await api(`/analysis/coupling-matrix?social_space=${encodeURIComponent(leaf.id)}`);
  assert.equal(await heatRows(page, leaf.name), want.social_space.legal_domains.groups.filter((g) => g.actors > 0).length);
  assert.match(await page.locator("table.heatmap caption").textContent(), new RegExp(`\\(${want.social_space.actors.toLocaleString("de-DE")} Akteure\\)`));
  assert.equal(new URL(page.url()).searchParams.get("social_space"), leaf.id, "the address names the space");
  assert.deepEqual(await axe(page), []);
  await shot(page, "matrixspace-01-suche-1280");

  // Hierarchy: up to the planning area through the path, and down to another space.
  const area = byId.get(leaf.parent_id);
  await page.getByRole("navigation", { name: /Gewählter Sozialraum/ }).getByRole("button", { name: area.name }).click();
  await heatRows(page, area.name);
  const inside = all.filter((s) => s.parent_id === area.id);
  const down = page.getByLabel(`Darin liegende Sozialräume (${inside.length})`);
  assert.equal(await down.locator("option").count(), inside.length + 1);
  const other = inside.find((s) => s.id !== leaf.id);
  await down.selectOption(other.id);
  await heatRows(page, other.name);
  assert.deepEqual(asked, [leaf.id, area.id, other.id], "one request per chosen space, none for the rest");

  // Back to the whole network without another request.
  await page.getByLabel("Ausschnitt").selectOption("legal_domains");
  assert.match(await page.locator("table.heatmap caption").textContent(), /Rechtskreise im Gesamtnetz/);
  assert.equal(new URL(page.url()).searchParams.get("social_space"), null);
  assert.equal(asked.length, 3);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

it("opens a linked space's matrix and works at 390x844", async () => {
  const all = await spaces();
  const area = all.find((s) => s.level === "planning_area");
  const page = await openMatrix({ width: 390, height: 844 });
  await page.getByLabel("Ausschnitt").selectOption("space");
  await page.getByLabel("Sozialraum suchen").fill(area.name);
  await page.getByRole("button", { name: `${area.name} (in `, exact: false }).first().click();
  await heatRows(page, area.name);
  assert.equal(new URL(page.url()).searchParams.get("social_space"), area.id, "the address names the space");
  // The address opens the same space again.
  await page.reload();
  await heatRows(page, area.name);
  assert.equal(await page.getByLabel("Ausschnitt").inputValue(), "space");
  assert.deepEqual(await axe(page), []);
  await shot(page, "matrixspace-02-390");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
