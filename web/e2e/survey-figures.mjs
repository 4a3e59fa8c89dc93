// Figures, not a test: a survey of a generated county (default 1,000 actors, all of
// them respondents, each roster all other actors), where the respondents have
// submitted 30 ticked partners each, but for the one measured, who has saved a draft
// of 30, and three who have not opened their links yet. On the
// 390×844 viewport: how long the respondent's roster page takes from opening the link
// until it is usable (the step "Partner" drawn with its 30 ticked partners and the
// search field ready), how long a typed search takes until its suggestions show, and,
// for a fresh link, from "Weiter" after the consent (which saves it) until the roster
// page is usable; with the server's share of each (resource timing).
// Then how long the takeover of all answers into the wave takes. Rounds: the first on
// a cold page, the next warm. Build the front end first (`npm run build`).
//
//   node e2e/survey-figures.mjs [actors] [ties per respondent]
import { request as httpRequest } from "node:http";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, newPage, results } from "./browser.mjs";
import { startServer } from "./server.mjs";

const actors = Number(process.argv[2] ?? 1000);
const perRespondent = Number(process.argv[3] ?? 30);
const rounds = 3;

const server = await startServer({ demoSize: [actors, actors * 3] });
const figures = { actors, perRespondent, viewport: "390x844", rounds: [] };

/**
 * call sends a request from a loopback address of its own (127.0.x.y), so that the
 * server's limit per client address (which a county's 1,000 respondents, each on its
 * own machine, would not meet) does not throttle the set-up.
 */
function call(path, { method = "GET", body, auth, from = "127.0.0.1" }) {
  const data = body === undefined ? null : Buffer.from(JSON.stringify(body));
  const u = new URL(server.url + "/api/v1" + path);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: u.hostname, port: u.port, path: u.pathname + u.search, method, localAddress: from, headers: { Authorization: auth ?? `Bearer ${server.token}`, ...(data ? { "Content-Type": "application/json", "Content-Length": data.length } : {}) } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (text += d));
        res.on("end", () => (res.statusCode >= 400 ? reject(new Error(`${method} ${path}: ${res.statusCode} ${text}`)) : resolve(text)));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}
const json = async (path, opts = {}) => JSON.parse(await call(path, opts));
const address = (i) => `127.1.${i >> 7}.${(i & 127) + 1}`;

/** seeded is a small deterministic random generator (mulberry32), so that every run ticks the same partners. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let t = Date.now();
let waves = (await json("/waves?limit=1000")).items;
if (!waves.length) waves = [await json("/waves", { method: "POST", body: { name: "Erhebung Figures", date: new Date().toISOString().slice(0, 10) } })];
const day = 86400_000;
const survey = await json("/surveys", {
  method: "POST",
  body: {
    wave_id: waves[waves.length - 1].id,
    title: "Netzwerkerhebung (Messung)",
    roster: { mode: "all" },
    questions: { kinds: false, trust: true, value: true, direction: true, since: true, note: true },
    opens_at: new Date(Date.now() - day).toISOString(),
    closes_at: new Date(Date.now() + 30 * day).toISOString(),
    contact: { name: "Messung" },
  },
});
const csv = await call(`/surveys/${survey.id}/links`, { method: "POST", body: {} });
const links = csv
  .split(/\r?\n/)
  .slice(1)
  .map((l) => l.match(/(https?:\/\/\S+\/umfrage#[\w-]+)/)?.[1])
  .filter(Boolean);
figures.respondents = links.length;
figures.setupLinksMs = Date.now() - t;

// Every respondent ticks perRespondent partners from its roster (all other actors).
const ids = (await json("/network")).nodes.map((n) => n.id);
const rand = seeded(16);
const answers = (self) => {
  const ties = new Map();
  while (ties.size < Math.min(perRespondent, ids.length - 1)) {
    const p = ids[Math.floor(rand() * ids.length)];
    if (p !== self) ties.set(p, { partner: p, intensity: 1 + Math.floor(rand() * 4), trust: 1 + Math.floor(rand() * 4), direction: ["out", "in", "both"][Math.floor(rand() * 3)] });
  }
  return { consent: true, ties: [...ties.values()] };
};
t = Date.now();
const measured = links[0];
let next = 0;
await Promise.all(
  Array.from({ length: 8 }, async () => {
    // The last few links stay unanswered: fresh respondents for the consent-to-roster figure.
    while (next < links.length - rounds) {
      const i = next++;
      const auth = "Survey " + links[i].split("#")[1];
      const me = (await json("/respond", { auth, from: address(i) })).organisation.id;
      await call(i === 0 ? "/respond/answers" : "/respond/submit", { method: i === 0 ? "PUT" : "POST", body: { version: 0, answers: answers(me) }, auth, from: address(i) });
    }
  }),
);
figures.setupAnswersMs = Date.now() - t;
console.log(`${links.length} respondents answered in ${figures.setupAnswersMs} ms`);

const browser = await launch();
try {
  for (let round = 0; round < rounds; round++) {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    const f = {};
    let start = Date.now();
    await page.goto(measured);
    await page.locator("main h2", { hasText: "Partner" }).waitFor();
    await page.locator("fieldset.roster input:checked").nth(perRespondent - 1).waitFor();
    await page.getByRole("combobox", { name: "Organisation suchen" }).waitFor({ state: "visible" });
    f.rosterUsableMs = Date.now() - start;
    f.ticked = await page.locator("fieldset.roster input:checked").count();
    const letters = (await page.locator("fieldset.roster label").first().textContent()).slice(0, 3);
    start = Date.now();
    await page.getByRole("combobox").fill(letters);
    await page.getByRole("option").first().waitFor();
    f.searchMs = Date.now() - start;
    f.scriptBytes = await page.evaluate(() => performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".js")).reduce((n, e) => n + e.encodedBodySize, 0));
    // Where the time goes: the server's answer to GET /respond, and the search's (after the 150 ms pause in typing).
    Object.assign(
      f,
      await page.evaluate(() => {
        const api = (p) => performance.getEntriesByType("resource").filter((e) => new URL(e.name).pathname === p);
        const first = api("/api/v1/respond")[0];
        const search = api("/api/v1/respond/roster").at(-1);
        return { respondApiMs: Math.round(first.responseEnd - first.startTime), respondApiDoneAtMs: Math.round(first.responseEnd), searchApiMs: search ? Math.round(search.responseEnd - search.startTime) : null };
      }),
    );
    await page.context().close();

    // A fresh link: from "Weiter" after the consent until the roster page is usable.
    const fresh = await newPage(browser);
    await fresh.setViewportSize({ width: 390, height: 844 });
    await fresh.goto(links[links.length - 1 - round]);
    await fresh.getByLabel(/Ich habe die Hinweise gelesen/).check();
    start = Date.now();
    await fresh.getByRole("button", { name: "Weiter" }).click();
    await fresh.getByRole("combobox", { name: "Organisation suchen" }).waitFor({ state: "visible" });
    f.consentToRosterMs = Date.now() - start;
    await fresh.context().close();
    console.log(round === 0 ? "cold" : "warm", f);
    figures.rounds.push(f);
  }
} finally {
  await browser.close();
}
t = Date.now();
const taken = await json(`/surveys/${survey.id}/takeover`, { method: "POST" });
figures.takeoverMs = Date.now() - t;
figures.takeoverTies = taken.ties;
console.log(`takeover of ${taken.ties} ties: ${figures.takeoverMs} ms`);
await server.stop();
writeFileSync(join(results, "figures-survey.json"), JSON.stringify(figures, null, 2));
console.log(JSON.stringify(figures));
