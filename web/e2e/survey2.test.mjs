// Browser tests of the coordinator's mailings and decisions in a partner survey: the
// server sends through a real SMTP server started in this process; the coordinator
// reaches "Erhebung" through the menu, sends invitations (each reaches its
// organisation with a working personal link), one organisation answers, and the
// reminders reach only those who have not; then the coordinator accepts a proposed
// organisation and rejects a master-data correction with the decision buttons, at
// 1280×720 and 390×844. axe-core runs on every page; screenshots go to test-results/.
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { after, before, describe, it } from "node:test";
import { axe, clickMenu, newPage, shot } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser, smtp;
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 720 };

/**
 * startSMTP starts a minimal SMTP server on a free loopback port (no STARTTLS, no
 * login, as a relay on the same host) that keeps every message it receives:
 * {to, text} with the quoted-printable body decoded.
 */
function startSMTP() {
  const messages = [];
  const srv = createServer((sock) => {
    sock.setEncoding("latin1");
    let buf = "";
    let data = null;
    let msg = null;
    sock.write("220 e2e ESMTP\r\n");
    sock.on("data", (chunk) => {
      buf += chunk;
      for (let i = buf.indexOf("\r\n"); i >= 0; i = buf.indexOf("\r\n")) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (data) {
          if (line === ".") {
            const body = data.join("\n").split(/\n\n/).slice(1).join("\n\n");
            const bytes = body.replace(/=\n/g, "").replace(/=([0-9A-F]{2})/g, (_, x) => String.fromCharCode(parseInt(x, 16)));
            messages.push({ to: msg.to, text: Buffer.from(bytes, "latin1").toString("utf8") });
            data = null;
            sock.write("250 OK\r\n");
          } else data.push(line.startsWith("..") ? line.slice(1) : line);
          continue;
        }
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === "EHLO") sock.write("250-e2e\r\n250 8BITMIME\r\n");
        else if (cmd === "MAIL") (msg = { to: [] }), sock.write("250 OK\r\n");
        else if (cmd === "RCPT") msg.to.push(/<([^>]*)>/.exec(line)?.[1]), sock.write("250 OK\r\n");
        else if (cmd === "DATA") (data = []), sock.write("354 Go ahead\r\n");
        else if (cmd === "QUIT") sock.end("221 Bye\r\n");
        else sock.write("250 OK\r\n");
      }
    });
  });
  return new Promise((resolve) => srv.listen(0, "127.0.0.1", () => resolve({ port: srv.address().port, messages, close: () => srv.close() })));
}

const fixture = suite(async () => {
  smtp = await startSMTP();
  return {
    env: { NETZWERKATLAS_SMTP_HOST: "127.0.0.1", NETZWERKATLAS_SMTP_PORT: String(smtp.port), NETZWERKATLAS_SMTP_STARTTLS: "0", NETZWERKATLAS_SMTP_FROM: "Netzwerkkoordination <netz@example.org>" },
  };
});
const { contract } = fixture;
before(async () => ({ server, browser } = await fixture.ready));
after(() => smtp?.close());

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

/** survey opens the survey's tab, reached through the menu "Erhebung" and the survey list. */
async function survey(viewport, title, tab) {
  const page = await newPage(browser, { token: server.token, contract });
  await page.setViewportSize(viewport);
  await page.goto(server.url + "/");
  await clickMenu(page, "Erhebung");
  await page.getByRole("link", { name: title }).click();
  await page.locator("main h1", { hasText: title }).waitFor();
  await page.locator("nav.tabs a", { hasText: tab }).click();
  await page.locator("nav.tabs a[aria-current=page]", { hasText: tab }).waitFor();
  return page;
}

const run = { survey: null, invited: [], answered: null, own: null };

describe("Erhebung: Versand und Entscheidungen", () => {
  it("sends invitations and then reminders only to those who have not answered", async () => {
    const waves = (await api("/waves?limit=100")).body.items;
    const wave = waves.find((w) => !w.closed);
    assert.ok(wave, "an open wave");
    const day = 86400_000;
    const created = await api("/surveys", {
      method: "POST",
      body: {
        wave_id: wave.id, title: `Versand E2E ${Date.now()}`, respondents: {}, roster: { mode: "all" },
        questions: { kinds: false, trust: false, value: false, direction: false, since: false, note: false }, master_data: true,
        opens_at: new Date(Date.now() - day).toISOString(), closes_at: new Date(Date.now() + 30 * day).toISOString(),
        consent_text: "Zweck: Netzwerkanalyse. Rechtsgrundlage: Einwilligung.", contact: { name: "Frau Kranz", email: "kranz@example.org" }, threshold: 0.65,
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    run.survey = created.body;

    const page = await survey(desktop, run.survey.title, "Links und Versand");
    await page.getByRole("button", { name: "Einladungen versenden" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Einladungen versenden" }).click();
    const status = page.locator("main [role=status] p", { hasText: /Einladungen versandt/ });
    await status.waitFor({ timeout: 120_000 });
    const sent = Number((await status.textContent()).match(/^([\d.]+) Einladungen/)[1].replace(/\./g, ""));
    const invitations = smtp.messages.splice(0);
    assert.ok(sent > 1, `invitations sent: ${sent}`);
    assert.equal(invitations.length, sent, "every invitation the page counts reached the SMTP server");
    for (const m of invitations) assert.match(m.text, /\/umfrage#[\w-]{20,}/, `a personal link in the mail to ${m.to}`);
    run.invited = invitations.map((m) => m.to[0]);
    assert.equal(new Set(invitations.map((m) => m.text.match(/\/umfrage#([\w-]+)/)[1])).size, sent, "each mail its own link");
    await page.locator("table caption", { hasText: "Versandprotokoll" }).waitFor();
    await shot(page, "survey2-01-einladungen");
    assert.deepEqual(await axe(page), [], "axe after sending the invitations");

    // One organisation answers through the link in its mail: a partner, a proposed
    // organisation, and a correction of its own telephone number.
    const secret = invitations[0].text.match(/\/umfrage#([\w-]+)/)[1];
    const view = (await api("/respond", { secret })).body;
    assert.ok(view, "the mailed link opens the survey");
    const partner = view.roster[0]?.id ?? (await api("/respond/roster?q=", { secret })).body.items[0].id;
    run.own = view.organisation.name;
    const submitted = await api("/respond/submit", {
      method: "POST", secret,
      body: { version: 0, answers: { consent: true, ties: [{ partner, intensity: 2 }, { partner: "new:0", intensity: 3 }], proposals: [{ name: "Tafel am Markt", city: "Musterstadt" }], master_data: { ...view.own_data, phone: "07000 424242" } } },
    });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    run.answered = invitations[0].to[0];

    await page.getByRole("button", { name: "Erinnerungen versenden" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Erinnerungen versenden" }).click();
    await page.locator("main [role=status] p", { hasText: /Erinnerungen versandt/ }).waitFor({ timeout: 120_000 });
    const reminders = smtp.messages.splice(0);
    assert.equal(reminders.length, invitations.length - 1, "everyone but the one who answered is reminded");
    assert.ok(!reminders.some((m) => m.to[0] === run.answered && run.invited.filter((a) => a === run.answered).length === 1), "not the one who answered");
    for (const m of reminders) assert.ok(run.invited.includes(m.to[0]), `${m.to[0]} was invited`);
    await page.locator("table tbody tr").nth(1).waitFor();
    assert.equal(await page.locator("table", { hasText: "Versandprotokoll" }).locator("tbody tr").count(), 2, "both sendings are logged");
    await shot(page, "survey2-02-erinnerungen");
    assert.deepEqual(await axe(page), [], "axe after the reminders");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it("accepts a proposed organisation and rejects a master-data correction with the decision buttons", async () => {
    const page = await survey(desktop, run.survey.title, "Auswertung");
    const accept = page.getByRole("button", { name: "Tafel am Markt: Annehmen" });
    await accept.click();
    await page.locator(".decision-status .success", { hasText: "Tafel am Markt angenommen" }).waitFor();
    assert.equal(await accept.getAttribute("aria-pressed"), "true");
    const reject = page.getByRole("button", { name: `${run.own}: Ablehnen` });
    await reject.click();
    await page.locator(".decision-status .success", { hasText: `${run.own} abgelehnt` }).waitFor();
    assert.equal(await reject.getAttribute("aria-pressed"), "true");
    let d = (await api(`/surveys/${run.survey.id}/dashboard`)).body;
    assert.equal(d.proposals[0].decision, "accept");
    assert.equal(d.master_data[0].decision, "reject");
    assert.deepEqual(d.master_data[0].fields, ["phone"]);
    await shot(page, "survey2-03-entscheidungen-1280");
    assert.deepEqual(await axe(page), [], "axe on the decisions at 1280");
    assert.deepEqual(page.errors, []);
    await page.context().close();

    // At the phone's width the decisions are kept; pressing one again takes it back.
    const small = await survey(phone, run.survey.title, "Auswertung");
    const again = small.getByRole("button", { name: "Tafel am Markt: Annehmen" });
    assert.equal(await again.getAttribute("aria-pressed"), "true", "the decision is shown after reloading");
    assert.equal(await small.getByRole("button", { name: `${run.own}: Ablehnen` }).getAttribute("aria-pressed"), "true");
    await again.click();
    await small.locator(".decision-status .success", { hasText: "Tafel am Markt wieder offen" }).waitFor();
    assert.equal(await again.getAttribute("aria-pressed"), "false");
    d = (await api(`/surveys/${run.survey.id}/dashboard`)).body;
    assert.ok(!d.proposals[0].decision, "the decision was taken back");
    await shot(small, "survey2-04-entscheidungen-390");
    assert.deepEqual(await axe(small), [], "axe on the decisions at 390");
    assert.deepEqual(small.errors, []);
    await small.context().close();
  });
});
