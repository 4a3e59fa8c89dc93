// Browser test of a full disk: the real server keeps its data file on a small tmpfs,
// the test fills it, and an entity form must show the German notice and keep the
// user's input; once space is free, saving the same form works. Mounting needs root
// (as in CI); otherwise the test skips and says why.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, it } from "node:test";
import { launch, newPage, shot } from "./browser.mjs";
import { startServer } from "./server.mjs";

let server, browser, dir, mounted = false;

after(async () => {
  await browser?.close();
  await server?.stop();
  if (mounted) execFileSync("umount", [dir]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** fillDisk writes dir/filler until the file system is full and returns its path. */
function fillDisk() {
  const path = join(dir, "filler");
  const fd = openSync(path, "w");
  const chunk = Buffer.alloc(1 << 16);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if (err.code !== "ENOSPC") throw err;
  } finally {
    closeSync(fd);
  }
  return path;
}

const description = "Beratung und Begleitung im Sozialraum. ".repeat(120); // 4,680 characters

it("keeps the form and shows a notice when the disk is full", async (t) => {
  if (process.env.E2E_URL) return t.skip("needs its own server (E2E_URL is set)");
  if (process.getuid?.() !== 0) return t.skip("mounting a small tmpfs needs root; runs as root in CI");
  dir = mkdtempSync(join(tmpdir(), "nza-full-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=48m", "tmpfs", dir], { stdio: "pipe" });
    mounted = true;
  } catch (err) {
    return t.skip(`cannot mount a tmpfs here: ${String(err.stderr ?? err).trim()}`);
  }
  server = await startServer({ demo: true, dir });
  browser = await launch();

  // Fill the disk, then use up the free pages inside the data file with the same kind
  // of write as the form's, so that the form's write needs new space too.
  const filler = fillDisk();
  const post = (i) =>
    fetch(server.url + "/api/v1/actors", {
      method: "POST",
      headers: { Authorization: "Bearer " + server.token, "Content-Type": "application/json" },
      body: JSON.stringify({ name: `Platzhalter ${i}`, kind: "association", legal_domains: ["sgb9"], description }),
    });
  let status = 0;
  for (let i = 0; i < 2000 && status !== 507; i++) status = (await post(i)).status;
  assert.equal(status, 507, "the API answers 507 once the disk is full");

  const page = await newPage(browser, { token: server.token });
  await page.goto(server.url + "/daten/akteure?neu");
  const name = page.getByLabel("Name (Pflichtfeld)");
  await name.waitFor();
  await name.fill("Familienzentrum Am See");
  await page.getByLabel("Akteursart (Pflichtfeld)").selectOption("association");
  await page.locator('input[name="legal_domains"]').first().check();
  await page.getByLabel("Beschreibung").fill(description);
  await page.getByRole("button", { name: "Akteur anlegen" }).click();

  const notice = page.locator(".error-summary .store-notice");
  await notice.waitFor();
  assert.match(await notice.textContent(), /Speicherplatz des Servers ist voll; es wurde nichts gespeichert\. Ihre Eingaben bleiben erhalten/);
  assert.match(await page.locator(".error-summary").textContent(), /nichts geschrieben/, "the server's detail says nothing was written");
  assert.match(page.url(), /\/daten\/akteure\?neu$/, "the form stays where it was");
  assert.equal(await name.inputValue(), "Familienzentrum Am See");
  assert.equal(await page.getByLabel("Beschreibung").inputValue(), description);
  assert.equal(await page.locator('input[name="legal_domains"]').first().isChecked(), true);
  await shot(page, "20-speicher-voll");

  // Space is free again: the same form saves.
  rmSync(filler);
  await page.getByRole("button", { name: "Akteur anlegen" }).click();
  await page.locator(".success").waitFor();
  assert.match(page.url(), /bearbeiten=/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
