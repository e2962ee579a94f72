// One interface for uploaded files: S3 in AWS, a folder on a laptop. Keys are
// chosen by the app (never by users) and still validated, so no key can reach
// outside the store.
export interface BlobHead {
  size: number;
}

export type BlobBody = Uint8Array | Blob | ReadableStream<Uint8Array>;

export interface BlobStore {
  readonly kind: "local" | "s3";
  /** Stores the body under `key`, replacing any previous one; returns the size written. */
  put(key: string, body: BlobBody, options?: { contentType?: string }): Promise<BlobHead>;
  /** The whole body; throws BlobNotFoundError when the key is absent. */
  get(key: string): Promise<Uint8Array>;
  /** The body as a stream, for sending a file on without holding it in memory. */
  getStream(key: string): Promise<ReadableStream<Uint8Array>>;
  head(key: string): Promise<BlobHead | null>;
  /** Removes the key; absent keys are fine. */
  delete(key: string): Promise<void>;
}

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No blob is stored under "${key}"`);
    this.name = "BlobNotFoundError";
  }
}

export class InvalidBlobKeyError extends Error {
  constructor(key: string, why: string) {
    super(`Invalid blob key "${key.slice(0, 80)}": ${why}`);
    this.name = "InvalidBlobKeyError";
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Slash-separated segments of letters, digits, dot, dash and underscore; no empty, dot-only or hidden segments. */
export function assertBlobKey(key: string): void {
  if (key.length === 0 || key.length > 512) throw new InvalidBlobKeyError(key, "must be 1 to 512 characters");
  for (const segment of key.split("/")) {
    if (!SEGMENT.test(segment) || /^\.+$/.test(segment)) {
      throw new InvalidBlobKeyError(key, "each segment must start with a letter or digit and hold only letters, digits, '.', '-' or '_'");
    }
    if (segment.includes("..")) throw new InvalidBlobKeyError(key, "'..' is not allowed");
  }
}

/** Reads a body into memory; S3 needs a length up front and our bodies are capped by the upload limit. */
export async function bodyBytes(body: BlobBody): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  return new Uint8Array(await new Response(body).arrayBuffer());
}
