// Words of the result page's summaries (section `result`).
export const result = {
  /** After the approach in the chat summary's first line. */
  chatAddOns: " (+ {addOns})",
  /** After a conflict in the chat summary: which answers to change. */
  chatConflictChange: " ({change}: {questions})",
};
