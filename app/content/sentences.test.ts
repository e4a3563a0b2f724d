// SPEC principle 16 (every sentence is true for the answers it stands next to) and principle 13 (one value per
// thing), as properties over the whole answer space: for every answer set, collect every sentence its decision
// page shows in each language — plans, why-nots, reasons, conflicts, the approach's and add-ons' words, the
// guides' checklists, the cited argument cards, the stack notes — and check each class of mistake.
// Needs the compiled manifest (npx tsx scripts/build-content.ts), as the server does.
import { evaluateDecision, type Answers, type Decision, type Lang } from "~/decision";
import { ANSWER_SPACE_SIZE, answerSpace } from "~/decision/answer-space";
import { baseline, idleTimeout, absoluteTimeout } from "~/decision/baseline";
import { glossaryHits } from "~/i18n/glossary";
import { pageSentences } from "./page-sentences.server";

const FIRST_PARTY = ["browser", "spa", "native"] as const;

const has = (a: Answers, c: string) => (a.clients as readonly string[]).includes(c);
const storeReachable = (a: Answers) => a.deploy === "single" || a.store !== "no";
const firstPartyKinds = (a: Answers) => FIRST_PARTY.filter((c) => has(a, c)).length;
const collect = (sentences: string[], pattern: RegExp) =>
  new Set(sentences.flatMap((s) => [...s.matchAll(pattern)].map((m) => m[1]!)));

/**
 * A Japanese sentence that ends in a plain form (…する。…ない。…だ。) where the page speaks in です・ます.
 * Only what ends in 。 is a sentence: titles and labels ("…を扱う" as a heading) are not.
 */
function plainEnding(text: string): string | undefined {
  for (const raw of text.split("。").slice(0, -1)) {
    const sentence = raw.trim().replace(/[）」』]+$/, "");
    if (sentence === "" || /(?:です|ます|ません|ました|でした|ください|しょう)$/.test(sentence))
      continue;
    if (/(?:[るたうくすつむぶぐだ]|ない|しい)$/.test(sentence)) return `${sentence}。`;
  }
  return undefined;
}

type Check = (a: Answers, d: Decision, page: Record<Lang, string[]>) => string | undefined;

const first = (sentences: string[], pattern: RegExp) => sentences.find((s) => pattern.test(s));

/** Each class of mistake: a name and a check that returns the offending sentence, or nothing. */
const properties: Record<string, Check> = {
  // Partners alone are served by an authorization server, which keeps its grants in its own database.
  "no deny list where no store is reachable": (a, _d, page) => {
    if (storeReachable(a) || firstPartyKinds(a) === 0) return undefined;
    return first(page.en, /deny ?list/i) ?? first(page.ja, /失効リスト/);
  },
  'no "no authorization server needed" beside the partners\' authorization server': (
    _a,
    d,
    page,
  ) => {
    if (!d.addOns.includes("oauth-server")) return undefined;
    return (
      first(
        page.en,
        /(?:do not call for|need no|no) (?:an )?authorization server(?! for your own)/i,
      ) ?? first(page.ja, /(?<!自社ユーザー向けの)認可サーバーは(?:必要ありません|不要)/)
    );
  },
  "no OAuth tokens in a BFF that holds a session": (_a, d, page) => {
    if (!d.addOns.includes("bff") || d.approach === "access-refresh") return undefined;
    return (
      first(
        page.en,
        /(?:BFF|backend-for-frontend)[^.]*(?:(?:keeps?|holds?|stores?)[^.]*(?:access|refresh) tokens|OAuth client)/i,
      ) ??
      first(
        page.ja,
        /BFF[^。]*(?:(?:アクセストークン|リフレッシュトークン)[^。]*(?:保持|持ち|置き)|OAuth)/,
      )
    );
  },
  "a why-not never calls one kind of client several": (a, _d, page) => {
    if (firstPartyKinds(a) > 1) return undefined;
    return (
      first(page.en, /several kinds of client|yours are several/i) ??
      first(page.ja, /複数種類のクライアント|複数あるなら/)
    );
  },
  "one SameSite value per page, the table's": (_a, _d, page) => {
    const values = collect([...page.en, ...page.ja], /SameSite[=\s(]*(Strict|Lax|None)\b/g);
    const other = [...values].filter((v) => v !== baseline.sameSite);
    return other.length > 0 ? `SameSite ${[...values].join(" and ")}` : undefined;
  },
  "one session-ID size per page, the table's": (_a, _d, page) => {
    const bits = collect(
      [...page.en, ...page.ja].filter((s) =>
        /session ID|entropy|セッションID|エントロピー/i.test(s),
      ),
      /(\d+)\s*(?:bits|ビット)/g,
    );
    const other = [...bits].filter((b) => b !== String(baseline.sessionIdBits));
    return other.length > 0 ? `session IDs of ${[...bits].join(" and ")} bits` : undefined;
  },
  "idle and absolute timeouts are the table's": (_a, _d, page) => {
    const idle = collect(page.en, /idle(?: timeout)?[^.;]*?(\d+(?:–\d+)? minutes)/gi);
    const absolute = collect(
      page.en,
      /absolute(?: timeouts?| limit)?[^.;]*?(\d+(?:–\d+)? hours)/gi,
    );
    const wrongIdle = [...idle].filter((v) => v !== idleTimeout().en);
    const wrongAbsolute = [...absolute].filter((v) => v !== absoluteTimeout().en);
    if (wrongIdle.length > 0) return `idle ${[...idle].join(" and ")}`;
    if (wrongAbsolute.length > 0) return `absolute ${[...absolute].join(" and ")}`;
    const idleJa = collect(page.ja, /アイドルタイムアウト[^。]*?(\d+(?:〜\d+)? 分)/g);
    const wrongJa = [...idleJa].filter((v) => v !== idleTimeout().ja);
    return wrongJa.length > 0 ? `idle (ja) ${[...idleJa].join(" and ")}` : undefined;
  },
  "Japanese uses the glossary's terms": (_a, _d, page) => {
    const hit = page.ja.flatMap(glossaryHits)[0];
    return hit ? `${hit.found} → ${hit.use}: ${hit.text}` : undefined;
  },
  "Japanese speaks in one register (です・ます)": (_a, _d, page) =>
    page.ja.map(plainEnding).find((s) => s !== undefined),
};

describe("every sentence on a decision page is true for its answers", () => {
  it(`over all ${ANSWER_SPACE_SIZE} answer sets`, async () => {
    const failures: Record<string, { count: number; examples: string[] }> = {};
    let count = 0;
    for (const answers of answerSpace()) {
      count++;
      const d = await evaluateDecision(answers);
      const page = { en: pageSentences(d, "en"), ja: pageSentences(d, "ja") };
      for (const [name, check] of Object.entries(properties)) {
        const problem = check(answers, d, page);
        if (!problem) continue;
        const f = (failures[name] ??= { count: 0, examples: [] });
        f.count++;
        if (f.examples.length < 3)
          f.examples.push(
            `${new URLSearchParams(answers as never).toString()}: ${problem.slice(0, 160)}`,
          );
      }
    }
    expect(count).toBe(ANSWER_SPACE_SIZE);
    expect(failures).toEqual({});
  }, 900_000);
});
