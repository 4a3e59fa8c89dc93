// Browser tests of the public counselling directory (/beratung): a person reaches it
// from the menu, searches the way people search (a typo, a place, a radius),
// searches near the browser's location, filters, opens an offer and its print view,
// with the keyboard only (Tab and Enter), at a phone's size, at 400 % zoom and on a
// desktop, and with scripts blocked. Every public page must pass axe (WCAG 2.1 AA),
// set no cookie, load nothing from another host and not scroll sideways.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { axe, newPage, shot, sizes } from "./browser.mjs";
import { suite } from "./suite.mjs";

const fixture = suite({ role: "viewer" }, { contract: false });
let server, browser;

before(async () => ({ server, browser } = await fixture.ready));

/** watchHosts records every request to a host other than the server's. */
function watchHosts(page) {
  const own = new URL(server.url).host;
  page.foreign = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith("http") && u.host !== own) page.foreign.push(r.url());
  });
}

/**
 * locationOf returns where the demo county's actors in the town are on average, as
 * the browser's location of a person there (from the API, with the test's token).
 */
async function locationOf(town) {
  const res = await fetch(`${server.url}/api/v1/actors?limit=1000`, { headers: { Authorization: "Bearer " + server.token } });
  const here = (await res.json()).items.filter((a) => a.address?.city === town && a.location);
  assert.ok(here.length > 0, `actors in ${town}`);
  const mean = (f) => here.reduce((s, a) => s + f(a.location), 0) / here.length;
  return { latitude: mean((l) => l.lat), longitude: mean((l) => l.lon) };
}

/** checkPage asserts what every public page must do. */
async function checkPage(page, label, { runAxe = true } = {}) {
  assert.ok((await page.locator("main h1").textContent()).trim(), `${label} has a heading`);
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${label}: the page is ${scroll} px wide, the window ${client} px`);
  assert.deepEqual(page.errors, [], `page errors on ${label}`);
  assert.deepEqual(page.foreign, [], `${label} loads from other hosts`);
  assert.deepEqual(await page.context().cookies(), [], `${label} sets cookies`);
  if (runAxe) assert.deepEqual(await axe(page), [], `axe on ${label}`);
}

for (const size of sizes) {
  describe(`Beratungssuche bei ${size.width}×${size.height}`, () => {
    it("is reached from the menu, searches with the keyboard, filters and shows an offer", async () => {
      const page = await newPage(browser, { token: server.token });
      await page.setViewportSize(size);
      await page.goto(server.url + "/karte");
      await page.locator("main h1").waitFor();
      const toggle = page.getByRole("button", { name: "Menü" });
      if (await toggle.isVisible()) await toggle.click();
      watchHosts(page);
      await page.getByRole("link", { name: "Öffentliche Beratungssuche" }).click();
      await page.locator("main h1", { hasText: "Beratung in Ihrer Nähe finden" }).waitFor();
      await checkPage(page, "Startseite");
      await shot(page, `beratung-${size.width}-start`);

      // Keyboard only: the skip link, then the search field, a typo and a place.
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Zum Inhalt springen");
      await page.keyboard.press("Enter");
      await page.getByLabel("Wobei suchen Sie Hilfe?").focus();
      await page.keyboard.type("Schuldnerbratung");
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.id), "ort");
      await page.keyboard.type("Seeburg");
      await page.keyboard.press("Enter");
      await page.locator("#treffer").waitFor();
      assert.match(await page.locator("#treffer").textContent(), /\d+ Angebote? gefunden/);
      assert.match(await page.locator("ol.hits h3").first().textContent(), /Schuldnerberatung/);
      assert.match(await page.locator("ol.hits").first().textContent(), /km entfernt/);
      await checkPage(page, "Suchergebnis");
      await shot(page, `beratung-${size.width}-ergebnis`);

      // Filters, opened and ticked from the keyboard: barrier-free only.
      await page.locator("summary", { hasText: "Weitere Auswahl" }).focus();
      await page.keyboard.press("Enter");
      await page.getByLabel("barrierefrei zugänglich sein").focus();
      await page.keyboard.press("Space");
      await page.getByLabel("Wobei suchen Sie Hilfe?").fill("Beratung");
      await page.getByLabel("Ort oder Postleitzahl").fill("");
      await page.getByRole("button", { name: "Suchen" }).press("Enter");
      await page.locator("#treffer").waitFor();
      const rows = page.locator("ol.hits > li");
      const n = await rows.count();
      assert.ok(n > 0, "some barrier-free offers");
      for (let i = 0; i < n; i++) assert.match(await rows.nth(i).textContent(), /barrierefrei/);
      assert.ok(await page.locator("figure.map svg path").count() >= 8, "the map shows the social spaces");
      await checkPage(page, "Suchergebnis mit Filter");
      await shot(page, `beratung-${size.width}-filter`);

      // Near the browser's location, once the person allows it: nearest first.
      const here = await locationOf("Seeburg");
      await page.context().setGeolocation(here);
      await page.context().grantPermissions(["geolocation"], { origin: server.url });
      await page.getByLabel("Wobei suchen Sie Hilfe?").fill("");
      await page.getByLabel("barrierefrei zugänglich sein").uncheck();
      await page.getByRole("button", { name: "Meinen Standort verwenden" }).click();
      await page.getByRole("status").filter({ hasText: "Ihr Standort wird für die Suche verwendet." }).waitFor();
      await page.getByLabel("Umkreis").selectOption("5");
      await page.getByRole("button", { name: "Suchen" }).click();
      await page.locator("#treffer").waitFor();
      assert.match(page.url(), /[?&]lat=-?\d+\.\d+/);
      const km = (await page.locator("ol.hits > li").allTextContents()).map((t) => Number(t.match(/([\d,]+) km entfernt/)?.[1].replace(",", ".")));
      assert.ok(km.length > 0 && km.every((d) => d >= 0), `distances: ${km}`);
      assert.ok(km[0] <= 5, `the nearest offer is ${km[0]} km away, within 5 km`);
      assert.deepEqual(km, [...km].sort((a, b) => a - b), "nearest first");
      await checkPage(page, "Suchergebnis am Standort");
      await shot(page, `beratung-${size.width}-standort`);

      // An offer's page and its print view.
      const first = page.locator("ol.hits h3 a").first();
      const name = await first.textContent();
      await first.focus();
      await page.keyboard.press("Enter");
      await page.locator("main h1", { hasText: name }).waitFor();
      for (const heading of ["Für wen?", "Wo?", "Kontakt", "Barrierefreiheit", "Kosten"]) {
        assert.equal(await page.getByRole("heading", { name: heading, exact: true }).count(), 1, `offer page has "${heading}"`);
      }
      assert.match(await page.locator(".stand").textContent(), /Stand: \d\d\.\d\d\.\d{4}/);
      const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
      assert.equal(ld.name, name);
      await checkPage(page, "Angebot");
      await shot(page, `beratung-${size.width}-angebot`);
      await page.getByRole("link", { name: "Druckansicht" }).click();
      await page.locator("body.print").waitFor();
      await checkPage(page, "Druckansicht");
      await page.goBack();
      await page.locator("body:not(.print) main h1", { hasText: name }).waitFor();

      // The pages in the header.
      for (const [link, heading] of [["Leichte Sprache", "Beratung finden in Leichter Sprache"], ["Barrierefreiheit", "Erklärung zur Barrierefreiheit"]]) {
        await page.locator("header nav").getByRole("link", { name: link }).click();
        await page.locator("main h1", { hasText: heading }).waitFor();
        await checkPage(page, link);
        await shot(page, `beratung-${size.width}-${link.toLowerCase().replace(/[^a-z]+/g, "-")}`);
      }
      await page.context().close();
    });
  });
}

describe("Beratungssuche ohne JavaScript und bei 400 % Vergrößerung", () => {
  it("searches and shows an offer with scripts blocked", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, locale: "de-DE" });
    const page = await context.newPage();
    page.errors = [];
    watchHosts(page);
    await page.goto(server.url + "/beratung");
    assert.equal(await page.getByRole("button", { name: "Meinen Standort verwenden" }).isVisible(), false, "no location button without scripts");
    await page.getByLabel("Wobei suchen Sie Hilfe?").fill("Sucht");
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.locator("#treffer").waitFor();
    assert.match(await page.locator("ol.hits").textContent(), /Sucht/);
    await page.locator("ol.hits h3 a").first().click();
    await page.getByRole("heading", { name: "Kontakt" }).waitFor();
    await checkPage(page, "Angebot ohne JavaScript", { runAxe: false });
    await context.close();
  });

  for (const width of [320, 1280]) {
    it(`passes axe and does not scroll sideways on every public page at ${width} CSS pixels`, async () => {
      // 320 CSS pixels are a 1280 pixels wide window at 400 % zoom.
      const page = await newPage(browser);
      await page.setViewportSize({ width, height: width === 320 ? 256 : 720 });
      watchHosts(page);
      const visit = async (label) => {
        await page.locator("main h1").waitFor();
        await checkPage(page, `${label} (${width} px)`);
        await shot(page, `beratung-alle-${width}-${label.toLowerCase().replace(/[^a-zäöüß]+/g, "-")}`);
      };
      await page.goto(server.url + "/beratung");
      await visit("Startseite");
      await page.locator("header nav").getByRole("link", { name: "Leichte Sprache" }).click();
      await visit("Leichte Sprache");
      await page.locator("header nav").getByRole("link", { name: "Barrierefreiheit" }).click();
      await visit("Erklärung zur Barrierefreiheit");
      await page.locator(".brand a").click();
      await page.getByLabel("Wobei suchen Sie Hilfe?").fill("Pflege");
      await page.getByRole("button", { name: "Suchen" }).click();
      await visit("Suchergebnis");
      await page.locator("ol.hits h3 a").first().click();
      await visit("Angebot");
      await page.getByRole("link", { name: "Druckansicht" }).click();
      await page.locator("body.print").waitFor();
      await visit("Druckansicht");
      await page.goBack();
      await page.getByRole("link", { name: "Zur Suche" }).click();
      await page.getByLabel("Wobei suchen Sie Hilfe?").fill("Quarkspeisenwalzer");
      await page.getByRole("button", { name: "Suchen" }).click();
      await page.locator("#treffer", { hasText: "Keine Angebote gefunden" }).waitFor();
      await visit("Keine Treffer");
      // No link leads to a page that does not exist: a mistyped address does.
      const res = await page.goto(server.url + "/beratung/gibt-es-nicht");
      assert.equal(res.status(), 404);
      await page.locator("main h1", { hasText: "Seite nicht gefunden" }).waitFor();
      await visit("Fehlerseite");
      await page.getByRole("link", { name: "Zur Startseite der Beratungssuche" }).click();
      await page.locator("main h1", { hasText: "Beratung in Ihrer Nähe finden" }).waitFor();
      await page.context().close();
    });
  }
});

/**
 * tabTo presses Tab until the focused element matches what (its id, or its text or
 * label), at most limit times, and returns how many presses it took.
 */
async function tabTo(page, what, limit = 60) {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => {
      const e = document.activeElement;
      return { id: e.id, text: (e.labels?.[0]?.textContent ?? e.textContent ?? "").trim() };
    });
    if (at.id === what || at.text === what) return i;
  }
  assert.fail(`${what} is not reached with ${limit} presses of Tab`);
}

/** focusVisible asserts that the focused element shows the focus ring. */
async function focusVisible(page, label) {
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, "none", `${label} shows where the focus is`);
}

describe("Beratungssuche nur mit der Tastatur", () => {
  it("searches, filters, opens a result and goes back with Tab, Enter and Space", async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 720 });
    watchHosts(page);
    await page.goto(server.url + "/beratung");
    await page.locator("main h1").waitFor();
    assert.equal(await tabTo(page, "Zum Inhalt springen"), 1, "the skip link comes first");
    await focusVisible(page, "the skip link");
    await page.keyboard.press("Enter");
    await tabTo(page, "q");
    await focusVisible(page, "the search field");
    await page.keyboard.type("Schuldnerbratung");
    await tabTo(page, "Weitere Auswahl");
    await focusVisible(page, "Weitere Auswahl");
    await page.keyboard.press("Enter");
    await tabTo(page, "f-kostenfrei");
    await page.keyboard.press("Space");
    await tabTo(page, "Suchen");
    await focusVisible(page, "the search button");
    await page.keyboard.press("Enter");
    await page.locator("#treffer").waitFor();
    assert.match(page.url(), /q=Schuldnerbratung.*kostenfrei=1/);
    const first = await page.locator("ol.hits h3 a").first().textContent();
    assert.match(first, /Schuldnerberatung/);
    for (const row of await page.locator("ol.hits > li").allTextContents()) assert.match(row, /kostenfrei/);
    await tabTo(page, first);
    await focusVisible(page, "the first result");
    await page.keyboard.press("Enter");
    await page.locator("main h1", { hasText: first }).waitFor();
    await checkPage(page, "Angebot über die Tastatur", { runAxe: false });
    await shot(page, "beratung-tastatur-angebot");
    // The browser's Back (Alt+←) belongs to the browser, which page keys in
    // headless Chromium cannot reach: the same navigation through playwright.
    await page.goBack();
    await page.locator("#treffer").waitFor();
    assert.equal(await page.getByLabel("Wobei suchen Sie Hilfe?").inputValue(), "Schuldnerbratung", "back at the results");
    assert.equal(await page.locator("ol.hits h3 a").first().textContent(), first);
    await page.context().close();
  });
});
