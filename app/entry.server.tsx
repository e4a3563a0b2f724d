import { Transform } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./http/nonce";
import { log } from "../server/log.js";
import { EXPIRY_SWEEP_MS, scheduleExpirySweep } from "./rounds/rounds.server";

// Every instance deletes expired team rounds on schedule (ADR 0011), not only when someone opens one.
scheduleExpirySweep(EXPIRY_SWEEP_MS);

const ABORT_DELAY = 5_000;

/**
 * React 18's streaming renderer can flush its whole 2 KB view buffer when a multi-byte character does not fit at
 * its end, leaving NUL bytes in the HTML (facebook/react#24985, #27554). In UTF-8 a 0x00 byte is only ever
 * U+0000, which never belongs in our HTML, so dropping those bytes is exact.
 */
function withoutNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk.includes(0) ? Buffer.from(chunk.filter((b) => b !== 0)) : chunk);
    },
  });
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  // Bots and no-JS readers get the whole document at once; browsers get the shell as soon as it is ready.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = withoutNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered)
            log.error({
              error: error instanceof Error ? (error.stack ?? error.message) : String(error),
            });
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

export function handleError(
  error: unknown,
  { request, context }: { request: Request; context?: AppLoadContext },
) {
  if (request.signal.aborted) return;
  // Thrown 4xx responses (404, 405 …) are answers, not errors.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  // Paths and messages can hold an edit token (/e/<token>): server/log.js takes it out of the line.
  log.error({
    path: typeof context?.logPath === "string" ? context.logPath : "(unknown)",
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
