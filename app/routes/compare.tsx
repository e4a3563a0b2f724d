import type {
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/ui/error-summary";
import { CompareResult } from "~/compare/compare-result";
import { fieldMessage } from "~/ui/messages";
import { RoundTextField } from "~/rounds/round-fields";
import { formatShareLink, parseShareLink, questionText, type LinkField } from "~/decision";
import { answerLabel } from "~/ui/messages";
import { dictionary, format, roundText, type RoundText } from "~/i18n";
import type { RouteHandle } from "~/root";
import { pageLang } from "~/rounds/http.server";
import { MAX_LINK, compareAnswers, type Change } from "~/compare/compare";
import { getRecord } from "~/records/records.server";
import { answersPart, recordIdIn } from "~/compare/compare-link";
import { LinkParamSchema } from "~/rounds/forms.server";
import styles from "~/rounds/rounds.css";

// The loader's Cache-Control and Vary reach the page only through this export.
export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => {
  const lang = (matches.find((m) => m.id === "root")?.data as { lang?: "en" | "ja" } | undefined)
    ?.lang;
  return [
    { name: "description", content: roundText(lang ?? "en").compare.lead },
    { name: "robots", content: "noindex" },
  ];
};

/**
 * The answers a pasted value stands for: a record link's saved answers (read here, on the server), else the
 * query of a share link. `missing` when a record link names no record.
 */
async function answersQueryOf(value: string): Promise<string | "missing"> {
  const id = recordIdIn(value);
  if (id === undefined) return answersPart(value);
  const record = await getRecord(id);
  return record ? record.answersQuery : "missing";
}

type Side = "a" | "b";
type Names = { approach: (id: string) => string; addOns: (ids: string[]) => string };

/** A change in words ("Yes: … would recommend X and also need Y"), or the plain "No". */
function changeText(
  change: { a?: Change; b?: Change },
  t: RoundText["compare"],
  names: Names,
): string | undefined {
  const sentences = (["a", "b"] as const).flatMap((side) => {
    const c = change[side];
    if (!c) return [];
    const parts = [
      ...(c.approach ? [format(t.changeApproach, { approach: names.approach(c.approach) })] : []),
      ...(c.addOnsAdded.length
        ? [format(t.changeAdded, { addOns: names.addOns(c.addOnsAdded) })]
        : []),
      ...(c.addOnsRemoved.length
        ? [format(t.changeRemoved, { addOns: names.addOns(c.addOnsRemoved) })]
        : []),
    ];
    return [format(t.changeLead, { side: t.changeSides[side], parts: parts.join(t.changeJoin) })];
  });
  if (!sentences.length) return undefined;
  // "Yes:" once, then one sentence per side (a sentence after the first starts with a capital).
  const capitalized = sentences.map((s, i) => (i === 0 ? s : s[0]!.toUpperCase() + s.slice(1)));
  return `${t.changeYes}${capitalized.join(" ")}`;
}

/** GET /compare?a=<answers or link>&b=<answers or link>: two results side by side. 400 names the link at fault. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { lang, chosenLang } = pageLang(request);
  const t = roundText(lang).compare;
  const raw = {
    a: url.searchParams.get("a") ?? undefined,
    b: url.searchParams.get("b") ?? undefined,
  };
  const headers = { Vary: "Accept-Language", "Cache-Control": "no-cache" };
  const base = { lang, chosenLang, values: { a: raw.a ?? "", b: raw.b ?? "" } };
  if (raw.a === undefined && raw.b === undefined) {
    return json({ ...base, errors: {} as Record<Side, string>, result: null }, { headers });
  }
  const errors: Partial<Record<Side, string>> = {};
  const parsed = {} as Record<Side, ReturnType<typeof parseShareLink> | undefined>;
  for (const side of ["a", "b"] as const) {
    const template = side === "a" ? t.invalidA : t.invalidB;
    const value = LinkParamSchema.safeParse(raw[side]);
    if (!value.success) {
      errors[side] = format(template, { message: t.tooLong });
      continue;
    }
    if (!value.data || value.data.trim() === "") {
      errors[side] = format(template, { message: t.missing });
      continue;
    }
    const query = await answersQueryOf(value.data);
    if (query === "missing") {
      errors[side] = format(template, { message: t.noRecord });
      continue;
    }
    const link = parseShareLink(query);
    parsed[side] = link;
    if (!link.success) {
      const [field, codes] = Object.entries(link.errors)[0] as [
        LinkField,
        ("required" | "invalid")[],
      ];
      errors[side] = format(template, { message: fieldMessage(field, codes[0]!, lang) });
    }
  }
  const a = parsed.a?.success ? parsed.a.link.answers : undefined;
  const b = parsed.b?.success ? parsed.b.link.answers : undefined;
  if (!a || !b) {
    return json(
      { ...base, errors: errors as Record<Side, string>, result: null },
      { status: 400, headers },
    );
  }
  const c = await compareAnswers(a, b);
  const d = dictionary(lang);
  const approaches = d.approaches as Record<string, { name: string } | undefined>;
  const addOns = d.addOns as Record<string, { name: string } | undefined>;
  const name = (approach: string) => approaches[approach]?.name ?? approach;
  const names: Names = {
    approach: name,
    addOns: (ids) => ids.map((x) => addOns[x]?.name ?? x).join(d.punctuation.list),
  };
  const side = (o: typeof c.a, answers: typeof a) => ({
    approach: name(o.approach),
    addOns: o.addOns.map((x) => addOns[x]?.name ?? x),
    confidence: Math.round(o.confidence * 100),
    link: `/decision?${formatShareLink({ answers, ...(chosenLang && { lang: chosenLang }) })}`,
  });
  return json(
    {
      ...base,
      errors: {} as Record<Side, string>,
      result: {
        a: side(c.a, a),
        b: side(c.b, b),
        same: c.a.approach === c.b.approach,
        sameAddOns: c.a.addOns.join(",") === c.b.addOns.join(","),
        differences: c.differences.map((x) => ({
          question: x.question,
          title: questionText[x.question].title[lang],
          a: answerLabel(x.question, x.a, lang),
          b: answerLabel(x.question, x.b, lang),
          change: changeText({ a: x.aChange, b: x.bChange }, t, names),
        })),
      },
    },
    { headers },
  );
}

export const handle: RouteHandle = { title: ({ lang }) => roundText(lang).compare.title };

export default function Compare() {
  const data = useLoaderData<typeof loader>();
  const t = roundText(data.lang).compare;
  const d = dictionary(data.lang);
  const summary = (Object.entries(data.errors) as [Side, string][]).map(([side, message]) => ({
    href: `compare-${side}`,
    message,
  }));
  return (
    <>
      <ErrorSummary title={d.errors.summaryTitle} errors={summary} />
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {data.result ? <CompareResult result={data.result} lang={data.lang} /> : null}
      <form method="get" action="/compare" className="round-form">
        {data.chosenLang ? <input type="hidden" name="lang" value={data.chosenLang} /> : null}
        {(["a", "b"] as const).map((side) => (
          <RoundTextField
            key={side}
            id={`compare-${side}`}
            name={side}
            label={side === "a" ? t.a : t.b}
            hint={t.hint}
            error={data.errors[side]}
            errorPrefix={d.errors.titlePrefix}
            value={data.values[side]}
            maxLength={MAX_LINK}
          />
        ))}
        <button type="submit" className="button">
          {t.submit}
        </button>
      </form>
    </>
  );
}
