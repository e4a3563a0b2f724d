import { defineConfig } from "@playwright/test";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium.mjs";

// A fresh records database for every run (the main process clears it; workers only read the path).
// E2E_DIR lets two runs on one machine keep apart (with E2E_PORT and BUILD_DIR).
export const E2E_DB = path.resolve(process.env.E2E_DIR ?? ".cache/e2e", "records.sqlite");
if (process.env.TEST_WORKER_INDEX === undefined) {
  rmSync(path.dirname(E2E_DB), { recursive: true, force: true });
  mkdirSync(path.dirname(E2E_DB), { recursive: true });
}

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;

// Debian's Chromium (never a downloaded browser). These flags keep it off the network it cannot reach.
const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "reports/e2e.json" }],
  ],
  use: { baseURL, launchOptions, trace: "off" },
  projects: [
    { name: "js", use: { javaScriptEnabled: true } },
    // Without JavaScript only where that path differs: tests tagged alsoWithoutJs (tests/e2e/fixtures.ts). The
    // other pages send the same HTML and ship no framework JavaScript either way.
    { name: "nojs", use: { javaScriptEnabled: false }, grep: /@nojs/ },
  ],
  webServer: {
    command: "node server/index.js",
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: {
      PORT: String(PORT),
      PUBLIC_ORIGIN: baseURL,
      NODE_ENV: "production",
      DATABASE_URL: `file:${E2E_DB}`,
      // Many records are saved from one address during the tests; the limit itself has its own test.
      RATE_LIMIT_CREATE: "10000",
    },
  },
});
