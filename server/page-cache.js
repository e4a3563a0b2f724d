// @ts-check
// A small in-memory cache of rendered /decision and /api/decision responses. They are pure functions of the URL,
// the language and the build (conditional-get.js computes that key), so a repeat request needs no rendering. The
// only per-response part of the HTML is the CSP nonce, which is swapped for the new one.

/** @typedef {{ status: number, headers: [string, string][], body: string, nonce: string }} Entry */

export class PageCache {
  /** @param {number} limit */
  constructor(limit) {
    this.limit = limit;
    /** @type {Map<string, Entry>} */
    this.entries = new Map();
  }

  /** @param {string} key @returns {Entry | undefined} */
  get(key) {
    const entry = this.entries.get(key);
    if (entry) {
      // Least recently used goes first: re-insert on every hit.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** @param {string} key @param {Entry} entry */
  set(key, entry) {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.limit) {
      this.entries.delete(/** @type {string} */ (this.entries.keys().next().value));
    }
  }
}

/** The cached body with the old nonce replaced by this response's nonce. */
export function withNonce(/** @type {Entry} */ entry, /** @type {string} */ nonce) {
  return entry.nonce ? entry.body.split(entry.nonce).join(nonce) : entry.body;
}
