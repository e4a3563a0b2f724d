// Settling in place on the facilitator page (loaded with the page's CSP nonce; without it each card's form posts
// and the page comes back at that card's anchor). A card's form is sent in the background; the page it leads to
// (or the refusal) is parsed and its parts (the outcome card, every disagreement card, the record form) swapped in
// where they are, keeping the sent card where it was on the screen and what was typed in the other cards.
"use strict";
(() => {
  if (!window.fetch || !window.DOMParser || !window.FormData) return;
  let busy = false;
  /** What the person changed in a card and has not sent: kept across the swap. */
  function edits(root) {
    const out = [];
    for (const input of root.querySelectorAll("input:not([type=hidden])")) {
      if (
        input.type === "radio"
          ? input.checked !== input.defaultChecked
          : input.value !== input.defaultValue
      )
        out.push([input.name, input.type === "radio" ? input.value : null, input.value]);
    }
    return out;
  }
  function restore(root, kept) {
    for (const [name, radio, value] of kept) {
      for (const input of root.querySelectorAll(`input[name="${CSS.escape(name)}"]`)) {
        if (radio === null) input.value = value;
        else if (input.value === radio) input.checked = true;
      }
    }
  }
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-settle")) return;
    event.preventDefault();
    if (busy) return;
    busy = true;
    const card = form.closest("[data-part][id]");
    const top = card.getBoundingClientRect().top;
    const button = form.querySelector("button[type=submit]");
    button?.setAttribute("aria-disabled", "true");
    try {
      const res = await fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        credentials: "same-origin",
      });
      const type = res.headers.get("content-type") || "";
      if (!type.includes("text/html")) throw new Error(String(res.status));
      const next = new DOMParser().parseFromString(await res.text(), "text/html");
      const parts = next.querySelectorAll("main [data-part][id]");
      if (parts.length === 0) throw new Error("no parts");
      for (const part of parts) {
        const old = document.getElementById(part.id);
        if (!old) continue;
        const kept = old === card ? [] : edits(old);
        const fresh = document.adoptNode(part);
        old.replaceWith(fresh);
        restore(fresh, kept);
      }
      const now = document.getElementById(card.id);
      if (now) {
        window.scrollBy(0, now.getBoundingClientRect().top - top);
        const say = now.querySelector("[role=status], .error-message, [role=alert]");
        if (say) {
          if (!say.hasAttribute("tabindex")) say.setAttribute("tabindex", "-1");
          say.focus({ preventScroll: true });
        }
      }
    } catch {
      // Whatever went wrong, the form still works the way it does without JavaScript.
      busy = false;
      form.submit();
      return;
    } finally {
      button?.removeAttribute("aria-disabled");
    }
    busy = false;
  });
})();
