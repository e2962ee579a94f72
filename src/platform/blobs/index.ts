// Builds the blob store the config names.
import { S3Client } from "@aws-sdk/client-s3";
import type { BlobStoreConfig } from "./config.ts";
import { LocalBlobStore } from "./local.ts";
import { S3BlobStore } from "./s3.ts";
import type { BlobStore } from "./types.ts";

export function createBlobStore(config: BlobStoreConfig): BlobStore {
  return config.kind === "s3" ? new S3BlobStore(new S3Client({}), config.bucket) : new LocalBlobStore(config.dir);
}
