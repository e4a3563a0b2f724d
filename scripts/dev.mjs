// npm run dev: edit, then reload the page. Builds the content (again whenever content/ changes), runs
// `remix watch` (rebuilds the app on every save, in development mode) and the Express server of production
// (server/index.js), which node restarts whenever the build or the server code changes. The page cache is off
// so that a reload shows the edit. PORT, BUILD_DIR and the other variables of server/config.js apply.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync, watch } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const buildDir = process.env.BUILD_DIR ?? "build";
const env = {
  ...process.env,
  NODE_ENV: "development",
  PAGE_CACHE_ENTRIES: process.env.PAGE_CACHE_ENTRIES ?? "0",
  // A restart after a save need not wait for open keep-alive connections.
  SHUTDOWN_GRACE_MS: process.env.SHUTDOWN_GRACE_MS ?? "0",
};
const children = new Set();

function buildContent() {
  const result = spawnSync("npx", ["tsx", "scripts/build-content.ts"], { stdio: "inherit", env });
  if (result.status !== 0) console.error("dev: the content did not build; fix it and save again");
}

function start(command, args) {
  const child = spawn(command, args, { stdio: "inherit", env });
  children.add(child);
  child.on("exit", (code, signal) => {
    children.delete(child);
    if (stopping) {
      if (children.size === 0) process.exit();
      return;
    }
    console.error(`dev: ${command} ${args.join(" ")} stopped (${signal ?? code})`);
    stop(typeof code === "number" && code !== 0 ? code : 1);
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  process.exitCode = code;
  if (children.size === 0) process.exit();
  for (const child of children) child.kill("SIGTERM");
}
process.on("SIGINT", () => stop());
process.on("SIGTERM", () => stop());

/** Waits for `remix watch`'s first build, so that the server starts on today's code. */
async function firstBuild(since) {
  const file = path.join(buildDir, "index.js");
  for (let waited = 0; waited < 180_000 && !stopping; waited += 250) {
    if (existsSync(file) && statSync(file).mtimeMs >= since) return;
    await sleep(250);
  }
  if (!stopping) throw new Error(`dev: no build in ${file} after 3 minutes`);
}

buildContent();
const since = Date.now();
start("node_modules/.bin/remix", ["watch"]);
await firstBuild(since);
if (!stopping)
  start(process.execPath, [`--watch-path=${buildDir}`, "--watch-path=server", "server/index.js"]);

// Content edits: rebuild the manifest; `remix watch` sees it change and rebuilds the app.
let pending;
watch("content", { recursive: true }, () => {
  clearTimeout(pending);
  pending = setTimeout(buildContent, 300);
});
