// A link made with an older ruleset: what it said then beside what today's rules say, and the change notes in
// between (published-versions.ts keeps every version's outcomes and notes).
import { withLang } from "~/decision/flow";
import type { AddOn, Approach } from "~/decision";
import { dictionary, format, type Lang } from "~/i18n";

export interface VersionNoticeData {
  /** The version the link names. */
  v: string;
  current: string;
  /** What that version decided, when it is a published one. */
  then?: { approach: Approach; addOns: AddOn[] };
  now: { approach: Approach; addOns: AddOn[] };
  /** Change notes of the versions published since, newest last. */
  changes: { version: string; published: string; notes: string[] }[];
}

function outcomeText(o: { approach: Approach; addOns: AddOn[] }, lang: Lang): string {
  const t = dictionary(lang);
  const addOns = o.addOns.map((a) => t.addOns[a].name).join(t.punctuation.list);
  return addOns
    ? `${t.approaches[o.approach].name}${format(t.versions.withAddOns, { addOns })}`
    : t.approaches[o.approach].name;
}

export function VersionNotice({
  data,
  lang,
  chosenLang,
}: {
  data: VersionNoticeData;
  lang: Lang;
  chosenLang?: Lang;
}) {
  const t = dictionary(lang).versions;
  const same =
    data.then &&
    data.then.approach === data.now.approach &&
    data.then.addOns.join() === data.now.addOns.join();
  return (
    <section className="card card--warn version-notice" data-testid="stale-version">
      {data.then ? (
        <>
          <p data-testid="then-said">
            {format(t.thenSaid, { v: data.v, outcome: outcomeText(data.then, lang) })}
          </p>
          <p data-testid="now-say">
            {same
              ? format(t.sameNow, { current: data.current })
              : format(t.nowSay, { current: data.current, outcome: outcomeText(data.now, lang) })}
          </p>
        </>
      ) : (
        <p>{format(t.unknown, { v: data.v, current: data.current })}</p>
      )}
      {data.changes.length > 0 ? (
        <details>
          <summary>{t.changes}</summary>
          {data.changes.map((c) => (
            <div key={c.version} data-change-note={c.version}>
              <h3>
                {c.version} · {format(t.published, { date: c.published })}
              </h3>
              <ul>
                {c.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      ) : null}
      <p>
        <a href={withLang("/rules", chosenLang)}>{t.allVersions}</a>
      </p>
    </section>
  );
}
