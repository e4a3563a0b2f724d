// @ts-check
// The system packages `npm test` needs (Debian 12 names), how to tell each is there, and what to do when some
// are not: as root with apt-get, install them from the distribution's own registry; otherwise stop before the
// first stage with one line that names the install command. Nothing is downloaded from anywhere else.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_PATH } from "./chromium.mjs";

// The PostgreSQL server binaries scripts/with-postgres.mjs starts (the same default and override).
const PG_BIN = process.env.PG_BIN || "/usr/lib/postgresql/15/bin";

/**
 * @typedef {object} System What the check may ask of the machine (a fake one in tests).
 * @property {(name: string) => boolean} hasCommand an executable of that name is on PATH
 * @property {(file: string) => boolean} hasFile
 * @property {(name: string) => boolean} hasPackage dpkg says the package is installed
 * @property {boolean} isRoot
 */

/**
 * @typedef {object} Prerequisite
 * @property {string} package the Debian package that provides it
 * @property {string} why which stages need it
 * @property {(system: System) => boolean} present looks for what the stages actually run, so that another
 *   package providing it (another Java runtime, a PostgreSQL in PG_BIN) counts too
 */

/** @type {Prerequisite[]} */
export const PREREQUISITES = [
  {
    package: "chromium",
    why: "browser tests, axe, Lighthouse, printing to PDF",
    present: (system) => system.hasFile(CHROMIUM_PATH),
  },
  {
    package: "postgresql",
    why: "the storage suites and load tests on PostgreSQL",
    present: (system) => system.hasFile(path.join(PG_BIN, "initdb")),
  },
  {
    package: "default-jre-headless",
    why: "the HTML validator (vnu is a Java program)",
    present: (system) => system.hasCommand("java"),
  },
  {
    package: "poppler-utils",
    why: "reading the printed PDFs (pdfinfo, pdftotext)",
    present: (system) => system.hasCommand("pdfinfo") && system.hasCommand("pdftotext"),
  },
  {
    package: "fonts-noto-cjk",
    why: "Japanese glyphs, so a printed Japanese record is measured as people print it",
    present: (system) => system.hasPackage("fonts-noto-cjk"),
  },
  {
    package: "adr-tools",
    why: "the exported decision records are read by Debian's adr",
    present: (system) => system.hasCommand("adr"),
  },
];

/**
 * The packages to install, in the list's order.
 * @param {System} system @param {Prerequisite[]} [prerequisites]
 */
export function missingPackages(system, prerequisites = PREREQUISITES) {
  return prerequisites.filter((p) => !p.present(system)).map((p) => p.package);
}

/**
 * The one install command for those packages (what a person runs, and what root runs here).
 * @param {string[]} packages
 */
export function installCommand(packages) {
  return `apt-get install -y --no-install-recommends ${packages.join(" ")}`;
}

/**
 * What to do about the missing packages: nothing, install them (root with apt-get), or stop with one line.
 * @param {string[]} missing @param {System} system
 * @returns {{ action: "none" } | { action: "install", packages: string[] } | { action: "stop", message: string }}
 */
export function decide(missing, system) {
  if (missing.length === 0) return { action: "none" };
  if (system.isRoot && system.hasCommand("apt-get"))
    return { action: "install", packages: missing };
  const who = system.isRoot ? "on a Debian machine, as root" : "as root (e.g. with sudo)";
  return {
    action: "stop",
    message: `npm test needs system packages that are missing (${missing.join(", ")}); ${who} run: apt-get update && ${installCommand(missing)}`,
  };
}

/** The machine as it is. @type {System} */
export const realSystem = {
  hasCommand(name) {
    return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
      try {
        accessSync(path.join(dir, name), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  },
  hasFile: (file) => existsSync(file),
  hasPackage(name) {
    const result = spawnSync("dpkg-query", ["-W", "-f=${db:Status-Status}", name], {
      encoding: "utf8",
    });
    return result.status === 0 && result.stdout.trim() === "installed";
  },
  isRoot: process.getuid?.() === 0,
};

/** @param {string[]} args */
function apt(args) {
  console.log(`prerequisites: apt-get ${args.join(" ")}`);
  const result = spawnSync("apt-get", args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

/**
 * Makes sure every prerequisite is there, installing what is missing when it can. Returns true when the tests
 * may start; otherwise it has printed why not (one line).
 */
export function ensurePrerequisites(system = realSystem) {
  const missing = missingPackages(system);
  const decision = decide(missing, system);
  if (decision.action === "none") return true;
  if (decision.action === "stop") {
    console.error(decision.message);
    return false;
  }
  console.log(`prerequisites: installing ${missing.join(", ")} (needed by the tests)`);
  const installed =
    apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "--no-install-recommends", ...missing]);
  const still = missingPackages(system);
  if (installed && still.length === 0) return true;
  console.error(
    `npm test could not install its system packages (${still.join(", ")}); run: ${installCommand(still)}`,
  );
  return false;
}
