// Browser tests of what the public directory offers beyond the search (issue 19,
// items 5 and 6): the pages in Leichte Sprache and the widget for the county's own
// website, each reached by clicking from the /beratung start page, which a person
// reaches from the app's menu. Every page must pass axe, set no cookie, load nothing
// from another host and not scroll sideways, at a phone's size and on a desktop.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { axe, newPage, noSideScroll, shot, sizes } from "./browser.mjs";
import { suite } from "./suite.mjs";

const fixture = suite({ role: "viewer" }, { contract: false });
let server, browser;

before(async () => ({ server, browser } = await fixture.ready));

/** checkPage asserts what every public page must do. */
async function checkPage(page, label) {
  assert.ok((await page.locator("main h1").textContent()).trim(), `${label} has a heading`);
  await noSideScroll(page, label);
  assert.deepEqual(page.errors, [], `page errors on ${label}`);
  assert.deepEqual(page.foreign, [], `${label} loads from other hosts`);
  assert.deepEqual(await page.context().cookies(), [], `${label} sets cookies`);
  assert.deepEqual(await axe(page), [], `axe on ${label}`);
}

/** openDirectory follows the app's menu entry to the public start page. */
async function openDirectory(size) {
  const page = await newPage(browser, { token: server.token });
  await page.setViewportSize(size);
  await page.goto(server.url + "/karte");
  await page.locator("main h1").waitFor();
  const toggle = page.getByRole("button", { name: "Menü" });
  if (await toggle.isVisible()) await toggle.click();
  const own = new URL(server.url).host;
  page.foreign = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith("http") && u.host !== own) page.foreign.push(r.url());
  });
  await page.getByRole("link", { name: "Öffentliche Beratungssuche" }).click();
  await page.locator("main h1", { hasText: "Beratung in Ihrer Nähe finden" }).waitFor();
  return page;
}

for (const size of sizes) {
  describe(`Beratungssuche für alle bei ${size.width}×${size.height}`, () => {
    it("offers start, results and offer in Leichte Sprache, linked from the header and from each page", async () => {
      const page = await openDirectory(size);
      await page.locator("header.site").getByRole("link", { name: "Leichte Sprache" }).click();
      await page.locator("main h1", { hasText: "Leichter Sprache" }).waitFor();
      await checkPage(page, "Start in Leichter Sprache");
      await shot(page, `dirpub-${size.width}-leicht-start`);

      await page.getByLabel("Wobei brauchen Sie Hilfe?").fill("Schulden");
      await page.getByLabel("Wo wohnen Sie? Schreiben Sie Ihren Ort.").fill("Seeburg");
      await page.getByRole("button", { name: "Suchen" }).click();
      await page.locator("main h1", { hasText: "Diese Beratungs-Stellen haben wir gefunden" }).waitFor();
      assert.match(await page.locator("#treffer").textContent(), /Wir haben \d+ Beratungs-Stellen? gefunden/);
      assert.match(await page.locator("ol.hits").textContent(), /Schuldnerberatung/);
      await checkPage(page, "Suchergebnis in Leichter Sprache");
      await shot(page, `dirpub-${size.width}-leicht-ergebnis`);

      // A link leads to the same search in standard German and back.
      await page.getByRole("link", { name: "Dieses Such-Ergebnis in Alltags-Sprache" }).click();
      await page.locator("main h1", { hasText: "Suchergebnis" }).waitFor();
      assert.equal(await page.getByLabel("Wobei suchen Sie Hilfe?").inputValue(), "Schulden");
      await page.getByRole("link", { name: "Dieses Such-Ergebnis in Leichter Sprache" }).click();
      await page.locator("main h1", { hasText: "Diese Beratungs-Stellen haben wir gefunden" }).waitFor();

      await page.locator("ol.hits a").first().click();
      await page.getByRole("heading", { name: "Wer macht die Beratung?" }).waitFor();
      await checkPage(page, "Angebot in Leichter Sprache");
      await shot(page, `dirpub-${size.width}-leicht-angebot`);
      const name = (await page.locator("main h1").textContent()).trim();
      await page.getByRole("link", { name: "Dieses Angebot in Alltags-Sprache" }).click();
      await page.locator("main h1", { hasText: name }).waitFor();
      assert.ok(await page.getByRole("link", { name: "Dieses Angebot in Leichter Sprache" }).isVisible());
      const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
      assert.equal(ld["@type"], "Service");
      assert.equal(ld.name, name);
      await page.context().close();
    });

    it("shows how to embed the list and the widget that a county's page frames", async () => {
      const page = await openDirectory(size);
      await page.getByRole("link", { name: "Auf Ihrer Internetseite einbinden" }).click();
      await page.locator("main h1", { hasText: "Beratungssuche auf Ihrer Internetseite" }).waitFor();
      await page.getByLabel("Thema").selectOption({ label: "Armut" });
      await page.getByRole("button", { name: "Vorschau zeigen" }).click();
      await page.waitForURL(/feld=poverty/);
      const code = await page.getByLabel("HTML-Code zum Kopieren").inputValue();
      assert.match(code, /^<iframe src="http:\/\/[^"]+\/beratung\/widget\?feld=poverty" title="[^"]+"/);
      // The preview frames the widget: allowed for it, unlike every other page.
      const framed = page.frameLocator("iframe.preview");
      await framed.locator("h1", { hasText: "Beratungsangebote zum Thema Armut" }).waitFor();
      assert.ok((await framed.locator("ul.offers li").count()) > 0, "the widget lists offers");
      await checkPage(page, "Einbinden");
      await shot(page, `dirpub-${size.width}-einbinden`);

      await page.getByRole("link", { name: "Die Liste als eigene Seite öffnen" }).click();
      await page.locator("main h1", { hasText: "Beratungsangebote zum Thema Armut" }).waitFor();
      await checkPage(page, "Widget");
      await shot(page, `dirpub-${size.width}-widget`);
      const targets = await page.locator("main a").evaluateAll((as) => as.map((a) => a.target + " " + a.rel));
      assert.ok(targets.length > 1 && targets.every((t) => t === "_blank noopener"), `widget links: ${targets}`);
      // A link opens the offer's page in a new window.
      const [opened] = await Promise.all([page.context().waitForEvent("page"), page.locator("ul.offers a").first().click()]);
      await opened.locator("main h1").waitFor();
      assert.match(new URL(opened.url()).pathname, /^\/beratung\/angebot\//);
      await page.context().close();
    });
  });
}
