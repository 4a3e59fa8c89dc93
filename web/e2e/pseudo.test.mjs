// Browser tests of pseudonymisation (issue 18, item 4): the report view and the data
// view, reached through the menu, have the box "Geschützte Akteure pseudonymisieren";
// ticked, the report's preview says it is pseudonymised and names no self-help group,
// and the GraphML export names each self-help group by a pseudonym only. A viewer of an
// installation that pseudonymises viewers (NETZWERKATLAS_PSEUDONYMIZE_VIEWERS=1) finds
// the self-help groups in the data view under their pseudonyms only. At a phone's and
// a laptop's size, checked with axe.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, afterEach, before, describe, it } from "node:test";
import { axe, clickMenu, launch, newPage, results, shot, settle } from "./browser.mjs";
import { loadContract } from "./contract.mjs";
import { startServer } from "./server.mjs";

const sizes = [
  { name: "telefon", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 720 },
];

/** pseudonym is the name of a pseudonymised self-help group. */
const pseudonym = /^Selbsthilfegruppe [0-9A-HJKMNP-TV-Z]{6}$/;

let editor, viewer, browser;
/** names are the real names of the demo county's self-help groups. */
let names = [];
const contract = { check: null, violations: [], checked: 0 };

before(async () => {
  editor = await startServer();
  process.env.NETZWERKATLAS_PSEUDONYMIZE_VIEWERS = "1";
  try {
    viewer = await startServer({ role: "viewer" });
  } finally {
    delete process.env.NETZWERKATLAS_PSEUDONYMIZE_VIEWERS;
  }
  browser = await launch();
  contract.check = await loadContract(editor.url);
  const res = await fetch(editor.url + "/api/v1/actors?actor_kind=self_help&limit=1000", { headers: { Authorization: "Bearer " + editor.token } });
  names = (await res.json()).items.map((a) => a.name);
  assert.ok(names.length >= 5, `the demo county has ${names.length} self-help groups`);
});
afterEach(() => {
  assert.deepEqual(contract.violations.splice(0), [], "API answers that the OpenAPI document does not describe");
});
after(async () => {
  await browser?.close();
  await editor?.stop();
  await viewer?.stop();
});

/** check asserts what every view must have: no sideways scrolling, no axe finding, no page error, no error box. */
async function check(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow} px`);
  await shot(page, "pseudo-" + name);
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  assert.deepEqual(page.errors, [], `page errors on ${name}`);
  assert.equal(await page.locator("main .error").count(), 0, `${name} shows no error: ${await page.locator("main .error").allTextContents()}`);
}

/** realNames returns the real self-help group names found in text. */
function realNames(text) {
  return names.filter((n) => text.includes(n));
}

for (const size of sizes) {
  describe(`Pseudonymisierung (${size.name})`, () => {
    it("makes the report with pseudonyms", async () => {
      const page = await newPage(browser, { token: editor.token, contract });
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(editor.url + "/karte");
      await page.locator("main h1").waitFor();
      await clickMenu(page, "Bericht", "Bericht für die Steuerungsgruppe");
      await settle(page);
      await page.locator("main .report-preview").waitFor({ timeout: 60_000 });
      assert.equal(await page.locator("main .report-preview", { hasText: "Geschützte Akteure sind pseudonymisiert" }).count(), 0, "the report is pseudonymised before the box is ticked");

      await page.getByLabel("Geschützte Akteure pseudonymisieren").check();
      await page.getByRole("button", { name: "Bericht erstellen" }).click();
      await page.waitForFunction(() => new URLSearchParams(location.search).get("pseudonymize") === "true");
      await page.locator("main .report-preview", { hasText: "Geschützte Akteure sind pseudonymisiert" }).waitFor({ timeout: 60_000 });
      assert.ok(await page.getByLabel("Geschützte Akteure pseudonymisieren").isChecked(), "the box stays ticked");
      const preview = await page.locator("main .report-preview").innerText();
      assert.deepEqual(realNames(preview), [], "the preview names self-help groups");
      await check(page, `bericht-${size.name}`);
    });

    it("exports GraphML with pseudonyms from the data view", async () => {
      const page = await newPage(browser, { token: editor.token, contract });
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(editor.url + "/karte");
      await page.locator("main h1").waitFor();
      await clickMenu(page, "Daten", "Daten");
      await settle(page);
      await page.getByLabel("Geschützte Akteure pseudonymisieren").check();
      await check(page, `daten-${size.name}`);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "GraphML herunterladen" }).click()]);
      const file = join(results, `pseudo-${size.name}.graphml`);
      await download.saveAs(file);
      const text = readFileSync(file, "utf8");
      const found = new Set(text.match(new RegExp(pseudonym.source.slice(1, -1), "g")) ?? []);
      assert.equal(found.size, names.length, "each self-help group has its own pseudonym in the file");
      assert.deepEqual(realNames(text), [], "the export names self-help groups");
    });

    it("shows a pseudonymised viewer only pseudonyms", async () => {
      const page = await newPage(browser, { token: viewer.token, contract });
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(viewer.url + "/karte");
      await page.locator("main h1").waitFor();
      await clickMenu(page, "Daten", "Daten");
      await settle(page);
      await page.locator("#data-q").fill("Selbsthilfegruppe");
      await page.getByRole("search").getByRole("button", { name: "Suchen" }).click();
      await page.locator("main table tbody tr").first().waitFor();
      await page.waitForFunction(() => [...document.querySelectorAll("main table tbody tr")].every((r) => r.textContent.includes("Selbsthilfegruppe")));
      await settle(page);
      const rows = await page.locator("main table tbody tr").allInnerTexts();
      assert.ok(rows.length >= 5, `${rows.length} rows`);
      for (const r of rows) assert.match(r, /Selbsthilfegruppe [0-9A-HJKMNP-TV-Z]{6}\b/);
      assert.deepEqual(realNames(await page.locator("main").innerText()), [], "the viewer sees self-help group names");
      await check(page, `betrachter-${size.name}`);
    });
  });
}
