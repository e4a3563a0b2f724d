// The compiled content (scripts/build-content.ts → manifest.generated.json), read once with the server build.
import type { AddOn, Approach, ArgumentId, Lang, Stack } from "~/decision";
import manifestJson from "./manifest.generated.json";
import type { ContentManifest } from "./schema.server";

const manifest = manifestJson as unknown as ContentManifest;

export const contentHash = manifest.hash;

export function getArgument(lang: Lang, id: ArgumentId) {
  return manifest.languages[lang].arguments[id];
}

export function listArguments(lang: Lang) {
  return Object.values(manifest.languages[lang].arguments);
}

export function getGuide(lang: Lang, id: Approach | AddOn) {
  return manifest.languages[lang].approaches[id];
}

export function getStack(lang: Lang, id: Stack) {
  return manifest.languages[lang].stacks[id];
}

export type ArgumentEntry = NonNullable<ReturnType<typeof getArgument>>;
export type GuideEntry = NonNullable<ReturnType<typeof getGuide>>;
export type StackEntry = NonNullable<ReturnType<typeof getStack>>;
