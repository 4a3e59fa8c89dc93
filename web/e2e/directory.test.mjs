// Browser tests of the public counselling directory (/beratung): a person reaches it
// from the menu, searches the way people search (a typo, a place, a radius),
// filters, opens an offer and its print view, with the keyboard only, at a phone's
// size, at 400 % zoom and on a desktop, and with scripts blocked. Every page must pass
// axe, set no cookie, load nothing from another host and not scroll sideways.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { axe, launch, newPage, shot } from "./browser.mjs";
import { startServer } from "./server.mjs";

let server, browser;

before(async () => {
  server = await startServer({ role: "viewer" });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** watchHosts records every request to a host other than the server's. */
function watchHosts(page) {
  const own = new URL(server.url).host;
  page.foreign = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith("http") && u.host !== own) page.foreign.push(r.url());
  });
}

/** checkPage asserts what every public page must do. */
async function checkPage(page, label, { runAxe = true } = {}) {
  assert.ok((await page.locator("main h1").textContent()).trim(), `${label} has a heading`);
  const [scroll, inner] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= inner, `${label}: the page is ${scroll} px wide, the window ${inner} px`);
  assert.deepEqual(page.errors, [], `page errors on ${label}`);
  assert.deepEqual(page.foreign, [], `${label} loads from other hosts`);
  assert.deepEqual(await page.context().cookies(), [], `${label} sets cookies`);
  if (runAxe) assert.deepEqual(await axe(page), [], `axe on ${label}`);
}

const sizes = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 720 },
];

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

  it("reflows at 320 CSS pixels (400 % of 1280) on every page", async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 320, height: 256 });
    watchHosts(page);
    await page.goto(server.url + "/beratung");
    await checkPage(page, "Startseite 400 %", { runAxe: false });
    await page.getByLabel("Wobei suchen Sie Hilfe?").fill("Pflege");
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.locator("#treffer").waitFor();
    await checkPage(page, "Suchergebnis 400 %", { runAxe: false });
    await shot(page, "beratung-320-ergebnis");
    await page.locator("ol.hits h3 a").first().click();
    await page.getByRole("heading", { name: "Kontakt" }).waitFor();
    await checkPage(page, "Angebot 400 %", { runAxe: false });
    await page.context().close();
  });
});
