// Atelier's only hand-written browser script. No build step: plain JS,
// loaded after htmx. It must work under the CSP (no inline script, no eval).
(() => {
  "use strict";

  // CSRF: every htmx request carries the token from the page's meta tag.
  // Plain forms carry it as a hidden _csrf field.
  document.addEventListener("htmx:config:request", (event) => {
    const meta = document.querySelector('meta[name="csrf-token"]');
    const ctx = event.detail && event.detail.ctx;
    if (meta && ctx && ctx.request) ctx.request.headers["X-CSRF-Token"] = meta.content;
  });

  // A network failure (no response at all) gets a visible notice instead of silence.
  document.addEventListener("htmx:error", (event) => {
    const detail = event.detail || {};
    if (detail.ctx && detail.ctx.response) return; // a server answer was already rendered
    const flash = document.getElementById("flash");
    if (!flash) return;
    flash.replaceChildren();
    const p = document.createElement("p");
    p.className = "alert alert-error";
    p.textContent = "The connection to Atelier was interrupted. Check your network and try again.";
    flash.append(p);
  });

  // Confirmations without inline script: <button data-confirm="Delete this?">.
  document.addEventListener("click", (event) => {
    const el = event.target instanceof Element ? event.target.closest("[data-confirm]") : null;
    if (el && !window.confirm(el.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // Chat composer: Enter sends, Shift+Enter starts a new line.
  document.addEventListener("keydown", (event) => {
    const el = event.target;
    if (!(el instanceof HTMLTextAreaElement) || !el.hasAttribute("data-enter-submits")) return;
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    if (el.value.trim() && el.form) el.form.requestSubmit();
  });

  // Keep the newest text in view while an answer streams, unless the reader scrolled up.
  const nearBottom = (box) => box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  let follow = true;
  document.addEventListener("scroll", (event) => {
    if (event.target instanceof Element && event.target.id === "thread") follow = nearBottom(event.target);
  }, true);
  const keepInView = () => {
    const thread = document.getElementById("thread");
    if (thread && follow) thread.scrollTop = thread.scrollHeight;
  };
  document.addEventListener("htmx:sse:after:message", keepInView);
  document.addEventListener("htmx:after:swap", keepInView);
  document.addEventListener("DOMContentLoaded", keepInView);
})();
