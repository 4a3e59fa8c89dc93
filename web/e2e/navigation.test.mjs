// Browser tests of the navigation: every menu entry and every "back" link, clicked as a
// person clicks them, at a phone's size (390×844, the menu behind its "Menü" button),
// at 400 % zoom (320 CSS px) and on a desktop (1280×720). Each view must load (its
// heading, no error, no console error) without making the page scroll sideways, and
// pass axe.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { axe, newPage, noSideScroll, shot, settle } from "./browser.mjs";
import { suite } from "./suite.mjs";

const fixture = suite({ role: "admin" }, { contract: false });
let server, browser;

before(async () => ({ server, browser } = await fixture.ready));

const sizes = [
  { name: "phone", width: 390, height: 844, axe: true },
  { name: "zoom400", width: 320, height: 256, axe: false },
  { name: "desktop", width: 1280, height: 720, axe: true },
];

/** open starts a page with the admin token (who sees every menu entry) at the size. */
async function open(size, path = "/karte") {
  const page = await newPage(browser, { token: server.token });
  page.consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && page.consoleErrors.push(m.text()));
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.goto(server.url + path);
  await page.locator("main h1").waitFor();
  return page;
}

/** openMenu opens the "Menü" disclosure when the menu is folded (narrow screens). */
async function openMenu(page) {
  const toggle = page.getByRole("button", { name: "Menü" });
  if (await toggle.isVisible()) {
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  }
  await page.locator("#nav").waitFor({ state: "visible" });
}

/** checkView asserts that the view loaded cleanly and fits the window. */
async function checkView(page, size, label) {
  await settle(page);
  assert.ok((await page.locator("main h1").textContent()).trim(), `${label} has a heading`);
  assert.equal(await page.locator("main .error, main .error-summary:not([hidden])").count(), 0, `${label} shows no error`);
  assert.doesNotMatch(await page.locator("main").textContent(), /Cannot read|undefined|TypeError/, `${label} shows no script error`);
  await noSideScroll(page, `${label} at ${size.width} px`);
  assert.deepEqual(page.errors, [], `page errors on ${label}`);
  assert.deepEqual(page.consoleErrors, [], `console errors on ${label}`);
}

for (const size of sizes) {
  describe(`Menü bei ${size.width}×${size.height}`, () => {
    it("opens every view by clicking its menu entry", async () => {
      const page = await open(size);
      const toggle = page.getByRole("button", { name: "Menü" });
      assert.equal(await toggle.isVisible(), size.width < 900, "the menu folds behind a button only on narrow screens");
      await openMenu(page);
      // Entries that leave the web interface (the public directory) have their own tests.
      const labels = await page.locator("#nav a[data-link]").allTextContents();
      for (const want of ["Netzwerkkarte", "Daten", "Verwaltung", "Anmeldung"]) assert.ok(labels.includes(want), `menu has ${want}: ${labels.join(", ")}`);
      for (const label of labels) {
        await openMenu(page);
        await page.locator("#nav a", { hasText: label }).first().click();
        await page.waitForFunction((l) => document.querySelector("#nav a[aria-current=page]")?.textContent === l, label);
        if (await toggle.isVisible()) assert.equal(await toggle.getAttribute("aria-expanded"), "false", "choosing an entry folds the menu");
        await checkView(page, size, label);
        const name = `nav-${size.width}-${label.toLowerCase().replace(/[^a-zäöü]+/g, "-")}`;
        await shot(page, name);
        if (size.axe) assert.deepEqual(await axe(page), [], `axe on ${label} at ${size.width} px`);
      }
      await page.context().close();
    });

    it("opens every tab of Daten and Verwaltung, and goes back by the back links", async () => {
      const page = await open(size);
      await openMenu(page);
      await page.locator("#nav a", { hasText: /^Daten$/ }).click();
      await checkView(page, size, "Daten");
      const tabs = await page.locator("nav.tabs a").allTextContents();
      assert.ok(tabs.length >= 7, `Daten tabs: ${tabs.join(", ")}`);
      for (const tab of tabs) {
        const link = page.locator("nav.tabs a", { hasText: tab }).first();
        const href = await link.getAttribute("href");
        await link.click();
        await page.waitForFunction((p) => location.pathname === p && !!document.querySelector("main h1"), href);
        await checkView(page, size, `Daten: ${tab}`);
        if (tab === "Import") {
          await page.getByRole("link", { name: "Zurück zu den Daten" }).click();
          await page.locator("main h1", { hasText: "Daten: Akteure" }).waitFor();
          await checkView(page, size, "Daten nach „Zurück zu den Daten“");
          continue;
        }
        // Each list's edit form, and its way back.
        const edit = page.locator("main a", { hasText: "Bearbeiten" }).first();
        if (await edit.count()) {
          await edit.click();
          await page.locator("main h2", { hasText: "bearbeiten" }).waitFor();
          await checkView(page, size, `${tab} bearbeiten`);
          if (size.axe) assert.deepEqual(await axe(page), [], `axe on the form of ${tab}`);
          if (size.width === 390) await shot(page, `nav-390-form-${tab.toLowerCase().replace(/[^a-zäöü]+/g, "-")}`);
          await page.getByRole("link", { name: "Zurück zur Liste" }).click();
          await page.locator("main h1", { hasText: `Daten: ${tab}` }).waitFor();
          await checkView(page, size, `${tab} nach „Zurück zur Liste“`);
        }
      }
      await openMenu(page);
      await page.locator("#nav a", { hasText: "Verwaltung" }).click();
      for (const tab of ["Taxonomie", "API-Tokens"]) {
        await page.locator("nav.tabs a", { hasText: tab }).click();
        await page.locator("main h1", { hasText: `Verwaltung: ${tab}` }).waitFor();
        await checkView(page, size, `Verwaltung: ${tab}`);
        await shot(page, `nav-${size.width}-verwaltung-${tab.toLowerCase().replace(/[^a-z]+/g, "-")}`);
        if (size.axe) assert.deepEqual(await axe(page), [], `axe on Verwaltung: ${tab}`);
      }
      // The brand goes back to the map; an actor's profile is reached from the Daten list.
      await page.getByRole("link", { name: "Netzwerkatlas" }).click();
      await page.locator("main h1", { hasText: "Netzwerkkarte" }).waitFor();
      await openMenu(page);
      await page.locator("#nav a", { hasText: /^Daten$/ }).click();
      await settle(page);
      const first = page.locator("main table tbody th a").first();
      const name = await first.textContent();
      await first.click();
      await page.locator("main h1", { hasText: name }).waitFor();
      await checkView(page, size, "Akteursprofil");
      await shot(page, `nav-${size.width}-akteursprofil`);
      if (size.axe) assert.deepEqual(await axe(page), [], "axe on the actor's profile");
      await page.goBack();
      await page.locator("main h1", { hasText: "Daten: Akteure" }).waitFor();
      await page.context().close();
    });
  });
}

it("an unknown address says so and links back to the map", async () => {
  const page = await open(sizes[0], "/gibt-es-nicht");
  assert.equal(await page.locator("main h1").textContent(), "Seite nicht gefunden");
  await page.getByRole("link", { name: "Zur Netzwerkkarte" }).click();
  await page.locator("main h1", { hasText: "Netzwerkkarte" }).waitFor();
  await page.context().close();
});

it("leaving the map while it still loads draws nothing into the next view", async () => {
  const page = await open(sizes[2], "/daten");
  // The map's data arrive late, after the person has already moved on.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\/api\/v1\/network(\/aggregate)?(\?|$)/, async (route) => (await held, route.continue()));
  await page.locator("#nav a", { hasText: /^Netzwerkkarte$/ }).click();
  await page.locator("main h1", { hasText: "Netzwerkkarte" }).waitFor();
  await page.locator("#nav a", { hasText: /^Daten$/ }).click();
  await page.locator("main h1", { hasText: "Daten" }).waitFor();
  release();
  await page.waitForTimeout(1000); // time for the late map to draw, were it to
  assert.equal(await page.locator("main canvas").count(), 0, "no map canvas in the Daten view");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
