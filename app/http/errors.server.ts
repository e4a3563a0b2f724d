// Error responses that carry their own words, in the request's language: the page frame's data (and so the
// browser bundle of hydrated pages) needs no error texts.
import { json } from "@remix-run/node";
import { dictionary, format, resolveLang } from "~/i18n";

export interface ErrorText {
  title: string;
  body: string;
}

/** Throws an error response with its status's title and message. */
export function httpError(
  request: Request,
  status: 400 | 404 | 429,
  options: {
    headers?: Record<string, string>;
    retryAfterSeconds?: number;
    /** What was limited: saving records (the default) or trying edit links. */
    limited?: "saves" | "edit-links";
  } = {},
): never {
  const t = dictionary(resolveLang(new URL(request.url), request.headers.get("accept-language")));
  const seconds = options.retryAfterSeconds ?? 60;
  const text: ErrorText =
    status === 404
      ? { title: t.notFound.title, body: t.notFound.body }
      : status === 429
        ? options.limited === "edit-links"
          ? {
              title: t.records.tooManyEditLinksTitle,
              body: format(t.records.tooManyEditLinks, { seconds }),
            }
          : { title: t.records.tooManyTitle, body: format(t.records.tooMany, { seconds }) }
        : { title: t.badRequest.title, body: t.badRequest.body };
  const headers = {
    ...options.headers,
    ...(options.retryAfterSeconds !== undefined && {
      "Retry-After": String(options.retryAfterSeconds),
    }),
  };
  throw json(text, { status, headers });
}
