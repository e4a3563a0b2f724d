import type { HeadersFunction } from "@remix-run/node";

/** Pages that carry a capability must not leak it: no Referer, no caching, no indexing. */
export const CAPABILITY_HEADERS = {
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
  "X-Robots-Tag": "noindex, nofollow",
};

/** A capability route's `headers`: its loader's, action's and error's headers, with the capability headers on top. */
export const capabilityRouteHeaders: HeadersFunction = ({
  loaderHeaders,
  actionHeaders,
  errorHeaders,
}) => {
  const merged = new Headers(loaderHeaders);
  for (const [k, v] of [...actionHeaders, ...(errorHeaders ?? [])]) merged.set(k, v);
  for (const [k, v] of Object.entries(CAPABILITY_HEADERS)) merged.set(k, v);
  return merged;
};
