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
})();
