// The decision core's public surface. Importable anywhere: no React, Remix, Node built-ins or *.server.
export * from "./questions";
export * from "./outcomes";
export { questionText } from "./question-text";
export {
  AnswersSchema,
  questionSchema,
  validateAnswers,
  validateQuestion,
  type AnswersInput,
  type FieldErrors,
  type FieldErrorCode,
} from "./schema";
export * from "./share-link";
export * from "./flow";
export { ruleset, RULE_IDS, type RuleId, type RuleDef } from "./ruleset";
export {
  evaluateDecision,
  neighbours,
  type Decision,
  type Reason,
  type Counterfactual,
  type Alternative,
} from "./evaluate";
export type { RuleTrace, ConditionTrace } from "./engine";
export { rulesetVersion } from "./version";
export { sources, SOURCE_IDS, type SourceId, type Source } from "./sources";
export {
  ARGUMENT_IDS,
  ARTICLE_ARGUMENT_IDS,
  ADDITION_ARGUMENT_IDS,
  ARTICLE_SECTIONS,
  ARTICLE_TITLE,
  type ArgumentId,
} from "./arguments";
