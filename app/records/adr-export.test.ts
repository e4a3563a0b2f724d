// The export flavours' query, file names and layouts (the tools themselves read them in adr-tools.test.ts).
import { evaluateDecision, parseShareLink, rulesetVersion, type Lang } from "~/decision";
import {
  adrExport,
  adrFileName,
  contentDisposition,
  readExportQuery,
  type ExportFormat,
} from "./adr-export";
import type { MadrInput } from "./madr";

const G1 =
  "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs";

async function input(lang: Lang, title: string): Promise<MadrInput> {
  const parsed = parseShareLink(G1);
  if (!parsed.success) throw new Error("bad fixture");
  const { trace: _trace, ...decision } = await evaluateDecision(parsed.link.answers);
  return {
    title,
    deciders: ["Aiko", "Ben"],
    status: "proposed",
    date: "2026-12-02T09:00:00.000Z",
    answers: parsed.link.answers,
    decision,
    rulesetVersion,
    lang,
    link: "https://example.test/r/AAAAAAAAAAAAAAAAAAAAAA",
  };
}

const query = (search: string) => readExportQuery(new URLSearchParams(search));

describe("the export query", () => {
  test("defaults to MADR and number 1; an empty number is the default", () => {
    expect(query("arch=monolith").data).toEqual({ format: "madr", number: 1 });
    expect(query("format=nygard&number=").data).toEqual({ format: "nygard", number: 1 });
    expect(query("format=log4brains&number=0042").data).toEqual({
      format: "log4brains",
      number: 42,
    });
  });

  test.each([
    ["format=adr", "format"],
    ["format=MADR", "format"],
    ["format=madr&format=nygard", "format"],
    ["number=0", "number"],
    ["number=10000", "number"],
    ["number=-1", "number"],
    ["number=1.5", "number"],
    ["number=1e3", "number"],
    ["number=1&number=2", "number"],
  ])("%s is refused, naming %s", (search, field) => {
    const result = query(search);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toEqual([field]);
  });
});

describe("file names", () => {
  const name = (format: ExportFormat, title: string, number = 1) =>
    adrFileName({ format, number }, title, "2026-12-02", "server-session");

  test("NNNN-<slug>.md for MADR and adr-tools, YYYYMMDD-<slug>.md for log4brains", () => {
    expect(name("madr", "Sessions for the shop!").name).toBe("0001-sessions-for-the-shop.md");
    expect(name("nygard", "Sessions for the shop!", 42).name).toBe("0042-sessions-for-the-shop.md");
    expect(name("log4brains", "Sessions for the shop!").name).toBe(
      "20261202-sessions-for-the-shop.md",
    );
  });

  test("no path, no dots, no spaces; a Japanese title keeps its words, with an ASCII fallback", () => {
    expect(name("madr", "../../etc/passwd").name).toBe("0001-etc-passwd.md");
    expect(name("madr", "Ｓｅｓｓｉｏｎｓ　ＡＰＩ").name).toBe("0001-sessions-api.md");
    const ja = name("madr", "顧客ポータルのログイン状態（案）");
    expect(ja).toEqual({
      name: "0001-顧客ポータルのログイン状態-案.md",
      ascii: "0001-server-session.md",
    });
    expect(name("madr", "!!!").name).toBe("0001-server-session.md");
    expect([...name("madr", "長".repeat(200)).name].length).toBe(
      "0001-".length + 60 + ".md".length,
    );
  });

  test("Content-Disposition carries both names (RFC 6266 and RFC 8187)", () => {
    const header = contentDisposition(name("log4brains", "ログイン状態 (v2)"));
    expect(header).toBe(
      `attachment; filename="20261202-v2.md"; filename*=UTF-8''20261202-${encodeURIComponent("ログイン状態")}-v2.md`,
    );
  });
});

describe.each(["en", "ja"] as const)("flavours (%s)", (lang) => {
  test("log4brains: the title, then the metadata list, then the decision, then the sections", async () => {
    const { body } = adrExport(await input(lang, "Sessions"), { format: "log4brains", number: 1 });
    const lines = body.split("\n");
    expect(lines.slice(0, 7)).toEqual([
      "# Sessions",
      "",
      "- Status: proposed",
      "- Date: 2026-12-02",
      "- Deciders: Aiko, Ben",
      "- Tags: authentication, server-session, csrf",
      "",
    ]);
    expect(lines[7]).toBe(
      lang === "en" ? "* Decision: Server-side session" : "* 決定：サーバー側セッション",
    );
  });

  test("nygard: # N. Title, Date, Status alone in its section, Context, Decision, Consequences", async () => {
    const { body } = adrExport(await input(lang, "Sessions"), { format: "nygard", number: 12 });
    const lines = body.split("\n");
    expect(lines.slice(0, 8)).toEqual([
      "# 12. Sessions",
      "",
      "Date: 2026-12-02",
      "",
      "## Status",
      "",
      "Proposed",
      "",
    ]);
    const sections = lines.filter((l) => /^## /.test(l));
    expect(sections.slice(0, 4)).toEqual([
      "## Status",
      "## Context",
      "## Decision",
      "## Consequences",
    ]);
    const decision = lines.slice(lines.indexOf("## Decision") + 2);
    expect(decision[0]).toBe(
      lang === "en" ? "* Decision: Server-side session" : "* 決定：サーバー側セッション",
    );
  });

  test("a title cannot add a line or a heading in any flavour", async () => {
    const hostile = "Title\n## Status\n\nAccepted";
    for (const format of ["madr", "log4brains", "nygard"] as const) {
      const { body } = adrExport(await input(lang, hostile), { format, number: 1 });
      expect(body.split("\n").filter((l) => l === "## Status").length).toBe(
        format === "nygard" ? 1 : 0,
      );
      expect(body).toContain("Title ## Status Accepted\n");
      expect(body.split("\n")).not.toContain("Accepted");
    }
  });
});
