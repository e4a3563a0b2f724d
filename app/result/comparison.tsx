import { APPROACHES, type Approach } from "~/decision";
import type { ApproachEffect } from "~/decision/evaluate";
import { dictionary, type Lang } from "~/i18n";
import type { ComparisonView } from "./result-view.server";

const fmt = (c: ApproachEffect) =>
  c.out ? "✕" : c.value > 0 ? `+${c.value}` : c.value < 0 ? `−${-c.value}` : "·";

/**
 * The four approaches against the team's answers: a table of what each fired rule counted, and a bar chart. Both
 * read the result view (what evaluateDecision counted), not a tally of their own.
 */
export function Comparison({
  view,
  approach,
  lang,
}: {
  view: ComparisonView;
  /** The chosen approach (its bar stands out). */
  approach: Approach;
  lang: Lang;
}) {
  const t = dictionary(lang);
  const { rows, bars: scores } = view;
  const max = Math.max(1, ...scores.map((s) => Math.abs(s.score)));
  const zero = 470;
  const unit = 150 / max;
  const desc = scores
    .map((s) => `${t.approaches[s.approach].name}: ${s.out ? t.rationale.ruledOut : s.score}`)
    .join("; ");
  return (
    <section aria-labelledby="comparison-title" className="comparison">
      <h2 id="comparison-title">{t.rationale.comparison}</h2>
      <p>{t.rationale.comparisonIntro}</p>
      <div className="diagram" role="group" tabIndex={0} aria-labelledby="comparison-svg-title">
        <svg
          viewBox={`0 0 640 ${scores.length * 34 + 10}`}
          role="img"
          aria-labelledby="comparison-svg-title comparison-svg-desc"
          className="diagram__svg"
          data-testid="comparison-chart"
        >
          <title id="comparison-svg-title">{t.rationale.comparison}</title>
          <desc id="comparison-svg-desc">{desc}</desc>
          <line x1={zero} y1="0" x2={zero} y2={scores.length * 34 + 10} stroke="#6b7280" />
          {scores.map((s, i) => {
            const w = Math.abs(s.score) * unit;
            const chosen = s.approach === approach;
            return (
              <g key={s.approach}>
                <text
                  x="2"
                  y={i * 34 + 25}
                  fontSize="12"
                  fill="#111827"
                  fontWeight={chosen ? "700" : "400"}
                >
                  {t.approaches[s.approach].name.length > 44
                    ? `${t.approaches[s.approach].name.slice(0, 43)}…`
                    : t.approaches[s.approach].name}
                </text>
                <rect
                  x={s.score >= 0 ? zero : zero - w}
                  y={i * 34 + 10}
                  width={Math.max(w, 2)}
                  height="20"
                  fill={s.out ? "#d1d5db" : chosen ? "#0f6b3a" : "#6b8fd6"}
                />
                <text
                  x={s.score >= 0 ? zero + w + 6 : zero - w - 6}
                  y={i * 34 + 25}
                  fontSize="12"
                  textAnchor={s.score >= 0 ? "start" : "end"}
                  fill="#111827"
                >
                  {s.out ? `✕ ${t.rationale.ruledOut}` : s.score}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <div className="table-wrap">
        <table className="comparison__table">
          <caption className="visually-hidden">{t.rationale.comparison}</caption>
          <thead>
            <tr>
              <th scope="col">{t.decision.rule}</th>
              {APPROACHES.map((a) => (
                <th scope="col" key={a}>
                  {t.approaches[a].name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ rule, title, cells }) => (
              <tr key={rule}>
                <th scope="row">{title}</th>
                {APPROACHES.map((a) => (
                  <td key={a}>{fmt(cells[a])}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t.rationale.total}</th>
              {scores.map((s) => (
                <td key={s.approach}>
                  <strong>{s.out ? `${s.score} (${t.rationale.ruledOut})` : s.score}</strong>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
