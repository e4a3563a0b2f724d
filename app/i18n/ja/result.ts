import type { result as en } from "../en/result";

export const result: typeof en = {
  chatAddOns: "（追加対策：{addOns}）",
  chatConflictChange: "（{change}：{questions}）",
};
