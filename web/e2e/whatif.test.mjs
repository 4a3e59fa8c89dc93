// Browser tests of "Was wäre, wenn" (issue 17, item 4): reached from the menu at a
// phone's and a laptop's size, a tie added by keyboard only through the actor
// search, one taken from the top coupling potentials, an actor removed; the figures
// before and after equal the API's what-if answer, changed matrix cells are marked in
// text; the potentials view opens it with its pair; a scenario is saved, opened and
// deleted; nothing is written to the network. axe on every state, screenshots taken.
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { axe, clickMenu, newPage, results, shot, settle } from "./browser.mjs";
import { suite } from "./suite.mjs";

const sizes = [
  { name: "telefon", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 720 },
];

let server, browser;
const fixture = suite();
const { contract } = fixture;

before(async () => ({ server, browser } = await fixture.ready));

/** api calls the server with the test's token. */
async function api(method, path, body) {
  const res = await fetch(server.url + "/api/v1" + path, {
    method,
    headers: { Authorization: "Bearer " + server.token, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, data: text ? JSON.parse(text) : null };
}

async function open(path, size) {
  const page = await newPage(browser, { token: server.token, contract });
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.goto(server.url + path);
  await page.locator("main h1").waitFor();
  return page;
}

/** menu follows the menu entry (clickMenu) and waits until the view has loaded. */
async function menu(page, label) {
  await clickMenu(page, label, "");
  await settle(page);
}

/** check asserts: no sideways scrolling, no axe finding, no page error, no error box; and takes screenshots. */
async function check(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow} px`);
  await shot(page, "whatif-" + name);
  await page.screenshot({ path: join(results, `whatif-${name}-oben.png`) });
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  assert.deepEqual(page.errors, [], `page errors on ${name}`);
  assert.equal(await page.locator("main .error").count(), 0, `${name} shows no error: ${await page.locator("main .error").allTextContents()}`);
}

/** figures reads the table "Kennzahlen vorher und nachher" as {code: [before, after]} (texts). */
function figures(page) {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll("#wi-figures tbody tr")].map((tr) => [tr.dataset.code, [tr.cells[1].textContent, tr.cells[2].textContent]])),
  );
}

const de = (n, digits = 3) => n.toLocaleString("de-DE", { maximumFractionDigits: Number.isInteger(n) ? 0 : digits });

/** chooseByKeyboard types into the focused search field and takes the first suggestion with ↓ and Enter. */
async function chooseByKeyboard(page, text) {
  await page.keyboard.type(text);
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-expanded") === "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
}

/** revision is the network's revision, as the what-if answers state it. */
async function networkTies() {
  const { data } = await api("GET", "/analysis/network");
  return data.ties;
}

describe("Was wäre, wenn", () => {
  for (const size of sizes) {
    it(`adds a tie by keyboard, one from the potentials and removes an actor (${size.name})`, async () => {
      const tiesBefore = await networkTies();
      const { data: pot } = await api("GET", "/analysis/coupling-potentials?limit=12");
      // A pair beyond the eight the view offers, to be chosen by hand.
      const pair = pot.potentials[10];
      const page = await open("/karte", size);
      await menu(page, "Was wäre, wenn");
      assert.match(await page.locator("#main [role=status]").first().innerText(), /Noch keine Änderung/);
      await check(page, `${size.name}-leer`);

      // Keyboard only: Tab to "Akteur A", choose both actors from the suggestions, submit with Enter.
      await page.locator("main h1").focus();
      for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.getAttribute("name") === "whatif_a")); i++) await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "whatif_a", "Tab reaches Akteur A");
      await chooseByKeyboard(page, pair.a.name);
      assert.equal(await page.getByRole("combobox", { name: "Akteur A" }).inputValue(), pair.a.name);
      await page.keyboard.press("Tab");
      await chooseByKeyboard(page, pair.b.name);
      await check(page, `${size.name}-suche`);
      await page.keyboard.press("Tab"); // Art
      await page.keyboard.press("Tab"); // Intensität
      await page.keyboard.press("Tab"); // the button
      await page.keyboard.press("Enter");
      await page.waitForSelector("#wi-figures");
      assert.match(await page.locator("ul.proposal").first().innerText(), new RegExp(`${pair.a.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} – `));
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "whatif_a", "the focus returns to Akteur A");

      // One of the top potentials with one click.
      const first = pot.potentials[0];
      await page.getByRole("button", { name: `Kooperation ${first.a.name} – ${first.b.name} hinzufügen` }).click();
      await page.waitForFunction(() => document.querySelectorAll("ul.proposal")[0].children.length === 2 && document.querySelector("#wi-figures"));

      // Remove the most critical actor that is in no proposed tie.
      const { data: res } = await api("GET", "/analysis/resilience");
      const gone = res.actors.find((a) => ![pair.a.id, pair.b.id, first.a.id, first.b.id].includes(a.id));
      await page.getByRole("combobox", { name: "Akteur", exact: true }).fill(gone.name);
      await page.locator("[role=option]", { hasText: gone.name }).first().click();
      await page.getByRole("button", { name: "Wegfallen lassen" }).click();
      await page.waitForFunction((n) => document.querySelectorAll("ul.proposal")[1].textContent.includes(n + " fällt weg") && document.querySelector("#wi-figures"), gone.name);
      await settle(page);

      // The page shows the API's answer for the proposal in the address.
      const url = new URL(page.url());
      assert.equal(url.searchParams.getAll("plus").length, 2);
      assert.deepEqual(url.searchParams.getAll("minus"), [gone.id]);
      const proposal = {
        add: [
          { from: pair.a.id, to: pair.b.id, kinds: ["information"], intensity: 2 },
          { from: first.a.id, to: first.b.id, kinds: ["information"], intensity: 2 },
        ],
        remove: [gone.id],
      };
      const { status, data: wi } = await api("POST", "/analysis/what-if", proposal);
      assert.equal(status, 200);
      const shown = await figures(page);
      for (const code of ["actors", "ties", "components", "cross_domain_ties", "weak_domain_pairs", "articulation_points"]) {
        assert.deepEqual(shown[code], [de(wi.before[code]), de(wi.after[code])], code);
      }
      assert.deepEqual(shown.connected_share, [de(wi.before.connected_share * 100, 1) + " %", de(wi.after.connected_share * 100, 1) + " %"]);
      // Changed cells: marked with "Δ" and a text, and listed in words.
      const changedCells = await page.locator("table.heatmap td.changed").count();
      assert.ok(changedCells > 0, "some coupling cell changes");
      assert.match(await page.locator("table.heatmap td.changed .sr-only").last().textContent(), /verändert: vorher \d+ Kooperationen/);
      assert.match(await page.locator("#wi-cells").innerText(), /Veränderte Zellen \(\d+\)/);
      assert.equal(await page.locator("main h4", { hasText: "Vorher" }).count(), 1);
      await check(page, `${size.name}-wirkung`);
      assert.equal(await networkTies(), tiesBefore, "nothing is written to the network");
      await page.context().close();
    });
  }

  it("opens from the potentials view with the pair added", async () => {
    const page = await open("/karte", sizes[1]);
    await menu(page, "Kopplungspotenziale");
    const link = page.getByRole("link", { name: /im Was-wäre-wenn prüfen$/ }).first();
    const label = await link.getAttribute("aria-label");
    await link.click();
    await page.waitForFunction(() => document.querySelector("#nav a[aria-current=page]")?.textContent === "Was wäre, wenn");
    await page.waitForSelector("#wi-figures");
    const pair = label.replace(/^Kooperation /, "").replace(/ im Was-wäre-wenn prüfen$/, "");
    assert.match(await page.locator("ul.proposal").first().innerText(), new RegExp(pair.split(" – ")[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    assert.match(await page.locator("#wi-figures tr[data-code=ties]").innerText(), /\+1/);
    await check(page, "aus-potenzialen");
    await page.context().close();
  });

  it("keeps a scenario under a name, opens and deletes it", async () => {
    const page = await open("/karte", sizes[0]);
    await menu(page, "Kopplungspotenziale");
    await page.getByRole("link", { name: /im Was-wäre-wenn prüfen$/ }).first().click();
    await page.waitForSelector("#wi-figures");
    const wanted = await page.locator("ul.proposal").first().innerText();
    await page.getByLabel("Name des Szenarios").fill("Prüfung Jobcenter");
    await page.getByRole("button", { name: "Szenario speichern" }).click();
    await page.locator("ul.scenarios li", { hasText: "Prüfung Jobcenter" }).waitFor();
    // The same name again is refused, in German, at the field.
    await page.getByLabel("Name des Szenarios").fill("prüfung jobcenter");
    await page.getByRole("button", { name: "Szenario speichern" }).click();
    await page.locator("#wi-name-err:not([hidden])").waitFor();
    assert.match(await page.locator("#wi-name-err").innerText(), /gibt es schon/);
    await check(page, "szenario-doppelt");

    // Leave, come back through the menu (empty proposal), open the scenario.
    await menu(page, "Kopplungspotenziale");
    await menu(page, "Was wäre, wenn");
    await page.locator("ul.scenarios li").first().waitFor();
    await page.getByRole("button", { name: "Szenario „Prüfung Jobcenter“ öffnen" }).click();
    await page.waitForSelector("#wi-figures");
    assert.equal(await page.locator("ul.proposal").first().innerText(), wanted);
    await check(page, "szenario-offen");

    await page.locator("ul.scenarios li").first().waitFor();
    await page.getByRole("button", { name: "Szenario „Prüfung Jobcenter“ löschen" }).click();
    await page.locator("dialog.confirm").getByRole("button", { name: "Löschen" }).click();
    await page.waitForFunction(() => !document.querySelector("ul.scenarios"));
    assert.equal((await api("GET", "/analysis/what-if/scenarios")).data.items.length, 0);
    await page.context().close();
  });
});
