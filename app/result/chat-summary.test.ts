import { confidenceInWords } from "~/decision/confidence-words";
import { evaluateDecision, parseShareLink, questionText, type Answers } from "~/decision";
import { SCENARIOS } from "~/decision/golden";
import { ruleText } from "~/decision/rule-text";
import { dictionary } from "~/i18n";
import { chatSummary } from "./chat-summary";
import { conflictQuestions } from "./conflicts";

async function decide(query: string) {
  const parsed = parseShareLink(new URLSearchParams(query));
  if (!parsed.success) throw new Error("bad fixture");
  const answers: Answers = parsed.link.answers;
  return { answers, decision: await evaluateDecision(answers) };
}

const LINK = "https://example.test/decision?x";

for (const lang of ["en", "ja"] as const) {
  test(`a tentative result with a conflict (E13, ${lang}): confidence, the conflict and what to change, what to find out`, async () => {
    const { answers, decision } = await decide(SCENARIOS.E13!.query);
    expect(decision.state).not.toBe("confident");
    expect(decision.conflicts.length).toBeGreaterThan(0);
    expect(decision.findOut.length).toBeGreaterThan(0);
    const t = dictionary(lang);
    const text = chatSummary(decision, answers, lang, LINK);
    const lines = text.split("\n");
    expect(lines[0]!.startsWith(t.state[decision.state])).toBe(true);
    expect(text).toContain(`${Math.round(decision.confidence * 100)}%`);
    for (const id of decision.conflicts) {
      const line = lines.find((l) => l.includes(ruleText[id].title[lang]));
      expect(line, id).toBeDefined();
      const questions = conflictQuestions(decision, id);
      expect(questions.length).toBeGreaterThan(0);
      for (const q of questions) expect(line).toContain(questionText[q].label[lang]);
    }
    const findOut = lines.find((l) => l.startsWith(t.decision.findOut));
    expect(findOut).toBeDefined();
    for (const q of decision.findOut) expect(findOut).toContain(questionText[q].label[lang]);
    expect(lines.at(-1)).toBe(LINK);
  });
}

test("a confident result without conflicts says its confidence and nothing to find out", async () => {
  const { answers, decision } = await decide(SCENARIOS.G1!.query);
  expect(decision.state).toBe("confident");
  const t = dictionary("en");
  const text = chatSummary(decision, answers, "en", LINK);
  expect(text).toContain(
    `${t.decision.confidence}: ${confidenceInWords(decision).label.en} (${Math.round(decision.confidence * 100)}%)`,
  );
  expect(text).not.toContain(t.decision.findOut);
  expect(text).not.toContain(t.state.conflicting);
});

test("the questions of a conflict are the answers its rule looked at (E14: clients and domains)", async () => {
  const { decision } = await decide(SCENARIOS.E14!.query);
  expect(decision.conflicts).toContain("spa-on-one-origin");
  expect(conflictQuestions(decision, "spa-on-one-origin").sort()).toEqual(["clients", "domains"]);
});
