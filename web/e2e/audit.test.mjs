// Browser tests of the audit log and the token limits (issue 18, items 3 and 6): an
// admin follows the menu to Verwaltung → Protokoll, finds an export made before,
// filters the log by action, downloads the selection as CSV, and creates a token that
// expires and may edit only one actor; the token list shows both. At a phone's and a
// laptop's size, checked with axe.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { axe, clickMenu, newPage, results, shot, settle } from "./browser.mjs";
import { suite } from "./suite.mjs";

const sizes = [
  { name: "telefon", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 720 },
];

let server, browser, actor;
const fixture = suite({ role: "admin" });
const { contract } = fixture;

/** api calls the API with the admin token. */
async function api(path) {
  const res = await fetch(server.url + "/api/v1" + path, { headers: { Authorization: "Bearer " + server.token } });
  assert.equal(res.status, 200, `GET ${path}: ${res.status}`);
  return res;
}

before(async () => {
  ({ server, browser } = await fixture.ready);
  // The export that the log must show, made before anyone opens it.
  await (await api("/exports/csv?field=health&kind=offer")).arrayBuffer();
  actor = (await (await api("/actors?limit=1")).json()).items[0];
});

/** check asserts no sideways scrolling, no axe finding, no page error, no error box, and takes a screenshot. */
async function check(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow} px`);
  await shot(page, "protokoll-" + name);
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  assert.deepEqual(page.errors, [], `page errors on ${name}`);
  assert.equal(await page.locator("main .error, main .error-summary").count(), 0, `${name} shows an error: ${await page.locator("main .error").allTextContents()}`);
}

/** inTwoWeeks returns the local day two weeks ahead as YYYY-MM-DD, and as the list shows it. */
function inTwoWeeks() {
  const d = new Date();
  d.setDate(d.getDate() + 14);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return { iso, shown: d.toLocaleDateString("de-DE", { dateStyle: "medium" }) };
}

for (const size of sizes) {
  describe(`Protokoll und Token-Grenzen (${size.name})`, () => {
    it("finds the earlier export in the log, filters it, downloads it as CSV, and creates a token with expiry and actor scope", async () => {
      const page = await newPage(browser, { token: server.token, contract });
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(server.url + "/karte");
      await page.locator("main h1").waitFor();
      await clickMenu(page, "Verwaltung", "Verwaltung");
      await settle(page);
      await page.locator("main nav.tabs a", { hasText: "Protokoll" }).click();
      await page.locator("main h1", { hasText: "Verwaltung: Protokoll" }).waitFor();
      await settle(page);

      // The export made before: who, what and with which filters.
      const exportRow = page.locator("main table.audit tbody tr", { hasText: "field=health&kind=offer" }).first();
      await exportRow.waitFor();
      assert.match(await exportRow.textContent(), /Export.*Format: csv/s);
      assert.match(await exportRow.textContent(), /e2e/);
      await check(page, `liste-${size.name}`);

      // Filter by action: only exports remain.
      await page.locator("main select[name=action]").selectOption("export");
      await page.getByRole("button", { name: "Filtern" }).click();
      await page.waitForFunction(() => [...document.querySelectorAll("main table.audit tbody tr td:nth-of-type(2)")].every((td) => td.textContent === "Export"));
      const rows = await page.locator("main table.audit tbody tr").count();
      assert.ok(rows >= 1, "the filtered log shows the export");
      assert.match(await page.locator("main p[role=status]").first().textContent(), /Eintr/);

      // Download the selection as CSV: the export is in it, with its filters.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Auswahl als CSV herunterladen" }).click()]);
      assert.match(download.suggestedFilename(), /^netzwerkatlas-protokoll-\d{4}-\d{2}-\d{2}\.csv$/);
      const file = join(results, `protokoll-${size.name}.csv`);
      await download.saveAs(file);
      const csv = readFileSync(file, "utf8");
      assert.match(csv, /^\ufeffZeitpunkt \(UTC\);Wer;Rolle;Aktion;Ziel;Format;Filter;Datei;Weitere Angaben\r\n/);
      assert.match(csv, /;Export;;csv;field=health&kind=offer;/);
      assert.doesNotMatch(csv, /Token angelegt/, "the CSV holds only the filtered action");
      await check(page, `gefiltert-${size.name}`);

      // A token that expires and may edit only one actor.
      await page.locator("main nav.tabs a", { hasText: "API-Tokens" }).click();
      await page.locator("main h1", { hasText: "Verwaltung: API-Tokens" }).waitFor();
      await settle(page);
      const name = `Träger ${size.name}`;
      await page.getByLabel("Name").fill(name);
      await page.getByLabel("Rolle").selectOption("editor");
      const until = inTwoWeeks();
      await page.getByLabel("Gültig bis (freiwillig)").fill(until.iso);
      const combo = page.getByRole("combobox", { name: "Nur für Akteur (freiwillig)" });
      await combo.fill(actor.name);
      await page.getByRole("option", { name: actor.name, exact: true }).click();
      assert.equal(await combo.inputValue(), actor.name);
      await page.getByRole("button", { name: "Token anlegen" }).click();
      await page.locator("main .secret-box h3", { hasText: name }).waitFor();
      const row = page.locator(`main table.tokens tbody tr`, { hasText: name });
      await row.waitFor();
      const text = await row.textContent();
      assert.ok(text.includes(actor.name), `the list shows the actor: ${text}`);
      assert.ok(text.includes(until.shown), `the list shows the expiry ${until.shown}: ${text}`);
      await check(page, `token-${size.name}`);

      // The token as stored: scoped, expiring at the end of the chosen day.
      const stored = (await (await api("/tokens")).json()).items.find((t) => t.name === name);
      assert.equal(stored.actor_id, actor.id);
      const end = new Date(`${until.iso}T23:59:59.999`);
      assert.equal(new Date(stored.expires_at).getTime(), end.getTime());
      await page.close();
    });
  });
}
