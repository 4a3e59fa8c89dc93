// Debian's Chromium driven by playwright-core (no browser download), and helpers the
// tests share: axe-core checks, screenshots and the check against sideways scrolling.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { watch } from "./contract.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const results = join(here, "..", "test-results");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** sizes are the two windows the tests look at a page in: a phone's and a laptop's. */
export const sizes = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 720 },
];

/** launch starts Chromium; playwright gives each launch a fresh temporary profile. */
export async function launch() {
  mkdirSync(results, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      // WebGL without a GPU: SwiftShader, which Chromium allows only when asked to.
      "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
    ],
  });
}

/**
 * newPage opens a page that records uncaught errors and Content-Security-Policy
 * refusals. Given contract ({check, violations, checked}, see contract.mjs), every
 * /api/v1 answer the page receives is checked against the OpenAPI document, and the
 * messages of those it does not describe go to contract.violations.
 */
export async function newPage(browser, { token, contract } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "de-DE" });
  if (contract) watch(context, contract);
  if (token) await context.addInitScript((t) => sessionStorage.setItem("netzwerkatlas.token", t), token);
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(e.message));
  page.on("console", (m) => m.text().includes("Content Security Policy") && page.errors.push(m.text()));
  return page;
}

/** axe runs axe-core (WCAG 2.1 A and AA) and returns the serious and critical violations. */
export async function axe(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const res = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  return res.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

export function shot(page, name) {
  return page.screenshot({ path: join(results, name + ".png"), fullPage: true });
}

/**
 * measured records a timing figure against its target. The figures are written to
 * test-results/ and reported in the issue notes; only `npm run bench` (WEB_BENCH=1, on
 * a quiet machine) fails when a target is missed, since a loaded CI machine would make
 * a timed test flaky rather than informative.
 */
export function measured(name, ms, targetMs) {
  console.log(`${name}: ${ms} ms (target ${targetMs} ms)`);
  if (process.env.WEB_BENCH === "1" && ms >= targetMs) {
    throw new Error(`${name}: ${ms} ms, target ${targetMs} ms`);
  }
}

/**
 * clickMenu follows the main menu's entry label as a person does: once the menu is
 * drawn, it opens the "Menü" disclosure where the menu is folded (narrow screens),
 * clicks the entry, waits until the menu marks it as the current page and the view
 * has a heading that contains heading (by default the label; "" for any).
 */
export async function clickMenu(page, label, heading = label) {
  const link = page.locator("#nav a", { hasText: new RegExp(`^${label}$`) });
  await link.waitFor({ state: "attached" });
  const toggle = page.locator("#menu-toggle");
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await link.click();
  await page.waitForFunction((l) => document.querySelector("#nav a[aria-current=page]")?.textContent === l, label);
  await page.locator("main h1", { hasText: heading }).waitFor();
}

/**
 * settle waits until the view has drawn what it loads: the router has marked its box
 * as done (see router.ts) and no loading status is shown in the main area.
 */
export async function settle(page, timeout = 60_000) {
  await page.waitForFunction(() => !document.querySelector("main .view[data-loading], main .status"), null, { timeout });
}

/**
 * openFromMenu opens a page of the given size for the started server (see
 * server.mjs) as newPage does, starts on the import view, which loads no network,
 * and follows the main menu's entry label as clickMenu does. It returns the page.
 */
export async function openFromMenu(browser, server, { contract, size, label, heading = label }) {
  const page = await newPage(browser, { token: server.token, contract });
  await page.setViewportSize(size);
  await page.goto(server.url + "/import");
  await page.locator("main h1").waitFor();
  await page.waitForLoadState("networkidle");
  await clickMenu(page, label, heading);
  return page;
}

/** noSideScroll asserts that the page does not scroll sideways; label names the page in the message. */
export async function noSideScroll(page, label) {
  const [scroll, inner] = await page.evaluate(() => [document.scrollingElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= inner, `${label}: the page is ${scroll} px wide, the window ${inner} px`);
}
