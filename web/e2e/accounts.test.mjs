// Browser tests of user accounts against the real server (demo county, demo mode):
// sign-in with e-mail address and password, the Benutzer tab of Verwaltung reached
// through the menu, a write of the page carrying the session's CSRF token while a
// fetch without it is refused, sign-out, the lock-out message, and a new password set
// with a reset link; at a phone's and a laptop's size, axe-core clean.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { axe, clickMenu, newPage, shot } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser;
const fixture = suite({ role: "admin" });
const { contract } = fixture;
const sizes = [
  { name: "telefon", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 720 },
];
const password = "ein-langes-Test-Passwort";

before(async () => {
  ({ server, browser } = await fixture.ready);
  await admin("POST", "/users", { name: "Ada Admin", email: "ada@kreis.example", role: "admin", password });
  await admin("POST", "/users", { name: "Lena Lock", email: "lena@kreis.example", role: "viewer", password });
});

/** admin sends a request with the admin token and returns the JSON answer. */
async function admin(method, path, body) {
  const res = await fetch(server.url + "/api/v1" + path, {
    method,
    headers: { Authorization: "Bearer " + server.token, "Content-Type": "application/json" },
    body: body && JSON.stringify(body),
  });
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${await res.clone().text()}`);
  return res.status === 204 ? null : res.json();
}

/** check asserts that the page does not scroll sideways, had no errors, passes axe, and takes its screenshot. */
async function check(page, name) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${name}: the page scrolls sideways (${scroll} px wide in ${client} px)`);
  await shot(page, name);
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  assert.deepEqual(page.errors, [], `page errors on ${name}`);
}

/** signIn fills the password form of Anmeldung (reached through the menu) and sends it. */
async function signIn(page, email, pw) {
  if (!(await page.locator("main h1", { hasText: "Anmeldung" }).count())) await clickMenu(page, "Anmeldung");
  await page.getByLabel("E-Mail-Adresse", { exact: true }).fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(pw);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
}

describe("Benutzerkonten", () => {
  for (const size of sizes) {
    it(`signs in with e-mail and password, manages users in Verwaltung: Benutzer and signs out (${size.name})`, async () => {
      const page = await newPage(browser, { contract });
      await page.setViewportSize(size);
      await page.goto(server.url + "/karte");
      await clickMenu(page, "Anmeldung");
      await check(page, `accounts-${size.name}-anmeldung`);
      await signIn(page, "ada@kreis.example", password);
      await page.locator("main h2", { hasText: "Angemeldet als Ada Admin" }).waitFor();
      assert.match(await page.locator("#user").textContent(), /Ada Admin · Rolle: Verwalten/);
      const [cookie] = await page.context().cookies();
      assert.equal(cookie.name, "nza_session");
      assert.ok(cookie.httpOnly && cookie.sameSite === "Strict", "the session cookie is HttpOnly and SameSite=Strict");
      assert.equal(await page.evaluate(() => document.cookie), "", "the page cannot read the session cookie");
      await check(page, `accounts-${size.name}-angemeldet`);

      await clickMenu(page, "Verwaltung", "Verwaltung: Benutzer");
      await page.locator("main table tbody tr", { hasText: "Lena Lock" }).waitFor();
      await check(page, `accounts-${size.name}-benutzer`);

      // A new account without a password gets a one-time link; the page's write carries the CSRF token.
      const email = `bernd-${size.name}@kreis.example`;
      await page.getByLabel("Name", { exact: false }).first().fill(`Bernd ${size.name}`);
      await page.locator("form input[name=email]").fill(email);
      await page.getByRole("button", { name: "Benutzerkonto anlegen" }).click();
      const link = await page.locator("main input.secret").inputValue();
      assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/anmeldung#reset=[\w-]{43}$/);
      await page.getByLabel(`Rolle von Bernd ${size.name}`).selectOption("editor");
      await page.locator("main .success", { hasText: `Bernd ${size.name} hat jetzt die Rolle „Bearbeiten“` }).waitFor();
      await check(page, `accounts-${size.name}-benutzer-angelegt`);
      const bernd = (await admin("GET", "/users")).items.find((u) => u.email === email);
      assert.equal(bernd.role, "editor");

      // A request from the page without the CSRF token is refused, and changes nothing.
      const refused = await page.evaluate(async () => {
        const res = await fetch("/api/v1/saved-views", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: "Ohne Token", path: "/karte" }) });
        return { status: res.status, body: await res.json() };
      });
      assert.equal(refused.status, 403);
      assert.match(refused.body.detail, /ohne gültiges CSRF-Token/);
      assert.ok(!(await admin("GET", "/saved-views")).items.some((v) => v.name === "Ohne Token"));

      // Abmelden ends the session on the server: the old cookie is no session any more.
      const before = await fetch(server.url + "/api/v1/session", { headers: { Cookie: `${cookie.name}=${cookie.value}` } });
      assert.equal(before.status, 200);
      await clickMenu(page, "Anmeldung");
      await page.getByRole("button", { name: "Abmelden" }).click();
      await page.locator("main h2", { hasText: "Demo-Modus ohne Anmeldung" }).waitFor();
      assert.deepEqual(await page.context().cookies(), [], "the cookie is deleted");
      const afterwards = await fetch(server.url + "/api/v1/session", { headers: { Cookie: `${cookie.name}=${cookie.value}` } });
      assert.equal(afterwards.status, 404, "the old cookie no longer names a session");
      await check(page, `accounts-${size.name}-abgemeldet`);
      await page.context().close();
    });
  }

  it("locks out after five failures with a message that says for how long, for known and unknown addresses alike", async () => {
    const page = await newPage(browser, { contract });
    await page.setViewportSize(sizes[0]);
    await page.goto(server.url + "/karte");
    for (const email of ["lena@kreis.example", "niemand@kreis.example"]) {
      for (let i = 1; i <= 5; i++) {
        await signIn(page, email, "falsches-Passwort!");
        const alert = page.locator("main [role=alert]");
        await alert.waitFor();
        const text = await alert.textContent();
        if (i < 5) assert.match(text, /E-Mail-Adresse oder Passwort ist falsch\./, `${email}, attempt ${i}`);
        else assert.match(text, /Zu viele fehlgeschlagene Anmeldeversuche .* für 15 Minuten gesperrt/, `${email}, attempt ${i}`);
      }
    }
    // The right password does not help while locked.
    await signIn(page, "lena@kreis.example", password);
    await page.locator("main [role=alert]", { hasText: "gesperrt" }).waitFor();
    await check(page, "accounts-telefon-gesperrt");
    await page.context().close();
  });

  it("sets a new password with the link an admin made, and signs in with it", async () => {
    const rita = await admin("POST", "/users", { name: "Rita Reset", email: "rita@kreis.example", role: "analyst" });
    const page = await newPage(browser, { contract });
    await page.setViewportSize(sizes[1]);
    await page.goto(rita.reset_link); // as from the e-mail or the admin's message
    await page.locator("main h2", { hasText: "Neues Passwort festlegen" }).waitFor();
    assert.equal(new URL(page.url()).hash, "", "the secret is taken out of the address");
    await page.getByLabel("Neues Passwort", { exact: true }).fill("Ritas neues Passwort");
    await page.getByLabel("Neues Passwort wiederholen").fill("Ritas neues Passwort");
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await page.locator("main .success", { hasText: "Ihr neues Passwort ist gespeichert" }).waitFor();
    await check(page, "accounts-laptop-passwort-neu");
    await signIn(page, "rita@kreis.example", "Ritas neues Passwort");
    await page.locator("main h2", { hasText: "Angemeldet als Rita Reset" }).waitFor();
    await page.context().close();
  });
});
