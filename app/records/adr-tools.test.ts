// The Markdown exports read by the ADR tools teams use, not by our own parser: adr-tools (Debian's `adr`),
// adr-log and log4brains (@log4brains/core, both npm dev dependencies). A decision and a saved record (status
// "proposed", deciders, consulted, a team round's disagreement) are downloaded through the routes in each
// language and flavour, saved under the file name the response gives, and read by each tool as a team would.
// adr-tools must be installed: without `adr` on PATH these tests fail, they do not skip.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { Log4brains } from "@log4brains/core";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseShareLink, type Lang } from "~/decision";
import { loader as decisionMarkdown } from "~/routes/decision_.markdown";
import { loader as recordMarkdown } from "~/routes/r.$id.markdown";
import { closeDb } from "~/platform/db.server";
import { createRecord } from "./records.server";

const G1 =
  "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs";
const ORIGIN = "http://localhost";
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "adr-tools-test-"));
process.env.DATABASE_URL = `file:${path.join(tempDir, "records.sqlite")}`;

afterAll(async () => {
  await closeDb();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

const RECORDS: Record<Lang, { title: string; deciders: string[]; consulted: string[] }> = {
  en: {
    title: "Sessions for the customer portal",
    deciders: ["Aiko Tanaka", "Ben Ito"],
    consulted: ["Chika Mori"],
  },
  ja: {
    title: "顧客ポータルのログイン状態",
    deciders: ["田中 愛子", "伊藤 勉"],
    consulted: ["森 千佳"],
  },
};

async function saveRecord(lang: Lang): Promise<string> {
  const parsed = parseShareLink(G1);
  if (!parsed.success) throw new Error("bad fixture");
  const r = RECORDS[lang];
  const { publicId } = await createRecord({
    fields: {
      title: r.title,
      deciders: r.deciders.join(", "),
      consulted: r.consulted.join(", "),
      status: "proposed",
    },
    answers: parsed.link.answers,
    disagreements: [
      {
        question: "arch",
        spread: [
          { value: "monolith", count: 2 },
          { value: "microservices", count: 1 },
        ],
        settled: "monolith",
        note: "One deployable today",
      },
    ],
  });
  return publicId;
}

type Loader = (args: LoaderFunctionArgs) => Promise<Response>;

interface Download {
  fileName: string;
  body: string;
}

/** GET through the route's loader; the file is named as the response's Content-Disposition filename* says. */
async function download(loader: Loader, url: string, params = {}): Promise<Download> {
  const response = await loader({ request: new Request(url), params, context: {} });
  expect(response.status).toBe(200);
  const disposition = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  expect(encoded, disposition).toBeDefined();
  return { fileName: decodeURIComponent(encoded!), body: await response.text() };
}

function writeAll(dir: string, files: readonly Download[]) {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(dir, f.fileName), f.body);
}

/** adr-tools' directory of helper programs, as its `adr` command names it. */
function adrToolsDir(): string {
  const adr = execFileSync("sh", ["-c", "command -v adr"], { encoding: "utf8" }).trim();
  const dir = /^adr_bin_dir=(.+)$/m.exec(fs.readFileSync(adr, "utf8"))?.[1];
  if (!dir) throw new Error(`cannot find adr-tools' helpers in ${adr}`);
  return dir;
}

const require = createRequire(import.meta.url);
const adrLogCli = path.join(path.dirname(require.resolve("adr-log/package.json")), "cli.js");

const today = () => new Date().toISOString().slice(0, 10);

describe.each(["en", "ja"] as const)("ADR tools read the %s exports", (lang) => {
  const r = RECORDS[lang];
  let recordId: string;
  const get = async (format: string, which: "record" | "decision", number?: number) => {
    const query = `format=${format}&lang=${lang}${number ? `&number=${number}` : ""}`;
    return which === "record"
      ? download(recordMarkdown, `${ORIGIN}/r/${recordId}/markdown?${query}`, { id: recordId })
      : download(decisionMarkdown, `${ORIGIN}/decision/markdown?${G1}&${query}`);
  };
  // The decision's title is the generated one: the Markdown's own first heading says what it is.
  const decisionTitle = (markdown: string) => /^# (?:\d+\. )?(.+)$/m.exec(markdown)![1]!;

  beforeAll(async () => {
    recordId = await saveRecord(lang);
  });

  test("adr-tools: the table of contents shows each title, the status section says Proposed", async () => {
    const repo = path.join(tempDir, `adr-tools-${lang}`);
    const record = await get("nygard", "record", 7);
    const decision = await get("nygard", "decision");
    expect(record.fileName).toMatch(/^0007-.+\.md$/);
    expect(decision.fileName).toMatch(/^0001-.+\.md$/);
    writeAll(path.join(repo, "doc", "adr"), [record, decision]);

    const toc = execFileSync("adr", ["generate", "toc"], { cwd: repo, encoding: "utf8" });
    expect(toc).toContain(`* [1. ${decisionTitle(decision.body)}](${decision.fileName})`);
    expect(toc).toContain(`* [7. ${r.title}](${record.fileName})`);
    const status = (file: string) =>
      execFileSync(path.join(adrToolsDir(), "_adr_status"), [file], {
        cwd: repo,
        encoding: "utf8",
      }).trim();
    expect(status(record.fileName)).toBe("Proposed");
    expect(status(decision.fileName)).toBe("Proposed");
  });

  test("adr-log: the log shows each title, numbered from the file name (MADR and Nygard)", async () => {
    const dir = path.join(tempDir, `adr-log-${lang}`);
    const files = [
      await get("madr", "record", 12),
      await get("madr", "decision", 13),
      await get("nygard", "record", 14),
    ];
    writeAll(dir, files);
    const log = execFileSync(process.execPath, [adrLogCli, "-d", dir], { encoding: "utf8" });
    expect(log).toContain(`* [ADR-0012](${files[0]!.fileName}) - ${r.title}\n`);
    expect(log).toContain(
      `* [ADR-0013](${files[1]!.fileName}) - ${decisionTitle(files[1]!.body)}\n`,
    );
    expect(log).toContain(`* [ADR-0014](${files[2]!.fileName}) - ${r.title}\n`);
  });

  test("log4brains: title, status proposed, date and deciders", async () => {
    const workdir = path.join(tempDir, `log4brains-${lang}`);
    const record = await get("log4brains", "record");
    const decision = await get("log4brains", "decision");
    const day = today().replace(/-/g, "");
    expect(record.fileName).toMatch(new RegExp(`^${day}-.+\\.md$`));
    writeAll(path.join(workdir, "docs", "adr"), [record, decision]);
    fs.writeFileSync(
      path.join(workdir, ".log4brains.yml"),
      "project:\n  name: Test\n  tz: UTC\n  adrFolder: ./docs/adr\n",
    );
    const adrs = await Log4brains.create(workdir).searchAdrs();
    const bySlug = new Map(adrs.map((a) => [a.slug, a]));
    const saved = bySlug.get(record.fileName.replace(/\.md$/, ""))!;
    expect(saved.title).toBe(r.title);
    expect(saved.status).toBe("proposed");
    expect(saved.publicationDate?.slice(0, 10)).toBe(today());
    expect(saved.deciders).toEqual(r.deciders);
    expect(saved.tags).toContain("server-session");
    const unsaved = bySlug.get(decision.fileName.replace(/\.md$/, ""))!;
    expect(unsaved.title).toBe(decisionTitle(decision.body));
    expect(unsaved.status).toBe("proposed");
    expect(unsaved.publicationDate?.slice(0, 10)).toBe(today());
    expect(unsaved.deciders).toEqual([]);
  });
});
