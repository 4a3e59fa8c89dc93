// Browser test of single sign-on against the real Keycloak that .ci/with-keycloak
// starts (realm oidc/oidctest/testdata/realm.json): the button on Anmeldung (reached
// through the menu) leads to Keycloak's form; after it the person is signed in with
// the role of their group; a person without a mapped group reads why not; signing out
// ends the session at Keycloak too, so the next sign-in asks for the password again.
// Without KEYCLOAK_TEST_ISSUER it skips, except under CI, where it fails.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { axe, clickMenu, launch, newPage, shot } from "./browser.mjs";
import { startServer } from "./server.mjs";

const issuer = process.env.KEYCLOAK_TEST_ISSUER;
if (!issuer && (process.env.CI === "true" || process.env.NETZWERKATLAS_REQUIRE_KEYCLOAK === "1")) {
  throw new Error("KEYCLOAK_TEST_ISSUER is not set: run the browser tests with .ci/with-keycloak");
}

describe("Anmeldung mit dem Konto der Verwaltung", { skip: issuer ? false : "KEYCLOAK_TEST_ISSUER is not set: run with .ci/with-keycloak" }, () => {
  let server, browser;
  before(async () => {
    // The server (a child process) takes its single sign-on settings from the environment.
    Object.assign(process.env, {
      NETZWERKATLAS_OIDC_ISSUER: issuer,
      NETZWERKATLAS_OIDC_CLIENT_ID: process.env.KEYCLOAK_TEST_CLIENT_ID,
      NETZWERKATLAS_OIDC_CLIENT_SECRET: process.env.KEYCLOAK_TEST_CLIENT_SECRET,
      NETZWERKATLAS_OIDC_ROLES: "netzwerkatlas-admin=admin,netzwerkatlas-redaktion=editor,sozialplanung=analyst,steuerungsgruppe=viewer",
    });
    server = await startServer({ role: "admin" });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** keycloak clicks the button on Anmeldung and fills Keycloak's form. */
  async function keycloak(page, username, password) {
    await page.getByRole("link", { name: "Mit dem Konto der Verwaltung anmelden" }).click();
    await page.locator("#username").waitFor();
    await page.locator("#username").fill(username);
    await page.locator("#password").fill(password);
    await page.locator("#kc-login").click();
  }

  it("signs in with the mapped role and signs out at Keycloak too", async () => {
    const page = await newPage(browser);
    await page.goto(server.url + "/");
    await clickMenu(page, "Anmeldung");
    await shot(page, "oidc-anmeldung");
    assert.deepEqual(await axe(page), [], "axe on Anmeldung with single sign-on");

    await keycloak(page, "erik.redaktion", "Erik-Test-2026");
    await page.waitForURL(server.url + "/**");
    await clickMenu(page, "Anmeldung");
    await page.getByRole("heading", { name: "Angemeldet als Erik Ebert" }).waitFor();
    assert.match(await page.locator("main").innerText(), /Ihre Rolle: Bearbeiten/);

    await page.locator("#sign-out").click();
    await page.waitForURL(server.url + "/anmeldung");
    await page.getByRole("link", { name: "Mit dem Konto der Verwaltung anmelden" }).click();
    // Keycloak's session has ended: it asks for the password again.
    await page.locator("#username").waitFor();
    assert.deepEqual(page.errors, []);
  });

  it("tells a person without a mapped group why not", async () => {
    const page = await newPage(browser);
    await page.goto(server.url + "/");
    await clickMenu(page, "Anmeldung");
    await keycloak(page, "kai.kaemmerei", "Kai-Test-2026");
    await page.getByRole("alert").filter({ hasText: "nicht freigeschaltet" }).waitFor();
    assert.ok(!page.url().includes("#sso="), "the reason's code stays in no history entry");
    await shot(page, "oidc-abgewiesen");
    assert.deepEqual(await axe(page), [], "axe on the refusal");
    assert.deepEqual(page.errors, []);
  });
});
