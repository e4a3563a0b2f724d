#!/usr/bin/env node
// node scripts/with-postgres.mjs <command...>
// Runs a command against a throwaway PostgreSQL cluster: initdb in a temp dir, start on 127.0.0.1 (port 5433 or
// the next free one), create the database records_test, run the command with TEST_DATABASE_URL set, then stop
// the cluster and delete the dir, also on SIGINT/SIGTERM. Exits with the command's exit code.
// PG_BIN overrides the server binaries' directory (default: Debian's PostgreSQL 15).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error("usage: node scripts/with-postgres.mjs <command...>");
  process.exit(2);
}

const bin = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";
const database = "records_test";
// PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL tool (as postgres when we are root) and fails loudly with its output. */
function pgTool(tool, args) {
  const [file, argv] = asRoot
    ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]]
    : [path.join(bin, tool), args];
  const result = spawnSync(file, argv, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `${tool} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout ?? ""}${result.stderr ?? ""}`,
    );
  }
  return result.stdout;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(from) {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port from ${from}`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "with-postgres-"));
const dataDir = path.join(dir, "data");
let started = false;
let cleanedUp = false;

function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  try {
    if (started) pgTool("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
  } catch (error) {
    console.error(String(error));
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

let child;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    child?.kill(signal);
    cleanUp();
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

let exitCode = 1;
try {
  if (asRoot) {
    const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout);
    const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout);
    fs.chownSync(dir, uid, gid);
  }
  pgTool("initdb", [
    "-D",
    dataDir,
    "-A",
    "trust",
    "-U",
    "postgres",
    "--no-sync",
    "-E",
    "UTF8",
    "--locale",
    "C",
  ]);
  const port = await freePort(Number(process.env.PG_PORT || 5433));
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  pgTool("pg_ctl", [
    "-D",
    dataDir,
    "-o",
    options,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "start",
  ]);
  started = true;
  pgTool("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database]);
  const version = pgTool("postgres", ["--version"]).trim();
  const url = `postgres://postgres@127.0.0.1:${port}/${database}`;
  console.log(`with-postgres: started ${version} at ${url} (temporary cluster in ${dir})`);

  exitCode = await new Promise((resolve) => {
    child = spawn(command[0], command.slice(1), {
      stdio: "inherit",
      env: { ...process.env, TEST_DATABASE_URL: url },
    });
    child.on("error", (error) => {
      console.error(`with-postgres: could not run ${command[0]}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) =>
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)),
    );
  });
} catch (error) {
  console.error(`with-postgres: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  cleanUp();
}
process.exit(exitCode);
