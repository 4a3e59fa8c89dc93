// Browser tests of the map of a large network: a generated county of 10,000 actors
// (above the map's threshold of 5,000) is first shown summarised by social space;
// choosing a space (on the map or, by keyboard, in the list) shows its actors, and a
// button leads back; filtering down to fewer than 5,000 actors shows them in detail;
// the grouping by community works alike. The Veränderungen view of so large a network
// draws no map of the changes and shows the first 1,000 ties of each long list, and
// the next 1,000 on request. At 1280x720 and 390x844, with axe-core and screenshots.
import assert from "node:assert/strict";
import { before, it } from "node:test";
import { join } from "node:path";
import { axe, openFromMenu, results, shot, sizes } from "./browser.mjs";
import { suite } from "./suite.mjs";

const actors = 10_000;
let server, browser;
const fixture = suite({ demoSize: [actors, 50_000] });
const { contract } = fixture;

before(async () => ({ server, browser } = await fixture.ready));

/** api reads an answer of the API as the editor. */
const api = (path) => server.read(path);

const de = (n) => n.toLocaleString("de-DE");

/**
 * openMap opens another view and reaches the map through the menu, as a person does.
 * It starts from the import view, which loads no network: a view left while it still
 * loads (the Daten view loads the whole network) draws over the next one when its
 * answers arrive.
 */
async function openMap(size) {
  const page = await openFromMenu(browser, server, { contract, size, label: "Netzwerkkarte", heading: "" });
  await overview(page);
  assert.equal(new URL(page.url()).pathname, "/karte", "the menu leads to the map");
  return page;
}

/** overview waits for the summarised map. */
function overview(page) {
  return page.locator("#network-map[data-state=ready][data-mode=aggregate]").waitFor({ timeout: 60_000 });
}

/** detail waits for the map of single actors and returns how many it draws. */
async function detail(page) {
  await page.locator("#network-map[data-state=ready]:not([data-mode])").waitFor({ timeout: 60_000 });
  return Number(await page.locator("#network-map").getAttribute("data-nodes"));
}

it("summarises 10,000 actors by social space, shows one space's actors and leads back (1280x720)", async () => {
  const agg = await api("/network/aggregate?by=social_space");
  assert.equal(agg.total, actors);
  const page = await openMap({ width: 1280, height: 720 });
  const summary = `Zusammengefasst nach Sozialraum: ${de(agg.groups.length)} Sozialräume, ${de(actors)} Organisationen`;
  assert.equal(await page.locator(".map-summary").textContent(), summary);
  assert.equal(Number(await page.locator("#network-map").getAttribute("data-nodes")), agg.groups.length);
  assert.equal(Number(await page.locator("#network-map").getAttribute("data-edges")), agg.links.length);
  assert.equal(await page.locator(".map-groups button").count(), agg.groups.length);
  assert.deepEqual(await axe(page), []);
  await shot(page, "mapagg-01-uebersicht-1280");

  // A click on the largest space's circle shows its actors.
  const biggest = agg.groups[0];
  const at = await page.evaluate((id) => {
    const sigma = document.querySelector("#network-map").sigma;
    const d = sigma.getNodeDisplayData(id);
    const p = sigma.framedGraphToViewport(d);
    const box = document.querySelector("#network-map").getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, biggest.id);
  await page.mouse.move(at.x, at.y);
  await page.locator(".detail h2", { hasText: biggest.name }).waitFor();
  await page.mouse.click(at.x, at.y);
  assert.equal(await detail(page), biggest.actors);
  assert.match(await page.locator(".map-part p").textContent(), new RegExp(`^Ausschnitt: ${biggest.name} \\(${de(biggest.actors)} von ${de(actors)} Organisationen\\)$`));
  assert.equal(new URL(page.url()).searchParams.get("gruppe"), biggest.id);
  await page.locator("#network-map[data-layout=stopped]").waitFor({ timeout: 60_000 });
  assert.deepEqual(await axe(page), []);
  await shot(page, "mapagg-02-sozialraum-1280");

  // Filters inside the space ask the server again and keep the space.
  const part = await api(`/network/group?by=social_space&group=${encodeURIComponent(biggest.id)}&actor_kind=association`);
  await page.getByLabel("Akteursart", { exact: true }).selectOption("association");
  await page.locator(".map-part p", { hasText: "gefiltert" }).waitFor();
  assert.equal(await detail(page), part.nodes.length);

  await page.getByRole("button", { name: "Zurück zur Übersicht" }).click();
  await overview(page);
  assert.equal(new URL(page.url()).search, "");
  assert.equal(await page.getByLabel("Akteursart", { exact: true }).inputValue(), "");

  // The browser's back button returns to the space.
  await page.goBack();
  assert.equal(await detail(page), part.nodes.length);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

it("shows the actors in detail once the filters leave at most 5,000, and groups by community (1280x720)", async () => {
  const domains = (await api("/taxonomy")).legal_domains.map((d) => d.code);
  let chosen = null;
  for (const code of domains) {
    const a = await api(`/network/aggregate?legal_domain=${code}`);
    if (a.actors > 0 && a.actors <= 5000) {
      chosen = { code, actors: a.actors };
      break;
    }
  }
  assert.ok(chosen, "a legal domain with at most 5,000 actors");
  const page = await openMap({ width: 1280, height: 720 });
  await page.getByLabel("Rechtskreis", { exact: true }).selectOption(chosen.code);
  assert.equal(await detail(page), chosen.actors);
  assert.match(await page.locator(".map-part p").textContent(), /^Ausschnitt: die gefilterten Organisationen/);
  await page.getByRole("button", { name: "Zurück zur Übersicht" }).click();
  await overview(page);

  const communities = await api("/network/aggregate?by=community");
  await page.getByLabel("Zusammenfassen nach").selectOption("community");
  await page.locator(".map-summary", { hasText: "Gemeinschaft" }).waitFor();
  assert.equal(await page.locator(".map-summary").textContent(), `Zusammengefasst nach Gemeinschaft: ${de(communities.groups.length)} Gemeinschaften, ${de(actors)} Organisationen`);
  const second = communities.groups[1];
  await page.locator(".map-groups button", { hasText: `${second.name} (` }).click();
  assert.equal(await detail(page), second.actors);
  assert.equal(new URL(page.url()).searchParams.get("gruppierung"), "gemeinschaft");
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

it("works by keyboard at 390x844", async () => {
  const agg = await api("/network/aggregate");
  const page = await openMap({ width: 390, height: 844 });
  assert.deepEqual(await axe(page), []);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is ${width} px wide`);
  await shot(page, "mapagg-03-uebersicht-390");
  const last = agg.groups[agg.groups.length - 1];
  const button = page.locator(".map-groups button", { hasText: `${last.name} (` });
  await button.focus();
  await page.keyboard.press("Enter");
  assert.equal(await detail(page), last.actors);
  assert.deepEqual(await axe(page), []);
  await shot(page, "mapagg-04-sozialraum-390");
  const back = page.getByRole("button", { name: "Zurück zur Übersicht" });
  await back.focus();
  await page.keyboard.press("Enter");
  await overview(page);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const size of sizes) {
  it(`compares the waves of 10,000 actors without the map of changes, with the first 1,000 ties of each long list and more on request (${size.width}x${size.height})`, async () => {
    const changes = await api("/analysis/changes");
    const page = await openFromMenu(browser, server, { contract, size, label: "Veränderungen" });
    await page.locator("main .state-line").waitFor({ timeout: 60_000 });
    const skipped = page.locator(".change-map-skipped");
    await skipped.waitFor();
    assert.match(await skipped.textContent(), /bis 5\.000 Akteure; dieser Vergleich umfasst 10\.000/);
    assert.equal(await page.locator("svg.change-map").count(), 0, "no map is drawn");
    await shot(page, `mapagg-veraenderungen-${size.name}`); // before the long lists are opened
    const lists = [["Neue Kooperationen", "new", changes.ties.new_count], ["Weggefallene Kooperationen", "lapsed", changes.ties.lapsed_count]];
    assert.ok(lists.some(([, , n]) => n > 1000), `a list holds more than 1,000 ties: ${lists}`);
    for (const [caption, list, n] of lists) {
      const table = page.locator("table", { has: page.locator("caption", { hasText: caption }) });
      const summary = page.locator("details.fold summary", { hasText: caption });
      if (n <= 1000) {
        assert.equal(await table.locator("tbody tr").count(), n, caption);
        continue;
      }
      assert.equal(await summary.textContent(), `${caption}: 1.000 von ${de(n)} zeigen`);
      await summary.click();
      assert.equal(await table.locator("caption").textContent(), `${caption} (1.000 von ${de(n)})`);
      assert.equal(await table.locator("tbody tr").count(), 1000, caption);
      // The next page, as the API sends it, follows the first: the closest ties first.
      const next = await api(`/analysis/changes/ties?list=${list}&offset=1000&limit=1000`);
      const more = page.getByRole("button", { name: `${caption}: weitere ${de(Math.min(1000, n - 1000))} laden` });
      await more.focus();
      // The page is too long for one picture: the window at the end of the first page.
      await page.screenshot({ path: join(results, `mapagg-veraenderungen-weitere-${list}-${size.name}.png`) });
      await page.keyboard.press("Enter");
      const shown = Math.min(2000, n);
      await table.locator(`tbody tr:nth-child(${shown})`).waitFor();
      assert.equal(await table.locator("tbody tr").count(), shown, caption);
      const row = table.locator("tbody tr").nth(1000);
      assert.deepEqual([await row.locator("th").textContent(), await row.locator("td").first().textContent()], [next.items[0].from_name, next.items[0].to_name]);
      assert.equal(await summary.textContent(), shown < n ? `${caption}: ${de(shown)} von ${de(n)} zeigen` : `${caption}: alle ${de(n)} zeigen`);
      if (shown < n) await page.getByText(`${de(shown)} von ${de(n)} geladen.`).waitFor();
    }
    assert.deepEqual(await axe(page), []);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= size.width, `the page is ${width} px wide`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
