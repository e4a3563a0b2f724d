// @ts-check
// CSRF defence for every state-changing request: a POST must come from our own origin, by Fetch Metadata
// (Sec-Fetch-Site) or, for browsers that do not send it, by Origin (OWASP CSRF Prevention Cheat Sheet). A refused
// POST gets a page that says why, in the reader's language, so that a misconfigured origin is easy to spot.
import { log, logPath } from "./log.js";
import { refusedPageWords } from "./refused-page-words.js";

/**
 * @param {{ "sec-fetch-site"?: string | string[], origin?: string | string[] }} headers
 * @param {string} ownOrigin
 */
export function isSameOriginRequest(headers, ownOrigin) {
  return refusal(headers, ownOrigin) === undefined;
}

/**
 * Why a POST is refused, or undefined when it is ours.
 * @param {{ "sec-fetch-site"?: string | string[], origin?: string | string[] }} headers
 * @param {string} ownOrigin
 * @returns {"origin" | "cross-site" | undefined}
 */
function refusal(headers, ownOrigin) {
  const origin = typeof headers.origin === "string" ? headers.origin : "";
  // A named origin must be ours, whatever else the request says. ("null" is what browsers send from pages with
  // Referrer-Policy: no-referrer; Fetch Metadata decides for those.)
  if (origin !== "" && origin !== "null" && origin !== ownOrigin) return "origin";
  const site = headers["sec-fetch-site"];
  if (typeof site === "string" && site !== "")
    return site === "same-origin" || site === "none" ? undefined : "cross-site";
  if (origin === "null") return "cross-site";
  // Neither header: not a browser form post (browsers send Origin on every POST).
  return undefined;
}

/** The reader's language: `lang` in the query, then Accept-Language (highest q), then English. */
export function requestLang(
  /** @type {string} */ originalUrl,
  /** @type {string | undefined} */ acceptLanguage,
) {
  const query = originalUrl.indexOf("?");
  if (query !== -1) {
    const lang = new URLSearchParams(originalUrl.slice(query + 1)).get("lang");
    if (lang === "en" || lang === "ja") return lang;
  }
  let best = { lang: /** @type {"en" | "ja"} */ ("en"), q: 0 };
  for (const part of String(acceptLanguage ?? "")
    .slice(0, 512)
    .split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const primary = tag.trim().toLowerCase().split("-")[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if ((primary === "en" || primary === "ja") && q > best.q) best = { lang: primary, q };
  }
  return best.lang;
}

const escapeHtml = (/** @type {string} */ s) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {"en" | "ja"} lang @param {"origin" | "cross-site"} why @param {string} from @param {string} own
 */
export function refusedPage(lang, why, from, own) {
  const t = refusedPageWords[lang];
  const filled = { from: from.slice(0, 200), own };
  // A function replacer: `$&` and the like in a forged Origin must stay literal.
  const reason =
    why === "origin"
      ? t.origin.replace(
          /\{(from|own)\}/g,
          (_, name) => filled[/** @type {"from" | "own"} */ (name)],
        )
      : t.crossSite;
  const home = `${own}/${lang === "en" ? "" : `?lang=${lang}`}`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.lead)}</p>
<p data-testid="refused-reason">${escapeHtml(reason)}</p>
<p>${escapeHtml(t.retry)}</p>
<p><a href="${escapeHtml(home)}">${escapeHtml(t.home)}</a> (${escapeHtml(own)})</p>
<p>${escapeHtml(t.admin)}</p>
</main>
</body>
</html>
`;
}

/** At most one log line a minute per refused origin: a flood of forged POSTs must not flood the log. */
const lastLogged = new Map();

/** @returns {import("express").RequestHandler} */
export function refuseCrossSitePosts() {
  return (req, res, next) => {
    if (req.method !== "POST") return next();
    const own = /** @type {string} */ (res.locals.origin);
    const why = refusal(req.headers, own);
    if (why === undefined) return next();
    const from = typeof req.headers.origin === "string" ? req.headers.origin : "";
    const now = Date.now();
    const key = `${why} ${from.slice(0, 200)}`;
    if ((lastLogged.get(key) ?? 0) < now - 60_000) {
      if (lastLogged.size > 1000) lastLogged.clear();
      lastLogged.set(key, now);
      log.warn({
        msg: "cross-site POST refused",
        why,
        origin: from.slice(0, 200),
        expected: own,
        path: logPath(req.path),
      });
    }
    const lang = requestLang(req.originalUrl, req.headers["accept-language"]);
    res.setHeader("Connection", "close");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Vary", "Accept-Language");
    res
      .status(403)
      .type("html")
      .send(refusedPage(lang, why, from, own));
  };
}
