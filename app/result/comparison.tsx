import { APPROACHES, ruleset, type Approach, type Decision, type RuleDef } from "~/decision";
import { ruleText } from "~/decision/rule-text";
import { dictionary, type Lang } from "~/i18n";

type Cell = { value: number; out: boolean };

function matrix(decision: Pick<Decision, "trace">) {
  const fired = new Set(decision.trace.filter((t) => t.fired).map((t) => t.rule));
  const rows: { rule: RuleDef; cells: Record<Approach, Cell> }[] = [];
  for (const rule of ruleset as readonly RuleDef[]) {
    if (!fired.has(rule.id as never) || rule.stage !== "approach") continue;
    const cells = Object.fromEntries(
      APPROACHES.map((a) => [a, { value: 0, out: false }]),
    ) as Record<Approach, Cell>;
    const scoring = rule.effects.filter(
      (e) => e.kind === "supports" || e.kind === "opposes" || e.kind === "rules-out",
    );
    for (const e of scoring) {
      if (e.kind === "supports") cells[e.approach].value += e.strength;
      if (e.kind === "opposes") cells[e.approach].value -= e.strength;
      if (e.kind === "rules-out") cells[e.approach].out = true;
    }
    if (scoring.length > 0) rows.push({ rule, cells });
  }
  return rows;
}

const fmt = (c: Cell) =>
  c.out ? "✕" : c.value > 0 ? `+${c.value}` : c.value < 0 ? `−${-c.value}` : "·";

/** The four approaches against the team's answers: a table of what each fired rule counted, and a bar chart. */
export function Comparison({ decision, lang }: { decision: Decision; lang: Lang }) {
  const t = dictionary(lang);
  const rows = matrix(decision);
  const ruledOut = new Set(
    decision.alternatives.filter((a) => a.ruledOutBy.length > 0).map((a) => a.approach),
  );
  const scores = APPROACHES.map((a) => ({
    approach: a,
    // A ruled-out approach draws no bar: it is out, whatever it scored.
    score: ruledOut.has(a) ? 0 : (decision.scores[a] ?? 0),
    out: ruledOut.has(a),
  }));
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
            const chosen = s.approach === decision.approach;
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
            {rows.map(({ rule, cells }) => (
              <tr key={rule.id}>
                <th scope="row">{ruleText[rule.id as keyof typeof ruleText].title[lang]}</th>
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
