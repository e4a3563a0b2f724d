// Punctuation between words, which differs between the languages (section `punctuation`): a list, a label and
// its value, the end of a sentence. Read it from the dictionary instead of choosing by language in code.
export const punctuation = {
  /** Between a label and its value: "Question: answer". */
  colon: ": ",
  /** Between the items of a short list. */
  list: ", ",
  /** Between items that may hold commas themselves. */
  longList: "; ",
  /** Between a few names in a table cell. */
  names: ", ",
  /** After a sentence that is followed by another. */
  stop: ". ",
  /** Between two parts of one line (the arguments, then the sources). */
  parts: "; ",
  /** Between words (Japanese runs them together). */
  space: " ",
  open: " (",
  close: ")",
};
