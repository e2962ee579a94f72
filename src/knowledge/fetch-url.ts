// Fetches a document a teacher linked, without letting the link reach inside
// the network (SSRF). Every hop is checked: the scheme, then every address the
// name resolves to; the request then goes to the checked address itself (with
// the Host header and TLS server name of the original), so a DNS answer that
// changes between check and connect cannot redirect it. Redirects are followed
// by hand, at most five, each checked the same way. Time and size are capped,
// and only document types Atelier can read are accepted.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { formatBytes, UnprocessableError } from "./errors.ts";
import { supportedExtensions } from "./extract/sniff.ts";
import { isPublicAddress } from "./ip-policy.ts";

export interface FetchedDocument {
  /** The address the document finally came from, after redirects. */
  url: string;
  contentType: string;
  bytes: Uint8Array;
  /** From Content-Disposition or the last path segment. */
  filename: string | null;
}

export interface FetchUrlOptions {
  maxBytes: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /**
   * Tests only: the address policy and resolver are parameters, never
   * configuration, so nothing in the environment can loosen them. Workers
   * always use the defaults (public addresses only, the system resolver).
   */
  isAllowedAddress?: (ip: string) => boolean;
  resolve?: (hostname: string) => Promise<string[]>;
  /** Tests only: a certificate authority to trust besides the system's. */
  extraCa?: string;
}

const allowedTypes = new Set([
  "text/html",
  "application/xhtml+xml",
  "application/pdf",
  "text/plain",
  "text/markdown",
  "text/x-markdown",
  "text/csv",
  "application/csv",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
]);

async function systemResolve(hostname: string): Promise<string[]> {
  try {
    return (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return [];
  }
}

function withTimeout<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    }),
  ]);
}

/** Checks a URL and picks the address to connect to. */
async function checkedAddress(url: URL, options: FetchUrlOptions, signal: AbortSignal): Promise<string> {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UnprocessableError("Only http and https addresses can be added.");
  if (url.username || url.password) throw new UnprocessableError("Addresses with a user name or password in them are not allowed.");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : await withTimeout((options.resolve ?? systemResolve)(host), signal);
  if (addresses.length === 0) throw new UnprocessableError(`The address ${url.hostname} could not be found.`);
  const allowed = options.isAllowedAddress ?? isPublicAddress;
  const refused = addresses.find((a) => !allowed(a));
  if (refused) throw new UnprocessableError(`The address ${url.hostname} leads to a private or internal network (${refused}), which is not allowed.`);
  return addresses[0]!;
}

function filenameOf(res: Response, url: URL): string | null {
  const disposition = res.headers.get("content-disposition") ?? "";
  const m = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const fromHeader = m ? decodeURIComponent(m[1] ?? m[2] ?? "") : "";
  if (fromHeader) return fromHeader.split(/[\\/]/).pop() || null;
  const last = decodeURIComponent(url.pathname.split("/").pop() ?? "");
  return last || null;
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw new UnprocessableError(`The document is ${formatBytes(declared)}; the limit is ${formatBytes(maxBytes)}.`);
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new UnprocessableError(`The document is larger than the limit of ${formatBytes(maxBytes)}.`);
      }
      parts.push(value);
    }
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.byteLength;
  }
  return out;
}

export async function fetchUrl(address: string, options: FetchUrlOptions): Promise<FetchedDocument> {
  const maxRedirects = options.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new UnprocessableError("That is not a web address.");
  }
  try {
    for (let hop = 0; ; hop++) {
      const ip = await checkedAddress(url, options, signal);
      const target = new URL(url);
      target.hostname = isIP(ip) === 6 ? `[${ip}]` : ip;
      const res = await fetch(target, {
        redirect: "manual",
        signal,
        headers: { Host: url.host, "User-Agent": "AtelierBot/1.0 (+knowledge import)", Accept: [...allowedTypes, "*/*;q=0.1"].join(", ") },
        // TLS checks the certificate against the original name, not the address connected to.
        ...(url.protocol === "https:" ? { tls: { serverName: url.hostname, ...(options.extraCa ? { ca: options.extraCa } : {}) } } : {}),
      });
      if (res.status >= 300 && res.status < 400 && res.headers.has("location")) {
        await res.body?.cancel();
        if (hop >= maxRedirects) throw new UnprocessableError(`The address redirected more than ${maxRedirects} times.`);
        url = new URL(res.headers.get("location")!, url);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new UnprocessableError(`The page answered ${res.status}${res.statusText ? ` ${res.statusText}` : ""}.`);
      }
      const contentType = (res.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      const filename = filenameOf(res, url);
      const namedLikeDocument = supportedExtensions.some((ext) => (filename ?? "").toLowerCase().endsWith(ext));
      if (!allowedTypes.has(contentType) && !(contentType === "application/octet-stream" && namedLikeDocument)) {
        await res.body?.cancel();
        throw new UnprocessableError(`The address gives ${contentType || "a document of unknown type"}, which cannot be added. Link to a web page, PDF, Word, PowerPoint, text, Markdown or CSV document.`);
      }
      return { url: url.toString(), contentType, bytes: await readCapped(res, options.maxBytes), filename };
    }
  } catch (err) {
    if (err instanceof UnprocessableError) throw err;
    if (signal.aborted) throw new UnprocessableError("The address took too long to answer.");
    // Network failures (refused, reset, DNS hiccup) may pass: let the queue retry them.
    throw new Error(`Fetching ${url.host} failed: ${(err as Error).message}`);
  }
}
