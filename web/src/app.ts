// The application (everything but the respondent's survey pages): the page frame
// (navigation by role, the signed-in user) and the routes.

import { allows, roleLabels } from "./api/auth";
import { carryState } from "./api/time";
import type { Role } from "./api/types";
import { startRouter, type Route } from "./router";
import { currentUser } from "./state";
import { h, replace } from "./ui/dom";
import { activityView } from "./views/activity";
import { actorView } from "./views/actor";
import { adminView } from "./views/admin";
import { changesView } from "./views/changes";
import { dataSlugs, dataView } from "./views/data";
import { gapsView } from "./views/gaps";
import { importView } from "./views/import";
import { loginView } from "./views/login";
import { mapView } from "./views/map";
import { matrixView } from "./views/matrix";
import { measuresView } from "./views/measures";
import { metricsView } from "./views/metrics";
import { potentialsView } from "./views/potentials";
import { qualityView } from "./views/quality";
import { profileView, reportView } from "./views/report";
import { resilienceView } from "./views/resilience";
import { savedViewsView } from "./views/savedViews";
import { spacesView } from "./views/spaces";
import { surveyRoute, surveyView } from "./views/survey";
import { whatIfView } from "./views/whatif";

interface NavItem {
  href: string;
  label: string;
  role: Role;
  /** external marks a page outside the web interface, loaded in full. */
  external?: boolean;
}

const nav: NavItem[] = [
  { href: "/karte", label: "Netzwerkkarte", role: "viewer" },
  { href: "/kopplungspotenziale", label: "Kopplungspotenziale", role: "analyst" },
  { href: "/kopplungsmatrix", label: "Kopplungsmatrix", role: "analyst" },
  { href: "/angebotsluecken", label: "Angebotslücken", role: "analyst" },
  { href: "/sozialraeume", label: "Sozialräume", role: "analyst" },
  { href: "/kennzahlen", label: "Kennzahlen", role: "analyst" },
  { href: "/resilienz", label: "Resilienz", role: "analyst" },
  { href: "/was-waere-wenn", label: "Was wäre, wenn", role: "analyst" },
  { href: "/massnahmen", label: "Maßnahmen", role: "analyst" },
  { href: "/veraenderungen", label: "Veränderungen", role: "analyst" },
  { href: "/bericht", label: "Bericht", role: "analyst" },
  { href: "/ansichten", label: "Gespeicherte Ansichten", role: "analyst" },
  { href: "/daten", label: "Daten", role: "viewer" },
  { href: "/aktivitaet", label: "Aktivität", role: "editor" },
  { href: "/erhebung", label: "Erhebung", role: "editor" },
  { href: "/daten/import", label: "Import", role: "editor" },
  { href: "/datenqualitaet", label: "Datenqualität", role: "viewer" },
  { href: "/verwaltung", label: "Verwaltung", role: "admin" },
  { href: "/anmeldung", label: "Anmeldung", role: "viewer" },
  // The public counselling directory is its own site, rendered on the server.
  { href: "/beratung", label: "Öffentliche Beratungssuche", role: "viewer", external: true },
];

const routes: Route[] = [
  { path: /^\/karte$/, title: "Netzwerkkarte", render: mapView },
  { path: /^\/akteure\/([^/]+)$/, title: "Akteursprofil", render: actorView },
  { path: /^\/kopplungspotenziale$/, title: "Kopplungspotenziale", render: potentialsView },
  { path: /^\/kopplungsmatrix$/, title: "Kopplungsmatrix", render: matrixView },
  { path: /^\/angebotsluecken$/, title: "Angebotslücken", render: gapsView },
  { path: /^\/sozialraeume$/, title: "Sozialräume", render: spacesView },
  { path: /^\/sozialraeume\/([^/]+)$/, title: "Sozialraumprofil", render: profileView },
  { path: /^\/bericht$/, title: "Bericht", render: reportView },
  { path: /^\/ansichten$/, title: "Gespeicherte Ansichten", render: savedViewsView },
  { path: /^\/kennzahlen$/, title: "Kennzahlen", render: metricsView },
  { path: /^\/resilienz$/, title: "Resilienz", render: resilienceView },
  { path: /^\/was-waere-wenn$/, title: "Was wäre, wenn", render: whatIfView },
  { path: /^\/massnahmen$/, title: "Maßnahmen", render: measuresView },
  { path: /^\/veraenderungen$/, title: "Veränderungen", render: changesView },
  { path: /^\/aktivitaet$/, title: "Aktivität", render: activityView },
  { path: surveyRoute, title: "Erhebung", render: surveyView },
  { path: /^\/daten\/import$/, title: "Import", render: importView },
  { path: /^\/datenqualitaet$/, title: "Datenqualität", render: qualityView },
  { path: new RegExp(`^/daten(?:/(${dataSlugs.join("|")}))?$`), title: "Daten", render: dataView },
  { path: /^\/verwaltung(?:\/(benutzer|tokens|taxonomie))?$/, title: "Verwaltung", render: adminView },
  { path: /^\/anmeldung$/, title: "Anmeldung", render: loginView },
  { path: /./, title: "Nicht gefunden", render: (main) => replace(main, h("h1", { tabindex: -1 }, "Seite nicht gefunden"), h("p", {}, h("a", { href: "/karte", "data-link": true }, "Zur Netzwerkkarte"))) },
];

/**
 * menuToggle is the "Menü" disclosure button that the style sheet shows only on narrow
 * screens, where the menu is folded away until it is opened.
 */
function menuToggle(): HTMLButtonElement {
  const nav = document.getElementById("nav")!;
  let button = document.getElementById("menu-toggle") as HTMLButtonElement | null;
  if (!button) {
    button = h("button", { type: "button", id: "menu-toggle", class: "menu-toggle", "aria-expanded": "false", "aria-controls": "nav" }, "Menü") as HTMLButtonElement;
    const b = button;
    b.addEventListener("click", () => b.setAttribute("aria-expanded", String(b.getAttribute("aria-expanded") !== "true")));
    nav.closest("nav")!.before(b);
  }
  return button;
}

/** renderFrame draws the navigation for the caller's role and marks the current page. */
export async function renderFrame(path: string): Promise<void> {
  menuToggle().setAttribute("aria-expanded", "false"); // a chosen entry folds the menu again
  const me = await currentUser();
  const role = me?.role;
  replace(
    document.getElementById("nav")!,
    nav
      .filter((n) => n.href === "/anmeldung" || n.href === "/karte" || n.href === "/daten" || allows(role, n.role))
      .map((n, _, shown) => {
        // The longest entry the path starts with is the current one ("/daten/import", not "/daten").
        const current = shown.filter((m) => path.startsWith(m.href)).sort((a, b) => b.href.length - a.href.length)[0];
        if (n.external) return h("li", {}, h("a", { href: n.href }, n.label));
        return h("li", {}, h("a", { href: carryState(n.href, location.search), "data-link": true, "aria-current": current === n ? "page" : null }, n.label));
      }),
  );
  replace(
    document.getElementById("user")!,
    me ? h("span", {}, me.anonymous ? "Demo-Modus (ohne Anmeldung)" : me.name, " · Rolle: ", roleLabels[me.role] ?? me.role) : h("span", {}, "Nicht angemeldet"),
  );
}

startRouter(routes, (path) => void renderFrame(path));
