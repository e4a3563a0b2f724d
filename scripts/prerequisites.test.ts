// The prerequisite check's decisions, against a fake machine: what counts as present, and what happens when
// something is missing with and without root.
import { describe, expect, it } from "vitest";
import {
  PREREQUISITES,
  decide,
  installCommand,
  missingPackages,
  type System,
} from "./prerequisites.mjs";

/** A machine with exactly these commands, files and packages. */
function machine(
  have: { commands?: string[]; files?: string[]; packages?: string[] },
  isRoot: boolean,
): System {
  return {
    hasCommand: (name) => (have.commands ?? []).includes(name),
    hasFile: (file) => (have.files ?? []).includes(file),
    hasPackage: (name) => (have.packages ?? []).includes(name),
    isRoot,
  };
}

const everything = {
  commands: ["apt-get", "java", "pdfinfo", "pdftotext", "adr"],
  files: ["/usr/bin/chromium", "/usr/lib/postgresql/15/bin/initdb"],
  packages: ["fonts-noto-cjk"],
};
const ALL_PACKAGES = PREREQUISITES.map((p) => p.package);

describe("missing packages", () => {
  it("none on a machine that has everything", () => {
    expect(missingPackages(machine(everything, false))).toEqual([]);
  });

  it("all of them on a bare machine, in the list's order", () => {
    expect(missingPackages(machine({}, false))).toEqual([
      "chromium",
      "postgresql",
      "default-jre-headless",
      "poppler-utils",
      "fonts-noto-cjk",
      "adr-tools",
    ]);
  });

  it("looks for what the stages run: any Java on PATH will do, poppler needs both tools", () => {
    const noJava = { ...everything, commands: ["apt-get", "pdfinfo", "pdftotext", "adr"] };
    expect(missingPackages(machine(noJava, false))).toEqual(["default-jre-headless"]);
    const halfPoppler = { ...everything, commands: ["apt-get", "java", "pdfinfo", "adr"] };
    expect(missingPackages(machine(halfPoppler, false))).toEqual(["poppler-utils"]);
  });
});

describe("what to do", () => {
  it("nothing when nothing is missing", () => {
    expect(decide([], machine(everything, false))).toEqual({ action: "none" });
  });

  it("installs as root with apt-get", () => {
    expect(decide(["chromium", "adr-tools"], machine(everything, true))).toEqual({
      action: "install",
      packages: ["chromium", "adr-tools"],
    });
  });

  it("stops without root, with one line naming the exact install command", () => {
    const decision = decide(["poppler-utils", "adr-tools"], machine(everything, false));
    expect(decision.action).toBe("stop");
    if (decision.action !== "stop") return;
    expect(decision.message).not.toContain("\n");
    expect(decision.message).toContain(
      "apt-get update && apt-get install -y --no-install-recommends poppler-utils adr-tools",
    );
  });

  it("stops as root where there is no apt-get", () => {
    const noApt = { ...everything, commands: ["java", "pdfinfo", "pdftotext", "adr"] };
    const decision = decide(ALL_PACKAGES, machine(noApt, true));
    expect(decision.action).toBe("stop");
  });

  it("the install command names every package once", () => {
    expect(installCommand(ALL_PACKAGES).split(" ").slice(4)).toEqual(ALL_PACKAGES);
  });
});
