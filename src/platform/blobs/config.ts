// The blob-storage part of Config: a folder under DATA_DIR on a laptop, an S3
// bucket in AWS. config.ts reads the variables; this names what is missing.
import { resolve } from "node:path";

export type BlobStoreConfig = { kind: "local"; dir: string } | { kind: "s3"; bucket: string };

export interface BlobEnv {
  BLOB_STORE: "local" | "s3";
  S3_BUCKET: string | undefined;
}

export function buildBlobConfig(e: BlobEnv, dataDir: string): { blobs: BlobStoreConfig; problems: string[] } {
  if (e.BLOB_STORE === "s3") {
    if (!e.S3_BUCKET) return { blobs: { kind: "local", dir: "" }, problems: ["S3_BUCKET is required when BLOB_STORE=s3"] };
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(e.S3_BUCKET)) {
      return { blobs: { kind: "local", dir: "" }, problems: [`S3_BUCKET must be an S3 bucket name (3-63 lowercase letters, digits, dots or hyphens), got "${e.S3_BUCKET}"`] };
    }
    return { blobs: { kind: "s3", bucket: e.S3_BUCKET }, problems: [] };
  }
  return { blobs: { kind: "local", dir: resolve(dataDir, "blobs") }, problems: [] };
}
