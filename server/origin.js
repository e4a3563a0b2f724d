// @ts-check
// Which origin a request belongs to. With PUBLIC_ORIGIN set, always that one. Without it (a developer's machine),
// the loopback name the request came in on — localhost, 127.0.0.1 or [::1] with its port — so the app works
// under any of them with no configuration; any other Host falls back to http://localhost:PORT. Only loopback
// names are taken from Host: a name from the network (or a DNS-rebinding page) never becomes our origin.

const LOOPBACK_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(?::\d{1,5})?$/i;

/**
 * @param {string | undefined} host the Host header
 * @param {{ publicOrigin: string | undefined, fallbackOrigin: string }} config
 */
export function originFor(host, config) {
  if (config.publicOrigin) return config.publicOrigin;
  if (typeof host === "string" && LOOPBACK_HOST.test(host)) {
    try {
      return new URL(`http://${host}`).origin;
    } catch {
      // e.g. 127.300.0.1: not an address, so not ours
    }
  }
  return config.fallbackOrigin;
}

/** @param {{ publicOrigin: string | undefined, fallbackOrigin: string }} config @returns {import("express").RequestHandler} */
export function resolveOrigin(config) {
  return (req, res, next) => {
    res.locals.origin = originFor(req.headers.host, config);
    next();
  };
}
