// The words of a decision record in every export (print, saved record, MADR and Nygard Markdown): dictionary
// section `records.document`, read by app/records/document.ts.

/** "Logout must …" → "logout must …" after "because"; acronyms such as "OIDC" keep their case. */
export function lowerFirst(text: string): string {
  return /^[A-Z](?![A-Z])/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

export const recordDocument = {
  contextIntro:
    "We have to choose how the users of our system stay signed in. These are our answers to the “Do I need JWT?” questionnaire:",
  notes: "Notes from the team:",
  noDrivers: "No single answer was decisive.",
  chosen: (name: string, confidence: string) =>
    `Chosen option: "${name}", because it fits our answers best (confidence${confidence.startsWith(":") ? confidence : ` ${confidence}`}):`,
  confidence: (label: string, reason: string, percent: string, note: string) =>
    `Confidence: ${label}. ${reason} (${percent}: ${note})`,
  addOns: "Together with these add-ons:",
  plans: "How each kind of client stays signed in:",
  item: (label: string, value: string) => `${label}: ${value}`,
  good: (why: string) => `Good, because ${lowerFirst(why)}`,
  bad: (why: string) => `Bad, because ${lowerFirst(why)}`,
  conflict: (why: string) =>
    `Bad, because our answers pull in different directions: ${lowerFirst(why)}`,
  unknown: (question: string) => `Neutral, because we do not know yet: ${question}`,
  ruledOut: (why: string) => `Ruled out, because ${lowerFirst(why)}`,
  chosenMark: " (chosen)",
  /** Confidence in words after "confidence" in the chosen-option line. */
  confidenceLabel: (label: string) => `: ${lowerFirst(label)}`,
  changes: "What would change the result:",
  changeItem: (question: string, answer: string, approach: string) =>
    `If ${question} were “${answer}”: ${approach}`,
  citations: "What the reasons rest on:",
  decision: "Decision",
  addOnsLabel: "Add-ons",
  noAddOns: "none",
  list: ", ",
  disagreements: "Where the team disagreed, and how it was settled:",
  answerCount: (answer: string, count: number) => `${answer} (${count})`,
  citation: (rule: string, cited: string[]) => `${rule}: ${cited.join("; ")}`,
  section: (title: string, section: string) => `${title} (“${section}”)`,
  headings: {
    context: "Context and Problem Statement",
    drivers: "Decision Drivers",
    options: "Considered Options",
    outcome: "Decision Outcome",
    consequences: "Consequences",
    prosCons: "Pros and Cons of the Options",
    more: "More Information",
    disagreements: "Disagreements settled",
  },
  labels: {
    status: "Status",
    date: "Date",
    deciders: "Decision makers",
    consulted: "Consulted",
    informed: "Informed",
    state: "State",
    answers: "Answers",
    settled: "Settled on",
    noAnswer: "No answer",
    note: "Note",
    rulesetVersion: "Ruleset version",
    contentHash: "Content hash",
    permalink: "Permalink",
    supersedes: "Supersedes",
    supersededBy: "Superseded by",
    qr: "QR code of the permalink",
  },
};
