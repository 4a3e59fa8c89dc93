// Browser tests of the report for the steering group and the Sozialraumprofil (issue
// 17): reached from the menu, previewed inline with the numbers of the changes
// analysis, downloaded as PDF, narrowed to a social space; the profile reached from
// the Sozialräume view; axe-core on each, screenshots taken.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { before, describe, it } from "node:test";
import { axe, clickMenu, newPage, noSideScroll, settle, shot } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser;
const fixture = suite();
const { contract } = fixture;

before(async () => ({ server, browser } = await fixture.ready));

async function open(path) {
  const page = await newPage(browser, { token: server.token, contract });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url + path);
  await page.locator("main h1").waitFor();
  return page;
}

/** menu clicks the menu entry and waits until the view has loaded. */
async function menu(page, label) {
  await clickMenu(page, label, "");
  await settle(page);
}

/** api reads an answer of the API as the editor. */
const api = (path) => server.read(path);

/** row returns the cells of the preview's table row headed label. */
function row(page, label) {
  return page.locator(".report-preview tr", { has: page.locator(`th[scope=row]`, { hasText: new RegExp(`^${label}$`) }) }).first().locator("td").allTextContents();
}

describe("Bericht für die Steuerungsgruppe", () => {
  it("shows the report of the two newest waves with the numbers of the changes, accessible, and downloads its PDF", async () => {
    const page = await open("/karte");
    await menu(page, "Bericht");
    const preview = page.locator(".report-preview");
    await preview.locator("h2", { hasText: "Bericht für die Steuerungsgruppe" }).waitFor();
    const waves = (await api("/analysis/states")).states;
    const changes = await api(`/analysis/changes?from=${waves[1].wave_id}&to=${waves[0].wave_id}`);
    const ties = await row(page, "Kooperationen");
    assert.deepEqual(ties.slice(0, 2), [String(changes.network.from.ties), String(changes.network.to.ties)]);
    const summary = await preview.locator("ul.summary li").allTextContents();
    assert.ok(summary.length >= 5 && summary.length <= 8, `Kurzfassung of ${summary.length} sentences`);
    assert.equal(summary[0], changes.summary[0]);
    // The newest wave has the demo county's partner survey; its rate is the analyses' one.
    const { state } = await api(`/analysis/network?wave=${waves[0].wave_id}`);
    assert.match(await preview.textContent(), new RegExp(`Rücklaufquote zum .*: ${Math.round(100 * state.coverage.rate)} %\\.`));
    assert.equal(await preview.locator("svg[role=img] title").count(), await preview.locator("figure").count());
    await shot(page, "bericht");
    assert.deepEqual(await axe(page), [], "axe on the report");
    assert.deepEqual(page.errors, []);

    const [pdf] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("link", { name: "Als PDF herunterladen" }).click()]);
    assert.match(pdf.suggestedFilename(), /^bericht-\d{4}-\d{2}-\d{2}\.pdf$/);
    const [word] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("link", { name: "Als Word-Dokument herunterladen" }).click()]);
    assert.match(word.suggestedFilename(), /^bericht-\d{4}-\d{2}-\d{2}\.docx$/);
    const docx = await readFile(await word.path());
    assert.equal(docx.subarray(0, 2).toString(), "PK", "a zip package");

    // Narrowed to one social space: the report holds its profile.
    const space = page.getByLabel("Sozialraum", { exact: true });
    const option = await space.locator("option").nth(2).textContent();
    await space.selectOption({ label: option });
    await page.getByRole("button", { name: "Bericht erstellen" }).click();
    await preview.locator("h3", { hasText: "Sozialraumprofil " + option.trim() }).waitFor({ timeout: 60_000 });
    assert.match(page.url(), /social_space=/);
    assert.deepEqual(await axe(page), [], "axe on the report of one social space");
  });
});

describe("Sozialraumprofil", () => {
  it("opens from the Sozialräume view with the space's figures, accessible", async () => {
    const page = await open("/karte");
    await menu(page, "Sozialräume");
    const link = page.locator("table a[href^='/sozialraeume/']").first();
    const name = (await link.textContent()).trim();
    await link.click();
    await page.locator("main h1", { hasText: "Sozialraumprofil " + name }).waitFor();
    const preview = page.locator(".report-preview");
    await preview.locator("h4", { hasText: "Netzwerk im Sozialraum" }).waitFor({ timeout: 60_000 });
    const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
    const figures = (await api("/analysis/social-spaces")).social_spaces.find((s) => s.social_space === id);
    assert.equal((await row(page, "Kooperationen"))[0], String(figures.ties));
    await shot(page, "sozialraumprofil");
    assert.deepEqual(await axe(page), [], "axe on the profile");
    // Pseudonymised: the profile says so, and its downloads ask for it too.
    await page.getByLabel("Geschützte Akteure pseudonymisieren").check();
    await preview.locator("p", { hasText: "Geschützte Akteure sind pseudonymisiert" }).waitFor({ timeout: 60_000 });
    assert.match(await page.getByRole("link", { name: "Als PDF herunterladen" }).getAttribute("href"), /pseudonymize=true/);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "sozialraumprofil-pseudonymisiert-390");
    await noSideScroll(page, "the pseudonymised profile at 390 px");
    assert.deepEqual(await axe(page), [], "axe on the pseudonymised profile");
    assert.deepEqual(page.errors, []);
  });
});
