// Blobs in an S3 bucket (the region and credentials come from the AWS SDK's
// own chain: the task role in ECS, the execution role in Lambda).
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3ServiceException, type S3Client } from "@aws-sdk/client-s3";
import { assertBlobKey, BlobNotFoundError, bodyBytes, type BlobBody, type BlobHead, type BlobStore } from "./types.ts";

function isNotFound(err: unknown): boolean {
  return err instanceof S3ServiceException && (err.name === "NoSuchKey" || err.name === "NotFound" || err.$metadata.httpStatusCode === 404);
}

export class S3BlobStore implements BlobStore {
  readonly kind = "s3" as const;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, body: BlobBody, options: { contentType?: string } = {}): Promise<BlobHead> {
    assertBlobKey(key);
    const bytes = await bodyBytes(body);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentLength: bytes.byteLength,
        ContentType: options.contentType ?? "application/octet-stream",
      }),
    );
    return { size: bytes.byteLength };
  }

  private async object(key: string) {
    assertBlobKey(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!out.Body) throw new BlobNotFoundError(key);
      return out.Body;
    } catch (err) {
      if (isNotFound(err)) throw new BlobNotFoundError(key);
      throw err;
    }
  }

  async get(key: string): Promise<Uint8Array> {
    return (await this.object(key)).transformToByteArray();
  }

  async getStream(key: string): Promise<ReadableStream<Uint8Array>> {
    return (await this.object(key)).transformToWebStream() as ReadableStream<Uint8Array>;
  }

  async head(key: string): Promise<BlobHead | null> {
    assertBlobKey(key);
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: out.ContentLength ?? 0 };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    assertBlobKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
