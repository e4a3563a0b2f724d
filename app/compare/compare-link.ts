// What a link pasted into the compare page points at: a result (its answers in the query) or a saved record.

/** The query part of a pasted share link (or the answers themselves). */
export function answersPart(value: string): string {
  const trimmed = value.trim();
  const q = trimmed.indexOf("?");
  return (q === -1 ? trimmed : trimmed.slice(q + 1)).split("#")[0]!;
}

/** The public id in a pasted record link (`https://…/r/<id>`, `/r/<id>?lang=ja`), if it is one. */
export function recordIdIn(value: string): string | undefined {
  const path = value.trim().split(/[?#]/)[0]!;
  return /(?:^|\/)r\/([A-Za-z0-9_-]+)\/?$/.exec(path)?.[1];
}
