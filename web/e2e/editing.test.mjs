// Browser tests of editing everything in the browser: deleting every kind of entry with
// a German confirmation that says what goes with it (and the server's reason when an
// entry is still in use), needs, social spaces with a GeoJSON boundary, waves, the
// taxonomy, and the admin's API tokens (shown once, copied, revoked, last used).
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { axe, newPage, shot, settle } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser;
const fixture = suite({ role: "admin" });
const { contract } = fixture;
const files = mkdtempSync(join(tmpdir(), "nza-edit-"));

before(async () => ({ server, browser } = await fixture.ready));

/** api calls the API with the admin token and returns status and JSON body. */
async function api(path, { method = "GET", body, token = server.token } = {}) {
  const res = await fetch(server.url + "/api/v1" + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** open starts a page signed in as admin and clicks through the menu to a Daten tab. */
async function openData(tab, { width = 1280, height = 720 } = {}) {
  const page = await newPage(browser, { token: server.token, contract });
  await page.setViewportSize({ width, height });
  await page.goto(server.url + "/karte");
  await page.locator("main h1").waitFor();
  const toggle = page.getByRole("button", { name: "Menü" });
  if (await toggle.isVisible()) await toggle.click();
  await page.locator("#nav a", { hasText: /^Daten$/ }).click();
  await page.locator("nav.tabs a", { hasText: tab }).click();
  await page.locator("main h1", { hasText: `Daten: ${tab}` }).waitFor();
  await settle(page);
  return page;
}

/** search narrows a Daten list to entries matching q. */
async function search(page, q) {
  await page.getByLabel("Suchen", { exact: true }).fill(q);
  await page.getByRole("button", { name: "Suchen" }).click();
  await settle(page);
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

describe("Löschen", () => {
  it("deletes an actor with its cooperations and offers, after a confirmation that counts them", async () => {
    // The actor with the most offers (and its cooperations), from the data, not hard-coded.
    const offers = (await api("/offers?limit=1000")).body.items;
    const perActor = new Map();
    for (const o of offers) perActor.set(o.actor_id, (perActor.get(o.actor_id) ?? 0) + 1);
    const [id, nOffers] = [...perActor].sort((a, b) => b[1] - a[1])[0];
    const actor = (await api(`/actors/${id}`)).body;
    const nCoops = (await api(`/cooperations?actor_id=${id}&limit=1`)).body.total;
    assert.ok(nCoops > 0 && nOffers > 0);

    const page = await openData("Akteure", { width: 390, height: 844 });
    await search(page, actor.name);
    const remove = page.getByRole("button", { name: `${actor.name} löschen`, exact: true });
    // Cancelled: nothing happens.
    await remove.click();
    const dialog = page.getByRole("dialog", { name: `Akteur „${actor.name}“ löschen?` });
    await dialog.waitFor();
    await shot(page, "edit-390-akteur-loeschen");
    assert.deepEqual(await axe(page), [], "axe on the confirmation");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    assert.equal((await api(`/actors/${id}`)).status, 200, "Escape deletes nothing");

    await remove.click();
    const text = await dialog.textContent();
    assert.ok(text.includes(plural(nCoops, "Kooperation", "Kooperationen")) && text.includes(plural(nOffers, "Angebot", "Angebote")), `the confirmation counts what goes with it: ${text}`);
    await dialog.getByRole("button", { name: "Akteur löschen" }).click();
    const done = page.locator("main .success", { hasText: `Akteur „${actor.name}“ wurde gelöscht` });
    await done.waitFor();
    assert.match(await done.textContent(), new RegExp(`mit ${nCoops} Kooperation(en)? und ${nOffers} Angebot(en)?`));
    assert.equal((await api(`/actors/${id}`)).status, 404);
    assert.equal((await api(`/cooperations?actor_id=${id}&limit=1`)).body.total, 0, "its cooperations went with it");
    assert.equal((await api(`/offers?actor_id=${id}&limit=1`)).body.total, 0, "its offers went with it");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it("deletes an actor from its profile", async () => {
    const page = await openData("Akteure");
    const link = page.locator("main table tbody th a").first();
    const name = await link.textContent();
    await link.click();
    await page.locator("main h1", { hasText: name }).waitFor();
    await page.getByRole("button", { name: "Akteur löschen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Akteur löschen" }).click();
    await page.locator("main h1", { hasText: "Daten: Akteure" }).waitFor();
    assert.match(await page.locator("main .success").textContent(), new RegExp(`„${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}“ wurde gelöscht`));
    await page.context().close();
  });

  for (const [tab, singular, path] of [
    ["Kooperationen", "Kooperation", "/cooperations"],
    ["Angebote", "Angebot", "/offers"],
    ["Bedarfe", "Bedarf", "/needs"],
  ]) {
    it(`deletes one ${singular} and nothing else`, async () => {
      const before = (await api(`${path}?limit=1`)).body.total;
      const page = await openData(tab);
      const row = page.locator("main table tbody tr").first();
      await row.getByRole("button", { name: /löschen$/ }).click();
      const dialog = page.getByRole("dialog");
      assert.match(await dialog.textContent(), /wird gelöscht; sonst ändert sich nichts/);
      await dialog.getByRole("button", { name: `${singular} löschen` }).click();
      await page.locator("main .success", { hasText: `${singular} „` }).waitFor();
      assert.equal((await api(`${path}?limit=1`)).body.total, before - 1);
      await page.context().close();
    });
  }

  it("refuses to delete a social space and a wave still in use, with the server's German reason", async () => {
    const coop = (await api("/cooperations?limit=1000")).body.items.find((c) => c.wave_id);
    const wave = (await api(`/waves/${coop.wave_id}`)).body;
    const page = await openData("Erhebungswellen");
    await search(page, wave.name);
    await page.getByRole("button", { name: new RegExp(`^${wave.name}.* löschen$`) }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Erhebungswelle löschen" }).click();
    const refused = page.locator("main .error[role=alert]");
    await refused.waitFor();
    assert.match(await refused.textContent(), /wurde nicht gelöscht.*wird noch verwendet \(\d+ × Kooperation(, \d+ × Maßnahme)?\)/);
    assert.equal((await api(`/waves/${wave.id}`)).status, 200);

    const actor = (await api("/actors?limit=1000")).body.items.find((a) => a.social_spaces?.length);
    const space = (await api(`/social-spaces/${actor.social_spaces[0]}`)).body;
    await page.locator("nav.tabs a", { hasText: "Sozialräume" }).click();
    await page.locator("main h1", { hasText: "Daten: Sozialräume" }).waitFor();
    await search(page, space.name);
    await page.getByRole("button", { name: new RegExp(`^${space.name} \\(.*\\) löschen$`) }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sozialraum löschen" }).click();
    await refused.waitFor();
    assert.match(await refused.textContent(), /Sozialraum „.*“ wurde nicht gelöscht.*wird noch verwendet/);
    assert.equal((await api(`/social-spaces/${space.id}`)).status, 200);
    await shot(page, "edit-sozialraum-in-gebrauch");
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
});

describe("Bearbeiten", () => {
  it("creates a social space with a boundary from a GeoJSON file, refuses a file without one, and deletes it", async () => {
    const ring = [[13.1, 52.1], [13.2, 52.1], [13.2, 52.2], [13.1, 52.2], [13.1, 52.1]];
    const good = join(files, "grenze.geojson");
    writeFileSync(good, JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { name: "Testgebiet" }, geometry: { type: "Polygon", coordinates: [ring] } }] }));
    const bad = join(files, "punkt.geojson");
    writeFileSync(bad, JSON.stringify({ type: "Feature", geometry: { type: "Point", coordinates: [13.1, 52.1] } }));
    const page = await openData("Sozialräume");
    await page.getByRole("link", { name: "Sozialraum anlegen" }).click();
    const name = "Testgebiet " + Date.now();
    await page.getByLabel("Name (Pflichtfeld)").fill(name);
    const level = page.getByLabel("Gebietsebene (Pflichtfeld)");
    await level.selectOption({ index: 1 });
    const file = page.getByLabel("GeoJSON-Datei wählen");
    await file.setInputFiles(bad);
    await page.locator(".field.boundary .field-error", { hasText: "kein Polygon" }).waitFor();
    assert.match(await page.locator(".field.boundary .field-error").textContent(), /punkt\.geojson: .*gefunden: Point/);
    await file.setInputFiles(good);
    await page.locator(".field.boundary", { hasText: "Neu aus grenze.geojson" }).waitFor();
    await shot(page, "edit-sozialraum-grenze");
    assert.deepEqual(await axe(page), []);
    await page.getByRole("button", { name: "Sozialraum anlegen" }).click();
    await page.locator(".success", { hasText: "Gespeichert." }).waitFor();
    const id = new URL(page.url()).searchParams.get("bearbeiten");
    const saved = (await api(`/social-spaces/${id}`)).body;
    assert.equal(saved.name, name);
    assert.deepEqual(saved.boundary, { type: "Polygon", coordinates: [ring] });
    assert.match(await page.locator(".field.boundary").textContent(), /Grenze hinterlegt: eine Fläche mit 5 Punkten/);

    // Not in use: it can go.
    await page.getByRole("button", { name: "Sozialraum löschen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sozialraum löschen" }).click();
    await page.locator("main .success", { hasText: "wurde gelöscht" }).waitFor();
    assert.equal((await api(`/social-spaces/${id}`)).status, 404);
    await page.context().close();
  });

  it("creates and edits a need, and shows the server's field errors", async () => {
    const space = (await api("/social-spaces?limit=1")).body.items[0];
    const page = await openData("Bedarfe", { width: 390, height: 844 });
    await page.getByRole("link", { name: "Bedarf anlegen" }).click();
    await page.getByLabel("Sozialraum (Pflichtfeld)").selectOption(space.id);
    await page.getByLabel("Handlungsfeld (Pflichtfeld)").selectOption({ index: 1 });
    await page.getByLabel("Zielwert (Pflichtfeld)").fill("0");
    await page.getByRole("button", { name: "Bedarf anlegen" }).click();
    await page.locator(".field.invalid .field-error").first().waitFor();
    assert.equal(await page.getByLabel("Zielwert (Pflichtfeld)").getAttribute("aria-invalid"), "true");
    await page.getByLabel("Zielwert (Pflichtfeld)").fill("2.5");
    await page.getByLabel("Planungsjahr").fill("2027");
    await page.getByRole("button", { name: "Bedarf anlegen" }).click();
    await page.locator(".success", { hasText: "Gespeichert." }).waitFor();
    const id = new URL(page.url()).searchParams.get("bearbeiten");
    let need = (await api(`/needs/${id}`)).body;
    assert.equal(need.target, 2.5);
    assert.equal(need.year, 2027);
    assert.equal(need.social_space_id, space.id);
    await page.getByLabel("Zielwert (Pflichtfeld)").fill("3");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.waitForFunction(() => document.querySelector("main .success"));
    await settle(page);
    need = (await api(`/needs/${id}`)).body;
    assert.equal(need.target, 3);
    assert.equal(need.version, 2);
    const [scroll, inner] = await page.evaluate(() => [document.scrollingElement.scrollWidth, innerWidth]);
    assert.ok(scroll <= inner, `the form fits a phone: ${scroll} > ${inner}`);
    await page.context().close();
  });

  it("creates, renames and deletes a wave", async () => {
    const page = await openData("Erhebungswellen");
    await page.getByRole("link", { name: "Erhebungswelle anlegen" }).click();
    await page.getByLabel("Name (Pflichtfeld)").fill("Erhebung Test");
    await page.getByLabel("Stichtag (Pflichtfeld)").fill("2027-03-01");
    await page.getByRole("button", { name: "Erhebungswelle anlegen" }).click();
    await page.locator(".success", { hasText: "Gespeichert." }).waitFor();
    const id = new URL(page.url()).searchParams.get("bearbeiten");
    assert.equal((await api(`/waves/${id}`)).body.date, "2027-03-01");
    await page.getByLabel("Name (Pflichtfeld)").fill("Erhebung Frühjahr 2027");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.waitForFunction(() => document.querySelector("main .success"));
    await settle(page);
    assert.equal((await api(`/waves/${id}`)).body.name, "Erhebung Frühjahr 2027");
    await page.getByRole("button", { name: "Erhebungswelle löschen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Erhebungswelle löschen" }).click();
    await page.locator("main .success", { hasText: "„Erhebung Frühjahr 2027 (1.3.2027)“ wurde gelöscht" }).waitFor();
    assert.equal((await api(`/waves/${id}`)).status, 404);
    await page.context().close();
  });
});

describe("Verwaltung", () => {
  /** openAdmin clicks through the menu to a Verwaltung tab. */
  async function openAdmin(tab) {
    const page = await newPage(browser, { token: server.token, contract });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(server.url + "/karte");
    await page.locator("#nav a", { hasText: "Verwaltung" }).click();
    await page.locator("nav.tabs a", { hasText: tab }).click();
    await page.locator("main h1", { hasText: `Verwaltung: ${tab}` }).waitFor();
    await settle(page);
    return page;
  }

  it("edits the taxonomy: renames a label, adds a code, refuses a bad code at its field and a removed code in use with the server's reason", async () => {
    const tax = (await api("/taxonomy")).body;
    const page = await openAdmin("Taxonomie");
    const first = tax.legal_domains[0];
    // A label renamed.
    await page.getByLabel("Bezeichnung, Rechtskreise, Zeile 1", { exact: true }).fill(first.label + " (geändert)");
    // A new code, first ill-formed.
    await page.getByText("Handlungsfelder (", { exact: false }).click();
    await page.getByRole("button", { name: "Eintrag zu Handlungsfelder hinzufügen" }).click();
    const n = tax.fields.length + 1;
    const code = page.getByLabel(`Code, Handlungsfelder, Zeile ${n}`, { exact: true });
    assert.equal(await code.evaluate((e) => e === document.activeElement), true, "the new row's code has the focus");
    await code.fill("Neues Feld");
    await page.getByLabel(`Bezeichnung, Handlungsfelder, Zeile ${n}`, { exact: true }).fill("Testfeld");
    await page.getByRole("button", { name: "Taxonomie speichern" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    assert.match(await summary.textContent(), new RegExp(`Handlungsfelder, Zeile ${n}, Code: Der Code "Neues Feld" ist ungültig`));
    assert.equal(await code.getAttribute("aria-invalid"), "true");
    await shot(page, "edit-taxonomie-fehler");
    assert.deepEqual(await axe(page), []);
    await code.fill("testfeld");
    await page.getByRole("button", { name: "Taxonomie speichern" }).click();
    await page.locator("main .success", { hasText: "Die Taxonomie wurde gespeichert." }).waitFor();
    const saved = (await api("/taxonomy")).body;
    assert.equal(saved.legal_domains[0].label, first.label + " (geändert)");
    assert.ok(saved.fields.some((f) => f.code === "testfeld" && f.label === "Testfeld"));

    // A code that actors use cannot go: the server says why, and nothing changes.
    await page.getByRole("button", { name: `${first.label} (geändert) aus Rechtskreise entfernen` }).click();
    await page.getByRole("button", { name: "Taxonomie speichern" }).click();
    await summary.waitFor();
    assert.match(await summary.textContent(), new RegExp(first.code));
    assert.equal((await api("/taxonomy")).body.legal_domains.length, tax.legal_domains.length, "nothing removed");
    await page.context().close();
  });

  it("creates a token, shows its secret once with a copy button, lists when it was last used, and revokes it", async () => {
    const page = await openAdmin("API-Tokens");
    const table = page.locator("table.tokens");
    assert.ok(await table.locator("tbody tr", { hasText: "e2e" }).count(), "the admin's own token is listed");
    assert.doesNotMatch(await table.locator("tbody tr", { hasText: "e2e" }).textContent(), /noch nie/, "the admin's token has been used");
    await page.getByLabel("Name (Pflichtfeld)").fill("Beirat");
    await page.getByLabel("Rolle").selectOption("viewer");
    await page.getByRole("button", { name: "Token anlegen" }).click();
    const secret = await page.getByLabel("Geheimnis").inputValue();
    assert.match(secret, /^nza_\w{20,}$/);
    assert.match(await page.locator(".secret-box").textContent(), /nur jetzt angezeigt/);
    await page.getByRole("button", { name: "Kopieren" }).click();
    await page.locator(".secret-box", { hasText: "In die Zwischenablage kopiert." }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret);
    await shot(page, "edit-token-angelegt");
    assert.deepEqual(await axe(page), []);
    const row = table.locator("tbody tr", { hasText: "Beirat" });
    assert.match(await row.textContent(), /Lesen.*noch nie/);

    // A second token of the same name is refused at the field.
    await page.getByLabel("Name (Pflichtfeld)").fill("Beirat");
    await page.getByRole("button", { name: "Token anlegen" }).click();
    await page.locator(".field-error", { hasText: "schon vergeben" }).waitFor();

    // Used once: the list says when (the page is drawn anew through the menu).
    assert.equal((await api("/me", { token: secret })).status, 200);
    await page.locator("nav.tabs a", { hasText: "Taxonomie" }).click();
    await page.locator("nav.tabs a", { hasText: "API-Tokens" }).click();
    await settle(page);
    assert.doesNotMatch(await row.textContent(), /noch nie/);
    assert.match(await row.textContent(), /\d{1,2}\.\d{1,2}\.\d{4}|\d{2}:\d{2}/);

    await row.getByRole("button", { name: "Token „Beirat“ widerrufen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Token widerrufen" }).click();
    await page.locator("main .success", { hasText: "Das Token „Beirat“ wurde widerrufen." }).waitFor();
    assert.equal(await row.count(), 0);
    assert.equal((await api("/me", { token: secret })).status, 401);

    // The admin's own token cannot revoke itself: the server's reason is shown.
    await table.locator("tbody tr", { hasText: "e2e" }).getByRole("button", { name: /widerrufen/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Token widerrufen" }).click();
    const refused = page.locator("main .error[role=alert]");
    await refused.waitFor();
    assert.match(await refused.textContent(), /nicht widerrufen/);
    assert.equal((await api("/me")).status, 200);
    await page.context().close();
  });
});
