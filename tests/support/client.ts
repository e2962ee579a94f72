// A browser-like client over app.handle(): it keeps cookies, and sends the
// page's CSRF token with every state-changing request, as app.js does.
type Handler = { handle(request: Request): Promise<Response> };

export class TestClient {
  readonly cookies = new Map<string, string>();
  private csrf: string | undefined;

  constructor(private readonly app: Handler, private readonly base = "http://localhost") {}

  async request(path: string, init: RequestInit & { htmx?: boolean; form?: Record<string, string> } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const method = (init.method ?? (init.form ? "POST" : "GET")).toUpperCase();
    if (method !== "GET" && method !== "HEAD" && !headers.has("X-CSRF-Token")) {
      headers.set("X-CSRF-Token", await this.csrfToken());
    }
    if (this.cookies.size) headers.set("Cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    if (init.htmx) headers.set("HX-Request", "true");
    let body = init.body;
    if (init.form) {
      headers.set("Content-Type", "application/x-www-form-urlencoded");
      body = new URLSearchParams(init.form).toString();
    }
    const res = await this.app.handle(new Request(this.base + path, { ...init, method, headers, body }));
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim())) || value === "";
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    return res;
  }

  /** The CSRF token a page would carry (read from the meta tag, as app.js does). */
  async csrfToken(): Promise<string> {
    if (this.csrf && this.cookies.has("atelier_csrf")) return this.csrf;
    const page = await (await this.request("/")).text();
    const match = page.match(/<meta name="csrf-token" content="([^"]+)"/);
    if (!match) throw new Error("no csrf-token meta tag on the home page");
    this.csrf = match[1]!;
    return this.csrf;
  }

  async signIn(email: string, role: string): Promise<Response> {
    const res = await this.request("/auth/dev", { form: { email, role } });
    if (res.status !== 303) throw new Error(`dev sign-in failed with ${res.status}: ${await res.text()}`);
    return res;
  }
}
