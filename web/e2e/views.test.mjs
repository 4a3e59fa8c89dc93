// Browser tests of every view against the real server with the demo county.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { axe, measured, newPage, results, shot, settle } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser;
const figures = {};
/** contract collects the API answers of each test's pages that the served OpenAPI document does not describe. */
const fixture = suite();
const { contract } = fixture;

before(async () => ({ server, browser } = await fixture.ready));
it("checks the API answers of the pages against the OpenAPI document", async () => {
  const earlier = contract.checked;
  const page = await open("/daten/akteure");
  await settle(page);
  await page.context().close();
  assert.ok(contract.checked > earlier, "the answers of a page are checked");
});
after(async () => {
  console.log(`${contract.checked} API answers checked against the OpenAPI document`);
  writeFileSync(join(results, "figures.json"), JSON.stringify(figures, null, 2));
});

/** open loads a view and waits for its heading; endpoint reports whether the view's analysis endpoint exists. */
async function open(path, { token } = {}) {
  const page = await newPage(browser, { token, contract });
  await page.goto(server.url + path);
  await page.locator("main h1").waitFor();
  return page;
}

async function checkA11y(page, name) {
  await shot(page, name);
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  assert.deepEqual(page.errors, [], `page errors on ${name}`);
}

describe("Menü", () => {
  it("opens every view from the menu, as a person clicks it", async () => {
    const page = await open("/karte", { token: server.token });
    // The public directory leaves the web interface; directory.test.mjs follows it.
    const labels = await page.locator("#nav a[data-link]").allTextContents();
    assert.ok(labels.includes("Daten") && labels.length >= 8, `menu entries: ${labels.join(", ")}`);
    for (const label of labels) {
      await page.locator("#nav a", { hasText: label }).first().click();
      await page.waitForFunction((l) => document.querySelector("#nav a[aria-current=page]")?.textContent === l, label);
      await settle(page);
      assert.ok(await page.locator("main h1").count(), `${label} has a heading`);
      assert.equal(await page.locator("main .error").count(), 0, `${label} shows no error`);
      assert.deepEqual(page.errors, [], `page errors on ${label}`);
    }
    await page.context().close();
  });
});

describe("Netzwerkkarte", () => {
  it("is drawn and interactive (target: 2 s), filters, highlights partners, keeps positions", async () => {
    const page = await newPage(browser, { contract });
    const start = Date.now();
    await page.goto(server.url + "/karte");
    await page.locator("#network-map[data-state=ready]").waitFor();
    figures.mapReadyMs = Date.now() - start;
    figures.mapReadyInPageMs = Math.round(await page.evaluate(() => performance.getEntriesByName("map-ready")[0].startTime));
    // Interactive: right after the first frame, a search hit selects an actor and its
    // partners are listed; measured in the page up to the next painted frame.
    const latency = await page.evaluate(async () => {
      const t = performance.now();
      const input = document.querySelector("main input[type=search]");
      input.value = "Caritas";
      input.dispatchEvent(new Event("input"));
      document.querySelector(".results button").click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - t;
    });
    figures.mapInteractiveMs = figures.mapReadyMs + Math.round(latency);
    assert.ok(await page.locator(".detail h3", { hasText: "Partner" }).isVisible());
    console.log("map figures", figures);
    measured("demo county map interactive", figures.mapInteractiveMs, 2000);
    const partners = await page.locator(".detail .partners li").count();
    assert.ok(partners > 0, "the selected actor's partners are listed");

    const map = page.locator("#network-map");
    const all = Number(await map.getAttribute("data-nodes"));
    assert.ok(all >= 100, `demo county drawn with ${all} actors`);
    await page.getByLabel("Rechtskreis").selectOption("sgb9");
    const filtered = Number(await map.getAttribute("data-nodes"));
    assert.ok(filtered > 0 && filtered < all, `filter keeps ${filtered} of ${all}`);
    assert.match(await page.locator(".count").textContent(), new RegExp(`^${filtered} von`));
    assert.equal(await page.getByRole("link", { name: "GEXF (Gephi)" }).getAttribute("href"), "/api/v1/exports/gexf?legal_domain=sgb9", "the export holds the filtered network");
    // The anonymous demo user is an analyst, who may add the metrics.
    await page.getByLabel("mit Kennzahlen (GEXF, GraphML, XLSX)").check();
    assert.equal(await page.getByRole("link", { name: "GEXF (Gephi)" }).getAttribute("href"), "/api/v1/exports/gexf?legal_domain=sgb9&metrics=true");
    assert.equal(await page.getByRole("link", { name: "JSON" }).getAttribute("href"), "/api/v1/exports/json?legal_domain=sgb9", "JSON carries no metrics");
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "GEXF (Gephi)" }).click()]);
    assert.match(readFileSync(await gexf.path(), "utf8"), /<gexf[\s\S]*betweenness/, "the GEXF file carries the metrics");
    await page.getByLabel("mit Kennzahlen (GEXF, GraphML, XLSX)").uncheck();
    await page.getByLabel("Mindestintensität").selectOption("4");
    assert.ok(Number(await map.getAttribute("data-edges")) >= 0);
    await page.getByLabel("Rechtskreis").selectOption("");
    await page.getByLabel("Mindestintensität").selectOption("");
    await page.getByLabel("Farbe nach").selectOption("actor_kind");
    assert.match(await page.locator(".legend").textContent(), /Leistungserbringer/);
    await page.getByLabel("Farbe nach").selectOption("community");
    await page.locator(".legend", { hasText: "Gemeinschaft 2" }).waitFor();
    assert.deepEqual(page.errors, [], "communities read");
    await page.getByLabel("Farbe nach").selectOption("actor_kind");
    await checkA11y(page, "01-netzwerkkarte");

    // Positions are saved when the layout stops and reused on the next visit.
    await page.locator("#network-map[data-layout=stopped]").waitFor({ timeout: 30_000 });
    const saved = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem("netzwerkatlas.layout") ?? "{}")).length);
    assert.equal(saved, all);
    await page.reload();
    await page.locator("#network-map[data-state=ready]").waitFor();
    await page.waitForTimeout(300);
    assert.equal(await map.getAttribute("data-layout"), null, "no new layout run when positions are stored");
    await page.context().close();
  });
});

describe("Akteursprofil", () => {
  it("shows details, partners, offers and the ego network", async () => {
    const net = await (await fetch(server.url + "/api/v1/network")).json();
    const deg = new Map();
    for (const e of net.edges) for (const id of [e.source, e.target]) deg.set(id, (deg.get(id) ?? 0) + 1);
    const hub = [...deg].sort((a, b) => b[1] - a[1])[0][0];
    const page = await open(`/akteure/${hub}`);
    await settle(page);
    assert.equal(await page.locator("main h1").textContent(), net.nodes.find((n) => n.id === hub).name);
    assert.ok((await page.locator("table:has(caption:text('Kooperationen')) tbody tr").count()) > 0);
    assert.ok((await page.locator("svg.ego circle").count()) > 1);
    await page.locator("table:has(caption:text('Kooperationen')) th button", { hasText: "Partner" }).click();
    assert.equal(await page.locator("table:has(caption:text('Kooperationen')) th[aria-sort=ascending]").count(), 1);
    await checkA11y(page, "02-akteursprofil");
    await page.context().close();
  });
});

describe("Kopplungspotenziale", () => {
  it("lists ranked pairs with names, score and reasons, filtered by the server", async () => {
    const page = await open("/kopplungspotenziale");
    await settle(page);
    const table = page.locator("table:has(caption:text('Kopplungspotenziale'))");
    assert.equal(await table.locator("tbody tr").count(), 50, "the endpoint's default of 50 pairs");
    const first = table.locator("tbody tr").first();
    assert.equal(await first.locator("th").textContent(), "1");
    assert.ok((await first.locator("td a[href^='/akteure/']").count()) === 2, "both actors named and linked");
    assert.match(await first.locator("ul.reasons").textContent(), /gehören zu verschiedenen Rechtskreisen/);
    assert.match(await first.locator("td.num").first().textContent(), /^0,\d\d$/);
    assert.match(await page.locator("main p[role=status]").textContent(), /geprüften Paaren/);

    // Filters are the endpoint's query parameters.
    const answer = page.waitForResponse((r) => r.url().includes("/analysis/coupling-potentials") && r.url().includes("legal_domain=sgb9"));
    await page.getByLabel("Rechtskreis").selectOption("sgb9");
    await answer;
    await settle(page);
    assert.match(page.url(), /legal_domain=sgb9/);
    const rows = await table.locator("tbody tr").count();
    assert.ok(rows > 0);
    const domains = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("small")].map((s) => s.textContent).join(" | ")));
    assert.ok(domains.every((d) => d.includes("SGB IX")), "every pair has an SGB IX actor");
    await page.getByLabel("Anzahl").selectOption("25");
    await settle(page);
    assert.ok((await table.locator("tbody tr").count()) <= 25);
    await checkA11y(page, "03-kopplungspotenziale");

    // "Auf der Karte zeigen" opens the map with the pair.
    await table.locator("a", { hasText: "Auf der Karte zeigen" }).first().click();
    await page.locator("#network-map[data-state=ready]").waitFor();
    assert.match(page.url(), /\/karte\?paar=/);
    await page.context().close();
  });
});

describe("Kopplungsmatrix", () => {
  it("shows the legal-domain heat map with values and weak pairs", async () => {
    const page = await open("/kopplungsmatrix");
    await settle(page);
    const real = await (await fetch(server.url + "/api/v1/analysis/coupling-matrix")).json();
    const heat = page.locator("table.heatmap");
    assert.match(await heat.locator("caption").textContent(), /Rechtskreis × Rechtskreis/);
    const groups = real.legal_domains.groups.filter((g) => g.actors > 0);
    assert.equal(await heat.locator("tbody tr").count(), groups.length);
    assert.match(await heat.locator("thead").textContent(), /SGB II/);
    const values = await heat.locator("tbody td:not(.empty)").allTextContents();
    assert.ok(values.length > 0 && values.every((v) => /^\d+(,\d+)?/.test(v)), "values written in the cells");
    const weak = real.legal_domains.cells.filter((c) => c.weak && c.a !== c.b).length * 2;
    assert.equal(await heat.locator("td.flagged").count(), weak, "weak pairs marked on both sides of the diagonal");
    assert.match(await heat.locator("td.flagged").first().textContent(), /schwach gekoppelt/);
    assert.equal(await page.locator("ul.notes li").count(), real.legal_domains.notes.length);
    await checkA11y(page, "03-kopplungsmatrix");
    await page.getByLabel("Wert").selectOption("density_ratio");
    assert.match(await heat.locator("caption").textContent(), /Dichte/);
    await page.getByLabel("Ausschnitt").selectOption("actor_kinds");
    assert.match(await page.locator("table.heatmap thead").textContent(), /Leistungserbringer/);
    await page.context().close();
  });
});

describe("Kennzahlen", () => {
  it("shows sortable metrics, the network figures and exports CSV and XLSX from the server", async () => {
    const page = await open("/kennzahlen", { token: server.token });
    await settle(page);
    const table = page.locator("table:has(caption:text('Kennzahlen der Akteure'))");
    const real = await (await fetch(server.url + "/api/v1/analysis/actors")).json();
    assert.match(await table.locator("caption").textContent(), new RegExp(`\\(${real.actors.length}\\)|von ${real.actors.length}`));
    assert.ok((await table.locator("tbody tr").count()) > 0);
    assert.match(await table.locator("thead").textContent(), /Anzahl Kooperationen \(Grad\)/);
    const first = await table.locator("tbody tr th").first().textContent();
    await table.locator("thead button").nth(1).click();
    const after = await table.locator("tbody tr th").first().textContent();
    assert.ok(first !== after || (await table.locator("th[aria-sort]:not([aria-sort=none])").count()) === 1);
    assert.match(await page.locator("section:has(#nw)").textContent(), /Durchmesser/);
    await checkA11y(page, "03-kennzahlen");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Als CSV herunterladen" }).click()]);
    assert.match(csv.suggestedFilename(), /\.csv$/);
    const [answer, xlsx] = await Promise.all([
      page.waitForResponse((r) => r.url().includes("/analysis/actors?format=xlsx")),
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Als XLSX herunterladen" }).click(),
    ]);
    assert.match(answer.headers()["content-type"], /spreadsheetml/);
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
    const bytes = readFileSync(await xlsx.path());
    assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK", "an XLSX file is a ZIP archive");
    assert.match(await page.locator(".download-status").textContent(), /heruntergeladen/);
    await page.context().close();
  });
});

describe("Sozialräume", () => {
  it("lists the figures per social space and colours the map by the chosen one", async () => {
    const page = await open("/sozialraeume", { token: server.token });
    await settle(page);
    const real = await (await fetch(server.url + "/api/v1/analysis/social-spaces")).json();
    const table = page.locator("table:has(caption:text('Vernetzung je Sozialraum'))");
    assert.equal(await table.locator("tbody tr").count(), real.social_spaces.length);
    assert.equal(await table.locator("thead th[scope=col]").count(), 14);
    const worst = [...real.social_spaces].filter((x) => x.local_ratio !== null).sort((a, b) => a.local_ratio - b.local_ratio)[0];
    assert.equal(await table.locator("tbody tr th[scope=row]").first().textContent(), worst.name, "sorted by local connectedness, weakest first");
    const paths = page.locator(".geo svg path");
    assert.ok((await paths.count()) >= 2, "social spaces drawn");
    assert.ok((await paths.evaluateAll((ps) => new Set(ps.map((p) => p.getAttribute("fill"))).size)) >= 2, "coloured by value");
    await checkA11y(page, "04-sozialraeume");
    await page.getByLabel("Kennzahl", { exact: true }).selectOption("actors");
    assert.match(await page.locator(".geo svg").getAttribute("aria-label"), /gefärbt nach Akteure/);
    const one = real.social_spaces.find((x) => x.level === "social_space");
    assert.match(await page.locator("details:has(summary:text('Werte der Karte'))").textContent(), new RegExp(`${one.name}: Akteure ${one.actors}`));
    await page.context().close();
  });
});

describe("Resilienz", () => {
  it("ranks the actors whose loss would split the network most", async () => {
    const page = await open("/resilienz", { token: server.token });
    await settle(page);
    const real = await (await fetch(server.url + "/api/v1/analysis/resilience")).json();
    const table = page.locator("table:has(caption:text('Akteure, deren Ausfall das Netzwerk am stärksten trennt'))");
    await table.waitFor(); // the view reads the definitions after the loading notice is gone
    assert.equal(await table.locator("tbody tr").count(), Math.min(25, real.actors.length));
    const first = table.locator("tbody tr").first();
    assert.equal(await first.locator("a").textContent(), real.actors[0].name);
    assert.ok((await first.textContent()).includes(real.actors[0].explanation));
    assert.ok((await first.textContent()).includes(String(real.actors[0].disconnected_pairs)));
    await checkA11y(page, "04-resilienz");
    await page.getByLabel("Akteure", { exact: true }).selectOption("key");
    const key = real.actors.filter((a) => a.articulation_point).length;
    assert.equal(await table.locator("tbody tr").count(), Math.min(25, key));
    assert.ok((await table.locator("tbody tr td:last-child").allTextContents()).every((t) => t === "ja"));
    await page.context().close();
  });
});

describe("Angebotslücken", () => {
  it("draws the coverage map, the heat map from the cells and the explained gaps", async () => {
    const page = await open("/angebotsluecken");
    await settle(page);
    const real = await (await fetch(server.url + "/api/v1/analysis/gaps")).json();
    assert.ok((await page.locator(".geo svg path").count()) >= 2, "social spaces drawn");
    const coloured = await page.locator(".geo svg path").evaluateAll((ps) => new Set(ps.map((p) => p.getAttribute("fill"))).size);
    assert.ok(coloured >= 2, "social spaces coloured by coverage");
    const worst = real.social_spaces[0];
    assert.match(await page.locator("details:has(summary:text('Werte der Karte'))").textContent(), new RegExp(`${worst.name}: Deckungsgrad ${Math.round(worst.coverage * 100)} %`));
    const heat = page.locator("table.heatmap");
    const spaces = new Set(real.cells.map((c) => c.social_space)).size;
    assert.equal(await heat.locator("tbody tr").count(), spaces);
    assert.ok((await heat.locator("tbody td:not(.empty)").count()) > 0);
    assert.match(await heat.locator("tbody td:not(.empty)").first().textContent(), /\d %$/);
    await checkA11y(page, "04-angebotsluecken");
    await page.getByLabel("Wert").selectOption("offers");
    assert.match(await heat.locator("caption").textContent(), /Anzahl Angebote/);
    const gaps = page.locator("table:has(caption:text('Gefundene Lücken'))");
    assert.equal(await gaps.locator("tbody tr").count(), real.gaps.length);
    assert.ok((await gaps.textContent()).includes(real.gaps[0].explanation));
    await page.getByLabel("Art der Lücke").selectOption("poorly_connected");
    assert.equal(await gaps.locator("tbody tr").count(), real.gaps.filter((g) => g.kind === "poorly_connected").length);
    assert.match(await gaps.textContent(), /kooperieren kaum miteinander/);
    assert.deepEqual(await axe(page), [], "axe after switching the heat map and the filter");
    await page.context().close();
  });
});

describe("Daten", () => {
  it("shows field errors from the server and persists an edit across a reload", async () => {
    const list = await open("/daten/akteure", { token: server.token });
    await settle(list);
    await checkA11y(list, "05-daten-liste");
    await list.locator("a", { hasText: "Bearbeiten" }).first().click();
    const name = list.getByLabel("Name (Pflichtfeld)");
    await name.waitFor();
    // The browser lets the form through (novalidate); the server's answer is shown at the field.
    await name.fill("");
    await list.getByRole("button", { name: "Änderungen speichern" }).click();
    await list.locator(".field.invalid .field-error").first().waitFor();
    assert.match(await list.locator(".field.invalid").first().textContent(), /Das Feld darf nicht leer sein/);
    assert.equal(await name.getAttribute("aria-invalid"), "true");
    await checkA11y(list, "06-daten-fehler");
    const newName = "Geänderter Akteur " + Date.now();
    await name.fill(newName);
    await list.getByRole("button", { name: "Änderungen speichern" }).click();
    await list.locator(".success").waitFor();
    await list.reload();
    await list.getByLabel("Name (Pflichtfeld)").waitFor();
    assert.equal(await list.getByLabel("Name (Pflichtfeld)").inputValue(), newName);
    await list.context().close();
  });

  it("creates a cooperation", async () => {
    const page = await open("/daten/kooperationen?neu", { token: server.token });
    await page.getByLabel("Erster Akteur (Pflichtfeld)").waitFor();
    const opts = await page.getByLabel("Erster Akteur (Pflichtfeld)").locator("option").evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
    await page.getByLabel("Erster Akteur (Pflichtfeld)").selectOption(opts[0]);
    await page.getByLabel("Zweiter Akteur (Pflichtfeld)").selectOption(opts[opts.length - 1]);
    await page.getByLabel("Gemeinsames Projekt").check();
    await page.getByLabel(/Intensität/).fill("3");
    await page.getByRole("button", { name: "Kooperation anlegen" }).click();
    await page.locator(".success").waitFor();
    assert.match(page.url(), /bearbeiten=/);
    await page.context().close();
  });

  it("shows only reading to the anonymous demo user", async () => {
    const page = await open("/daten/akteure");
    await settle(page);
    assert.equal(await page.locator("a", { hasText: "Bearbeiten" }).count(), 0);
    assert.match(await page.locator(".notice").textContent(), /Zum Anlegen und Bearbeiten/);
    await page.context().close();
  });
});

describe("Import", () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

  it("shows the dry run's errors with row and column, and offers no confirmation", async () => {
    const page = await open("/daten/import", { token: server.token });
    const template = page.getByRole("link", { name: "Vorlage herunterladen (XLSX)" });
    assert.equal(await template.getAttribute("href"), "/api/v1/imports/template");
    const [file] = await Promise.all([page.waitForEvent("download"), template.click()]);
    assert.match(file.suggestedFilename(), /\.xlsx$/);
    assert.equal(readFileSync(await file.path()).subarray(0, 2).toString("latin1"), "PK");
    await page.getByLabel("Datei (Pflichtfeld)").setInputFiles(join(fixtures, "akteure-fehler.csv"));
    await page.getByRole("button", { name: "Probelauf starten" }).click();
    await page.locator(".report.failed").waitFor();
    assert.equal(await page.locator(".report h2").textContent(), "Probelauf mit Fehlern");
    const rows = page.locator("table.issues:has(caption:text('Fehler')) tbody tr");
    assert.ok((await rows.count()) >= 2);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    const domain = cells.find((c) => c[4] === "SGB 99");
    assert.ok(domain, "the unknown legal domain is reported with its value: " + JSON.stringify(cells));
    assert.equal(domain[1], "2", "in row 2 (the header is row 1)");
    assert.equal(domain[2], "Rechtskreise");
    const name = cells.find((c) => c[2] === "Name");
    assert.ok(name, "the missing name is reported: " + JSON.stringify(cells));
    assert.equal(name[1], "3");
    assert.equal(await page.getByRole("button", { name: "Import bestätigen" }).count(), 0, "no confirmation with errors");
    await checkA11y(page, "07-import");
    await page.context().close();
  });

  it("shows a valid dry run's counts, imports on confirmation and lists the new actor", async () => {
    const page = await open("/daten/import", { token: server.token });
    await page.getByLabel("Datei (Pflichtfeld)").setInputFiles(join(fixtures, "akteure-neu.csv"));
    await page.getByRole("button", { name: "Probelauf starten" }).click();
    await page.locator(".report.ok").waitFor();
    assert.equal(await page.locator(".report h2").textContent(), "Probelauf ohne Fehler");
    const actors = page.locator("table.counts tbody tr[data-kind=actor] td");
    assert.deepEqual(await actors.allTextContents(), ["1", "1", "0", "0"], "read 1, new 1, changed 0, unchanged 0");
    await shot(page, "07-import-probelauf");
    assert.deepEqual(await axe(page), [], "axe on the dry run's report");
    await page.getByRole("button", { name: "Import bestätigen" }).click();
    await page.locator(".report h2", { hasText: "Import abgeschlossen" }).waitFor();
    assert.deepEqual(await actors.allTextContents(), ["1", "1", "0", "0"]);
    await page.getByRole("link", { name: "Zu den Akteuren" }).click();
    await page.getByLabel("Suchen", { exact: true }).fill("Importverein");
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.locator("main table tbody th", { hasText: "Importverein Seeland-Test e.V." }).waitFor();
    assert.equal(await page.locator("main table tbody tr").count(), 1);
    // The exports honour the search.
    const csvLink = page.getByRole("link", { name: "CSV herunterladen" });
    assert.equal(await csvLink.getAttribute("href"), "/api/v1/exports/csv?q=Importverein&kind=actor");
    const [csv] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
    const rows = readFileSync(await csv.path(), "utf8").trim().split(/\r?\n/);
    assert.equal(rows.length, 2, "header and the one actor found");
    assert.match(rows[1], /Importverein Seeland-Test e\.V\./);
    await page.context().close();
  });
});

describe("Anmeldung", () => {
  it("signs in with a token and shows the role", async () => {
    const page = await open("/anmeldung");
    await page.getByLabel("API-Token").fill("nza_falsch");
    await page.getByRole("button", { name: "Mit Token anmelden" }).click();
    await page.locator(".error").waitFor();
    await page.getByLabel("API-Token").fill(server.token);
    await page.getByRole("button", { name: "Mit Token anmelden" }).click();
    await page.locator("h2", { hasText: "Angemeldet als e2e" }).waitFor();
    assert.match(await page.locator("#user").textContent(), /Bearbeiten/);
    await checkA11y(page, "08-anmeldung");
    await page.context().close();
  });
});
