// The frame of a view that shows one analysis endpoint: heading, intro, the state
// selector, and the endpoint's data for the chosen state (saying which state it
// describes), its error or its "not yet available" state.

import { get } from "../api/client";
import { stateOf } from "../api/time";
import { stateParams } from "../state";
import { stateLine, stateSelect } from "../ui/stateSelect";
import { h, replace } from "../ui/dom";
import { errorBox, loading } from "../ui/status";
import { tableDownloads } from "../ui/download";
import { saveViewForm } from "./savedViews";

/** TableFile names the table download of an analysis (see tableDownloads). */
export interface TableFile {
  slug: string;
  what: string;
}

/**
 * analysisPage fetches path and hands its answer to fill; errors are shown in place.
 * With file, the answer is also offered as XLSX and CSV for the same state.
 */
export async function analysisPage(main: HTMLElement, title: string, intro: string, path: string, fill: (body: HTMLElement, data: unknown) => void | Promise<void>, file?: TableFile): Promise<void> {
  const body = h("div", {}, loading(title));
  replace(main, h("h1", { tabindex: -1 }, title), h("p", { class: "lead" }, intro), stateSelect(), saveViewForm(), body);
  let data: unknown;
  try {
    data = await get(path, stateParams());
  } catch (err) {
    replace(body, errorBox(err, title));
    return;
  }
  // The loading notice stays until fill is done: some views await more requests.
  const notice = body.firstElementChild;
  try {
    const line = stateLine(stateOf(data, path));
    if (line) body.append(line);
    if (file) body.append(tableDownloads(path, stateParams(), file.slug, file.what));
    await fill(body, data);
    notice?.remove();
  } catch (err) {
    // Such as a ShapeError: the answer is not what the reader expects.
    replace(body, errorBox(err, title));
  }
}
