// @ts-check
// Admission of page work. Node runs every request's JavaScript on one event loop, and a signal handler (SIGTERM)
// is one more callback in that loop. Without a bound, every request that arrives is worked on at once: when 50
// members poll a revealed round (tens of milliseconds of CPU per page), the loaders and renderings of all of them
// run back to back, and everything queued behind them — the shutdown handler, its timers — runs seconds late.
// Measured before this: SIGTERM handled 3 to 5 s after it was sent, the exit 12 to 14 s after it against a 10 s
// grace.
// So at most `concurrency` requests are in the app (loader, action, rendering) at once; the others wait their turn
// in order, which costs no CPU. Bodies are read before a request waits (a slow upload holds no place), and a place
// is given back when the app has answered, before the answer is streamed (a slow reader holds none either). Past
// `queueLimit` waiting, a request gets a quick 503 with Retry-After: nothing was done for it, so it may be sent
// again. A turn of the loop then holds at most `concurrency` pages' work, and a shutdown's timers run on time.

export class Busy extends Error {}

/** @param {{ concurrency: number, queueLimit: number }} options */
export function admission({ concurrency, queueLimit }) {
  let active = 0;
  /** @type {{ start: () => void, signal: AbortSignal }[]} */
  const waiting = [];

  function release() {
    active--;
    while (active < concurrency && waiting.length > 0) {
      const next = /** @type {{ start: () => void, signal: AbortSignal }} */ (waiting.shift());
      if (!next.signal.aborted) next.start();
    }
  }

  return {
    /**
     * Resolves with the function that gives the place back once the request may be worked on; rejects with Busy
     * when too many wait.
     * @param {AbortSignal} signal the request's: a client that went away stops waiting (rejected with Busy)
     * @returns {Promise<() => void>}
     */
    acquire(signal) {
      return new Promise((resolve, reject) => {
        let released = false;
        const start = () => {
          active++;
          resolve(() => {
            if (released) return;
            released = true;
            release();
          });
        };
        if (active < concurrency) return start();
        if (waiting.length >= queueLimit) return reject(new Busy());
        const entry = { start, signal };
        waiting.push(entry);
        signal.addEventListener(
          "abort",
          () => {
            const at = waiting.indexOf(entry);
            if (at !== -1) waiting.splice(at, 1);
            reject(new Busy());
          },
          { once: true },
        );
      });
    },
    /** Requests in the app and waiting (for tests and logs). */
    get counts() {
      return { active, waiting: waiting.length };
    },
  };
}
