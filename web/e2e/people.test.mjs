// Browser tests of sign-in without a restart and of the coupling potentials a planner
// can act on, against the real server started as an empty installation with the demo
// county: the one-time sign-in link it prints, the potentials view reached from the
// menu, the county-wide checkbox and the explanation of a score on demand, at a phone's
// and a laptop's size.
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { axe, newPage, results, shot, clickMenu, settle } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser;
const fixture = suite({ firstRun: true });
const { contract } = fixture;
const sizes = [
  { name: "telefon", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 720 },
];

before(async () => ({ server, browser } = await fixture.ready));

/** api reads an answer of the running server as the anonymous demo user (loopback). */
async function api(path) {
  const res = await fetch(server.url + "/api/v1" + path);
  assert.equal(res.status, 200, path);
  return res.json();
}

/** checkPage asserts that the page does not scroll sideways, passes axe, had no errors, and takes its screenshot. */
async function checkPage(page, name) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${name}: the page scrolls sideways (${scroll} px wide in ${client} px)`);
  await shot(page, name);
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  assert.deepEqual(page.errors, [], `page errors on ${name}`);
}

describe("Erste Anmeldung", () => {
  it("signs in as admin with the link the first start printed, and takes the token out of the address", async () => {
    assert.ok(server.signInLink, "the first start of an empty installation prints a sign-in link");
    assert.match(server.signInLink, /^http:\/\/127\.0\.0\.1:\d+\/anmeldung#token=nza_\w+$/);
    for (const size of sizes) {
      const page = await newPage(browser, { contract });
      await page.setViewportSize(size);
      await page.goto(server.signInLink);
      await page.locator("main h2", { hasText: "Angemeldet als Erstanmeldung" }).waitFor();
      assert.equal(await page.locator("main strong").first().textContent(), "Verwalten");
      assert.equal(new URL(page.url()).hash, "", "the token is no longer in the address");
      assert.match(await page.locator("#user").textContent(), /Erstanmeldung · Rolle: Verwalten/);
      await checkPage(page, `people-anmeldelink-${size.name}`);

      // A wrong link says so, and signs nobody in.
      await page.goto(server.url + "/anmeldung#token=nza_falsch");
      await page.locator("main [role=alert], main .error").first().waitFor();
      assert.equal(new URL(page.url()).hash, "");
      await page.context().close();
    }
  });
});

describe("Kopplungspotenziale", () => {
  it("honours the social space, adds county-wide actors on request and explains a score on demand", async () => {
    const spaces = (await api("/social-spaces?limit=500")).items;
    const parents = new Set(spaces.map((s) => s.parent_id).filter(Boolean));
    const small = spaces.find((s) => !parents.has(s.id) && s.name === "Lindenau") ?? spaces.find((s) => !parents.has(s.id));
    assert.ok(small, "the demo county has a smallest social space");

    for (const size of sizes) {
      const page = await newPage(browser, { contract });
      await page.setViewportSize(size);
      await page.goto(server.url + "/karte");
      await page.locator("main h1").waitFor();
      await clickMenu(page, "Kopplungspotenziale");
      await settle(page);
      const wide = page.getByLabel("auch kreisweite Akteure");
      assert.equal(await wide.isVisible(), false, "the checkbox shows only with a social space");

      // Choose the social space: only actors working there themselves.
      let answer = page.waitForResponse((r) => r.url().includes("/analysis/coupling-potentials") && r.url().includes("social_space="));
      await page.getByLabel("Sozialraum", { exact: true }).selectOption(small.id);
      const local = await (await answer).json();
      await settle(page);
      assert.ok(!(await answer).url().includes("county_wide"), "county-wide actors are not asked for by default");
      assert.equal(await wide.isVisible(), true);
      assert.equal(await wide.isChecked(), false);
      const table = page.locator("table:has(caption:text('Kopplungspotenziale'))");
      assert.equal(await table.locator("tbody tr").count(), local.potentials.length);
      assert.ok(local.potentials.length > 0, `potentials in ${small.name}`);

      // Reasons speak plain German, without formula names.
      const reasons = await table.locator("ul.reasons").allTextContents();
      assert.ok(reasons.every((r) => !/Adamic|Jaccard/.test(r)), "no formula names in the reasons");

      // The explanation of the first pair opens on demand, with the API's parts.
      const first = table.locator("tbody tr").first();
      const details = first.locator("details.explanation");
      assert.equal(await details.locator("dl").isVisible(), false, "the explanation is closed at first");
      await details.locator("summary", { hasText: "Wie entsteht der Wert?" }).click();
      assert.equal(await details.locator("dl").isVisible(), true);
      const expected = local.potentials[0].explanation;
      assert.equal(await details.locator("p").textContent(), expected.summary);
      const terms = await details.locator("dt").allTextContents();
      assert.deepEqual(terms, [...expected.parts.map((p) => p.label), "Summe"]);
      const score = (await first.locator("td.num").first().textContent()).trim();
      assert.match(await details.locator("dd").last().textContent(), new RegExp(`^${score} = Potenzial$`));
      await checkPage(page, `people-kopplungspotenziale-${size.name}`);
      // The top of the view and the first pair with its explanation, to look at.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(results, `people-kopplungspotenziale-oben-${size.name}.png`) });
      await first.screenshot({ path: join(results, `people-kopplungspotenziale-erklaerung-${size.name}.png`) });

      // With county-wide actors, more pairs are candidates, and the address keeps the choice.
      answer = page.waitForResponse((r) => r.url().includes("/analysis/coupling-potentials") && r.url().includes("county_wide=true"));
      await wide.check();
      const withWide = await (await answer).json();
      await settle(page);
      assert.ok(withWide.candidates > local.candidates, "county-wide actors add candidates");
      assert.match(page.url(), /county_wide=true/);
      await page.reload();
      await settle(page);
      assert.equal(await page.getByLabel("auch kreisweite Akteure").isChecked(), true, "the checkbox is read from the address");
      await checkPage(page, `people-kopplungspotenziale-kreisweit-${size.name}`);
      await page.context().close();
    }
  });
});
