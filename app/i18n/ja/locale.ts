import type { locale as en } from "../en/locale";

export const locale: typeof en = {
  intl: "ja-JP",
  openGraph: "ja_JP",
};
