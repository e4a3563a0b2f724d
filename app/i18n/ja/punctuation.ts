import type { punctuation as en } from "../en/punctuation";

export const punctuation: typeof en = {
  colon: "：",
  list: "、",
  longList: "、",
  names: "・",
  stop: "。",
  parts: "。",
  space: "",
  open: "（",
  close: "）",
};
