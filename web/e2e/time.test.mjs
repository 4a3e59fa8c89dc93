// Browser tests of the network over time (issue 12): the state selector shared by the
// analysis views and the map, the Veränderungen view, the history tabs with
// "Wiederherstellen", the undo notices after an edit, a create and an import, and the
// Aktivität page; every view reached from the menu by clicking, at a phone's and a
// laptop's size, checked with axe, operated by keyboard, screenshots taken.
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { before, describe, it } from "node:test";
import { axe, newPage, results, shot, clickMenu, settle } from "./browser.mjs";
import { suite } from "./suite.mjs";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const sizes = [
  { name: "telefon", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 720 },
];

let server, browser;
const fixture = suite();
const { contract } = fixture;

before(async () => ({ server, browser } = await fixture.ready));

async function open(path, { token = server.token, size = sizes[1] } = {}) {
  const page = await newPage(browser, { token, contract });
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.goto(server.url + path);
  await page.locator("main h1").waitFor();
  return page;
}

/** menu clicks the menu entry, opening a collapsed menu first (phones). */
async function menu(page, label) {
  await clickMenu(page, label, "");
  await settle(page);
}

/** check asserts what every view must have: no horizontal scrolling, no axe finding, no page error; and takes a screenshot. */
async function check(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow} px`);
  await shot(page, "zeit-" + name);
  await page.screenshot({ path: join(results, `zeit-${name}-oben.png`) });
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  assert.deepEqual(page.errors, [], `page errors on ${name}`);
  assert.equal(await page.locator("main .error").count(), 0, `${name} shows no error: ${await page.locator("main .error").allTextContents()}`);
}

/** count reads the number at the start of a text such as "498 Kooperationen, Stand …". */
const leadingNumber = (text) => Number(/([\d.]+) Kooperation/.exec(text)?.[1].replaceAll(".", ""));

describe("Stand des Netzwerks", () => {
  it("is chosen once and kept, with the same count of cooperations, across the analysis views and the map", async () => {
    const page = await open("/karte");
    await menu(page, "Kennzahlen");
    const select = page.getByLabel("Stand des Netzwerks", { exact: true });
    await page.waitForFunction(() => document.querySelectorAll("#state-select option[value^='wave:']").length > 0);
    const waves = await select.locator("option[value^='wave:']").evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent })));
    assert.ok(waves.length >= 2, `waves to choose from: ${JSON.stringify(waves)}`);
    // The older wave, chosen by keyboard: focus the list, pick, press Enter on the button.
    const older = waves[1];
    await select.focus();
    await select.selectOption(older.value);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL(/wave=/);
    await settle(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "state-select", "the focus stays on the selector");
    const waveId = new URL(page.url()).searchParams.get("wave");
    assert.equal("wave:" + waveId, older.value);
    const line = await page.locator("main .state-line").first().textContent();
    const n = leadingNumber(line);
    assert.ok(n > 0, `Kennzahlen says its state: ${line}`);
    assert.ok(older.label.includes(`${n.toLocaleString("de-DE")} Kooperationen`), `the selector's count (${older.label}) agrees with the view (${line})`);
    const ties = await page.locator("main dl.facts dt", { hasText: "Kooperationen (Beziehungen)" }).locator("xpath=following-sibling::dd[1]").textContent();
    assert.equal(Number(ties.replaceAll(".", "").trim()), n, "the network figures count the state's cooperations");
    await check(page, "kennzahlen-welle");

    for (const label of ["Kopplungsmatrix", "Resilienz", "Kopplungspotenziale", "Sozialräume"]) {
      await menu(page, label);
      assert.equal(new URL(page.url()).searchParams.get("wave"), waveId, `${label} keeps the wave`);
      assert.equal(await page.getByLabel("Stand des Netzwerks", { exact: true }).inputValue(), older.value, `${label} shows the chosen wave`);
      const l = await page.locator("main .state-line").first().textContent();
      assert.equal(leadingNumber(l), n, `${label}: ${l}`);
    }
    await menu(page, "Netzwerkkarte");
    assert.equal(new URL(page.url()).searchParams.get("wave"), waveId, "the map keeps the wave");
    await page.locator("#network-map[data-state=ready]").waitFor();
    const count = await page.locator(".count").textContent();
    assert.equal(leadingNumber(count.split("·")[1]), n, `the map counts the state's cooperations: ${count}`);

    // Back to today: the default state, and a date through the date field.
    await page.getByLabel("Stand des Netzwerks", { exact: true }).selectOption("");
    await page.getByRole("button", { name: "Stand anzeigen" }).click();
    await page.waitForURL((u) => !u.searchParams.has("wave"));
    await page.getByLabel("Stand des Netzwerks", { exact: true }).selectOption("date");
    await page.getByLabel("Stichtag (Stand des Netzwerks)").fill("2025-13-40").catch(() => {});
    await page.getByLabel("Stichtag (Stand des Netzwerks)").fill("2025-06-30");
    await page.getByRole("button", { name: "Stand anzeigen" }).click();
    await page.waitForURL(/date=2025-06-30/);
    await page.locator("#network-map[data-state=ready]").waitFor();
    assert.match(await page.locator(".count").textContent(), /Kooperation/);
    await page.context().close();
  });
});

describe("Veränderungen", () => {
  for (const size of sizes) {
    it(`compares two waves, with the map's changes also in tables (${size.width}×${size.height})`, async () => {
      const page = await open("/karte", { size });
      await menu(page, "Veränderungen");
      await page.locator("main .state-line").waitFor();
      await settle(page);
      const summary = await page.locator("main .state-line").textContent();
      assert.match(summary, /Vergleich von .*Kooperation.* mit .*Kooperation/);
      const map = page.locator("svg.change-map");
      await map.waitFor();
      const fresh = Number(await map.getAttribute("data-new"));
      const lapsed = Number(await map.getAttribute("data-lapsed"));
      const rows = async (caption) => page.locator("table", { has: page.locator("caption", { hasText: caption }) }).locator("tbody tr").count();
      assert.equal(fresh ? await rows("Neue Kooperationen") : 0, fresh, "every new tie on the map is listed");
      assert.equal(lapsed ? await rows("Weggefallene Kooperationen") : 0, lapsed, "every lapsed tie on the map is listed");
      assert.ok(fresh + lapsed > 0, "the demo county's waves differ");
      assert.equal(await map.locator("line.tie-new").count(), fresh);
      assert.equal(await map.locator("line.tie-lapsed").count(), lapsed);
      assert.equal(await map.locator("line.tie-lapsed").first().getAttribute("stroke-dasharray"), "6 4", "lapsed ties are dashed");
      assert.match(await map.getAttribute("aria-label"), /neue Kooperationen.*weggefallene/);
      // The figures at T1 and T2 agree with the state line.
      const ties = page.locator("table.figures tr[data-code=ties] td");
      const [t1, t2] = (await ties.allTextContents()).map((t) => Number(t.replaceAll(".", "")));
      const [s1, s2] = summary.split(" mit ").map(leadingNumber);
      assert.deepEqual([t1, t2], [s1, s2], "the figures count the states' cooperations");
      assert.ok(await page.locator("#ch-pot ~ dl dt", { hasText: "Trefferquote" }).count(), "the potentials' hit rate is shown");
      await page.locator(".change-figure").screenshot({ path: join(results, `zeit-veraenderungen-karte-${size.name}.png`) });
      await page.locator("details.fold summary").first().click();
      await check(page, `veraenderungen-${size.name}`);

      // Swap T1 and T2 by keyboard-operable controls: the comparison follows the address.
      const from = await page.getByLabel("Von (T1)", { exact: true }).inputValue();
      const to = await page.getByLabel("Bis (T2)", { exact: true }).inputValue();
      await page.getByLabel("Von (T1)", { exact: true }).selectOption(to);
      await page.getByLabel("Bis (T2)", { exact: true }).selectOption(from);
      await page.getByRole("button", { name: "Vergleichen" }).press("Enter");
      await page.waitForURL((u) => u.searchParams.get("from") === to.slice(5));
      await settle(page);
      // From later to earlier is refused in German, or answered with the roles swapped.
      const error = await page.locator("main .error").count();
      if (error) assert.match(await page.locator("main .error").textContent(), /[äöüß]|vor|nach|später|früher/i);
      else assert.equal(Number(await page.locator("svg.change-map").getAttribute("data-new")), lapsed);
      await page.context().close();
    });
  }
});

describe("Verlauf und Rückgängig", () => {
  it("undoes an edit, restores a version from the history tab, undoes a create", async () => {
    const page = await open("/karte");
    await menu(page, "Daten");
    await page.getByRole("link", { name: /bearbeiten$/ }).first().click();
    const name = page.getByLabel("Name (Pflichtfeld)");
    await name.waitFor();
    const original = await name.inputValue();
    await name.fill(original + " (geändert)");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    const undo = page.getByRole("button", { name: "Rückgängig" });
    await undo.waitFor();
    assert.equal(await name.inputValue(), original + " (geändert)");
    await check(page, "rueckgaengig-bearbeiten");
    await undo.press("Enter");
    await page.locator("main .success", { hasText: "Die Änderung wurde rückgängig gemacht" }).waitFor();
    assert.equal(await page.getByLabel("Name (Pflichtfeld)").inputValue(), original, "the undo restored the previous name");

    // The history tab lists the three versions; the one with the changed name comes back.
    await page.getByRole("link", { name: "Verlauf" }).click();
    const rows = page.locator("table.history-table tbody tr");
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 3, "create (or import), edit and restore are listed");
    assert.match(await rows.first().textContent(), /wiederhergestellt/);
    const changed = rows.filter({ hasText: "(geändert)" }).filter({ has: page.getByRole("button", { name: /wiederherstellen/ }) }).first();
    const version = await changed.getAttribute("data-version");
    await changed.getByRole("button").click();
    await page.getByText(`Version ${version} vom`).waitFor();
    await check(page, "verlauf-bestaetigung");
    await page.getByRole("button", { name: `Ja, Version ${version} wiederherstellen` }).click();
    await page.locator("main .success", { hasText: `Version ${version} wurde wiederhergestellt` }).waitFor();
    await check(page, "verlauf");
    await page.getByRole("link", { name: "Bearbeiten", exact: true }).click();
    assert.equal(await page.getByLabel("Name (Pflichtfeld)").inputValue(), original + " (geändert)");
    // Put the name back for the other tests.
    await page.getByLabel("Name (Pflichtfeld)").fill(original);
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await undo.waitFor();

    // A create is undone by deleting the new entry.
    await page.getByRole("link", { name: "Zurück zur Liste" }).click();
    await page.getByRole("link", { name: "Akteur anlegen" }).click();
    await page.getByLabel("Name (Pflichtfeld)").fill("Zeitreise-Einzelanlage");
    await page.getByLabel("Akteursart").selectOption({ index: 1 });
    await page.locator("fieldset", { hasText: "Rechtskreise" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Akteur anlegen" }).click();
    await undo.waitFor();
    const id = new URL(page.url()).searchParams.get("bearbeiten");
    await undo.click();
    await page.locator("main .success", { hasText: "Das Anlegen wurde rückgängig gemacht" }).waitFor();
    const res = await page.request.get(`${server.url}/api/v1/actors/${id}`, { headers: { Authorization: "Bearer " + server.token } });
    assert.equal(res.status(), 404, "the created actor is gone");
    await page.context().close();
  });

  it("shows an actor's history on its page", async () => {
    const page = await open("/karte");
    await menu(page, "Daten");
    await page.locator("main table tbody th a").first().click();
    await page.getByRole("link", { name: "Verlauf" }).click();
    await page.locator("table.history-table tbody tr").first().waitFor();
    assert.match(await page.locator("table.history-table tbody tr").last().textContent(), /angelegt/);
    await check(page, "akteur-verlauf");
    await page.context().close();
  });

  it("reverts an import as a whole, and refuses a second revert", async () => {
    const page = await open("/daten/import");
    await page.getByLabel("Datei (Pflichtfeld)").setInputFiles(join(fixtures, "akteure-zeit.csv"));
    await page.getByRole("button", { name: "Probelauf starten" }).click();
    await page.getByRole("button", { name: "Import bestätigen" }).click();
    await page.locator(".report h2", { hasText: "Import abgeschlossen" }).waitFor();
    const batch = await page.locator(".undo[data-batch]").getAttribute("data-batch");
    assert.ok(batch, "the import names its batch");
    await page.getByRole("button", { name: "Import rückgängig machen" }).click();
    await page.getByText("Den ganzen Import zurücknehmen?").waitFor();
    await check(page, "import-rueckgaengig");
    await page.getByRole("button", { name: "Ja, Import rückgängig machen" }).click();
    await page.locator(".undo .success", { hasText: "Der Import wurde rückgängig gemacht" }).waitFor();
    const res = await page.request.get(`${server.url}/api/v1/actors?q=Zeitreise`, { headers: { Authorization: "Bearer " + server.token } });
    assert.equal((await res.json()).total, 0, "the imported actors are gone");
    const again = await page.request.post(`${server.url}/api/v1/batches/${batch}/revert`, { headers: { Authorization: "Bearer " + server.token } });
    assert.equal(again.status(), 409);

    // The Aktivität page lists the import's entries and its revert.
    await menu(page, "Aktivität");
    await page.getByLabel("Import (Kennung)").fill(batch);
    await page.getByLabel("Import (Kennung)").press("Enter");
    await page.waitForURL(/batch_id=/);
    await settle(page);
    assert.ok((await page.locator("table.activity tbody tr").count()) >= 2, "the import's actors are listed");
    await page.context().close();
  });
});

describe("Aktivität", () => {
  for (const size of sizes) {
    it(`lists the writes, filtered (${size.width}×${size.height})`, async () => {
      const page = await open("/karte", { size });
      await menu(page, "Aktivität");
      await page.locator("table.activity tbody tr").first().waitFor();
      await check(page, `aktivitaet-${size.name}`);
      await page.getByLabel("Art", { exact: true }).selectOption("actor");
      await page.getByRole("button", { name: "Filtern" }).click();
      await page.waitForURL(/kind=actor/);
      await settle(page);
      const kinds = await page.locator("table.activity tbody td:nth-child(3) .explain").allTextContents();
      assert.ok(kinds.length > 0, "the actors' writes are listed");
      assert.ok(kinds.every((k) => k === "Akteur"), `only actors: ${[...new Set(kinds)]}`);
      await page.context().close();
    });
  }

  it("is not offered to a viewer without an editor's token", async () => {
    const page = await open("/karte", { token: null });
    await settle(page);
    await page.waitForLoadState("networkidle");
    assert.equal(await page.locator("#nav a", { hasText: "Aktivität" }).count(), 0);
    await page.context().close();
  });
});
