// Browser tests of the Netzwerkkarte's readability: reached from the menu, filters in
// the URL (restored on load and on back/forward), legend counts that agree with the
// data, the camera re-centred on the filtered actors, labels that neither overlap nor
// are cut off, at 1280x720 and 390x844, with axe-core and screenshots.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { axe, clickMenu, newPage, shot } from "./browser.mjs";
import { suite } from "./suite.mjs";

let server, browser, network;
const fixture = suite();
const { contract } = fixture;

before(async () => {
  ({ server, browser } = await fixture.ready);
  const res = await fetch(server.url + "/api/v1/network", { headers: { Authorization: "Bearer " + server.token } });
  assert.equal(res.status, 200);
  network = await res.json();
});

/** openMap opens another view and reaches the map through the menu, as a person does. */
async function openMap(size) {
  const page = await newPage(browser, { token: server.token, contract });
  await page.setViewportSize(size);
  await page.goto(server.url + "/daten");
  await page.locator("main h1").waitFor();
  await clickMenu(page, "Netzwerkkarte", "");
  await page.locator("#network-map[data-state=ready]").waitFor();
  assert.equal(new URL(page.url()).pathname, "/karte", "the menu leads to the map");
  return page;
}

/** settled waits until the layout has stopped and the camera stands still. */
async function settled(page) {
  await page.locator("#network-map[data-layout=stopped], #network-map:not([data-layout])").waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector("#network-map").sigma.getCamera().isAnimated());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * labelReport reads the labels the last frame placed and the label canvas's pixels: the
 * boxes, whether two overlap, whether one leaves the map, and how many drawn pixels
 * lie outside every box (grown by 1 px for anti-aliasing).
 */
function labelReport(page) {
  return page.evaluate(() => {
    const el = document.querySelector("#network-map");
    const { width, height } = el.sigma.getDimensions();
    const boxes = el.labelLayer.placed.map((p) => ({ key: p.key, text: p.text, ...p.box }));
    const overlapping = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping.push(`${a.text} / ${b.text}`);
      }
    const outside = boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height).map((b) => b.text);
    const canvas = el.sigma.getCanvases().labels;
    const ratio = canvas.width / width;
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let stray = 0;
    let inked = 0;
    for (let y = 0; y < canvas.height; y++)
      for (let x = 0; x < canvas.width; x++) {
        if (data[(y * canvas.width + x) * 4 + 3] < 40) continue;
        inked++;
        const [px, py] = [x / ratio, y / ratio];
        if (!boxes.some((b) => px >= b.x1 - 1 && px <= b.x2 + 1 && py >= b.y1 - 1 && py <= b.y2 + 1)) stray++;
      }
    return { width, height, boxes, overlapping, outside, stray, inked, shown: Number(el.dataset.labels) };
  });
}

/** viewportSpread returns where the visible actors are drawn, relative to the map's size. */
function viewportSpread(page) {
  return page.evaluate(() => {
    const sigma = document.querySelector("#network-map").sigma;
    const { width, height } = sigma.getDimensions();
    const pts = [];
    sigma.getGraph().forEachNode((n) => {
      const d = sigma.getNodeDisplayData(n);
      if (!d.hidden) pts.push(sigma.framedGraphToViewport(d));
    });
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    return {
      visible: pts.length,
      order: sigma.getGraph().order,
      inside: pts.every((p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height),
      spread: Math.max((Math.max(...xs) - Math.min(...xs)) / width, (Math.max(...ys) - Math.min(...ys)) / height),
    };
  });
}

const legendCounts = (page) => page.locator(".legend-list li").evaluateAll((lis) => lis.map((li) => ({ key: li.dataset.key, count: Number(li.dataset.count), text: li.textContent })));

for (const size of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
  const tag = `${size.width}x${size.height}`;
  describe(`Netzwerkkarte ${tag}`, () => {
    it("filters through the URL, with back and forward, re-centres and counts what is visible", async () => {
      const page = await openMap(size);
      const map = page.locator("#network-map");
      const all = network.nodes.length;
      assert.equal(Number(await map.getAttribute("data-nodes")), all, "unfiltered, every actor is shown");
      const legend = await legendCounts(page);
      assert.ok(
        legend.reduce((s, e) => s + e.count, 0) >= all,
        "every actor is counted at least once (those with several legal domains once per family)",
      );
      assert.equal(legend.find((e) => e.key === "")?.count ?? 0, network.nodes.filter((n) => !(n.legal_domains ?? []).length).length);
      assert.match(await page.locator(".legend-note").textContent(), /bei jedem seiner Rechtskreise/);
      await settled(page);

      // A filter: the URL names it, the graph keeps every node (hidden, not removed), the
      // camera fits the rest, the counts are those of the data.
      const sgb9 = network.nodes.filter((n) => (n.legal_domains ?? []).includes("sgb9"));
      assert.ok(sgb9.length > 0 && sgb9.length < all);
      await page.getByLabel("Rechtskreis").selectOption("sgb9");
      assert.equal(new URL(page.url()).searchParams.get("legal_domain"), "sgb9", "the URL names the filter");
      assert.equal(Number(await map.getAttribute("data-nodes")), sgb9.length, "the filter keeps the SGB IX actors");
      assert.match(await page.locator(".count").textContent(), new RegExp(`^${sgb9.length} von ${all} Akteuren`));
      await settled(page);
      const spread = await viewportSpread(page);
      assert.equal(spread.order, all, "the drawn graph still holds every actor");
      assert.equal(spread.visible, sgb9.length, "sigma shows the filtered actors only");
      assert.ok(spread.inside, "every filtered actor is in view");
      assert.ok(spread.spread > 0.45, `the filtered actors fill the map (${spread.spread.toFixed(2)} of its width or height)`);
      const filtered = await legendCounts(page);
      const teilhabe = filtered.find((e) => e.key === "participation");
      assert.match(teilhabe.text, new RegExp(`SGB IX ${sgb9.length}\\b`), "the legal domain counts every visible actor");
      assert.equal(teilhabe.count, sgb9.length, "the family counts every visible actor");
      for (const e of filtered) assert.ok(e.count <= sgb9.length && e.count > 0, `${e.text} counts visible actors only`);
      await shot(page, `map-${tag}-gefiltert`);

      // A second filter, then back and forward without drawing the view anew.
      await page.evaluate(() => (document.querySelector("#network-map").marker = "same"));
      const kind = network.nodes.find((n) => (n.legal_domains ?? []).includes("sgb9")).kind;
      await page.getByLabel("Akteursart").selectOption(kind);
      const both = sgb9.filter((n) => n.kind === kind).length;
      assert.equal(Number(await map.getAttribute("data-nodes")), both, "two filters");
      assert.equal(new URL(page.url()).searchParams.get("actor_kind"), kind, "the URL names both filters");
      await page.goBack();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has("actor_kind"));
      await page.waitForFunction((n) => document.querySelector("#network-map").dataset.nodes === String(n), sgb9.length);
      assert.equal(await page.getByLabel("Akteursart").inputValue(), "", "back: the actor kind is cleared");
      assert.equal(await page.getByLabel("Rechtskreis").inputValue(), "sgb9", "back: the legal domain stays");
      assert.equal(await page.evaluate(() => document.querySelector("#network-map").marker), "same", "back keeps the map, it only re-filters");
      await page.goForward();
      await page.waitForFunction((n) => document.querySelector("#network-map").dataset.nodes === String(n), both);
      assert.equal(await page.getByLabel("Akteursart").inputValue(), kind, "forward: the actor kind is back");

      // The URL alone restores the filters.
      await page.reload();
      await page.locator("#network-map[data-state=ready]").waitFor();
      assert.equal(await page.getByLabel("Rechtskreis").inputValue(), "sgb9", "reload: legal domain");
      assert.equal(await page.getByLabel("Akteursart").inputValue(), kind, "reload: actor kind");
      assert.equal(Number(await map.getAttribute("data-nodes")), both, "reload: count");

      // Colour by actor kind: one kind per actor, so the legend adds up to what is visible.
      await page.getByLabel("Akteursart").selectOption("");
      await page.getByLabel("Farbe nach").selectOption("actor_kind");
      const kinds = await legendCounts(page);
      assert.equal(kinds.reduce((s, e) => s + e.count, 0), sgb9.length, "the actor-kind legend adds up to the visible actors");
      assert.deepEqual(page.errors, [], "no page errors");
      await page.context().close();
    });

    it("shows labels by importance that neither overlap nor leave the map, and keeps the controls", async () => {
      const page = await openMap(size);
      await settled(page);
      const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      for (const name of ["Vergrößern", "Verkleinern", "Ansicht zurücksetzen"]) {
        const b = await page.getByRole("button", { name }).boundingBox();
        assert.ok(b && b.x >= 0 && b.x + b.width <= size.width, `${name} is within the page`);
      }
      for (const label of ["Rechtskreis", "Farbe nach", "Akteur suchen"]) assert.ok(await page.getByLabel(label).isVisible(), `${label} is shown`);
      const box = await page.locator("#network-map").boundingBox();
      assert.ok(box.width <= size.width && box.height >= 300, `the map is ${box.width}x${box.height}`);

      const overview = await labelReport(page);
      console.log(`${tag}: ${overview.boxes.length} labels in the overview, ${overview.inked} label pixels`);
      assert.ok(overview.boxes.length >= 3, "the overview names some actors");
      assert.deepEqual(overview.overlapping, [], "no two labels overlap");
      assert.deepEqual(overview.outside, [], "no label is cut off");
      assert.equal(overview.stray, 0, "every drawn label pixel lies in a reported label box");
      assert.equal(overview.shown, overview.boxes.length);
      // The most important actors are named first: the best connected has a label.
      const degree = new Map();
      for (const e of network.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
      const top = [...degree].sort((a, b) => b[1] - a[1])[0][0];
      assert.ok(overview.boxes.some((b) => b.key === top), "the actor with the most cooperations is labelled");
      await shot(page, `map-${tag}-uebersicht`);

      // Zooming in shows more labels, still without overlap.
      await page.getByRole("button", { name: "Vergrößern" }).click();
      await page.getByRole("button", { name: "Vergrößern" }).click();
      await settled(page);
      const zoomed = await labelReport(page);
      assert.deepEqual(zoomed.overlapping, []);
      assert.deepEqual(zoomed.outside, []);
      assert.equal(zoomed.stray, 0);
      await shot(page, `map-${tag}-vergroessert`);

      // Selecting an actor forces its partners' labels; they still do not overlap.
      await page.getByLabel("Akteur suchen").fill(network.nodes.find((n) => n.id === top).name);
      await page.locator(".results button").first().click();
      await settled(page);
      const selected = await labelReport(page);
      assert.equal(selected.boxes[0]?.key, top, "the selected actor is labelled first, inside the map");
      assert.deepEqual(selected.overlapping, []);
      assert.deepEqual(selected.outside, []);
      await shot(page, `map-${tag}-auswahl`);

      assert.ok(noScroll, "the page does not scroll sideways");
      assert.deepEqual(await axe(page), [], `axe on the map at ${tag}`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  });
}
