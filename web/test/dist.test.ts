// dist/ is committed so that `go run` works without Node; this test fails when it no
// longer matches what the sources build to. Fix: `npm run build` and commit web/dist.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { describe, expect, it } from "vitest";

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

const web = fileURLToPath(new URL("..", import.meta.url));

describe("web/dist", () => {
  it("is up to date with the sources", async () => {
    const out = mkdtempSync(join(tmpdir(), "nza-dist-"));
    try {
      await build({ root: web, logLevel: "silent", build: { outDir: out, emptyOutDir: true } });
      const want = files(out);
      const have = files(join(web, "dist"));
      expect([...have.keys()].sort(), "run `npm run build` and commit web/dist").toEqual([...want.keys()].sort());
      for (const [name, content] of want) expect(have.get(name) === content, `${name} differs: run \`npm run build\``).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
