// One browser as the benchmark drives it, over real HTTP with Bun's fetch:
// it keeps its cookies, reads the CSRF token from the page's meta tag and
// sends it with every form, as app.js does. Each simulated browser has its
// own address in X-Forwarded-For, as the ALB would report it (the app runs
// with TRUST_PROXY=true), so per-address sign-in limits see a school full of
// devices rather than one machine.
export class Browser {
  private readonly cookies = new Map<string, string>();
  csrfToken = "";

  constructor(readonly base: string, readonly address: string) {}

  async request(path: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { "X-Forwarded-For": this.address, ...init.headers };
    if (this.cookies.size) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    let body: string | undefined;
    if (init.form) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams({ ...init.form, _csrf: this.csrfToken }).toString();
    }
    const res = await fetch(this.base + path, { method: init.method ?? (init.form ? "POST" : "GET"), headers, body, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1);
      if (!value || attrs.some((a) => /max-age=0\b/i.test(a.trim()))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** GETs a page, keeps its CSRF token, and returns its HTML (throws on anything but 200). */
  async page(path: string): Promise<string> {
    const res = await this.request(path);
    const html = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    const token = /<meta name="csrf-token" content="([^"]+)"/.exec(html)?.[1];
    if (token) this.csrfToken = token;
    return html;
  }

  /** Development sign-in, as the sign-in page's form does it. */
  async signIn(email: string, role: string): Promise<void> {
    await this.page("/auth/sign-in");
    const res = await this.request("/auth/dev", { form: { email, role } });
    await res.text();
    if (res.status !== 303) throw new Error(`sign-in as ${role} answered ${res.status}`);
  }
}

/** The models offered in the chat composer, by display name. */
export function composerModels(html: string): Map<string, string> {
  const select = /<select id="model"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? "";
  const out = new Map<string, string>();
  for (const m of select.matchAll(/<option value="([^"]+)"[^>]*>([^<]*)<\/option>/g)) out.set(m[2]!.trim(), m[1]!);
  return out;
}
