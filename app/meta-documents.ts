// The description meta tag for document routes (never hydrated), in the page's language.
import type { MetaFunction } from "@remix-run/node";
import { dictionary, type Dictionary, type Lang } from "~/i18n";

export function describedAs(pick: (t: Dictionary) => string): MetaFunction {
  return ({ matches }) => {
    const lang =
      (matches.find((m) => m.id === "root")?.data as { lang?: Lang } | undefined)?.lang ?? "en";
    return [{ name: "description", content: pick(dictionary(lang)) }];
  };
}
