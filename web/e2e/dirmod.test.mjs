// Browser tests of keeping the directory current: a visitor reports an error on an
// offer's public page (first incomplete, then properly, after the form's time
// check), and an editor follows the menu to "Verzeichnis pflegen", decides the
// report with a note and confirms an outdated entry. At a phone's size and on a
// desktop; every page passes axe, the public ones set no cookie.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { axe, clickMenu, newPage, noSideScroll, shot, sizes } from "./browser.mjs";
import { suite } from "./suite.mjs";

const fixture = suite({ role: "editor" }, { contract: false });
let server, browser;

before(async () => ({ server, browser } = await fixture.ready));

for (const size of sizes) {
  describe(`Verzeichnis pflegen bei ${size.width}×${size.height}`, () => {
    const marker = `Telefon <b>falsch</b> ${size.name} ${Date.now()}`;

    it("a visitor reports an error on an offer's page", async () => {
      const page = await newPage(browser);
      await page.setViewportSize(size);
      // The public site's front door, as a visitor opens it.
      await page.goto(server.url + "/beratung");
      await page.getByLabel("Wobei suchen Sie Hilfe?").fill("Schulden");
      await page.getByRole("button", { name: "Suchen" }).click();
      await page.locator("ol.hits h3 a").first().click();
      const offer = (await page.locator("main h1").textContent()).trim();
      await page.getByRole("link", { name: "Fehler melden" }).click();
      await page.locator("main h1", { hasText: "Fehler melden" }).waitFor();
      assert.match(await page.locator(".lead").textContent(), new RegExp(offer.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      assert.deepEqual(await axe(page), [], "axe on the form");

      // Sent empty after the time check: the error summary links the field.
      await page.waitForTimeout(3200);
      await page.getByRole("button", { name: "Meldung senden" }).click();
      await page.locator(".error-summary").waitFor();
      assert.equal(await page.title(), `Fehler: Fehler melden: ${offer} – Beratungsführer Landkreis Seeland`);
      assert.equal(await page.getByLabel("Was stimmt nicht?").getAttribute("aria-invalid"), "true");
      assert.deepEqual(await axe(page), [], "axe on the form with errors");
      await noSideScroll(page, "form with errors");
      await shot(page, `dirmod-${size.width}-fehler`);
      await page.locator(".error-summary a").click();
      assert.equal(await page.evaluate(() => document.activeElement.id), "f-text");

      await page.keyboard.type(marker);
      await page.getByLabel(/Ihre E-Mail-Adresse/).fill("leser@example.org");
      await page.getByRole("button", { name: "Meldung senden" }).click();
      await page.locator("main h1", { hasText: "Danke für Ihre Meldung" }).waitFor();
      assert.match(await page.locator("main").textContent(), /Die Redaktion prüft Ihre Meldung/);
      assert.deepEqual(await axe(page), [], "axe on the receipt");
      assert.deepEqual(await page.context().cookies(), [], "the forms set no cookie");
      assert.deepEqual(page.errors, []);
      await shot(page, `dirmod-${size.width}-danke`);
      // Nothing is published: the offer's page does not show the report.
      await page.getByRole("link", { name: /Zurück zum Angebot/ }).click();
      await page.locator("main h1", { hasText: offer }).waitFor();
      assert.ok(!(await page.locator("main").textContent()).includes("falsch"), "the report appears on the public page");
      await page.context().close();
    });

    it("an editor decides the report and confirms an outdated entry", async () => {
      const page = await newPage(browser, { token: server.token });
      await page.setViewportSize(size);
      await page.goto(server.url + "/karte");
      await page.locator("main h1").waitFor();
      await clickMenu(page, "Verzeichnis pflegen");
      const card = page.locator(".upkeep-report", { hasText: marker });
      await card.waitFor();
      assert.match(await card.textContent(), /leser@example\.org/);
      assert.match(await card.locator("a", { hasText: "Eintrag bearbeiten" }).getAttribute("href"), /^\/daten\/angebote\?bearbeiten=/);
      const stale = page.locator("#stale-h");
      const before = Number((await stale.textContent()).match(/\((\d+)\)/)[1]);
      assert.ok(before >= 3, `the demo county has ${before} outdated entries`);
      assert.deepEqual(await axe(page), [], "axe on Verzeichnis pflegen");
      await noSideScroll(page, "Verzeichnis pflegen");
      await shot(page, `dirmod-${size.width}-pflegen`);

      await card.getByLabel("Notiz zur Entscheidung (freiwillig)").fill("Nummer beim Träger erfragt und geändert.");
      await card.getByRole("button", { name: "Erledigt" }).click();
      await page.locator(".upkeep-status .success").waitFor();
      assert.equal(await card.count(), 0, "the report left the open list");
      const row = page.locator("section[aria-labelledby=decided-h] tr", { hasText: "Nummer beim Träger erfragt" }).first();
      assert.match(await row.textContent(), /erledigt/);

      await page.locator("section[aria-labelledby=stale-h] tbody button").first().click();
      await page.locator(".upkeep-status .success", { hasText: "bestätigt" }).waitFor();
      assert.equal(Number((await stale.textContent()).match(/\((\d+)\)/)[1]), before - 1);
      assert.deepEqual(await axe(page), [], "axe after deciding");
      assert.deepEqual(page.errors, []);
      await shot(page, `dirmod-${size.width}-entschieden`);
      await page.context().close();
    });
  });
}
