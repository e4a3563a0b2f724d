// Small enhancements for document pages that ship no framework JavaScript (loaded with the page's CSP nonce).
// Without JavaScript the link stays a selectable text field and printing uses the browser's own command.
"use strict";
for (const input of document.querySelectorAll(
  "input[data-copy-source], textarea[data-copy-source]",
)) {
  input.addEventListener("focus", () => input.select());
  if (!navigator.clipboard) continue;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button button--secondary share__copy";
  button.textContent = input.dataset.copyLabel || "Copy";
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  status.className = "share__status";
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(input.value).then(
      () => (status.textContent = input.dataset.copiedLabel || "Copied"),
      () => input.select(),
    );
  });
  input.after(button, status);
}
for (const hint of document.querySelectorAll("[data-print-label]")) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button button--secondary";
  button.textContent = hint.dataset.printLabel;
  button.addEventListener("click", () => window.print());
  // In a list the button takes the hint's place (a list holds only items); elsewhere it follows the hint.
  if (hint.tagName === "LI") hint.replaceChildren(button);
  else hint.after(button);
}
