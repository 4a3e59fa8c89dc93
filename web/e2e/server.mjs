// Starts the real Netzwerkatlas server for the browser tests: builds the binary (which
// embeds web/dist, so build the front end first), creates an editor token, serves on a
// free loopback port from a temporary data directory. E2E_URL and E2E_TOKEN target an
// already running server instead.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let binary = null;

function build() {
  if (!binary) {
    binary = join(mkdtempSync(join(tmpdir(), "nza-bin-")), "netzwerkatlas");
    execFileSync("go", ["build", "-o", binary, "./cmd/netzwerkatlas"], { cwd: repo, stdio: "inherit" });
  }
  return binary;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/**
/**
 * startServer returns {url, token, pid, signInLink, stop}; demo loads the demo county, or with
 * demoSize [actors, cooperations] a generated network of that size; dir is
 * the data directory (kept), else a temporary one; role is the token's role; binary is
 * another build to run (default: this worktree's). With firstRun, no token is created
 * before the start, so the server starts as an empty installation and prints its
 * one-time sign-in link (signInLink; token is then ""). env adds variables to the
 * server's environment (such as NETZWERKATLAS_SMTP_HOST).
 */
export async function startServer({ demo = true, demoSize = null, dir = null, role = "editor", binary: other = null, firstRun = false, env = {} } = {}) {
  if (process.env.E2E_URL) return { url: process.env.E2E_URL, token: process.env.E2E_TOKEN ?? "", stop: async () => {} };
  const bin = other ?? build();
  const data = dir ?? mkdtempSync(join(tmpdir(), "nza-data-"));
  let token = "";
  if (!firstRun) {
    // A kept data directory may hold the token of an earlier run: token names are unique.
    const name = dir ? `e2e-${Date.now()}` : "e2e";
    const out = execFileSync(bin, ["token", "create", "--role", role, "--name", name, "--data", data], { encoding: "utf8" });
    token = out.match(/nza_\w+/)?.[0];
    if (!token) throw new Error("no token in: " + out);
  }
  const port = await freePort();
  const args = ["serve", "--addr", `127.0.0.1:${port}`, "--data", data, ...(demo ? ["--demo"] : []), ...(demoSize ? ["--demo-size", String(demoSize[0]), "--demo-cooperations", String(demoSize[1])] : [])];
  const proc = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let log = "";
  proc.stderr.on("data", (d) => (log = (log + d).slice(-4000)));
  let printed = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("server did not start:\n" + log)), demoSize ? 600_000 : 60_000);
    proc.stdout.on("data", (d) => {
      printed += d;
      const m = printed.match(/läuft auf (http:\/\/\S+)/);
      // With firstRun, the sign-in link follows the address.
      if (m && (!firstRun || /#token=nza_\w+/.test(printed))) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
  return {
    url,
    token,
    pid: proc.pid,
    signInLink: printed.match(/http:\/\/\S+\/anmeldung#token=nza_\w+/)?.[0] ?? null,
    /** read returns the JSON answer of GET /api/v1 + path, asked with the token; any status but 200 throws. */
    read: async (path) => {
      const res = await fetch(url + "/api/v1" + path, { headers: { Authorization: "Bearer " + token } });
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    stop: async () => {
      proc.kill("SIGTERM");
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.on("exit", r)));
      if (!dir) rmSync(data, { recursive: true, force: true });
    },
  };
}

/** generateBatch writes a generated network of the given size as a batch file and returns its path. */
export function generateBatch(actors, cooperations) {
  const file = join(mkdtempSync(join(tmpdir(), "nza-gen-")), "batch.json");
  execFileSync(build(), ["demo", "--actors", String(actors), "--cooperations", String(cooperations), "--out", file], { stdio: "inherit" });
  return file;
}
