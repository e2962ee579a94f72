// GET /health for the ALB and ECS: 200 while the database answers, 503 when it does not.
import { Elysia } from "elysia";
import type { Database } from "../db/client.ts";

export function healthRoutes(database: Database) {
  return new Elysia({ name: "platform/health" }).get("/health", async () => {
    const up = await database.ping(2000);
    return Response.json(
      up ? { status: "ok", db: "ok" } : { status: "error", db: "down" },
      { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
    );
  });
}
