// The set-up that the browser test files share: the real server and Chromium, started
// before a file's tests and stopped after them, and the check of every API answer its
// pages get against the served OpenAPI document.
import assert from "node:assert/strict";
import { after, afterEach, before } from "node:test";
import { launch } from "./browser.mjs";
import { loadContract } from "./contract.mjs";
import { startServer } from "./server.mjs";

/**
 * suite registers, for the test file that calls it at its top level, the hooks that
 * start the server (with startServer's options, or those that a function returns
 * once the tests begin) and Chromium before the file's first test and stop both
 * after its last. With contract (the default), each test fails if
 * an API answer that its pages got is not described by the OpenAPI document (pass
 * the returned contract to newPage). It returns an object with the contract and
 * ready, a promise of { server, browser } once both run: a file's own before hooks
 * await it, since node:test runs the top-level before hooks at the same time.
 */
export function suite(options = {}, { contract = true } = {}) {
  let started, failed;
  const s = { contract: contract ? { check: null, violations: [], checked: 0 } : null, ready: new Promise((ok, fail) => ((started = ok), (failed = fail))) };
  s.ready.catch(() => {}); // reported by the hook below
  before(async () => {
    try {
      s.server = await startServer(typeof options === "function" ? await options() : options);
      s.browser = await launch();
      if (s.contract) s.contract.check = await loadContract(s.server.url);
      started({ server: s.server, browser: s.browser });
    } catch (err) {
      failed(err);
      throw err;
    }
  });
  if (s.contract) {
    afterEach(() => {
      assert.deepEqual(s.contract.violations.splice(0), [], "API answers that the OpenAPI document does not describe");
    });
  }
  after(async () => {
    await s.browser?.close();
    await s.server?.stop();
  });
  return s;
}
