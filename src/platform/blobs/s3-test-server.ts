// A small S3 stand-in for tests: path-style PUT, GET, HEAD and DELETE of
// objects, enough to exercise the real S3 client end to end.
import { S3Client } from "@aws-sdk/client-s3";

export interface S3TestServer {
  client(): S3Client;
  objects: Map<string, { body: Uint8Array<ArrayBuffer>; contentType: string | null }>;
  requests: { method: string; path: string }[];
  stop(): void;
}

const notFound = (key: string) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${key}</Key></Error>`, {
    status: 404,
    headers: { "content-type": "application/xml" },
  });

export function startS3TestServer(): S3TestServer {
  const objects: S3TestServer["objects"] = new Map();
  const requests: S3TestServer["requests"] = [];
  const server = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    async fetch(req) {
      const path = decodeURIComponent(new URL(req.url).pathname);
      requests.push({ method: req.method, path });
      const object = objects.get(path);
      switch (req.method) {
        case "PUT":
          objects.set(path, { body: new Uint8Array(await req.arrayBuffer()), contentType: req.headers.get("content-type") });
          return new Response(null, { headers: { etag: '"etag"' } });
        case "GET":
          if (!object) return notFound(path);
          return new Response(object.body, { headers: { "content-length": String(object.body.byteLength), "content-type": object.contentType ?? "application/octet-stream" } });
        case "HEAD":
          if (!object) return new Response(null, { status: 404 });
          return new Response(null, { headers: { "content-length": String(object.body.byteLength) } });
        case "DELETE":
          objects.delete(path);
          return new Response(null, { status: 204 });
        default:
          return new Response(null, { status: 405 });
      }
    },
  });
  return {
    client: () =>
      new S3Client({
        endpoint: `http://127.0.0.1:${server.port}`,
        region: "us-east-1",
        forcePathStyle: true,
        credentials: { accessKeyId: "test", secretAccessKey: "test" },
      }),
    objects,
    requests,
    stop: () => server.stop(true),
  };
}
