// Test helper (not part of the app): which dictionary keys the code reads.
//
// The scan is static: it follows the ways this code base reaches the dictionaries — `dictionary(lang)` (and
// names bound to it or to one of its sections, `const t = dictionary(lang).records`), parameters typed
// `Dictionary` or `Dictionary["section"]`, and property chains from those (`t.records.status`). An index that is
// not a string literal (`t.approaches[approach]`) reads every key at that level; a chain that stops at a section
// (`labels: w.labels`) hands on, and so reads, the whole section. Keys built at run time in any other way must be
// listed in DYNAMIC below, with the code that builds them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { en } from "./en";

const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..");

/**
 * Keys read through a name the scan cannot follow, each with the code that builds it. `section.*` allows every
 * key under a section.
 */
export const DYNAMIC: Record<string, string> = {
  "records.errors.*":
    "recordErrorMessage (record-form.tsx): `(t as Record<string, string>)[key]`, the key being a zod issue code",
};

function isDynamic(key: string): boolean {
  return Object.keys(DYNAMIC).some((d) =>
    d.endsWith(".*") ? key.startsWith(d.slice(0, -1)) : key === d,
  );
}

type Tree = { [key: string]: Tree | unknown };

export function leaves(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...prefix, k]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) && !/\.test\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The dictionary files themselves define keys; they do not read them. */
function isDictionaryFile(path: string): boolean {
  const rel = relative(join(ROOT, "app", "i18n"), path);
  return !rel.startsWith("..") && rel !== "index.ts";
}

const IDENT = String.raw`[A-Za-z_$][\w$]*`;
/** A chain after a root: `.name`, `["name"]` or `[expr]` (one level of brackets is enough here). */
const CHAIN = String.raw`(?:\??\.${IDENT}|\[[^\[\]]*\])*`;

function segments(chain: string): string[] {
  const out: string[] = [];
  for (const m of chain.matchAll(new RegExp(String.raw`\??\.(${IDENT})|\[([^\[\]]*)\]`, "g"))) {
    if (m[1] !== undefined) out.push(m[1]);
    else {
      const literal = /^\s*["'`]([^"'`$]+)["'`]\s*$/.exec(m[2] ?? "");
      out.push(literal ? literal[1]! : "*");
    }
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Calls that return the dictionary or one of its sections. */
const ACCESSORS: Record<string, string[]> = { dictionary: [], roundText: ["rounds"] };
/** Types of the dictionary or of one of its sections. */
const TYPES: Record<string, string[]> = { Dictionary: [], RoundText: ["rounds"] };
/** Functions that hand the dictionary to a callback: `describedAs((t) => t.descriptions.rules)`. */
const CALLBACKS = ["describedAs"];
/** A call's arguments, with parentheses nested two deep. */
const ARGS = String.raw`\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)`;

/** Every dictionary path (possibly ending at a section, possibly with `*`) that one file reads. */
export function readsIn(source: string): string[][] {
  // Roots: the accessors' calls, then names bound to a chain from a root or typed as (a section of) Dictionary.
  // A name means what its closest binding above says (the same short name is reused in many functions).
  const bindings = new Map<string, { at: number; path: string[] }[]>();
  const bind = (name: string, at: number, path: string[]): boolean => {
    const list = bindings.get(name) ?? [];
    if (list.some((b) => b.at === at)) return false;
    list.push({ at, path });
    list.sort((x, y) => x.at - y.at);
    bindings.set(name, list);
    return true;
  };
  const rootPattern = () =>
    [
      ...Object.keys(ACCESSORS).map((n) => String.raw`\b${n}${ARGS}`),
      ...[...bindings.keys()].map((n) => String.raw`(?<![.\w$])${escape(n)}\b`),
    ].join("|");
  const rootPath = (text: string, at: number): string[] | undefined => {
    const call = /^(\w+)\(/.exec(text);
    if (call) return ACCESSORS[call[1]!];
    return bindings
      .get(text)
      ?.filter((b) => b.at < at)
      .at(-1)?.path;
  };

  const types = Object.keys(TYPES).join("|");
  for (const m of source.matchAll(
    new RegExp(String.raw`\b(${IDENT})\??\s*:\s*(${types})\b((?:\[\s*"[^"]+"\s*\])*)`, "g"),
  ))
    bind(m[1]!, m.index, [
      ...TYPES[m[2]!]!,
      ...[...m[3]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!),
    ]);
  for (const m of source.matchAll(
    new RegExp(String.raw`\b(?:${CALLBACKS.join("|")})\(\s*\(?\s*(${IDENT})\s*\)?\s*=>`, "g"),
  ))
    bind(m[1]!, m.index, []);

  const bound = new Set<number>();
  for (let grew = true; grew; ) {
    grew = false;
    const binding = new RegExp(
      String.raw`\b(?:const|let)\s+(${IDENT})\s*=\s*(${rootPattern()})(${CHAIN})\s*[;\n]`,
      "g",
    );
    for (const m of source.matchAll(binding)) {
      const rhs = m.index + m[0].indexOf(m[2]!, m[0].indexOf("="));
      const base = rootPath(m[2]!, rhs);
      if (!base) continue;
      bound.add(rhs);
      if (bind(m[1]!, m.index, [...base, ...segments(m[3]!)])) grew = true;
    }
  }

  const reads: string[][] = [];
  for (const m of source.matchAll(new RegExp(String.raw`(${rootPattern()})(${CHAIN})`, "g"))) {
    const segs = segments(m[2]!);
    // The root itself, or a binding of a name: the name's uses are scanned instead.
    if (segs.length === 0 || bound.has(m.index)) continue;
    const base = rootPath(m[1]!, m.index);
    if (base) reads.push([...base, ...segs]);
  }
  return reads;
}

/** Marks what a read path covers in the dictionary: a leaf, a whole section, or every key under a `*`. */
function mark(tree: unknown, path: string[], at: string[], read: Set<string>): void {
  if (typeof tree !== "object" || tree === null || Array.isArray(tree) || path.length === 0) {
    for (const leaf of leaves(tree, at)) read.add(leaf.join("."));
    return;
  }
  const [head, ...rest] = path;
  const children = tree as Tree;
  if (head === "*") {
    for (const [k, v] of Object.entries(children)) mark(v, rest, [...at, k], read);
  } else if (head! in children) {
    mark(children[head!], rest, [...at, head!], read);
  }
  // Else the chain is not a dictionary path (the same name bound to something else): it reads nothing.
}

export function unreadKeys(): string[] {
  const read = new Set<string>();
  const files = [...sourceFiles(join(ROOT, "app")), ...sourceFiles(join(ROOT, "server"))].filter(
    (f) => !isDictionaryFile(f),
  );
  for (const file of files)
    for (const path of readsIn(readFileSync(file, "utf8"))) mark(en, path, [], read);
  return leaves(en)
    .map((p) => p.join("."))
    .filter((k) => !read.has(k) && !isDynamic(k));
}
