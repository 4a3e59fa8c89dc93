// Browser tests of the import with real files and of the Datenqualität worklist, at a
// phone's and a laptop's size: the import page is reached from the menu, a foreign
// column is mapped by drop-down, a changed file withdraws the confirmation, Gephi's
// Les Misérables comes in "nicht zugeordnet", and several actors are classified at once.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { axe, newPage, shot, clickMenu } from "./browser.mjs";
import { suite } from "./suite.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const testdata = join(here, "..", "..", "importers", "testdata");
const fixtures = join(here, "fixtures");

let server, browser, dir;
const fixture = suite();
const { contract } = fixture;

before(async () => {
  ({ server, browser } = await fixture.ready);
  // Playwright uploads a file under its own name: copy Gephi's file to a plain one.
  dir = mkdtempSync(join(tmpdir(), "nza-import-"));
  copyFileSync(join(testdata, "gephi_les_miserables.gexf"), join(dir, "les-miserables.gexf"));
});
after(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sizes = [
  { name: "telefon", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 720 },
];

/** fitsWidth asserts that the page does not scroll sideways. */
async function fitsWidth(page, what) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${what} scrolls sideways: ${scroll} > ${client}`);
}

async function checked(page, name) {
  await fitsWidth(page, name);
  await shot(page, name);
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  assert.deepEqual(page.errors, [], `page errors on ${name}`);
}

for (const size of sizes) {
  describe(`Import und Datenqualität (${size.width}×${size.height})`, () => {
    it("maps a column by drop-down, needs a new dry run after a change, imports Gephi's file and classifies several actors at once", async () => {
      const page = await newPage(browser, { token: server.token, contract });
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(server.url + "/karte");
      await page.locator("main h1").waitFor();
      await clickMenu(page, "Import", "Daten importieren");
      const file = page.getByLabel("Datei (Pflichtfeld)");

      // A foreign table: its name column is unknown until mapped by drop-down.
      await file.setInputFiles(join(fixtures, "akteure-fremd.csv"));
      await page.getByRole("button", { name: "Probelauf starten" }).click();
      await page.locator(".report.failed").waitFor();
      assert.match(await page.locator("table.issues tbody").textContent(), /Die Spalte „Name“ fehlt/);
      const column = page.getByLabel("Spalte „Einrichtungsname“");
      await column.selectOption({ label: "Name" });
      assert.equal(await page.getByRole("button", { name: "Import bestätigen" }).count(), 0);
      await page.getByRole("button", { name: "Probelauf starten" }).click();
      await page.locator(".report.ok").waitFor();
      // "SGB 9" is read as SGB IX, with a note that says so.
      assert.match(await page.locator("table.issues").last().textContent(), /„SGB 9“ wurde als „SGB IX“ \(sgb9\) gelesen/);
      assert.equal(await page.getByLabel("Spalte „Einrichtungsname“").inputValue(), "name");
      await page.getByLabel("Name der Zuordnung").fill(`Fremde Liste ${size.name}`);
      await page.getByRole("button", { name: "Zuordnung speichern" }).click();
      await page.getByText(`Die Zuordnung „Fremde Liste ${size.name}“ ist gespeichert`).waitFor();
      await checked(page, `import-zuordnung-${size.name}`);

      // The file changes: the confirmation is withdrawn until a new dry run.
      assert.equal(await page.getByRole("button", { name: "Import bestätigen" }).count(), 1);
      await file.setInputFiles(join(dir, "les-miserables.gexf"));
      assert.equal(await page.getByRole("button", { name: "Import bestätigen" }).count(), 0, "no confirmation for a file not checked");
      await page.getByRole("button", { name: "Probelauf starten" }).click();
      await page.locator(".report.ok").waitFor();
      const actors = await page.locator("table.counts tbody tr[data-kind=actor] td").allTextContents();
      assert.equal(actors[0], "77", "Gephi's 77 characters are read");
      assert.match(await page.locator(".report").textContent(), /„nicht zugeordnet“ übernommen/);
      await checked(page, `import-probelauf-${size.name}`);
      await page.getByRole("button", { name: "Import bestätigen" }).click();
      await page.locator(".report h2", { hasText: "Import abgeschlossen" }).waitFor();

      // The saved mapping is offered on the next visit.
      await page.reload();
      await page.locator("main h1").waitFor();
      const saved = await page.getByLabel("Gespeicherte Spaltenzuordnung").locator("option").allTextContents();
      assert.ok(saved.includes(`Fremde Liste ${size.name}`), `saved mappings: ${saved.join(", ")}`);

      // Datenqualität: the characters are listed; three are classified at once.
      await clickMenu(page, "Datenqualität");
      const heading = page.locator("h2#unassigned-h");
      await heading.waitFor();
      const before = Number((await heading.textContent()).match(/\((\d+)\)/)[1]);
      assert.ok(before >= 3, `${before} unassigned actors`);
      const boxes = page.locator("form.classify ul.check-list").first().locator("input[type=checkbox]");
      const names = [];
      for (let i = 0; i < 3; i++) {
        await boxes.nth(i).check();
        names.push((await page.locator(`label[for="${await boxes.nth(i).getAttribute("id")}"]`).textContent()).split(" – ")[0]);
      }
      await page.getByText("3 ausgewählt.").waitFor();
      await page.getByLabel("Akteursart für die Ausgewählten").selectOption({ label: "Verein" });
      await page.getByRole("group", { name: "Rechtskreise für die Ausgewählten" }).getByLabel("Zivilgesellschaft").check();
      await checked(page, `datenqualitaet-${size.name}`);
      await page.getByRole("button", { name: "Zuordnung speichern" }).click();
      await page.getByText("3 Akteure wurden zugeordnet.").waitFor();
      assert.match(await heading.textContent(), new RegExp(`\\(${before - 3}\\)`));
      const listed = await page.locator("form.classify ul.check-list").first().textContent();
      for (const n of names) assert.ok(!listed.includes(n + " – "), `${n} is no longer listed`);
      await checked(page, `datenqualitaet-gespeichert-${size.name}`);
      await page.context().close();
    });
  });
}
