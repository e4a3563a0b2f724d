#!/usr/bin/env node
// @ts-check
// `npm run dev`: edit, reload. Compiles the content and the app once, then keeps the app build up to date
// (`remix watch`) and restarts the server whenever the build or the server's own code changes (`node --watch`);
// reload the page to see a change. The server runs in development mode on PORT (3000). Content (MDX) edits need
// `npm run build:content`, as in production.
import { spawn, spawnSync } from "node:child_process";

for (const [cmd, ...args] of [
  ["npx", "tsx", "scripts/build-content.ts"],
  ["npx", "remix", "build"],
]) {
  if (spawnSync(cmd ?? "npx", args, { stdio: "inherit" }).status !== 0) process.exit(1);
}

const env = { ...process.env, NODE_ENV: "development" };
const children = [
  spawn("npx", ["remix", "watch"], { stdio: "inherit", env }),
  spawn(
    "node",
    ["--watch-path=build", "--watch-path=server", "--watch-preserve-output", "server/index.js"],
    { stdio: "inherit", env },
  ),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, stop);
// If either stops on its own, stop the other too: half a dev loop only confuses.
for (const child of children)
  child.on("exit", (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
