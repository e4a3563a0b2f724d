// Live updates for the team-round pages (loaded with the page's CSP nonce; the pages work without it by
// reloading). Polls the round's status; when its version changes, fetches the page again and swaps in what
// changed: the whole main element after a reveal, else only the parts marked data-live (so a form being filled
// in is never touched).
"use strict";
(() => {
  const me = document.currentScript;
  if (!me || !window.fetch || !window.DOMParser) return;
  const statusUrl = me.dataset.status;
  let version = me.dataset.version;
  let busy = false;
  const main = () => document.querySelector("main");
  async function check() {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const res = await fetch(statusUrl, { cache: "no-store", credentials: "same-origin" });
      if (!res.ok) return stop();
      const status = await res.json();
      if (String(status.version) === version) return;
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
      version = nextScript ? nextScript.dataset.version : String(status.version);
    } catch {
      // Offline for a moment: try again at the next tick.
    } finally {
      busy = false;
    }
  }
  const timer = setInterval(check, 3000);
  function stop() {
    clearInterval(timer);
  }
  document.addEventListener("visibilitychange", check);
})();
