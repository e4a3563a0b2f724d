// Live updates for the team-round pages (loaded with the page's CSP nonce; the pages work without it by
// reloading). Polls the round's status; when its version changes, fetches the page again and swaps in what
// changed: the whole main element after a reveal, else only the parts marked data-live (so a form being filled
// in is never touched). Polls back off while nothing changes (3 s up to 15 s, with jitter so that a team's
// browsers do not ask in step), start again at 3 s after a change, honour Retry-After, and stop when the round
// is gone.
"use strict";
(() => {
  const me = document.currentScript;
  if (!me || !window.fetch || !window.DOMParser) return;
  const statusUrl = me.dataset.status;
  let version = me.dataset.version;
  const FIRST_DELAY = 3000;
  const MAX_DELAY = 15000;
  let delay = FIRST_DELAY;
  let timer;
  let stopped = false;
  let busy = false;
  const main = () => document.querySelector("main");
  // The page is updating by itself: the "reload this page" hints are for when it is not.
  function hideReloadHints() {
    for (const hint of document.querySelectorAll("[data-reload-hint]")) hint.hidden = true;
  }
  hideReloadHints();
  function schedule(ms) {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(check, ms * (0.8 + Math.random() * 0.4));
  }
  async function check() {
    if (busy || stopped) return;
    if (document.hidden) return schedule(delay);
    busy = true;
    let wait = delay;
    try {
      const res = await fetch(statusUrl, { cache: "no-store", credentials: "same-origin" });
      if (res.status === 429 || res.status >= 500) {
        const retry = Number(res.headers.get("Retry-After"));
        wait = Math.max(MAX_DELAY, Number.isFinite(retry) ? retry * 1000 : 0);
        return;
      }
      if (!res.ok) return stop();
      const status = await res.json();
      if (String(status.version) === version) {
        delay = Math.min(MAX_DELAY, delay * 1.5);
        wait = delay;
        return;
      }
      delay = FIRST_DELAY;
      wait = delay;
      const page = await fetch(location.href, { cache: "no-store", credentials: "same-origin" });
      if (!page.ok) return;
      const next = new DOMParser().parseFromString(await page.text(), "text/html");
      const nextMain = next.querySelector("main");
      const nextScript = next.querySelector("script[data-status]");
      if (!nextMain) return;
      // Scripts are never moved over: this one keeps running.
      for (const script of nextMain.querySelectorAll("script")) script.remove();
      const wasOpen = !main().querySelector("[data-testid=reveal]");
      const isOpen = !nextMain.querySelector("[data-testid=reveal]");
      if (wasOpen !== isOpen || !wasOpen) {
        main().replaceChildren(...document.adoptNode(nextMain).childNodes);
        document.title = next.title;
      } else {
        for (const part of nextMain.querySelectorAll("[data-live][id]")) {
          document.getElementById(part.id)?.replaceWith(document.adoptNode(part));
        }
      }
      hideReloadHints();
      version = nextScript ? nextScript.dataset.version : String(status.version);
    } catch {
      // Offline for a moment: try again at the next tick.
    } finally {
      busy = false;
      schedule(wait);
    }
  }
  function stop() {
    stopped = true;
    clearTimeout(timer);
  }
  schedule(delay);
  // Coming back to the tab: look at once, from the first delay again.
  document.addEventListener("visibilitychange", () => {
    if (document.hidden) return;
    delay = FIRST_DELAY;
    schedule(0);
  });
})();
