// Browser tests of the exports for people and the saved views (issue 17, items 5
// and 6): the potentials view reached from the menu offers its table as XLSX, the
// file is a workbook with German headers; a filtered view saved under a name is found
// again after a reload in "Gespeicherte Ansichten", opens with its filters restored,
// and is deleted. At a phone's and a laptop's size, checked with axe.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { axe, newPage, results, shot, clickMenu, settle } from "./browser.mjs";
import { suite } from "./suite.mjs";

const sizes = [
  { name: "telefon", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 720 },
];

let server, browser;
const fixture = suite();
const { contract } = fixture;

before(async () => ({ server, browser } = await fixture.ready));

/** menu clicks the menu entry, opening a collapsed menu first (phones). */
async function menu(page, label) {
  await clickMenu(page, label, "");
  await settle(page);
}

/** check asserts what every view must have: no sideways scrolling, no axe finding, no page error, no error box. */
async function check(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow} px`);
  await shot(page, "exporte-" + name);
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  assert.deepEqual(page.errors, [], `page errors on ${name}`);
  assert.equal(await page.locator("main .error").count(), 0, `${name} shows no error: ${await page.locator("main .error").allTextContents()}`);
}

for (const size of sizes) {
  describe(`Exporte und gespeicherte Ansichten (${size.name})`, () => {
    it("downloads the potentials as XLSX, saves the filtered view, finds it after a reload and opens it with its filters", async () => {
      const page = await newPage(browser, { token: server.token, contract });
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(server.url + "/karte");
      await page.locator("main h1").waitFor();
      await menu(page, "Kopplungspotenziale");

      // Filter by a legal domain; the address keeps it.
      const domain = page.locator("main select[name=legal_domain]");
      const chosen = await domain.locator("option").nth(2).getAttribute("value");
      await domain.selectOption(chosen);
      await page.waitForFunction((c) => new URLSearchParams(location.search).get("legal_domain") === c, chosen);
      await settle(page);
      await page.locator("main table").first().waitFor();
      await check(page, `potenziale-${size.name}`);

      // The download: a workbook whose sheet has German headers and the pairs the view shows.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Als Excel-Datei (XLSX)" }).click()]);
      assert.match(download.suggestedFilename(), /^netzwerkatlas-kopplungspotenziale-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const file = join(results, `exporte-${size.name}.xlsx`);
      await download.saveAs(file);
      const workbook = execFileSync("unzip", ["-p", file, "xl/workbook.xml"], { encoding: "utf8" });
      assert.match(workbook, /name="Kopplungspotenziale"/);
      const sheet = execFileSync("unzip", ["-p", file, "xl/worksheets/sheet1.xml"], { encoding: "utf8", maxBuffer: 64 << 20 });
      for (const header of ["Akteur A", "Rechtskreise B", "Potenzial", "Begründung"]) assert.ok(sheet.includes(`>${header}<`), `header ${header} in the workbook`);
      const shown = Number(/^(\d+) Paare/.exec(await page.locator("main p[role=status]").first().textContent())?.[1]);
      assert.equal(sheet.match(/<row /g).length - 1, shown, "the file holds the pairs the filtered view shows");
      await page.getByText(/Kopplungspotenziale als XLSX heruntergeladen/).waitFor();

      // Save the view under a name.
      const name = `Potenziale ${size.name} ${Date.now()}`;
      await page.locator("summary", { hasText: "Ansicht speichern" }).click();
      await page.getByLabel("Name der Ansicht").fill(name);
      await page.getByRole("button", { name: "Speichern" }).click();
      await page.getByText(`Gespeichert als „${name}“`).waitFor();
      await check(page, `gespeichert-${size.name}`);

      // After a reload, the list finds it; opening it restores the filter.
      await page.reload();
      await page.locator("main h1").waitFor();
      await settle(page);
      await menu(page, "Gespeicherte Ansichten");
      const link = page.locator("main table a", { hasText: name });
      await link.waitFor();
      await check(page, `liste-${size.name}`);
      await link.click();
      await page.waitForFunction(() => document.querySelector("main h1")?.textContent === "Kopplungspotenziale");
      await settle(page);
      assert.equal(await page.locator("main select[name=legal_domain]").inputValue(), chosen, "the saved filter is restored");
      assert.equal(new URL(page.url()).searchParams.get("legal_domain"), chosen);
      await page.locator("main table").first().waitFor();

      // Delete it again.
      await menu(page, "Gespeicherte Ansichten");
      await page.getByRole("button", { name: `Ansicht „${name}“ löschen` }).click();
      await page.locator(".confirm-inline").getByRole("button", { name: "Löschen" }).click();
      await page.getByText(`Die Ansicht „${name}“ ist gelöscht.`).waitFor();
      assert.equal(await page.locator("main table a", { hasText: name }).count(), 0);
      await page.close();
    });
  });
}
