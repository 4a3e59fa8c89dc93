// Browser tests of the providers' confirmation links: an editor follows the menu to
// "Verzeichnis pflegen" and makes a link for the provider of an outdated entry; the
// provider opens it without an account, confirms one entry and sends a correction of
// another; the editor then finds the entry off the outdated list and the correction
// in the queue. At a phone's size and on a desktop; every page passes axe, the
// provider's pages set no cookie.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { axe, clickMenu, newPage, noSideScroll, shot, sizes } from "./browser.mjs";
import { suite } from "./suite.mjs";

const fixture = suite({ role: "editor" }, { contract: false });
let server, browser;

before(async () => ({ server, browser } = await fixture.ready));

/** openUpkeep opens "Verzeichnis pflegen" from the menu as the editor. */
async function openUpkeep(size) {
  const page = await newPage(browser, { token: server.token });
  await page.setViewportSize(size);
  await page.goto(server.url + "/karte");
  await page.locator("main h1").waitFor();
  await clickMenu(page, "Verzeichnis pflegen");
  return page;
}

for (const size of sizes) {
  describe(`Bestätigungslink bei ${size.width}×${size.height}`, () => {
    let link, confirmed, corrected;
    const marker = `Neue Sprechzeiten ${size.name} ${Date.now()}`;

    it("an editor makes a link for a provider of outdated entries", async () => {
      const page = await openUpkeep(size);
      const item = page.locator(".provider-link").first();
      await item.waitFor();
      await item.getByRole("button", { name: /^Bestätigungslink erstellen/ }).click();
      const box = item.locator(".secret-box");
      await box.waitFor();
      link = await box.getByLabel("Bestätigungslink").inputValue();
      assert.match(link, /\/beratung\/anbieter\/[\w-]{43}$/);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H3", "the focus moves to the link");
      assert.deepEqual(await axe(page), [], "axe with the link shown");
      await noSideScroll(page, "Verzeichnis pflegen with a link");
      assert.deepEqual(page.errors, []);
      await shot(page, `provlink-${size.width}-link`);
      await page.context().close();
    });

    it("the provider confirms one entry and corrects another", async () => {
      const page = await newPage(browser);
      await page.setViewportSize(size);
      await page.goto(link);
      await page.locator("main h1", { hasText: "Ihre Einträge prüfen" }).waitFor();
      assert.deepEqual(await axe(page), [], "axe on the provider's page");
      await noSideScroll(page, "provider's page");
      await shot(page, `provlink-${size.width}-liste`);
      const entries = page.locator("ol.entries > li");
      const n = await entries.count();
      assert.ok(n >= 1, "the provider has entries");
      const idOf = async (li) => (await li.getByRole("link", { name: "Angaben korrigieren" }).getAttribute("href")).split("/").pop();

      const first = entries.first();
      confirmed = await idOf(first);
      await first.getByRole("button", { name: "Angaben sind aktuell" }).click();
      await page.locator(".done", { hasText: "ist als aktuell bestätigt" }).waitFor();
      assert.match(await entries.first().locator("dl").textContent(), /Zuletzt bestätigt\d{2}\.\d{2}\.\d{4}/);
      assert.deepEqual(await axe(page), [], "axe after confirming");

      const other = entries.nth(n > 1 ? 1 : 0);
      corrected = await idOf(other);
      await other.getByRole("link", { name: "Angaben korrigieren" }).click();
      await page.locator("main h1", { hasText: "Angaben korrigieren" }).waitFor();
      assert.deepEqual(await axe(page), [], "axe on the correction form");
      await noSideScroll(page, "correction form");
      // Sent empty: the error summary names the field.
      await page.getByRole("button", { name: "Korrektur senden" }).click();
      await page.locator(".error-summary").waitFor();
      assert.deepEqual(await axe(page), [], "axe on the form with errors");
      await shot(page, `provlink-${size.width}-korrektur-fehler`);
      const phone = page.locator("fieldset", { has: page.locator("legend", { hasText: /^Telefon$/ }) });
      await phone.getByLabel("Stimmt nicht").check();
      await phone.getByLabel("Richtige Angabe (freiwillig)").fill("0151 2345678");
      await page.getByLabel(/Was sollen wir noch wissen/).fill(marker);
      await page.getByRole("button", { name: "Korrektur senden" }).click();
      await page.locator(".done", { hasText: "ist bei der Redaktion" }).waitFor();
      assert.deepEqual(await axe(page), [], "axe after the correction");
      assert.deepEqual(await page.context().cookies(), [], "the provider's pages set no cookie");
      assert.deepEqual(page.errors, []);
      await shot(page, `provlink-${size.width}-danke`);
      await page.context().close();
    });

    it("the editor sees the entry confirmed and the correction in the queue", async () => {
      const page = await openUpkeep(size);
      const card = page.locator(".upkeep-report", { hasText: marker });
      await card.waitFor();
      assert.match(await card.textContent(), /Korrektur vom Anbieter/);
      assert.match(await card.textContent(), /Telefon stimmt nicht.*richtig: 0151 2345678/);
      assert.ok(await card.locator(`a[href="/daten/angebote?bearbeiten=${corrected}"]`).count(), "the card links the corrected entry");
      const stale = page.locator("section[aria-labelledby=stale-h]");
      assert.equal(await stale.locator(`a[href="/daten/angebote?bearbeiten=${confirmed}"]`).count(), 0, "the confirmed entry is still outdated");
      assert.deepEqual(await axe(page), [], "axe with the provider's correction");
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  });
}
