import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UnprocessableError } from "./errors.ts";
import { fetchUrl, type FetchUrlOptions } from "./fetch-url.ts";
import { isPublicAddress } from "./ip-policy.ts";

// The test servers listen on loopback, which the default policy refuses. The
// tests that need to reach them pass a policy admitting 127.0.0.1 and nothing
// else private: the same rules, with one explicit hole.
const testPolicy: Pick<FetchUrlOptions, "isAllowedAddress"> = { isAllowedAddress: (ip) => ip === "127.0.0.1" || isPublicAddress(ip) };

let server: ReturnType<typeof Bun.serve>;
let base: string;
const hosts: string[] = [];

beforeAll(() => {
  server = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    async fetch(req) {
      const url = new URL(req.url);
      hosts.push(req.headers.get("host") ?? "");
      switch (url.pathname) {
        case "/page":
          return new Response("<html><body><p>Hello</p></body></html>", { headers: { "content-type": "text/html; charset=utf-8" } });
        case "/to-metadata":
          return Response.redirect("http://169.254.169.254/latest/meta-data/iam/security-credentials/", 302);
        case "/to-ipv6-mapped":
          return Response.redirect("http://[::ffff:169.254.169.254]/", 301);
        case "/to-page":
          return Response.redirect("/page", 303);
        case "/loop":
          return Response.redirect("/loop", 302);
        case "/huge":
          return new Response(new Uint8Array(10_000), { headers: { "content-type": "text/plain" } });
        case "/stream": {
          // No Content-Length: the cap must hold while streaming.
          let sent = 0;
          const body = new ReadableStream({
            pull(c) {
              if (sent >= 64) return c.close();
              sent++;
              c.enqueue(new Uint8Array(1024));
            },
          });
          return new Response(body, { headers: { "content-type": "text/plain" } });
        }
        case "/image":
          return new Response(new Uint8Array([0x89, 0x50]), { headers: { "content-type": "image/png" } });
        case "/files/unit.pdf":
          return new Response("%PDF-1.7", { headers: { "content-type": "application/octet-stream" } });
        case "/slow":
          await Bun.sleep(2000);
          return new Response("late", { headers: { "content-type": "text/plain" } });
        default:
          return new Response("no", { status: 404, statusText: "Not Found" });
      }
    },
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.stop(true));

async function refusal(url: string, options: Partial<FetchUrlOptions> = {}): Promise<string> {
  try {
    await fetchUrl(url, { maxBytes: 1_000_000, ...options });
  } catch (err) {
    expect(err).toBeInstanceOf(UnprocessableError);
    return (err as Error).message;
  }
  throw new Error(`${url} was fetched`);
}

describe("fetching a linked document", () => {
  test("a public page is fetched with its type and name", async () => {
    const doc = await fetchUrl(`${base}/page`, { maxBytes: 1_000_000, ...testPolicy });
    expect(doc).toMatchObject({ contentType: "text/html", filename: "page", url: `${base}/page` });
    expect(new TextDecoder().decode(doc.bytes)).toContain("Hello");
  });

  test("relative redirects are followed, and the final address is reported", async () => {
    const doc = await fetchUrl(`${base}/to-page`, { maxBytes: 1_000_000, ...testPolicy });
    expect(doc.url).toBe(`${base}/page`);
  });

  test("loopback is refused by default, by address and by name", async () => {
    expect(await refusal(`${base}/page`)).toContain("private or internal network (127.0.0.1)");
    expect(await refusal(`http://localhost:${server.port}/page`)).toContain("private or internal network");
  });

  test("a redirect to the cloud metadata address is refused", async () => {
    expect(await refusal(`${base}/to-metadata`, testPolicy)).toBe(
      "The address 169.254.169.254 leads to a private or internal network (169.254.169.254), which is not allowed.",
    );
    expect(await refusal(`${base}/to-ipv6-mapped`, testPolicy)).toContain("private or internal network");
  });

  test("a name resolving to any private address is refused, whatever else it resolves to", async () => {
    const resolve = async () => ["93.184.216.34", "10.1.2.3"];
    expect(await refusal("http://intranet.district.example/grades", { resolve })).toContain("(10.1.2.3)");
  });

  test("the request goes to the address that was checked, with the original Host (no DNS rebinding)", async () => {
    let lookups = 0;
    const resolve = async () => (++lookups === 1 ? ["127.0.0.1"] : ["169.254.169.254"]);
    const doc = await fetchUrl(`http://docs.example.test:${server.port}/page`, { maxBytes: 1_000_000, resolve, ...testPolicy });
    expect(lookups).toBe(1);
    expect(hosts.at(-1)).toBe(`docs.example.test:${server.port}`);
    expect(doc.url).toBe(`http://docs.example.test:${server.port}/page`);
  });

  test("endless redirects stop after five", async () => {
    expect(await refusal(`${base}/loop`, testPolicy)).toBe("The address redirected more than 5 times.");
  });

  test("size is capped by the declared length and while streaming", async () => {
    expect(await refusal(`${base}/huge`, { ...testPolicy, maxBytes: 5000 })).toBe("The document is 10 KB; the limit is 5 KB.");
    expect(await refusal(`${base}/stream`, { ...testPolicy, maxBytes: 16_384 })).toBe("The document is larger than the limit of 16 KB.");
  });

  test("only document types are accepted; a named file sent as octet-stream is let through", async () => {
    expect(await refusal(`${base}/image`, testPolicy)).toStartWith("The address gives image/png, which cannot be added.");
    const pdf = await fetchUrl(`${base}/files/unit.pdf`, { maxBytes: 1000, ...testPolicy });
    expect(pdf.filename).toBe("unit.pdf");
  });

  test("errors and slowness end plainly", async () => {
    expect(await refusal(`${base}/missing`, testPolicy)).toBe("The page answered 404 Not Found.");
    expect(await refusal(`${base}/slow`, { ...testPolicy, timeoutMs: 200 })).toBe("The address took too long to answer.");
    expect(await refusal("ftp://example.org/file.pdf")).toBe("Only http and https addresses can be added.");
    expect(await refusal("http://user:pw@example.org/")).toBe("Addresses with a user name or password in them are not allowed.");
    expect(await refusal("not a url")).toBe("That is not a web address.");
  });
});

describe("https", () => {
  test("the connection goes to the checked address while TLS verifies the original name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atelier-tls-"));
    const made = Bun.spawnSync(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", `${dir}/key.pem`, "-out", `${dir}/cert.pem`, "-days", "1", "-subj", "/CN=docs.example.test", "-addext", "subjectAltName=DNS:docs.example.test"], { stderr: "pipe" });
    expect(made.exitCode).toBe(0);
    const cert = await Bun.file(`${dir}/cert.pem`).text();
    const tls = Bun.serve({ port: 0, hostname: "127.0.0.1", tls: { cert, key: await Bun.file(`${dir}/key.pem`).text() }, fetch: () => new Response("secure notes", { headers: { "content-type": "text/plain" } }) });
    try {
      const resolve = async () => ["127.0.0.1"];
      const doc = await fetchUrl(`https://docs.example.test:${tls.port}/notes.txt`, { maxBytes: 1000, resolve, extraCa: cert, ...testPolicy });
      expect(new TextDecoder().decode(doc.bytes)).toBe("secure notes");
      // The same server under another name fails certificate verification (a network error, retried by the queue).
      await expect(fetchUrl(`https://other.example.test:${tls.port}/notes.txt`, { maxBytes: 1000, resolve, extraCa: cert, ...testPolicy })).rejects.toThrow(/other\.example\.test/);
    } finally {
      tls.stop(true);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("address policy", () => {
  test("internal and special addresses are refused, public ones allowed", () => {
    const refused = [
      "127.0.0.1", "10.0.0.8", "172.16.5.4", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
      "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fd00:ec2::254", "fc00::1", "ff02::1",
      "::ffff:127.0.0.1", "::ffff:a9fe:a9fe", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "2001:db8::1", "not-an-ip",
    ];
    const allowed = ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2a00:1450:4001:80b::200e"];
    expect(refused.filter((ip) => isPublicAddress(ip))).toEqual([]);
    expect(allowed.filter((ip) => !isPublicAddress(ip))).toEqual([]);
  });
});
