// The question list drives every consumer: each check below walks the list, so a question added to the list
// that a consumer does not know (a retyped key list, a hard-coded field) fails here.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANSWER_SPACE_SIZE, answerSpaceIndex, answersAt } from "./answer-space";
import { answersArb } from "./arbitraries";
import { applicableQuestions } from "./flow";
import {
  ASK_ORDER,
  DECIDING_QUESTIONS,
  QUESTION_IDS,
  catalog,
  defaultAnswer,
  isConditional,
  isMultipleChoice,
  isOptional,
  isSkipped,
  valuesOf,
  type Answers,
  type QuestionDef,
  type QuestionId,
} from "./questions";
import { validateAnswers, validateQuestion } from "./schema";
import { LINK_FIELDS, formatShareLink, parseShareLink, readAnswerInput } from "./share-link";

const def = (id: QuestionId): QuestionDef => catalog[id];

/** An answer to every question, conditional ones included, with the given choice for each. */
function answerAll(pick: (values: readonly string[], id: QuestionId) => string): Answers {
  const out: Record<string, unknown> = {};
  for (const id of QUESTION_IDS) {
    const value = pick(valuesOf(id), id);
    out[id] = isMultipleChoice(id) ? [value] : value;
  }
  return out as Answers;
}
const first = answerAll((values) => values[0]!);
const last = answerAll((values) => values.at(-1)!);

/** Answers under which a conditional question is asked (the condition's first value holds). */
function asking(id: QuestionId, base: Answers): Answers {
  const when = def(id).askedWhen!;
  const on = when.question as QuestionId;
  const value = when.anyOf[0]!;
  return { ...base, [on]: isMultipleChoice(on) ? [value] : value } as Answers;
}

/** Answers under which a conditional question is skipped (a value outside the condition). */
function skipping(id: QuestionId, base: Answers): Answers {
  const when = def(id).askedWhen!;
  const on = when.question as QuestionId;
  const value = valuesOf(on).find((v) => !when.anyOf.includes(v))!;
  return { ...base, [on]: isMultipleChoice(on) ? [value] : value } as Answers;
}

function without(answers: Answers, id: QuestionId): Partial<Answers> {
  const rest: Partial<Answers> = { ...answers };
  delete rest[id];
  return rest;
}

describe("the question list", () => {
  it("is well formed: conditions refer to earlier questions and their values, defaults are values", () => {
    for (const id of QUESTION_IDS) {
      const q = def(id);
      expect(new Set(q.values).size, id).toBe(q.values.length);
      if (q.askedWhen) {
        const on = q.askedWhen.question as QuestionId;
        expect(
          ASK_ORDER.indexOf(on),
          `${id} depends on a question asked before it`,
        ).toBeGreaterThanOrEqual(0);
        expect(ASK_ORDER.indexOf(on), `${id} is asked after ${on}`).toBeLessThan(
          ASK_ORDER.indexOf(id),
        );
        for (const v of q.askedWhen.anyOf) expect(valuesOf(on), id).toContain(v);
        // There must be a way to skip it, or it is not conditional.
        expect(
          valuesOf(on).some((v) => !q.askedWhen!.anyOf.includes(v)),
          id,
        ).toBe(true);
      }
      if (q.askedWhen || q.optional) expect(q.values, `${id} default`).toContain(q.default);
      else
        expect(
          q.default,
          `${id}: a default only for optional or conditional questions`,
        ).toBeUndefined();
    }
  });

  it("the schema accepts an answer to every question and returns each of them", () => {
    for (const answers of [first, last]) {
      const result = validateAnswers(answers);
      expect(result.success).toBe(true);
      if (result.success) expect(result.answers).toEqual(answers);
    }
  });

  it("the schema names every question in its errors: a value outside the list is invalid", () => {
    for (const id of QUESTION_IDS) {
      const result = validateAnswers({ ...first, [id]: "not-a-value" });
      expect(result.success, id).toBe(false);
      if (!result.success) expect(result.errors, id).toEqual({ [id]: ["invalid"] });
      expect(validateQuestion(id, { [id]: "not-a-value" }), id).toEqual({
        success: false,
        code: "invalid",
      });
    }
  });

  it("a required question left out is named; an optional one takes its default", () => {
    for (const id of QUESTION_IDS.filter((q) => !isConditional(q))) {
      const result = validateAnswers(without(first, id));
      if (isOptional(id)) {
        expect(result.success, id).toBe(true);
        if (result.success) expect(result.answers[id], id).toBe(defaultAnswer(id));
      } else {
        expect(result.success, id).toBe(false);
        if (!result.success) expect(result.errors, id).toEqual({ [id]: ["required"] });
      }
    }
  });

  it("the flow asks every question exactly once", () => {
    expect([...ASK_ORDER].sort()).toEqual([...QUESTION_IDS].sort());
  });

  it("the canonical order is SPEC's", () => {
    expect(QUESTION_IDS).toEqual([
      "arch",
      "domains",
      "sso",
      "idp",
      "tokens",
      "clients",
      "logout",
      "deploy",
      "store",
      "assurance",
      "stack",
    ]);
  });

  it("an old link (before idp, tokens and assurance) parses to the answers it had, new keys at their defaults", () => {
    const old =
      "arch=monolith&domains=cross-site&sso=federated&clients=native,third-party&logout=minutes&deploy=single&store=no";
    const parsed = parseShareLink(old);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.link.answers).toEqual({
      arch: "monolith",
      domains: "cross-site",
      sso: "federated",
      idp: "own",
      tokens: "session",
      clients: ["native", "third-party"],
      logout: "minutes",
      deploy: "single",
      store: "no",
      assurance: "standard",
      stack: "other",
    });
    // The canonical form keeps every answer it had: nothing old is dropped, nothing new is added.
    expect(formatShareLink(parsed.link)).toBe(old);
  });

  it("tokens: optional where asked, default where not; a link states it only when it is not the default", () => {
    const base =
      "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=minutes&deploy=multi&store=yes";
    const auth0 = parseShareLink(`${base.replace("sso=none", "sso=none&idp=auth0")}`);
    expect(auth0.success && auth0.link.answers.tokens).toBe("session");
    const provider = parseShareLink(base.replace("sso=none", "sso=none&idp=auth0&tokens=provider"));
    expect(provider.success && formatShareLink(provider.link)).toBe(
      base.replace("sso=none", "sso=none&idp=auth0&tokens=provider"),
    );
    expect(validateAnswers({ ...first, idp: "auth0", tokens: "nope" }).success).toBe(false);
  });

  it("domains is required for browser clients and not asked for others", () => {
    const noDomains = { ...first } as Partial<Answers>;
    delete noDomains.domains;
    expect(validateAnswers({ ...noDomains, clients: ["spa"] }).success).toBe(false);
    const cli = validateAnswers({ ...noDomains, clients: ["cli", "service"] });
    expect(cli.success && cli.answers.domains).toBe("one-origin");
  });

  it("a conditional question is required where it is asked and takes its default where it is not", () => {
    const conditional = QUESTION_IDS.filter(isConditional);
    expect(conditional.length).toBeGreaterThan(0);
    for (const id of conditional) {
      const asked = validateAnswers(without(asking(id, first), id));
      if (isOptional(id)) {
        // Asked, but optional (tokens): left out, its default applies.
        expect(asked.success, id).toBe(true);
        if (asked.success) expect(asked.answers[id], id).toBe(defaultAnswer(id));
      } else {
        expect(asked.success, id).toBe(false);
        if (!asked.success) expect(asked.errors, id).toEqual({ [id]: ["required"] });
      }
      expect(applicableQuestions(asking(id, first)), id).toContain(id);

      const skipped = validateAnswers(without(skipping(id, first), id));
      expect(skipped.success, id).toBe(true);
      if (skipped.success) expect(skipped.answers[id], id).toBe(defaultAnswer(id));
      expect(applicableQuestions(skipping(id, first)), id).not.toContain(id);
      expect(isSkipped(id, skipping(id, first)), id).toBe(true);
      // On its own page it is only shown when it applies, so there it is required unless optional.
      if (!isOptional(id))
        expect(validateQuestion(id, {}), id).toEqual({ success: false, code: "required" });
    }
  });

  it("the share link carries every question in list order and leaves out defaults", () => {
    const query = formatShareLink({ answers: last });
    const keys = query.split("&").map((p) => p.split("=")[0]);
    const expected = QUESTION_IDS.filter((id) => last[id] !== defaultAnswer(id) || !isOptional(id));
    expect(keys).toEqual(expected);
    expect(Object.keys(readAnswerInput(new URLSearchParams(query)))).toEqual(expected);
    const parsed = parseShareLink(query);
    expect(parsed.success && parsed.link.answers).toEqual(last);
    for (const id of QUESTION_IDS.filter(isOptional))
      expect(formatShareLink({ answers: { ...last, [id]: defaultAnswer(id) } })).not.toMatch(
        new RegExp(`(^|&)${id}=`),
      );
  });

  it("a share link's errors can be reported for every question, in list order", () => {
    expect(LINK_FIELDS.filter((f) => (QUESTION_IDS as string[]).includes(f))).toEqual(QUESTION_IDS);
    const parsed = parseShareLink(QUESTION_IDS.map((id) => `${id}=x`).join("&"));
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      for (const id of QUESTION_IDS.filter((q) => !isConditional(q)))
        expect(parsed.errors[id], id).toEqual(["invalid"]);
  });

  it("the answer space spans every value of every deciding question and numbers it one to one", () => {
    const size = DECIDING_QUESTIONS.reduce(
      (n, id) => n * (isMultipleChoice(id) ? 2 ** valuesOf(id).length - 1 : valuesOf(id).length),
      1,
    );
    expect(ANSWER_SPACE_SIZE).toBe(size);
    expect(DECIDING_QUESTIONS).toEqual(QUESTION_IDS.filter((id) => def(id).deciding !== false));
    const seen = new Map<QuestionId, Set<string>>(DECIDING_QUESTIONS.map((id) => [id, new Set()]));
    // Positions spread over the whole space by a prime stride (an even stride would miss values).
    const count = Math.min(ANSWER_SPACE_SIZE, 20_000);
    for (let k = 0; k < count; k++) {
      const i = (k * 7919) % ANSWER_SPACE_SIZE;
      const answers = answersAt(i);
      expect(answerSpaceIndex(answers)).toBe(i);
      for (const id of DECIDING_QUESTIONS) {
        const a = answers[id];
        for (const v of Array.isArray(a) ? a : [a]) seen.get(id)!.add(v);
      }
    }
    for (const id of DECIDING_QUESTIONS)
      expect([...seen.get(id)!].sort(), id).toEqual([...valuesOf(id)].sort());
    expect(answerSpaceIndex(answersAt(ANSWER_SPACE_SIZE - 1))).toBe(ANSWER_SPACE_SIZE - 1);
  });

  it("the arbitraries answer every question with every one of its values", () => {
    const samples = fc.sample(answersArb, { numRuns: 3000, seed: 7 });
    for (const id of QUESTION_IDS) {
      const seen = new Set(samples.flatMap((a) => (Array.isArray(a[id]) ? a[id] : [a[id]])));
      expect([...seen].sort(), id).toEqual([...valuesOf(id)].sort());
    }
    for (const a of samples.slice(0, 200)) expect(validateAnswers(a).success).toBe(true);
  });
});
