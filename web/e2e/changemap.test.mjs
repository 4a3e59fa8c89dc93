// Browser test of the map of changes of a network below the map's limit of 5,000
// actors whose lists of changes are longer than the comparison's first page: a
// generated county of 3,000 actors. The map draws every new and lapsed tie (fetched
// page by page), the tables show the first 1,000 and more on request. At 1280x720
// and 390x844, with axe-core and screenshots.
import assert from "node:assert/strict";
import { before, it } from "node:test";
import { axe, openFromMenu, shot, sizes } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser;
const fixture = suite({ demoSize: [3_000, 15_000] });
const { contract } = fixture;

before(async () => ({ server, browser } = await fixture.ready));

/** api reads an answer of the API as the editor. */
const api = (path) => server.read(path);

const de = (n) => n.toLocaleString("de-DE");

for (const size of sizes) {
  it(`draws every new and lapsed tie of 3,000 actors on the map of changes, beyond the first 1,000 of a list (${size.width}x${size.height})`, async () => {
    const changes = await api("/analysis/changes");
    const { new_count: added, lapsed_count: lapsed } = changes.ties;
    assert.ok(added > 1000, `more than the first page of new ties: ${added}`);
    assert.equal(changes.ties.new.length, 1000, "the answer holds the first page");
    const page = await openFromMenu(browser, server, { contract, size, label: "Veränderungen" });
    await page.locator("main .state-line").waitFor({ timeout: 60_000 });
    const map = page.locator("svg.change-map");
    await map.waitFor({ timeout: 120_000 });
    assert.equal(Number(await map.getAttribute("data-new")), added);
    assert.equal(Number(await map.getAttribute("data-lapsed")), lapsed);
    assert.equal(await map.locator("line.tie-new").count(), added, "every new tie is drawn");
    assert.equal(await map.locator("line.tie-lapsed").count(), lapsed, "every lapsed tie is drawn");
    await shot(page, `changemap-${size.name}`);
    const table = page.locator("table", { has: page.locator("caption", { hasText: "Neue Kooperationen" }) });
    await page.locator("details.fold summary", { hasText: "Neue Kooperationen" }).click();
    assert.equal(await table.locator("tbody tr").count(), 1000);
    await page.getByRole("button", { name: `Neue Kooperationen: weitere ${de(Math.min(1000, added - 1000))} laden` }).click();
    await table.locator(`tbody tr:nth-child(${Math.min(2000, added)})`).waitFor();
    assert.deepEqual(await axe(page), []);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= size.width, `the page is ${width} px wide`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
