// Blobs as files under one folder (DATA_DIR/blobs). A write goes to a
// temporary file first and is renamed into place, so a reader never sees half
// a file and a failed upload leaves nothing behind.
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { assertBlobKey, BlobNotFoundError, type BlobBody, type BlobHead, type BlobStore } from "./types.ts";

export class LocalBlobStore implements BlobStore {
  readonly kind = "local" as const;
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  private path(key: string): string {
    assertBlobKey(key);
    const path = resolve(join(this.root, key));
    // Belt and braces: validation already rules this out.
    if (!path.startsWith(this.root + sep)) throw new Error("blob key escapes the store");
    return path;
  }

  async put(key: string, body: BlobBody): Promise<BlobHead> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${crypto.randomUUID()}.tmp`;
    try {
      const size = body instanceof ReadableStream ? await Bun.write(tmp, new Response(body)) : await Bun.write(tmp, body);
      await rename(tmp, path);
      return { size };
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Uint8Array> {
    const file = Bun.file(this.path(key));
    if (!(await file.exists())) throw new BlobNotFoundError(key);
    return new Uint8Array(await file.arrayBuffer());
  }

  async getStream(key: string): Promise<ReadableStream<Uint8Array>> {
    const file = Bun.file(this.path(key));
    if (!(await file.exists())) throw new BlobNotFoundError(key);
    return file.stream();
  }

  async head(key: string): Promise<BlobHead | null> {
    try {
      const s = await stat(this.path(key));
      return s.isFile() ? { size: s.size } : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
