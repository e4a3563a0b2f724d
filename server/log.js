// @ts-check
// One JSON line per log event, with every secret the app hands out taken out first. Edit links and round links
// are capability URLs (/e/<token>, /f/<token>, /t/<joinId>): whoever reads a log must not be able to edit a
// record or join and read a round, so none of them reaches a log line, whether it comes from a path, a query, a
// form field or an error message.
import { routedPath } from "./request-guard.js";

/**
 * A path segment after /e/ (a record's edit page), /f/ (a round's facilitator page) or /t/ (a round's join
 * page and its status), whatever it looks like.
 */
const CAPABILITY_PATH = /(\/[eft]\/)[^/?#\s"'\\]+/gi;
/** Query or form fields that may carry an edit token. */
const SECRET_FIELD = /((?:^|[?&;\s"'])(?:revisit|supersedes|token|edit_?token)=)[^&#\s"'\\]*/gi;
/** Anything shaped like an edit token (43 base64url characters standing alone). */
const TOKEN_SHAPE = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** The text with capability paths, secret fields and token-shaped strings replaced. */
export function redact(/** @type {string} */ text) {
  return text
    .replace(CAPABILITY_PATH, "$1[redacted]")
    .replace(SECRET_FIELD, "$1[redacted]")
    .replace(TOKEN_SHAPE, "[redacted]");
}

/**
 * A request path as logs may show it: in the form the router sees (decoded, dot segments resolved), redacted, so
 * that "/%65/%57…" or "/q/%2e%2e/t/<joinId>" lose their secret as "/e/<token>" does.
 */
export function logPath(/** @type {string} */ path) {
  return redact(routedPath(path));
}

/** @param {Record<string, unknown>} fields */
function line(fields) {
  return redact(JSON.stringify({ t: new Date().toISOString(), ...fields }));
}

export const log = {
  info: (/** @type {Record<string, unknown>} */ fields) => console.log(line(fields)),
  warn: (/** @type {Record<string, unknown>} */ fields) =>
    console.warn(line({ level: "warn", ...fields })),
  error: (/** @type {Record<string, unknown>} */ fields) =>
    console.error(line({ level: "error", ...fields })),
};
