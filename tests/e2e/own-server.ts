// A second app server for tests that need their own configuration (no PUBLIC_ORIGIN, request logging, a rate
// limit of their own) or must read what the server prints. Same build as the main test server (BUILD_DIR),
// its own SQLite file, a free port chosen by the OS.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface OwnServer {
  port: number;
  child: ChildProcess;
  dir: string;
  stdout: () => string;
  stderr: () => string;
  stop: () => Promise<void>;
}

export async function startOwnServer(env: Record<string, string | undefined> = {}): Promise<OwnServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "own-server-"));
  const childEnv = {} as NodeJS.ProcessEnv;
  for (const [k, v] of Object.entries({
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    DATABASE_URL: `file:${path.join(dir, "records.sqlite")}`,
    PUBLIC_ORIGIN: undefined,
    LOG_REQUESTS: undefined,
    ...env,
  })) {
    if (v !== undefined) childEnv[k] = v;
  }
  const child: ChildProcess = spawn(process.execPath, ["server/index.js"], {
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"] as const,
  });
  let out = "";
  let err = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 20_000;
  let port = 0;
  while (!port) {
    const m = /"msg":"listening".*"port":(\d+)/.exec(out);
    if (m) port = Number(m[1]);
    else if (child.exitCode !== null) throw new Error(`server exited: ${err || out}`);
    else if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not start: ${err || out}`);
    } else await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    child,
    dir,
    stdout: () => out,
    stderr: () => err,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
