// htmx 4's <hx-partial>: one response updates several places, each with its
// own target and swap.
declare namespace JSX {
  interface IntrinsicElements {
    "hx-partial": HtmlTag & { "hx-target": string; "hx-swap"?: string };
  }
}
