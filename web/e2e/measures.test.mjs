// Browser tests of the measures (Maßnahmen) against the real server with the demo
// county: the list reached from the menu with each measure's status and evaluation,
// a measure made from a coupling potential and one from a gap ("Maßnahme anlegen" on
// those views, the form filled from the row), and deleting one, at a phone's and a
// laptop's size.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { axe, newPage, shot, clickMenu } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser;
const fixture = suite();
const { contract } = fixture;
const sizes = [
  { name: "telefon", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 720 },
];

before(async () => ({ server, browser } = await fixture.ready));

/** api reads an answer of the API as the editor. */
const api = (path) => server.read(path);

/** checkPage asserts that the page does not scroll sideways, passes axe, had no errors, and takes its screenshot. */
async function checkPage(page, name) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${name}: the page scrolls sideways (${scroll} px wide in ${client} px)`);
  await shot(page, name);
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  assert.deepEqual(page.errors, [], `page errors on ${name}`);
}

async function open(size) {
  const page = await newPage(browser, { token: server.token, contract });
  await page.setViewportSize(size);
  await page.goto(server.url + "/karte");
  return page;
}

/** measureRows returns the texts of the rows of the measures' table. */
async function measureRows(page) {
  await page.locator("main table caption", { hasText: "Maßnahmen" }).waitFor();
  return page.locator("main table tbody tr").allTextContents();
}

/** save submits the measure's form, filled from a link, and waits until it is stored. */
async function save(page) {
  await page.locator("main h2", { hasText: "Maßnahme anlegen" }).waitFor();
  await page.locator("main form button[type=submit]").click();
  await page.locator("main h2", { hasText: "Maßnahme bearbeiten" }).waitFor();
  return new URL(page.url()).searchParams.get("bearbeiten");
}

describe("Maßnahmen", () => {
  it("lists the demo county's measures with their evaluation", async () => {
    const { evaluations } = await api("/analysis/measures");
    const measures = (await api("/measures?limit=1000")).items;
    assert.ok(evaluations.some((e) => e.outcome === "realised") && evaluations.some((e) => e.outcome === "not_realised"), "the demo has realised and open measures");
    for (const size of sizes) {
      const page = await open(size);
      await clickMenu(page, "Maßnahmen");
      const rows = await measureRows(page);
      assert.equal(rows.length, measures.length);
      for (const e of evaluations) {
        const m = measures.find((x) => x.id === e.measure_id);
        const row = rows.find((r) => r.includes(m.title));
        assert.ok(row, `a row for ${m.title}`);
        assert.ok(row.includes(e.text) && row.includes(m.status), `the row of ${m.title} shows its status and evaluation: ${row}`);
      }
      assert.ok(rows.some((r) => /besteht seit Erhebung Herbst 2026\./.test(r)), "a realised measure says since when");
      assert.ok(rows.some((r) => /ist bis Erhebung Herbst 2026 nicht entstanden\./.test(r)), "an open one says so");
      await checkPage(page, `massnahmen-liste-${size.name}`);
      await page.context().close();
    }
  });

  it("makes a measure from a coupling potential and from a gap, and deletes one", async () => {
    const before = (await api("/measures?limit=1000")).total;
    // From the first potential, at the phone's size.
    let page = await open(sizes[0]);
    await clickMenu(page, "Kopplungspotenziale");
    const link = page.locator("main table tbody tr").first().getByRole("link", { name: /^Maßnahme anlegen: / });
    await checkPage(page, "massnahme-potenziale-telefon");
    const label = await link.getAttribute("aria-label");
    await link.click();
    assert.equal(await page.locator("select[name='origin.kind']").inputValue(), "potential");
    await checkPage(page, "massnahme-aus-potenzial-telefon");
    const fromPotential = await save(page);
    const stored = await api(`/measures/${fromPotential}`);
    const [, a, b] = label.match(/^Maßnahme anlegen: (.*) und (.*)$/);
    assert.equal(stored.title, `${a} und ${b} zusammenbringen`);
    assert.equal(stored.origin.kind, "potential");
    assert.deepEqual([...stored.actors].sort(), [stored.origin.from, stored.origin.to].sort());
    await page.context().close();

    // From the first gap in a field of action, at the laptop's size.
    page = await open(sizes[1]);
    await clickMenu(page, "Angebotslücken");
    await page.locator("main table caption", { hasText: "Gefundene Lücken" }).waitFor();
    await checkPage(page, "massnahme-luecken-laptop");
    await page.getByRole("link", { name: /^Maßnahme anlegen: / }).first().click();
    assert.equal(await page.locator("select[name='origin.kind']").inputValue(), "gap");
    await checkPage(page, "massnahme-aus-luecke-laptop");
    const fromGap = await save(page);
    const gap = await api(`/measures/${fromGap}`);
    assert.ok(gap.origin.social_space_id && gap.origin.field && !gap.origin.from, JSON.stringify(gap.origin));

    // Both are listed, not yet evaluated: no wave has followed them.
    await clickMenu(page, "Maßnahmen");
    let rows = await measureRows(page);
    assert.equal(rows.length, before + 2);
    const row = rows.find((r) => r.includes(gap.title));
    assert.ok(row.includes("noch offen") && row.includes("noch keine weitere Erhebungswelle"), row);
    await checkPage(page, "massnahmen-neu-laptop");

    // Deleted after the confirmation.
    await page.getByRole("button", { name: `${gap.title} löschen`, exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    assert.deepEqual(await axe(page), [], "axe on the confirmation");
    await dialog.getByRole("button", { name: "Maßnahme löschen" }).click();
    await page.locator("main .success", { hasText: "wurde gelöscht" }).waitFor();
    // The list is drawn anew after the deletion; wait until it has one row less.
    await page.waitForFunction((n) => document.querySelectorAll("main table tbody tr").length === n, before + 1);
    rows = await measureRows(page);
    assert.equal(rows.length, before + 1);
    assert.equal((await fetch(server.url + `/api/v1/measures/${fromGap}`, { headers: { Authorization: `Bearer ${server.token}` } })).status, 404);
    await page.context().close();
  });
});
