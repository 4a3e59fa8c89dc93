// Entry point: the respondent's survey pages (/umfrage, public, no account) and the
// application are separate chunks, so that a respondent on a phone loads neither the map
// nor the analyses. The style sheet is shared.

import "./style.css";

if (location.pathname === "/umfrage") void import("./views/respond");
else void import("./app");
