// The page language, read once per request (docs/decisions/0003-i18n.md): `lang` in the URL when it names a
// language (the person chose it, and it travels on in every link), else the best match in Accept-Language, else
// English. Loaders and actions call `readLang(request)`; components call `usePageLang()`, which reads what the
// root loader read. No dictionary is imported here, so components can use it without shipping one.
import { useRouteLoaderData } from "@remix-run/react";
import { LANGS, type Lang } from "~/decision/questions";

export interface PageLang {
  /** The language the page is written in. */
  lang: Lang;
  /** The language the person chose in the URL, if any: internal links carry it on (app/http/links.ts). */
  chosenLang?: Lang;
}

function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header (RFC 9110 §12.5.4 quality values). */
export function negotiateLang(header: string | null | undefined): Lang | undefined {
  if (!header) return undefined;
  let best: { lang: Lang; q: number } | undefined;
  for (const part of header.slice(0, 512).split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const primary = tag.trim().toLowerCase().split("-")[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (isLang(primary) && (!best || q > best.q)) best = { lang: primary, q };
  }
  return best?.lang;
}

/** The language of a request: the one server-side way to read it. */
export function readLang(request: Request): PageLang {
  const chosen = new URL(request.url).searchParams.get("lang");
  if (isLang(chosen)) return { lang: chosen, chosenLang: chosen };
  return { lang: negotiateLang(request.headers.get("accept-language")) ?? "en" };
}

/** The page language in a component (what the root loader read for this request). */
export function usePageLang(): PageLang {
  return langOfRootData(useRouteLoaderData("root"));
}

/** The page language from the root loader's data, for `meta` functions, which cannot call hooks. */
export function langOfMatches(matches: readonly { id: string; data?: unknown }[]): PageLang {
  return langOfRootData(matches.find((m) => m.id === "root")?.data);
}

function langOfRootData(data: unknown): PageLang {
  const read = (data ?? {}) as Partial<PageLang>;
  return {
    lang: isLang(read.lang) ? read.lang : "en",
    ...(isLang(read.chosenLang) && { chosenLang: read.chosenLang }),
  };
}
