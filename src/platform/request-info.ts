// Facts about a request that depend on whether we sit behind a proxy.
export interface RequestInfoOptions {
  trustProxy: boolean;
  publicUrl: string;
}

export function isHttps(request: Request, opts: RequestInfoOptions): boolean {
  if (opts.trustProxy) {
    const proto = request.headers.get("x-forwarded-proto");
    if (proto) return proto.split(",")[0]!.trim() === "https";
  }
  return new URL(request.url).protocol === "https:" || opts.publicUrl.startsWith("https:");
}

/**
 * The client's address, for rate limits. The ALB appends the address it saw
 * to X-Forwarded-For, so the last entry is the one a client cannot forge.
 */
export function clientAddress(request: Request, opts: RequestInfoOptions, socketAddress?: string): string {
  if (opts.trustProxy) {
    const fwd = request.headers.get("x-forwarded-for");
    if (fwd) return fwd.split(",").at(-1)!.trim();
  }
  return socketAddress ?? "unknown";
}
