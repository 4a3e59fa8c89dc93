// Browser tests of the partner survey: the coordinator reaches "Erhebung" through the
// menu, creates a survey and downloads the personal links; a respondent on a phone
// opens its link, consents, ticks partners, answers, saves, comes back through the
// same link and submits; a second respondent on a desktop sees none of the first's
// answers; a guessed link gets the one German page for bad links; the dashboard shows
// the response and the ties, the takeover writes them into the wave, and reverting it
// restores the wave. axe-core runs on every page; screenshots go to test-results/.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { axe, newPage, settle, shot } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser;
const fixture = suite();
const { contract } = fixture;
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 720 };

before(async () => ({ server, browser } = await fixture.ready));
after(async () => {
  console.log(`${contract.checked} API answers checked against the OpenAPI document`);
});

/** api calls the API with the editor token (or a survey link's secret) and returns status and JSON body. */
async function api(path, { method = "GET", body, secret } = {}) {
  const res = await fetch(server.url + "/api/v1" + path, {
    method,
    headers: { Authorization: secret ? `Survey ${secret}` : `Bearer ${server.token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** coordinator opens a signed-in page and reaches "Erhebung" through the menu. */
async function coordinator(viewport = desktop) {
  const page = await newPage(browser, { token: server.token, contract });
  await page.setViewportSize(viewport);
  await page.goto(server.url + "/daten/import");
  await page.locator("main h1").waitFor();
  const toggle = page.getByRole("button", { name: "Menü" });
  if (await toggle.isVisible()) await toggle.click();
  await page.locator("#nav a", { hasText: /^Erhebung$/ }).click();
  await page.locator("main h1", { hasText: /^Erhebung$/ }).waitFor();
  return page;
}

/** respondent opens a personal link in a fresh browser context (no token). */
async function respondent(link, viewport) {
  const page = await newPage(browser, { contract });
  await page.setViewportSize(viewport);
  await page.goto(link);
  await page.locator("main h1").waitFor();
  await settle(page);
  return page;
}

/** readCSV reads the links CSV (separator ; or ,, quoted fields) into rows of cells. */
function readCSV(text) {
  const sep = text.split(/\r?\n/)[0].includes(";") ? ";" : ",";
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((line) => {
      const cells = [];
      let cur = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (ch === '"') quoted = !quoted;
        else if (ch === sep && !quoted) cells.push(cur), (cur = "");
        else cur += ch;
      }
      cells.push(cur);
      return cells;
    });
}

const isoDay = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/** state shared by the steps, which run in order. */
const run = { survey: null, links: new Map(), a: null, b: null, wave: null };

describe("Erhebung", () => {
  it("lets the coordinator create a survey through the menu and download the personal links", async () => {
    const page = await coordinator();
    await shot(page, "survey-01-liste");
    assert.deepEqual(await axe(page), [], "axe on the list");
    await page.getByRole("link", { name: "Neue Erhebung anlegen" }).click();
    await page.locator("main h1", { hasText: "Neue Erhebung" }).waitFor();
    // The server's German messages appear at their fields.
    await page.getByRole("button", { name: "Erhebung anlegen" }).click();
    await page.locator(".error-summary h2").waitFor();
    assert.match(await page.locator(".field.invalid").first().textContent(), /Fehler|fehlt|leer/);
    await shot(page, "survey-02-neu-fehler");

    const title = `Netzwerkerhebung E2E ${Date.now()}`;
    await page.getByLabel(/^Titel/).fill(title);
    const wave = page.getByLabel(/^Erhebungswelle/);
    const waveOption = await wave.locator("option").nth(1).getAttribute("value");
    await wave.selectOption(waveOption);
    const today = new Date();
    await page.getByLabel(/^Beginn/).fill(isoDay(new Date(today.getTime() - 86400_000)));
    await page.getByLabel(/^Ende/).fill(isoDay(new Date(today.getTime() + 30 * 86400_000)));
    await page.getByLabel(/^Ansprechperson/).fill("Frau Kranz");
    await page.getByLabel(/^E-Mail der Ansprechperson/).fill("kranz@example.org");
    assert.deepEqual(await axe(page), [], "axe on the new survey's form");
    await page.getByRole("button", { name: "Erhebung anlegen" }).click();
    await page.locator("main h1", { hasText: title }).waitFor();
    await page.locator("nav.tabs a[aria-current=page]", { hasText: "Links und Versand" }).waitFor();
    const list = (await api("/surveys")).body.items;
    run.survey = list.find((s) => s.title === title);
    run.wave = waveOption;
    assert.ok(run.survey, "the survey was stored");
    assert.match(run.survey.consent_text, /Zweck/, "the German default consent text was filled in");

    await page.getByRole("button", { name: "Links erzeugen und als CSV herunterladen" }).click();
    const downloading = page.waitForEvent("download");
    await page.getByRole("dialog").getByRole("button", { name: "Links erzeugen" }).click();
    const file = await downloading;
    const rows = readCSV(readFileSync(await file.path(), "utf8"));
    assert.deepEqual(rows[0].slice(0, 3), ["Organisation", "E-Mail", "Link"]);
    for (const [name, , link] of rows.slice(1)) run.links.set(name, link);
    assert.ok(run.links.size > 2, `links for the respondents: ${run.links.size}`);
    for (const link of run.links.values()) assert.match(link, /\/umfrage#[\w-]{20,}$/, "the secret is in the fragment, never in path or query");
    await page.locator("main .success", { hasText: "Links erzeugt" }).waitFor();
    await shot(page, "survey-03-links");
    assert.deepEqual(await axe(page), [], "axe on links and mailings");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it("gives a guessed link the one German page for bad links", async () => {
    const page = await respondent(server.url + "/umfrage#geraten-" + "x".repeat(30), phone);
    await page.locator("main h1", { hasText: "Link ungültig oder abgelaufen" }).waitFor();
    assert.equal(await page.locator("#nav a").count(), 0, "a respondent sees no menu");
    await shot(page, "survey-04-link-ungueltig");
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });

  it("takes a respondent on a phone through consent, partners, questions, saving, coming back and submitting", async () => {
    const names = [...run.links.keys()];
    run.a = names[0];
    run.b = names[1];
    const link = run.links.get(run.a);
    const secret = link.split("#")[1];
    let page = await respondent(link, phone);
    assert.ok(!page.url().includes(secret), "the secret leaves the address bar");
    await page.locator("main h2", { hasText: "Einwilligung" }).waitFor();
    const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".js")));
    assert.ok(scripts.every((s) => !/\/app-/.test(s)), `the respondent's page loads no application code: ${scripts.join(", ")}`);
    await shot(page, "survey-05-einwilligung-390");
    assert.deepEqual(await axe(page), [], "axe on the consent");
    // Nothing goes on without consent.
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.locator("#error-summary", { hasText: "Einwilligung" }).waitFor();
    await page.getByLabel(/Ich habe die Hinweise gelesen/).check();
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.locator("main h2", { hasText: "Partner" }).waitFor();

    // Tick the second respondent and one more partner, by checklist or by search.
    const view = (await api("/respond", { secret })).body;
    const others = [run.b, names[2]];
    const combo = page.getByRole("combobox", { name: "Organisation suchen" });
    const searching = view.roster_size > 50;
    for (const name of others) {
      if (searching) {
        await combo.fill(name.slice(0, 60));
        await page.getByRole("option", { name: new RegExp("^" + name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first().waitFor();
        await shot(page, "survey-06-suche-390");
        assert.deepEqual(await axe(page), [], "axe with the suggestions open");
        await page.getByRole("option", { name: new RegExp("^" + name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first().click();
      } else {
        await page.getByRole("checkbox", { name: new RegExp("^" + name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).check();
      }
    }
    await page.getByRole("button", { name: "Fehlende Organisation vorschlagen" }).click();
    await page.getByLabel(/^Name/).fill("Tafel am Markt");
    await shot(page, "survey-07-partner-390");
    assert.deepEqual(await axe(page), [], "axe on the partners");
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.locator("main h2", { hasText: "Fragen" }).waitFor();
    const ties = page.locator("fieldset.tie");
    assert.equal(await ties.count(), 3, "the two partners and the proposed organisation");
    assert.match(await ties.nth(2).locator(":scope > legend").textContent(), /Tafel am Markt/);
    // A draft keeps the partners whose questions are still open.
    await page.getByRole("button", { name: "Zwischenspeichern" }).click();
    await page.locator(".saved", { hasText: "Bei 3 Partnern fehlt noch die Intensität" }).waitFor();
    const draft = (await api("/respond", { secret })).body.answers;
    assert.deepEqual(draft.ties.map((t) => t.intensity), [0, 0, 0], "saved with the intensity open");
    assert.equal(draft.ties[2].partner, "new:0", "the tie to the proposed organisation");
    // The intensity is always asked before submitting: a German message naming the partner.
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.locator("#error-summary li", { hasText: "Tafel am Markt, Intensität" }).waitFor();
    assert.equal(await page.locator("fieldset.q.invalid").count(), 3);
    await shot(page, "survey-08-fragen-fehler-390");
    assert.deepEqual(await axe(page), [], "axe on the questions with errors");
    await ties.nth(0).getByText("häufig").click();
    await ties.nth(1).getByText("gelegentlich").click();
    await ties.nth(2).getByText("gelegentlich").click();
    const trust = ties.nth(0).locator("fieldset.q", { hasText: "vertrauen" });
    if (await trust.count()) await trust.getByText("eher hoch").click();
    const since = ties.nth(0).getByLabel(/Seit welchem Jahr/);
    if (await since.count()) await since.fill("2019");
    await page.getByRole("button", { name: "Zwischenspeichern" }).click();
    await page.locator(".saved", { hasText: "Gespeichert" }).waitFor();
    await page.context().close();

    // Back through the same link: the answers are there.
    page = await respondent(link, phone);
    await page.locator("main h2", { hasText: "Partner" }).waitFor();
    const saved = (await api("/respond", { secret })).body;
    assert.equal(saved.answers.ties.length, 3, "both partners and the proposed organisation were saved");
    assert.deepEqual(saved.answers.ties.map((t) => t.intensity).sort(), [1, 1, 3]);
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.locator("main h2", { hasText: "Fragen" }).waitFor();
    assert.ok(await page.locator("fieldset.tie").nth(0).getByRole("radio", { name: /häufig/ }).isChecked(), "the saved intensity is shown");
    await page.getByRole("button", { name: "Weiter" }).click();
    if (saved.asks_master_data) {
      await page.locator("main h2", { hasText: "Eigene Angaben" }).waitFor();
      // The organisation's own offers as stored, so that it can say what changed.
      const own = saved.own_offers.map((o) => o.name);
      assert.deepEqual(await page.locator(".own-offers li strong").allTextContents(), own);
      if (!own.length) await page.getByText("Bisher ist kein Angebot Ihrer Organisation erfasst.").waitFor();
      // The server's German message appears at the field it concerns, and nothing moves on.
      const email = page.getByLabel("E-Mail-Adresse");
      const before = await email.inputValue();
      await email.fill("keine-adresse");
      await page.getByRole("button", { name: "Weiter" }).click();
      await page.locator("#error-summary a", { hasText: "E-Mail-Adresse" }).waitFor();
      assert.equal(await page.getByLabel("E-Mail-Adresse").getAttribute("aria-invalid"), "true");
      assert.match(await page.locator(".field.invalid .field-error").textContent(), /keine-adresse/);
      await shot(page, "survey-09a-stammdaten-fehler-390");
      assert.deepEqual(await axe(page), [], "axe on the master data with an error");
      await page.getByLabel("E-Mail-Adresse").fill(before);
      await page.getByRole("button", { name: "Weiter" }).click();
    }
    await page.locator("main h2", { hasText: "Überprüfen" }).waitFor();
    assert.match(await page.locator(".answers").textContent(), new RegExp(run.b.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await shot(page, "survey-09-pruefen-390");
    assert.deepEqual(await axe(page), [], "axe on the review");
    await page.getByRole("button", { name: "Antworten absenden" }).click();
    await page.locator("main h1", { hasText: "Vielen Dank" }).waitFor();
    await shot(page, "survey-10-bestaetigung-390");
    assert.deepEqual(await axe(page), [], "axe on the receipt");
    await page.emulateMedia({ media: "print" });
    await shot(page, "survey-11-druckansicht");
    assert.equal(await page.getByRole("button", { name: "Drucken oder als PDF speichern" }).isVisible(), false, "the print view hides the controls");
    assert.equal((await api("/respond", { secret })).body.state, "submitted");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it("shows a second respondent on a desktop none of the first's answers", async () => {
    const link = run.links.get(run.b);
    const secret = link.split("#")[1];
    const page = await respondent(link, desktop);
    await page.locator("main h2", { hasText: "Einwilligung" }).waitFor();
    assert.deepEqual(await axe(page), [], "axe on the consent at 1280");
    const view = (await api("/respond", { secret })).body;
    assert.deepEqual(view.answers.ties ?? [], [], "nothing of the first respondent's answers");
    assert.ok(!JSON.stringify(view).includes("Tafel am Markt"), "not even its proposal");
    await page.getByLabel(/Ich habe die Hinweise gelesen/).check();
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.locator("main h2", { hasText: "Partner" }).waitFor();
    assert.equal(await page.locator("fieldset.roster input:checked").count(), 0, "no partner ticked");
    // It names the first respondent as a partner with the same intensity: reported by both sides.
    if (view.roster_size > 50) {
      await page.getByRole("combobox").fill(run.a.slice(0, 60));
      await page.getByRole("option", { name: new RegExp("^" + run.a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first().click();
    } else await page.getByRole("checkbox", { name: new RegExp("^" + run.a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).check();
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.locator("fieldset.tie").first().getByText("häufig").click();
    await shot(page, "survey-12-fragen-1280");
    assert.deepEqual(await axe(page), [], "axe on the questions at 1280");
    const steps = await page.locator(".steps li").count();
    for (let i = 0; i < steps - 3; i++) await page.getByRole("button", { name: "Weiter" }).click();
    await page.locator("main h2", { hasText: "Überprüfen" }).waitFor();
    await page.getByRole("button", { name: "Antworten absenden" }).click();
    await page.locator("main h1", { hasText: "Vielen Dank" }).waitFor();
    // The first respondent's answers are unchanged by the second's.
    const first = (await api("/respond", { secret: run.links.get(run.a).split("#")[1] })).body;
    assert.equal(first.answers.ties.length, 3);
    await page.context().close();
  });

  it("shows the response on the dashboard, takes the answers over into the wave and reverts the takeover", async () => {
    /** wave returns the wave's cooperations by pair ("id|id", the IDs in order, as the dashboard's keys). */
    const wave = async () => {
      const page = (await api(`/cooperations?wave_id=${encodeURIComponent(run.wave)}&limit=1000`)).body;
      assert.ok(page.total <= 1000);
      return new Map(page.items.map((c) => [[c.from, c.to].sort().join("|"), c]));
    };
    const facts = (c) => (c ? { intensity: c.intensity, reported_by: c.reported_by ?? null, kinds: c.kinds ?? [], source: c.source ?? null } : null);
    const before = await wave();
    const page = await coordinator();
    await page.getByRole("link", { name: run.survey.title }).click();
    await page.locator("main h2", { hasText: "Rücklauf" }).waitFor();
    const d = (await api(`/surveys/${run.survey.id}/dashboard`)).body;
    assert.equal(d.submitted, 2);
    assert.ok(d.tie_counts.both >= 1, `one pair reported by both sides: ${JSON.stringify(d.tie_counts)}`);
    assert.match(await page.locator("main .rate").textContent(), / 2 von /);
    await shot(page, "survey-13-auswertung");
    assert.deepEqual(await axe(page), [], "axe on the dashboard");

    const accepted = d.ties.filter((p) => p.status !== "conflict" && p.decision !== "reject");
    assert.equal(d.takeover.ties, accepted.length, "the preview counts the accepted ties");
    assert.match(await page.locator(".takeover p", { hasText: /^Übernommen werden/ }).textContent(), new RegExp(`^Übernommen werden ${d.takeover.ties} Kooperationen`));
    await page.getByRole("button", { name: "In die Welle übernehmen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "In die Welle übernehmen" }).click();
    const done = page.locator(".takeover .success", { hasText: /^Übernommen:/ });
    await done.waitFor();
    assert.match(await done.textContent(), new RegExp(`^Übernommen: ${accepted.length} Kooperationen`), "exactly the accepted ties");
    await shot(page, "survey-14-uebernommen");
    const taken = await wave();
    for (const p of accepted) {
      const c = taken.get(p.key);
      assert.ok(c, `the pair ${p.a_name} – ${p.b_name} is in the wave`);
      assert.equal(c.reported_by, p.status === "both" ? "both" : c.from === (p.by_a ? p.a : p.b) ? "from" : "to", `reported_by of ${p.a_name} – ${p.b_name}`);
    }
    for (const [key, c] of taken) if (!accepted.some((p) => p.key === key)) assert.deepEqual(facts(c), facts(before.get(key)), `nothing else changed: ${key}`);

    await page.getByRole("button", { name: "Übernahme rückgängig machen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Übernahme rückgängig machen" }).click();
    await page.locator(".takeover .success", { hasText: /^Die Übernahme wurde rückgängig gemacht/ }).waitFor();
    const reverted = await wave();
    assert.deepEqual([...reverted.keys()].sort(), [...before.keys()].sort(), "the wave has the pairs it had before");
    for (const [key, c] of reverted) assert.deepEqual(facts(c), facts(before.get(key)), `restored: ${key}`);
    await shot(page, "survey-15-zurueckgenommen");
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();

    // The dashboard at the phone's width.
    const small = await coordinator(phone);
    await small.getByRole("link", { name: run.survey.title }).click();
    await small.locator("main h2", { hasText: "Rücklauf" }).waitFor();
    await shot(small, "survey-16-auswertung-390");
    assert.deepEqual(await axe(small), [], "axe on the dashboard at 390");
    await small.context().close();
  });
});
