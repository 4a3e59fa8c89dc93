import { defineConfig } from "vitest/config";

// The Go server embeds dist/ (see embed.go): hashed files under /assets/ are cached
// immutably, index.html is not. Everything is bundled; nothing is loaded from elsewhere.
export default defineConfig({
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
  // For development: `NZA_API=http://127.0.0.1:PORT npm run dev` against a running server.
  server: { proxy: { "/api": process.env.NZA_API ?? "http://127.0.0.1:8080" } },
  preview: { proxy: { "/api": process.env.NZA_API ?? "http://127.0.0.1:8080" } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
