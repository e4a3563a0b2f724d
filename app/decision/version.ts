// rulesetVersion: derived from the ruleset's content, so any change to a rule gives a new version and
// old share links can say "made with another version of the rules".
import { ruleset } from "./ruleset";

/** FNV-1a over UTF-16 code units, twice with different offsets: 64 bits, plenty for change detection. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 ^ 0x2f) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

export const rulesetVersion = `r-${contentHash(JSON.stringify(ruleset)).slice(0, 10)}`;
