// The static files the pages load, with content hashes for cache busting.
// Only files listed here are served (src/platform/static.ts), so no path
// from a request ever reaches the file system.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const publicDir = join(import.meta.dir, "../public");
const htmxDist = join(import.meta.dir, "../node_modules/htmx.org/dist");

const files = {
  "app.css": { path: join(publicDir, "app.css"), type: "text/css; charset=utf-8" },
  "app.js": { path: join(publicDir, "app.js"), type: "text/javascript; charset=utf-8" },
  "favicon.svg": { path: join(publicDir, "favicon.svg"), type: "image/svg+xml" },
  "htmx.js": { path: join(htmxDist, "htmx.min.js"), type: "text/javascript; charset=utf-8" },
  "hx-sse.js": { path: join(htmxDist, "ext/hx-sse.min.js"), type: "text/javascript; charset=utf-8" },
} as const;

export type AssetName = keyof typeof files;

export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  hash: string;
}

const assets = new Map<string, Asset>(
  Object.entries(files).map(([name, f]) => {
    const body = new Uint8Array(readFileSync(f.path));
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
    return [name, { body, type: f.type, hash }];
  }),
);

export function getAsset(name: string): Asset | undefined {
  return assets.get(name);
}

/** The URL of an asset, versioned by its content so browsers may cache it forever. */
export function asset(name: AssetName): string {
  return `/static/${name}?v=${assets.get(name)!.hash}`;
}
