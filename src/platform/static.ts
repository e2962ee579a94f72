// Serves the assets listed in views/assets.ts. A versioned URL (?v=hash that
// matches) may be cached forever; anything else must be revalidated.
import { Elysia } from "elysia";
import { getAsset } from "../../views/assets.ts";
import { notFound } from "./errors.ts";

export const staticAssets = new Elysia({ name: "platform/static" }).get("/static/:name", ({ params, query, request }) => {
  const asset = getAsset(params.name);
  if (!asset) throw notFound("This file");
  const etag = `"${asset.hash}"`;
  const cache = query.v === asset.hash ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cache } });
  }
  return new Response(asset.body, { headers: { "Content-Type": asset.type, ETag: etag, "Cache-Control": cache } });
});
