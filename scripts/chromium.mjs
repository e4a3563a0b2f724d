// @ts-check
// Debian's Chromium, as every browser-driven check launches it: never a downloaded browser, and with the flags
// that keep it off the network it cannot reach here (TOOLCHAIN.md).
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
