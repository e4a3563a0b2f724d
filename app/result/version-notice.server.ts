import { rulesetVersion, type Decision, type Lang, type ShareLink } from "~/decision";
import { frozenOutcome, versionsSince } from "~/decision/published-versions";
import type { VersionNoticeData } from "./version-notice";

/** What a link made with another ruleset version needs to say: then, now, and the change notes between. */
export function versionNotice(link: ShareLink, decision: Decision, lang: Lang): VersionNoticeData {
  const v = link.v ?? "";
  const then = frozenOutcome(v, link.answers);
  return {
    v,
    current: rulesetVersion,
    ...(then && { then }),
    now: { approach: decision.approach, addOns: decision.addOns },
    changes: versionsSince(v).map((p) => ({
      version: p.version,
      published: p.published,
      notes: p.notes.map((n) => n[lang]),
    })),
  };
}
