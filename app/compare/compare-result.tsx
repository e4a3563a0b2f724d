import { dictionary, format, type Lang, roundText } from "~/i18n";

interface SideView {
  approach: string;
  addOns: string[];
  confidence: number;
  link: string;
}

export interface CompareView {
  a: SideView;
  b: SideView;
  same: boolean;
  sameAddOns: boolean;
  differences: { question: string; title: string; a: string; b: string; change?: string }[];
}

/** Two results side by side, then the answers that differ and whether each changes the recommendation. */
export function CompareResult({ result, lang }: { result: CompareView; lang: Lang }) {
  const t = roundText(lang).compare;
  const r = roundText(lang);
  const sep = dictionary(lang).punctuation.list;
  const changing = result.differences.filter((x) => x.change).length;
  return (
    <>
      <p className="lead" data-testid="compare-verdict">
        {!result.same ? t.differ : result.sameAddOns ? t.same : t.sameApproachOtherAddOns}
      </p>
      <div className="compare-grid">
        {(["a", "b"] as const).map((side) => {
          const s = result[side];
          return (
            <section
              key={side}
              aria-labelledby={`compare-${side}-title`}
              data-testid={`compare-${side}`}
            >
              <h2 id={`compare-${side}-title`}>{side === "a" ? t.a : t.b}</h2>
              <p>
                {t.result}: <strong>{s.approach}</strong>
              </p>
              {s.addOns.length > 0 ? (
                <p>{format(r.withAddOns, { addOns: s.addOns.join(sep) })}</p>
              ) : null}
              <p className="muted">{format(r.confidence, { confidence: s.confidence })}</p>
              <p>
                <a href={s.link}>{t.open}</a>
              </p>
            </section>
          );
        })}
      </div>
      <h2>{t.differences}</h2>
      {result.differences.length === 0 ? (
        <p>{t.noDifferences}</p>
      ) : (
        <>
          <p data-testid="compare-summary">
            {format(t.summary, { changing, count: result.differences.length })}
          </p>
          <div className="table-wrap">
            <table className="round-table compare-table" data-testid="compare-differences">
              <thead>
                <tr>
                  <th scope="col">{t.question}</th>
                  <th scope="col">{t.a}</th>
                  <th scope="col">{t.b}</th>
                  <th scope="col">{t.changes}</th>
                </tr>
              </thead>
              <tbody>
                {result.differences.map((x) => (
                  <tr
                    key={x.question}
                    data-question={x.question}
                    data-changes={x.change ? "yes" : "no"}
                  >
                    <th scope="row">{x.title}</th>
                    <td data-label={t.a}>{x.a}</td>
                    <td data-label={t.b}>{x.b}</td>
                    <td className={x.change ? "changes-yes" : undefined}>
                      {x.change ?? t.changesNo}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
