import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalBlobStore } from "./local.ts";
import { S3BlobStore } from "./s3.ts";
import { startS3TestServer, type S3TestServer } from "./s3-test-server.ts";
import { BlobNotFoundError, InvalidBlobKeyError, type BlobStore } from "./types.ts";

let dir: string;
let s3: S3TestServer;
const stores: Record<string, () => BlobStore> = {
  local: () => new LocalBlobStore(join(dir, "blobs")),
  s3: () => new S3BlobStore(s3.client(), "atelier-test"),
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atelier-blobs-"));
  s3 = startS3TestServer();
});
afterAll(async () => {
  s3.stop();
  await rm(dir, { recursive: true, force: true });
});

for (const [kind, make] of Object.entries(stores)) {
  describe(`${kind} blob store`, () => {
    test("what is put comes back, by bytes and by stream, and head knows its size", async () => {
      const store = make();
      const bytes = new TextEncoder().encode("Photosynthesis notes, unit 3.");
      expect(await store.put("knowledge/kb1/item1", bytes, { contentType: "text/plain" })).toEqual({ size: bytes.length });
      expect(new TextDecoder().decode(await store.get("knowledge/kb1/item1"))).toBe("Photosynthesis notes, unit 3.");
      expect(await new Response(await store.getStream("knowledge/kb1/item1")).text()).toBe("Photosynthesis notes, unit 3.");
      expect(await store.head("knowledge/kb1/item1")).toEqual({ size: bytes.length });
    });

    test("a stream can be stored, and a second put replaces the first", async () => {
      const store = make();
      await store.put("k/replace", new TextEncoder().encode("old"));
      const stream = new Blob(["new ", "content"]).stream();
      expect((await store.put("k/replace", stream)).size).toBe(11);
      expect(new TextDecoder().decode(await store.get("k/replace"))).toBe("new content");
    });

    test("a missing key: head is null, get says which key, delete is harmless", async () => {
      const store = make();
      expect(await store.head("k/missing")).toBeNull();
      await expect(store.get("k/missing")).rejects.toBeInstanceOf(BlobNotFoundError);
      await store.delete("k/missing");
      await store.put("k/gone", new Uint8Array([1, 2, 3]));
      await store.delete("k/gone");
      expect(await store.head("k/gone")).toBeNull();
    });

    test("keys that could escape the store are refused before any I/O", async () => {
      const store = make();
      for (const key of ["../etc/passwd", "a/../../b", "/abs", "a//b", ".hidden", "a/./b", "a\\b", "", "a/b/", "x".repeat(600)]) {
        await expect(store.put(key, new Uint8Array([1]))).rejects.toBeInstanceOf(InvalidBlobKeyError);
        await expect(store.get(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
        await expect(store.head(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
      }
    });
  });
}

describe("local blob store on disk", () => {
  test("files live under the folder and a failed stream leaves no file behind", async () => {
    const store = new LocalBlobStore(join(dir, "disk"));
    await store.put("a/b.txt", new TextEncoder().encode("x"));
    expect(await readdir(join(dir, "disk/a"))).toEqual(["b.txt"]);
    const broken = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new Uint8Array(10));
        c.error(new Error("client went away"));
      },
    });
    await expect(store.put("a/broken", broken)).rejects.toThrow("client went away");
    expect(await readdir(join(dir, "disk/a"))).toEqual(["b.txt"]);
  });
});

describe("s3 blob store requests", () => {
  test("objects go to the bucket under the key, with the content type", async () => {
    const store = new S3BlobStore(s3.client(), "atelier-test");
    await store.put("knowledge/kb9/item9", new TextEncoder().encode("%PDF-"), { contentType: "application/pdf" });
    expect(s3.objects.get("/atelier-test/knowledge/kb9/item9")?.contentType).toBe("application/pdf");
  });
});
